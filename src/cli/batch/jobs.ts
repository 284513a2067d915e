import { statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { isUrl } from '../fetch.js';

/**
 * The work (bytes of pages) from which a batch run without --jobs uses a
 * thread a core rather than one. A worker thread pays once for its start, for
 * loading the bundle and for V8 compiling the extractor (about half a second
 * of CPU, competing on a small machine with the extraction itself); below this
 * much work that costs more than the pages it takes off this thread.
 *
 * Measured with `npm run bench -- --crossover` on 4 December 2026 (2 vCPUs, AMD
 * EPYC, Node 20.20, a shared host: load 0.9 at the start, 2.0 at the end),
 * copies of the 56 KB bundled page, `--jobs 1`'s time over `--jobs 2`'s in five
 * rounds, median (fastest round): 0.70× (0.90×) at 250 pages, 0.83× (0.85×) at
 * 500, 0.97× (1.01×) at 1 000 (53 MiB), 1.40× (1.40×) at 2 000 (107 MiB),
 * 1.12× (1.25×) at 4 000, 1.44× (1.37×) at 8 000 (427 MiB). The threads win
 * from 2 000 pages on; on 2 December, when a page cost half as much to read,
 * they won only from 5 000 (200 MiB was the threshold then). Re-calibrate after
 * any change to what a page or a worker costs: build, run
 * `npm run bench -- --crossover`, and set this from the table it prints
 * (`--help` shows it as it is).
 */
export const WORKERS_FROM_BYTES = 106 * 1024 * 1024;

/**
 * What a page whose size is not known beforehand (standard input, an address,
 * a pipe) counts as: about the bundled page.
 */
export const UNSIZED_PAGE_BYTES = 64 * 1024;

export interface BatchWork {
  /** Bytes of the pages whose size is known. */
  bytes: number;
  /** Pages whose size is not known before they are read. */
  unsized: number;
}

/** Threads for a batch run without --jobs: one until the work pays for the others, then one a core. */
export function defaultJobs({ bytes, unsized, cores }: BatchWork & { cores: number }): number {
  const work = bytes + unsized * UNSIZED_PAGE_BYTES;
  return work >= WORKERS_FROM_BYTES ? Math.max(1, cores) : 1;
}

/**
 * Pages sized to estimate a batch's work: a `stat` costs tens of microseconds
 * on a busy machine, so sizing every page of a long batch would cost more
 * than the estimate needs to be right.
 */
export const SIZED_PAGES = 128;

/**
 * The work of a batch's pages as `defaultJobs` counts it: every page's size
 * where there are up to `SIZED_PAGES` of them, else the sizes of that many
 * spread evenly over the batch, scaled to its length. A page that is not a
 * regular file has no size yet; one that cannot be looked at costs nothing
 * (it becomes an error record).
 */
export function batchWork(pages: readonly string[], cwd: string, sample = SIZED_PAGES): BatchWork {
  const count = Math.min(pages.length, sample);
  let bytes = 0;
  let unsized = 0;
  for (let i = 0; i < count; i++) {
    const page = pages[Math.floor((i * pages.length) / count)] as string;
    if (page === '-' || isUrl(page)) {
      unsized++;
      continue;
    }
    const info = statOf(resolve(cwd, page));
    if (info?.isFile()) bytes += info.size;
    else if (info) unsized++;
  }
  const scale = count === 0 ? 0 : pages.length / count;
  return { bytes: Math.round(bytes * scale), unsized: Math.round(unsized * scale) };
}

/**
 * What one page weighs in a worker's queue (see `WorkerPool`): its size, or `UNSIZED_PAGE_BYTES` when it has none yet
 * (standard input, an address, a pipe); a page that cannot be looked at weighs nothing, as it fails at once.
 */
export function pageBytes(page: string, cwd: string): number {
  if (page === '-' || isUrl(page)) return UNSIZED_PAGE_BYTES;
  const info = statOf(resolve(cwd, page));
  return info === undefined ? 0 : info.isFile() ? info.size : UNSIZED_PAGE_BYTES;
}

/** A page that cannot be looked at (missing, unreadable folder, a name too long) will fail as a record: no size. */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
