import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readInput, type CliIO } from '../io.js';

/** Files a directory's captures are saved as: pages, MHTML files and feeds, each maybe gzipped. */
const PAGE = /\.(?:html?|xhtml|mhtml|mht|xml|rss|atom)(?:\.gz)?$/i;

async function pagesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && PAGE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The pages a run covers, in order: each argument as given, a directory as
 * the captures below it (sorted: .html, .htm, .mhtml, .mht, feeds, and these
 * gzipped), and the lines of --files-from.
 */
export async function expandInputs(args: readonly string[], filesFrom: string | undefined, io: CliIO): Promise<string[]> {
  const listed = filesFrom
    ? new TextDecoder()
        .decode(await readInput(filesFrom, io, 256 * 1024 * 1024))
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
    : [];
  const pages: string[] = [];
  for (const arg of [...args, ...listed]) {
    const isDirectory = arg !== '-' && (await stat(resolve(io.cwd, arg)).then((info) => info.isDirectory(), () => false));
    if (isDirectory) pages.push(...(await pagesUnder(resolve(io.cwd, arg))));
    else pages.push(arg);
  }
  return pages;
}
