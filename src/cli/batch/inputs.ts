import { builtinOnDemand } from '../../builtinOnDemand.js';
import { statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { InputError } from '../../load/errors.js';
import { standardInputOnce } from '../stdinOnce.js';
import { inputName } from '../../text/escape.js';
import { readError, readInput, type CliIO } from '../io.js';

/** Files a directory's captures are saved as: pages, MHTML files and feeds, each maybe gzipped. */
const PAGE = /\.(?:html?|xhtml|mhtml|mht|xml|rss|atom)(?:\.gz)?$/i;

/**
 * Directories a walk does not enter: hidden ones (`.git`, an editor's
 * `.idea`, a `.cache`) and installed packages, whose test pages are not
 * captures — `alliance-extract .` in a project is a walk of its captures.
 * Hidden files are passed over alike. A directory given by name is walked
 * whatever its name; only what lies below it is pruned.
 */
const isPassedOver = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

/**
 * The pages below a directory (files and links to them), sorted, each as the
 * directory was given joined with its path below it. Pruned as it goes
 * (`isPassedOver`), so a vast `node_modules` costs nothing.
 */
async function pagesUnder(directory: string, io: CliIO): Promise<string[]> {
  const full = resolve(io.cwd, directory);
  // node:fs/promises is loaded here, for directories only: it brings readline and the file watchers with it,
  // which a run over pages would load for nothing.
  const { readdir } = builtinOnDemand('node:fs/promises');
  const prefix = directory.endsWith(sep) ? directory : `${directory}${sep}`;
  const pages: string[] = [];
  const walk = async (below: string): Promise<void> => {
    const entries = await readdir(join(full, below), { withFileTypes: true }).catch((error: unknown) => {
      throw readError(below === '' ? directory : `${prefix}${below}`, error);
    });
    for (const entry of entries) {
      if (isPassedOver(entry.name)) continue;
      const path = below === '' ? entry.name : join(below, entry.name);
      // A link to a page is a page (a broken one becomes an error record);
      // links are not followed into directories, which could loop.
      if (entry.isDirectory()) await walk(path);
      else if ((entry.isFile() || entry.isSymbolicLink()) && PAGE.test(entry.name)) pages.push(`${prefix}${path}`);
    }
  };
  await walk('');
  pages.sort();
  if (pages.length === 0) throw new InputError('missing', `${inputName(directory)}: no pages in this directory (.html, .htm, .xhtml, .mhtml, .mht, feeds, or these gzipped)`);
  return pages;
}

/**
 * The names in a --files-from list: NUL-separated where the list holds a NUL
 * (`find -print0`), each name kept whole; else one a line, trimmed.
 */
function listedPages(text: string): string[] {
  const names = text.includes('\0') ? text.split('\0') : text.split(/\r?\n/).map((line) => line.trim());
  return names.filter(Boolean);
}

const MAX_LIST_SIZE = 256 * 1024 * 1024;

function readList(path: string, io: CliIO): Promise<Uint8Array> {
  return readInput(path, io, MAX_LIST_SIZE).catch((error: unknown) => {
    // readInput's own message points at --max-size, which is for pages.
    if (error instanceof InputError && error.problem === 'too-large') {
      throw new InputError('too-large', `${inputName(path)}: larger than the 256 MiB a --files-from list may be`);
    }
    throw error;
  });
}

/**
 * Synchronous: a thread-pool round trip for each of a batch's arguments cost
 * more than the stat, and a path that cannot be read is a page, whose record
 * says why.
 */
function isDirectoryPath(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The pages a run covers, in order: each argument as given, a directory as
 * the captures below it (sorted: .html, .htm, .mhtml, .mht, feeds, and these
 * gzipped), and the lines of --files-from.
 */
export async function expandInputs(args: readonly string[], filesFrom: string | undefined, io: CliIO): Promise<string[]> {
  const listed = filesFrom ? listedPages(new TextDecoder().decode(await readList(filesFrom, io))) : [];
  standardInputOnce([...args, ...listed], { '--files-from': filesFrom });
  const pages: string[] = [];
  for (const arg of [...args, ...listed]) {
    const isDirectory = arg !== '-' && isDirectoryPath(resolve(io.cwd, arg));
    if (isDirectory) pages.push(...(await pagesUnder(arg, io)));
    else pages.push(arg);
  }
  return pages;
}
