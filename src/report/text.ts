import type { ChalkInstance } from 'chalk';
import type { CheckItem, CheckRun, PageCheck } from '../check/check.js';
import type { Difference } from '../diff/diff.js';
import { safe, shownName } from '../text/escape.js';

function show(value: string | number | null): string {
  return value === null ? '—' : safe(String(value));
}

/** What was expected and found, as one phrase; empty when there is nothing to say. */
export function comparison(entry: CheckItem): string {
  if (entry.expected !== null && (!entry.ok || entry.expected !== 'present')) return `expected ${show(entry.expected)}, found ${show(entry.found)}`;
  if (entry.found !== null && entry.found !== 'present') return show(entry.found);
  return '';
}

function itemLines(entry: CheckItem, color: ChalkInstance): string {
  const mark = entry.ok ? color.green('✓') : color.red('✗');
  const compared = comparison(entry);
  // A saved extraction's warning codes, which name the strict checks, are the file's text.
  let line = `${mark} ${safe(entry.fact)}${compared ? `: ${compared}` : ''}`;
  if (entry.message) line += color.yellow(` (${safe(entry.message)})`);
  if (entry.quote) line += `\n    ${color.dim(`“${safe(entry.quote)}”`)}`;
  return line;
}

/** A failed check named, with what was expected and found, on one line. */
export function describeFailure(entry: CheckItem): string {
  const compared = comparison(entry);
  return `${safe(entry.fact)}${compared ? `: ${compared}` : ''}${entry.message ? ` (${safe(entry.message)})` : ''}`;
}

/** The failed checks of a page, each named with what was expected and found. */
export function failureLines(page: PageCheck): string[] {
  if (page.error) return [safe(page.error.message)];
  return (page.report?.items ?? []).filter((entry) => !entry.ok).map((entry) => `${shownName(page.path)}: ${describeFailure(entry)}`);
}

function pageFailed(page: PageCheck): boolean {
  return page.error !== null || !page.report?.passed;
}

function formatPage(page: PageCheck, color: ChalkInstance, quiet: boolean): string[] {
  const against = page.expectations ? ` (expectations: ${safe(page.expectations.path)})` : ' (no expectations)';
  const lines = [color.bold(`${shownName(page.path)}${against}`)];
  if (page.error || !page.report) return [...lines, color.red(`✗ ${safe(page.error?.message ?? 'not checked')}`)];
  const { items } = page.report;
  lines.push(...items.filter((entry) => !quiet || !entry.ok).map((entry) => itemLines(entry, color)));
  const failed = items.filter((entry) => !entry.ok).length;
  lines.push(failed === 0 ? color.green(`all ${items.length} checks hold`) : color.red(`${failed} of ${items.length} checks failed`));
  return lines;
}

/**
 * The report of a check run for a person: each page with each check, then a
 * summary that names every failing page and fact. Quiet, only what failed.
 */
export function formatCheckText(run: CheckRun, color: ChalkInstance, quiet: boolean): string {
  const shown = run.pages.filter((page) => !quiet || pageFailed(page));
  const blocks = shown.map((page) => formatPage(page, color, quiet).join('\n'));
  const failedPages = run.pages.filter(pageFailed);
  if (failedPages.length > 0) {
    const pages = run.pages.length === 1 ? 'the page' : `${failedPages.length} of ${run.pages.length} pages`;
    blocks.push(
      [color.red(`failed: ${pages}`), ...failedPages.flatMap(failureLines).map((line) => `  ${color.red('✗')} ${line}`)].join('\n'),
    );
  } else if (!quiet && run.pages.length > 1) {
    blocks.push(color.green(`all ${run.pages.length} pages pass`));
  }
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

export function formatDifferences(differences: readonly Difference[], color: ChalkInstance): string {
  if (differences.length === 0) return '';
  return `${differences
    .map((difference) => {
      const where = difference.field ? `${difference.fact} ${difference.field}` : difference.fact;
      return [color.red(`- ${safe(where)}: ${show(difference.a)}`), color.green(`+ ${safe(where)}: ${show(difference.b)}`)].join('\n');
    })
    .join('\n')}\n`;
}
