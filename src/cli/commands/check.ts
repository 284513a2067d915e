import { lstatSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkExtraction, isThePost, NOT_THE_POST, type CheckRun, type PageCheck } from '../../check/check.js';
import { ExpectationsError, parseExpectations, type ReadExpectations } from '../../check/expectations.js';
import { InputError } from '../../load/errors.js';
import { bomEncoding } from '../../load/decode.js';
import { EXIT, UsageError, type ExitCode, type Outcome } from '../exit.js';
import { collectorAfterPages, print, readInput, stopIfInterrupted, stopIfSignalled, type CliIO } from '../io.js';
import { loadSource, type SourceOptions } from './shared.js';
import { formatCheckRun } from '../../report/check.js';
import type { CheckFormat } from '../../report/formats.js';
import { colorLevel } from '../color.js';
import { inputName, safe, shownName } from '../../text/escape.js';
import { isUrl, withoutPassword } from '../../text/address.js';

export interface CheckOptions extends SourceOptions {
  expect?: string | undefined;
  /** A file name looked up beside each page, whose expectations override --expect for that page. */
  expectBeside?: string | undefined;
  strict: boolean;
  quiet: boolean;
  format: CheckFormat;
  color: boolean;
}

/** An expectations file lists at most 4 ids, 6 figures and some 250 codes: 1 MiB. */
const MAX_EXPECTATIONS_SIZE = 1024 * 1024;

/**
 * Reads and validates an expectations file. A file that cannot be read is an
 * input error (exit 3); any fault in its contents is the caller's, so a usage
 * error (exit 2) that says where.
 */
