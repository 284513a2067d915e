import type { ChalkInstance } from 'chalk';
import type { CheckReport } from '../check/check.js';
import type { Difference } from '../diff/diff.js';
import { safe } from '../text/escape.js';

function show(value: string | number | null): string {
  return value === null ? '—' : safe(String(value));
}

export function formatCheckReport(report: CheckReport, color: ChalkInstance): string {
  const lines = report.items.map((entry) => {
    const mark = entry.ok ? color.green('✓') : color.red('✗');
    let line = `${mark} ${entry.fact}`;
    if (entry.expected !== null && (!entry.ok || entry.expected !== 'present')) {
      line += `: expected ${show(entry.expected)}, found ${show(entry.found)}`;
    } else if (entry.found !== null && entry.found !== 'present') {
      line += `: ${show(entry.found)}`;
    }
    if (entry.message) line += color.yellow(` (${safe(entry.message)})`);
    if (entry.quote) line += `\n    ${color.dim(`“${safe(entry.quote)}”`)}`;
    return line;
  });
  const failed = report.items.filter((entry) => !entry.ok).length;
  lines.push(failed === 0 ? color.green(`all ${report.items.length} checks hold`) : color.red(`${failed} of ${report.items.length} checks failed`));
  return `${lines.join('\n')}\n`;
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
