import { readdir, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { InputError } from '../../load/errors.js';
import { UsageError } from '../exit.js';
import { readInput, type CliIO } from '../io.js';

const PAGE = /\.html?$/i;

/** The pages below a directory (files and links to them), sorted, each as the directory was given joined with its path below it. */
async function pagesUnder(directory: string, io: CliIO): Promise<string[]> {
  const full = resolve(io.cwd, directory);
  const entries = await readdir(full, { withFileTypes: true, recursive: true });
  const prefix = directory.endsWith(sep) ? directory : `${directory}${sep}`;
  const pages = entries
    // A link to a page is a page (a broken one becomes an error record);
    // links are not followed into directories, which could loop.
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && PAGE.test(entry.name))
    .map((entry) => `${prefix}${relative(full, resolve(entry.parentPath, entry.name))}`)
    .sort();
  if (pages.length === 0) throw new InputError('missing', `${directory}: no .html or .htm pages in this directory`);
  return pages;
}

/** Standard input can be read once: as a page, the list of pages or the --linked page, never two of them. */
export function standardInputOnce(uses: ReadonlyArray<string | undefined>): void {
  if (uses.filter((use) => use === '-').length > 1) throw new UsageError("standard input ('-') is given twice: it can be read only once");
}

/**
 * The names in a --files-from list: NUL-separated where the list holds a NUL
 * (`find -print0`), each name kept whole; else one a line, trimmed.
 */
function listedPages(text: string): string[] {
  const names = text.includes('\0') ? text.split('\0') : text.split(/\r?\n/).map((line) => line.trim());
  return names.filter(Boolean);
}

/**
 * The pages a run covers, in order: each argument as given, a directory as
 * the .html and .htm files below it (sorted), and the lines of --files-from.
 */
export async function expandInputs(args: readonly string[], filesFrom: string | undefined, io: CliIO): Promise<string[]> {
  standardInputOnce([...args, filesFrom]);
  const listed = filesFrom ? listedPages(new TextDecoder().decode(await readInput(filesFrom, io, 256 * 1024 * 1024))) : [];
  standardInputOnce([...args, ...listed, filesFrom]);
  const pages: string[] = [];
  for (const arg of [...args, ...listed]) {
    const isDirectory = arg !== '-' && (await stat(resolve(io.cwd, arg)).then((info) => info.isDirectory(), () => false));
    if (isDirectory) pages.push(...(await pagesUnder(arg, io)));
    else pages.push(arg);
  }
  return pages;
}