export async function readExpectations(path: string, io: CliIO): Promise<ReadExpectations> {
  const bytes = await readInput(path, io, MAX_EXPECTATIONS_SIZE).catch((error: unknown) => {
    // readInput's own message points at --max-size, which is for pages.
    if (error instanceof InputError && error.problem === 'too-large') {
      throw new InputError('too-large', `${inputName(path)}: larger than the 1 MiB an expectations file may be`);
    }
    throw error;
  });
  let text: string;
  try {
    text = new TextDecoder(bomEncoding(bytes) ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${inputName(path)}: not an expectations file: not UTF-8 text (nor UTF-16 with a byte-order mark)`);
  }
  try {
    return parseExpectations(text);
  } catch (error) {
    if (!(error instanceof ExpectationsError)) throw error;
    throw new UsageError(`${inputName(path)}${error.line === undefined ? '' : `:${error.line}`}: ${error.message}`);
  }
}

interface Expected {
  path: string;
  read: ReadExpectations;
}

/**
 * Whether anything is there by that name. A file that is there but cannot be
 * read (a link to itself, a dangling link, no permission) is the page's own
 * expectations all the same, and reading it says why it cannot be read: it
 * is not absent, and --expect's are not what was meant for the page.
 */
function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code !== 'ENOENT' && code !== 'ENOTDIR';
  }
}

/**
 * The expectations for each page: the file named by --expect-beside in the
 * page's own folder where there is one, else --expect's. All are read before
 * any page is checked, so a malformed one stops the run before any report.
 */
async function expectationsFor(pages: readonly string[], options: CheckOptions, io: CliIO): Promise<Array<Expected | null>> {
  const files = new Map<string, Promise<ReadExpectations>>();
  const read = (path: string): Promise<ReadExpectations> => {
    const key = resolve(io.cwd, path);
    let pending = files.get(key);
    if (!pending) files.set(key, (pending = readExpectations(path, io)));
    return pending;
  };
  const chosen = pages.map((page) => {
    // An address has no folder, as standard input has none: `join` would make a local file of it (`http:/host/NAME`).
    const beside = options.expectBeside && page !== '-' && !isUrl(page) ? join(dirname(page), options.expectBeside) : undefined;
    if (beside && present(resolve(io.cwd, beside))) return beside;
    // Asked for its own expectations and given none, a page would be checked against nothing.
    if (options.expectBeside && !options.expect) {
      const why = isUrl(page) ? ' (an address has no folder)' : '';
      throw new UsageError(`${shownName(page)}: no ${safe(withoutPassword(options.expectBeside))} beside it${why}, and no --expect for it`);
    }
    return options.expect;
  });
  const result: Array<Expected | null> = [];
  for (const path of chosen) result.push(path ? { path, read: await read(path) } : null);
  return result;
}

/** A page's check, which every report format prints as it is: its paths are as they may be shown (`withoutPassword`). */
async function checkPage(page: string, expected: Expected | null, options: CheckOptions, io: CliIO): Promise<PageCheck> {
  const path = withoutPassword(page);
  const expectations = expected ? { path: withoutPassword(expected.path), lines: expected.read.lines } : null;
  try {
    const { extraction, input, leftOut } = await loadSource(page, options, io);
    if (!isThePost(extraction, leftOut)) {
      return { path, input, expectations, report: null, error: { exitCode: EXIT.incomplete, message: `${inputName(page)}: ${NOT_THE_POST}` } };
    }
    const report = checkExtraction(extraction, expected?.read.expectations, { strict: options.strict, saved: input === 'extraction', leftOut });
    return { path, input, expectations, report, error: null };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { path, input: 'page', expectations, report: null, error: { exitCode: EXIT.input, message: error.message } };
  }
}

/**
 * The one note that --linked left the saved extractions among the pages as
 * they were: their countries were read when they were saved. One line for
 * the run, however many there are or however often one was given.
 */
function linkedNote(checked: readonly PageCheck[]): string | undefined {
  const saved = [...new Set(checked.filter((page) => page.input === 'extraction').map((page) => page.path))];
  const [first] = saved;
  if (first === undefined) return undefined;
  const name = shownName(first);
  return saved.length === 1
    ? `alliance-extract: note: ${name} is a saved extraction: --linked does not change it (its countries were read when it was saved)\n`
    : `alliance-extract: note: ${name} and ${saved.length - 1} more are saved extractions: --linked does not change them (their countries were read when they were saved)\n`;
}

function exitCodeOf(page: PageCheck): ExitCode | undefined {
  if (page.error) return page.error.exitCode as ExitCode;
  return page.report?.passed ? undefined : EXIT.failed;
}

/**
 * Checks every page given (paths, directories, saved extractions) and prints
 * one report of them all. The run's exit code is that of the first page that
 * failed, as in a batch.
 */
export async function checkCommand(args: readonly string[], options: CheckOptions, io: CliIO): Promise<Outcome> {
  const { expandInputs } = await import('../batch/inputs.js');
  // A directory without pages is an error there: among other inputs it would pass unnoticed, for nothing in it fails.
  const pages = await expandInputs(args, undefined, io);
  const expected = await expectationsFor(pages, options, io);
  const checked: PageCheck[] = [];
  const afterPage = collectorAfterPages(io);
  for (const [index, page] of pages.entries()) {
    stopIfInterrupted(io);
    const result = await checkPage(page, expected[index] ?? null, options, io);
    if (index < pages.length - 1) afterPage();
    // A page holds the event loop while it is read: a signal that came meanwhile is heard here, before more is read or written.
    await stopIfSignalled(io);
    if (result.error) io.stderr.write(`alliance-extract: ${safe(result.error.message)}\n`);
    checked.push(result);
  }
  const note = options.linked ? linkedNote(checked) : undefined;
  if (note) io.stderr.write(note);
  const failures = checked.map(exitCodeOf).filter((code): code is ExitCode => code !== undefined);
  const run: CheckRun = { passed: failures.length === 0, pages: checked };
  const level = colorLevel({ flag: options.color, env: io.env, isTTY: io.stdoutIsTTY });
  print(io, formatCheckRun(run, { format: options.format, quiet: options.quiet, colorLevel: level, cwd: io.cwd }));
  return { kind: 'batch', failures };
}
