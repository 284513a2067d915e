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
 * Measured with `npm run bench -- --crossover --rounds 4 --sizes
 * 1000,2000,4000,8000` on 2 December 2026 (2 shared vCPUs, AMD EPYC, Node
 * 20.20, before the streaming load pass of issue 14): copies of the 56 KB
 * bundled page, fastest rounds, `--jobs 1` time over `--jobs 2` time 1.03× at
 * 1 000 pages (53 MiB), 1.14× at 2 000 (107 MiB), 1.07× at 4 000, 1.14× at
 * 8 000; a run before it, 0.77× at 400 pages, 0.98× at 800, 1.16× at 1 600.
 * The threshold is the first size from which the threads win by 5 % or more.
 * Re-calibrate after any change to what a page or a worker costs: build, run
 * `npm run bench -- --crossover`, and set this (and WORKERS_FROM in
 * src/cli/main.ts) to the WORKERS_FROM_BYTES it prints.
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
 * The work of a batch's pages as `defaultJobs` counts it, sizing files until
 * the total reaches `enough` (past that the answer cannot change, so a batch
 * of any length costs at most that many `stat` calls). A page that is not a
 * regular file has no size yet; one that cannot be looked at costs nothing
 * (it becomes an error record).
 */
export function batchWork(pages: readonly string[], cwd: string, enough = WORKERS_FROM_BYTES): BatchWork {
  let bytes = 0;
  let unsized = 0;
  for (const page of pages) {
    if (bytes + unsized * UNSIZED_PAGE_BYTES >= enough) break;
    if (page === '-' || isUrl(page)) {
      unsized++;
      continue;
    }
    const info = statOf(resolve(cwd, page));
    if (info?.isFile()) bytes += info.size;
    else if (info) unsized++;
  }
  return { bytes, unsized };
}

/** A page that cannot be looked at (missing, unreadable folder, a name too long) will fail as a record: no size. */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
