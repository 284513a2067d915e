import type { CheckItem, CheckRun, PageCheck } from '../check/check.js';
import { safe } from '../text/escape.js';
import { comparison } from './text.js';

/**
 * Text as XML 1.0 character data or an attribute value. Controls are escaped
 * as text by safe() (XML 1.0 cannot hold most of them even as references);
 * the noncharacters U+FFFE and U+FFFF and lone surrogates, which it cannot
 * hold either, likewise.
 */
export function xml(text: string): string {
  return safe(text)
    .replace(/[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${xml(String(value))}"`)
    .join('');
}

function failureText(entry: CheckItem): string {
  return [
    entry.expected !== null ? `expected: ${entry.expected}` : '',
    entry.expected !== null || entry.found !== null ? `found: ${entry.found ?? '—'}` : '',
    entry.message ? `note: ${entry.message}` : '',
    entry.quote ? `sentence: ${entry.quote}` : '',
  ]
    .filter(Boolean)
    .map(xml)
    .join('\n');
}

function testcase(page: PageCheck, entry: CheckItem): string {
  const line = page.input === 'page' ? entry.location?.line : undefined;
  const open = `    <testcase${attributes({ classname: page.path, name: entry.fact, file: page.path, line, time: 0 })}`;
  if (entry.ok) {
    return entry.message ? `${open}>\n      <system-out>${xml(entry.message)}</system-out>\n    </testcase>` : `${open}/>`;
  }
  const message = comparison(entry) || entry.message || 'failed';
  return `${open}>\n      <failure${attributes({ message, type: 'check' })}>${failureText(entry)}</failure>\n    </testcase>`;
}

function testsuite(page: PageCheck): string {
  if (page.error || !page.report) {
    const message = page.error?.message ?? 'not checked';
    return [
      `  <testsuite${attributes({ name: page.path, tests: 1, failures: 0, errors: 1, skipped: 0, time: 0 })}>`,
      `    <testcase${attributes({ classname: page.path, name: 'page', file: page.path, time: 0 })}>`,
      `      <error${attributes({ message, type: `exit ${page.error?.exitCode ?? 70}` })}>${xml(message)}</error>`,
      '    </testcase>',
      '  </testsuite>',
    ].join('\n');
  }
  const { items } = page.report;
  const failures = items.filter((entry) => !entry.ok).length;
  const properties = page.expectations
    ? [`    <properties>`, `      <property${attributes({ name: 'expectations', value: page.expectations.path })}/>`, `    </properties>`]
    : [];
  return [
    `  <testsuite${attributes({ name: page.path, tests: items.length, failures, errors: 0, skipped: 0, time: 0 })}>`,
    ...properties,
    ...items.map((entry) => testcase(page, entry)),
    '  </testsuite>',
  ].join('\n');
}

/**
 * JUnit XML, which CI systems display: one test suite a page, one test case a
 * checked fact. `time` is 0, as in ESLint's JUnit formatter: the Ant schema
 * that stricter readers validate against requires it, and a check is not timed.
 */
export function formatCheckJunit(run: CheckRun): string {
  const count = (pick: (page: PageCheck) => number): number => run.pages.reduce((sum, page) => sum + pick(page), 0);
  const tests = count((page) => page.report?.items.length ?? 1);
  const failures = count((page) => page.report?.items.filter((entry) => !entry.ok).length ?? 0);
  const errors = count((page) => (page.error ? 1 : 0));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'alliance-extract check', tests, failures, errors })}>`,
    ...run.pages.map(testsuite),
    '</testsuites>',
    '',
  ].join('\n');
}
