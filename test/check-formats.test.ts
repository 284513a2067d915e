import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckItem, CheckRun, PageCheck } from '../src/check/check.js';
import { formatCheckRun } from '../src/report/check.js';
import { escapeData, escapeProperty } from '../src/report/github.js';
import { elements, parseXml } from './helpers/xml.js';

function failing(fields: Partial<CheckItem>): CheckItem {
  return { fact: 'expected statistic operation-rescue-arrests', ok: false, expected: 250, found: 205, quote: null, location: { line: 7, column: 3 }, message: null, ...fields };
}

function page(fields: Partial<PageCheck>, items: CheckItem[]): PageCheck {
  return { path: 'page.html', input: 'page', expectations: null, report: { passed: items.every((entry) => entry.ok), items }, error: null, ...fields };
}

const HOSTILE = 'a < b & "c" \'d\' ]]> \u0000\u0007\u001b[2J \ufffe \ud800 end';

const options = { quiet: false, colorLevel: 0, cwd: '/ws' } as const;

describe('JUnit XML', () => {
  it('is well-formed XML whatever the page and the file names hold', () => {
    const run: CheckRun = {
      passed: false,
      pages: [
        page({ path: `dir/${HOSTILE}.html` }, [failing({ quote: HOSTILE, message: HOSTILE, fact: `statistic ${HOSTILE}` })]),
        { path: HOSTILE, input: 'page', expectations: null, report: null, error: { exitCode: 3, message: HOSTILE } },
      ],
    };
    const document = parseXml(formatCheckRun(run, { ...options, format: 'junit' }));
    expect(document.attributes).toMatchObject({ tests: '2', failures: '1', errors: '1' });
    const [failure] = elements(document, 'failure');
    expect(failure?.text).toContain('a < b & "c" \'d\' ]]> \\u0000\\u0007\\u001b[2J \\ufffe \\ud800 end');
    expect(elements(document, 'testsuite')[0]?.attributes['name']).toBe('dir/a < b & "c" \'d\' ]]> \\u0000\\u0007\\u001b[2J \\ufffe \\ud800 end.html');
    expect(elements(document, 'error')).toHaveLength(1);
  });

  it('puts a line on a test case only for a capture, not a saved extraction', () => {
    const run = (input: PageCheck['input']): CheckRun => ({ passed: false, pages: [page({ input }, [failing({})])] });
    expect(elements(parseXml(formatCheckRun(run('page'), { ...options, format: 'junit' })), 'testcase')[0]?.attributes['line']).toBe('7');
    expect(elements(parseXml(formatCheckRun(run('extraction'), { ...options, format: 'junit' })), 'testcase')[0]?.attributes['line']).toBeUndefined();
  });
});

