import { resolve } from 'node:path';
import type { CheckItem, CheckRun, PageCheck } from '../check/check.js';
import { isUrl } from '../text/address.js';
import { inputName, safe } from '../text/escape.js';
import { comparison } from './text.js';

/**
 * A workflow command's message, escaped as GitHub's runner unescapes it
 * (@actions/core's escapeData); any other control is then shown, not obeyed.
 */
export function escapeData(text: string): string {
  return safe(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A workflow command's property value: its message's escapes, and `:` and `,`, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Standard input ('-') and an address are no file in the working directory to annotate: they are named in the message. */
function isFile(name: string): boolean {
  return name !== '-' && !isUrl(name);
}

interface Place {
  /** As given; not always a file (`isFile`). */
  file: string;
  line?: number | undefined;
  col?: number | undefined;
}

/**
 * The runner takes a relative `file` as relative to the repository's root,
 * and makes an absolute one inside the workspace relative to it: absolute
 * paths point at the file whatever directory the job step runs in.
 */
function command(kind: 'error' | 'warning', place: Place, title: string, message: string, cwd: string): string {
  const path = resolve(cwd, place.file);
  // A name with a control in it is shown escaped (`safe`), which names no file the runner could find: such a file is
  // annotated as standard input is, by name in the message.
  const annotated = isFile(place.file) && safe(path) === path;
  const where = annotated ? [`file=${escapeProperty(path)}`, place.line === undefined ? '' : `line=${place.line}`, place.col === undefined ? '' : `col=${place.col}`] : [];
  const properties = [...where, `title=${escapeProperty(title)}`].filter(Boolean);
  const named = annotated || !isFile(place.file) ? message : `${inputName(place.file)}: ${message}`;
  return `::${kind} ${properties.join(',')}::${escapeData(named)}`;
}

/**
 * Where to annotate a finding: the capture, at the line the figure was read
 * from; where the figure is missing, the expectations file's line that
 * expects it; else the capture as a whole. A saved extraction's locations are
 * those of the page it was made from, so it is annotated as a whole.
 */
function placeOf(page: PageCheck, entry: CheckItem): Place {
  if (entry.location && page.input === 'page') return { file: page.path, line: entry.location.line, col: entry.location.column };
  const line = page.expectations?.lines[entry.fact];
  if (page.expectations && line !== undefined) return { file: page.expectations.path, line };
  return { file: page.path };
}

function pageCommands(page: PageCheck, cwd: string): string[] {
  if (page.error || !page.report) return [command('error', { file: page.path }, 'alliance-extract check', page.error?.message ?? 'not checked', cwd)];
  return page.report.items.flatMap((entry) => {
    const title = `alliance-extract: ${entry.fact}`;
    const place = placeOf(page, entry);
    // An annotation elsewhere than on the page — on the expectations file every page shares — says which page.
    const which = place.file === page.path && isFile(page.path) ? [] : [`${inputName(page.path)}: `];
    const say = (text: string): string => [...which, text].join('');
    const message = [comparison(entry), entry.message, entry.quote ? `“${entry.quote}”` : ''].filter(Boolean).join(' — ');
    if (!entry.ok) return [command('error', place, title, say(message || 'failed'), cwd)];
    return entry.message ? [command('warning', place, title, say(entry.message), cwd)] : [];
  });
}

/**
 * GitHub Actions workflow commands: an annotation for each failed check, and
 * a warning for each note. `cwd` is the directory the run's paths are relative to.
 */
export function formatCheckGithub(run: CheckRun, cwd: string): string {
  const lines = run.pages.flatMap((page) => pageCommands(page, cwd));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