describe('GitHub workflow commands', () => {
  it.each([
    ['100% sure', '100%25 sure', '100%25 sure'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['dir,with:colons.html', 'dir,with:colons.html', 'dir%2Cwith%3Acolons.html'],
    ['\u001b]52;c;x\u0007', '\\u001b]52;c;x\\u0007', '\\u001b]52;c;x\\u0007'],
  ])('escapes %j as data %j and as a property %j', (text, data, property) => {
    expect(escapeData(text)).toBe(data);
    expect(escapeProperty(text)).toBe(property);
  });

  it('annotates a saved extraction as a whole, and the expectations line of a missing figure', () => {
    const run: CheckRun = {
      passed: false,
      pages: [
        page({ input: 'extraction', path: 'saved.json' }, [failing({})]),
        page({ expectations: { path: 'expect.yaml', lines: { 'expected statistic operation-rescue-arrests': 9 } } }, [failing({ found: null, location: null })]),
        { path: 'x,y.html', input: 'page', expectations: null, report: null, error: { exitCode: 4, message: 'x,y.html: not the post' } },
      ],
    };
    expect(formatCheckRun(run, { ...options, format: 'github' }).split('\n')).toEqual([
      '::error file=/ws/saved.json,title=alliance-extract%3A expected statistic operation-rescue-arrests::expected 250, found 205',
      '::error file=/ws/expect.yaml,line=9,title=alliance-extract%3A expected statistic operation-rescue-arrests::page.html: expected 250, found —',
      '::error file=/ws/x%2Cy.html,title=alliance-extract check::x,y.html: not the post',
      '',
    ]);
  });

  it('names the page in an annotation on the expectations file, which many pages share', () => {
    const lines = { 'expected statistic operation-rescue-arrests': 9 };
    const run: CheckRun = {
      passed: false,
      pages: ['a.html', 'b.html'].map((path) => page({ path, expectations: { path: 'expect.yaml', lines } }, [failing({ found: null, location: null })])),
    };
    const messages = formatCheckRun(run, { ...options, format: 'github' }).trim().split('\n').map((line) => line.split('::')[2]);
    expect(messages).toEqual(['a.html: expected 250, found —', 'b.html: expected 250, found —']);
  });

  it('annotates files by absolute path, which the runner makes relative to the workspace, whatever the working directory', () => {
    const run: CheckRun = { passed: false, pages: [page({ path: 'captures/a.html' }, [failing({})])] };
    expect(formatCheckRun(run, { ...options, cwd: '/ws/site', format: 'github' })).toMatch(/^::error file=\/ws\/site\/captures\/a\.html,line=7,col=3,/);
  });

  it('annotates standard input without a file, naming it in the message', () => {
    const run: CheckRun = { passed: false, pages: [page({ path: '-' }, [failing({})])] };
    expect(formatCheckRun(run, { ...options, format: 'github' })).toBe(
      '::error title=alliance-extract%3A expected statistic operation-rescue-arrests::standard input: expected 250, found 205\n',
    );
  });

  it('annotates a file whose name holds a control without a file, which its escaped name could not point at, naming it in the message', () => {
    const run: CheckRun = { passed: false, pages: [page({ path: 'a\u001b[2J.html' }, [failing({})])] };
    expect(formatCheckRun(run, { ...options, format: 'github' })).toBe(
      '::error title=alliance-extract%3A expected statistic operation-rescue-arrests::a\\u001b[2J.html: expected 250, found 205\n',
    );
  });

  it('prints nothing when everything holds', () => {
    const run: CheckRun = { passed: true, pages: [page({}, [failing({ ok: true, expected: 250, found: 250 })])] };
    expect(formatCheckRun(run, { ...options, format: 'github' })).toBe('');
  });
});

describe('every report, whatever the pages and file names hold (fixed seed, bounded runs)', () => {
  const text = fc.string({ unit: 'binary', maxLength: 40 });
  const runs = fc
    .array(
      fc.record({
        path: text,
        input: fc.constantFrom('page', 'extraction') as fc.Arbitrary<PageCheck['input']>,
        failedToLoad: fc.boolean(),
        items: fc.array(
          fc.record({
            fact: text,
            ok: fc.boolean(),
            expected: fc.oneof(fc.constant(null), fc.integer(), text),
            found: fc.oneof(fc.constant(null), fc.integer(), text),
            quote: fc.option(text),
            message: fc.option(text),
            location: fc.option(fc.record({ line: fc.nat(), column: fc.nat() })),
          }),
          { maxLength: 4 },
        ),
      }),
      { minLength: 1, maxLength: 3 },
    )
    .map((pages): CheckRun => {
      const checked = pages.map(({ path, input, failedToLoad, items }): PageCheck =>
        failedToLoad
          ? { path, input, expectations: null, report: null, error: { exitCode: 3, message: path } }
          : { path, input, expectations: { path: `${path}.yaml`, lines: {} }, report: { passed: items.every((entry) => entry.ok), items }, error: null },
      );
      return { passed: checked.every((entry) => entry.report?.passed === true), pages: checked };
    });

  it('JUnit is well-formed XML whose counts add up, with a suite for every page', () => {
    fc.assert(
      fc.property(runs, (run) => {
        const document = parseXml(formatCheckRun(run, { ...options, format: 'junit' }));
        const suites = elements(document, 'testsuite');
        expect(suites).toHaveLength(run.pages.length);
        for (const [attribute, name] of [['tests', 'testcase'], ['failures', 'failure'], ['errors', 'error']] as const) {
          expect(Number(document.attributes[attribute])).toBe(elements(document, name).length);
          for (const suite of suites) expect(Number(suite.attributes[attribute])).toBe(elements(suite, name).length);
        }
      }),
      { seed: 6122012, numRuns: 300 },
    );
  });

  it('JSON is JSON of the run', () => {
    fc.assert(
      fc.property(runs, (run) => {
        expect(JSON.parse(formatCheckRun(run, { ...options, format: 'json' }))).toEqual(JSON.parse(JSON.stringify(run)));
      }),
      { seed: 6122012, numRuns: 300 },
    );
  });

  it('GitHub output is one workflow command a line, with no control a terminal or the runner would obey', () => {
    fc.assert(
      fc.property(runs, (run) => {
        const output = formatCheckRun(run, { ...options, format: 'github' });
        for (const line of output.split('\n').slice(0, -1)) {
          expect(line).toMatch(/^::(error|warning) [^:]*::/);
          expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
        }
        expect(output.split('\n').length - 1).toBe(
          run.pages.reduce((sum, page) => sum + (page.report ? page.report.items.filter((entry) => !entry.ok || entry.message).length : 1), 0),
        );
      }),
      { seed: 6122012, numRuns: 300 },
    );
  });

  it('text shows every failure, quiet or not, with no control a terminal would obey', () => {
    fc.assert(
      fc.property(runs, fc.boolean(), (run, quiet) => {
        const output = formatCheckRun(run, { ...options, quiet, format: 'text' });
        expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
        const failures = run.pages.flatMap((page) => (page.report?.items ?? []).filter((entry) => !entry.ok));
        expect(output.split('✗').length - 1).toBeGreaterThanOrEqual(failures.length + run.pages.filter((page) => page.error).length);
      }),
      { seed: 6122012, numRuns: 300 },
    );
  });
});
