import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import type { Format } from '../../emit/emit.js';
import { safe } from '../../text/escape.js';
import { withoutPassword } from '../../text/address.js';
import { EXIT, UsageError, type ExitCode, type Outcome } from '../exit.js';
import { collectorAfterPages, interruption, openSink, stopIfInterrupted, stopIfSignalled, type CliIO, type Sink } from '../io.js';
import { isUrl } from '../fetch.js';
import { readLinked } from './shared.js';
import { extractPage, recordWriter, type PageOptions, type PageResult } from '../batch/page.js';
import { WorkerPool, mapOrdered } from '../batch/pool.js';
import { batchWork, defaultJobs, pageBytes } from '../batch/jobs.js';
import { Turns } from '../batch/turns.js';

export interface BatchOptions extends Omit<PageOptions, 'format'> {
  format: Format;
  output?: string | undefined;
  jobs?: number | undefined;
  filesFrom?: string | undefined;
  quiet: boolean;
}

const PROGRESS_INTERVAL_MS = 100;
/**
 * Pages handed to a worker at once: it has the next one at hand while this
 * thread, busy with a page of its own, cannot answer it.
 */
const PAGES_IN_FLIGHT = 4;
/**
 * The bytes of pages a worker holds at once, the one it works on included,
 * unless it holds one page alone: four of the post's size, so that a batch of
 * such pages keeps it four deep, while a large page is all it holds and the
 * next goes to this thread (see `WorkerPool`).
 */
const BYTES_IN_FLIGHT = 1024 * 1024;
/**
 * Threads a core: more only share the same cores, and each thread costs its
 * own heap and warm-up (about 15 MB and half a second of compiling).
 */
const JOBS_PER_CORE = 2;

function progress(io: CliIO, total: number): { tick(done: number): void; clear(): void } {
  if (!io.stderrIsTTY) return { tick: () => undefined, clear: () => undefined };
  let last = 0;
  const width = 30;
  const draw = (done: number) => {
    const filled = Math.round((done / total) * width);
    io.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} pages`);
  };
  return {
    tick(done) {
      const now = Date.now();
      if (now - last < PROGRESS_INTERVAL_MS && done < total) return;
      last = now;
      draw(done);
    },
    clear: () => void io.stderr.write('\r\u001b[K'),
  };
}

/**
 * The number of threads: as asked, else as the batch's size pays for
 * (`defaultJobs`), but no more than the pages or a few a core.
 */
function jobsFor(options: BatchOptions, pages: readonly string[], io: CliIO): number {
  const cores = availableParallelism();
  const limit = cores * JOBS_PER_CORE;
  const asked = options.jobs ?? defaultJobs({ ...batchWork(pages, io.cwd), cores });
  if (asked > limit && !options.quiet) {
    io.stderr.write(`alliance-extract: note: --jobs ${asked} is more than this machine can use: ${limit} threads (${JOBS_PER_CORE} a core)\n`);
  }
  return Math.max(1, Math.min(asked, limit, pages.length));
}

/**
 * A stream written over one of the pages it is read from would destroy that
 * page, whether or not the page failed: one page's output replacing it is
 * that page's own business (and only on success), a stream of many is not.
 * Compared as files (device and inode), so a link or another spelling of
 * the same path is caught.
 */
function refuseOverwritingAnInput(output: string, inputs: readonly string[], io: Pick<CliIO, 'cwd'>): void {
  const identity = (path: string): string | undefined => {
    if (path === '-' || isUrl(path)) return undefined;
    try {
      const info = statSync(resolve(io.cwd, path));
      return info.isFile() ? `${info.dev}:${info.ino}` : undefined;
    } catch {
      return undefined;
    }
  };
  const target = identity(output);
  const input = target === undefined ? undefined : inputs.find((path) => identity(path) === target);
  if (input !== undefined) throw new UsageError(`-o ${safe(withoutPassword(output))} is ${safe(withoutPassword(input))}, one of the pages read: the stream of records would replace it`);
}

/**
 * Many pages to one stream of documents (NDJSON, or a YAML stream), in input
 * order, spread over worker threads. A page that fails becomes an error record
 * and the run goes on; the exit code is that of the first page that failed.
 * Whatever ends the run — its end, a failed write, a signal — the worker
 * threads are stopped and a temporary output file is removed.
 */
export async function batchCommand(pages: readonly string[], options: BatchOptions, io: CliIO): Promise<Outcome> {
  const { format } = options;
  if (format === 'json') throw new UsageError('several pages make a stream: use --format ndjson (the default) or yaml');
  const pageOptions: PageOptions = { linked: options.linked, maxSize: options.maxSize, timeout: options.timeout, partial: options.partial, format };
  if (options.output !== undefined) refuseOverwritingAnInput(options.output, [...pages, ...(options.linked ? [options.linked] : [])], io);
  const write = await recordWriter(format);
  const sink = await openSink(options.output, io);
  try {
    return await writeBatch(pages, options, pageOptions, write, sink, io);
  } catch (error) {
    sink.abort();
    throw error;
  }
}

async function writeBatch(
  pages: readonly string[],
  options: BatchOptions,
  pageOptions: PageOptions,
  write: Awaited<ReturnType<typeof recordWriter>>,
  sink: Sink,
  io: CliIO,
): Promise<Outcome> {
  const jobs = jobsFor(options, pages, io);
  // A --linked page on standard input or at an address is read here, once, and handed to every thread.
  const { linked } = options;
  const linkedPage = linked === '-' || (linked && isUrl(linked)) ? await readLinked(linked, io, pageOptions) : undefined;
  // This thread is one of the jobs: it only waits on the others otherwise, and
  // each worker it saves is one less bundle to load and warm up.
  const pool =
    jobs > 1 ? new WorkerPool<string, PageResult>(jobs - 1, new URL('../bin/batch-worker.js', import.meta.url), { options: pageOptions, cwd: io.cwd, linked: linkedPage }, PAGES_IN_FLIGHT, BYTES_IN_FLIGHT) : undefined;
  const afterPage = collectorAfterPages(io);
  const turns = new Turns();
  const room = pool && (() => pool.room());
  const run = async (index: number) => {
    const page = pages[index] as string;
    const weight = page === '-' || pool === undefined ? 0 : pageBytes(page, io.cwd);
    let handed: Promise<PageResult> | undefined;
    // Standard input is this thread's: a worker's is empty.
    const handOff = () => {
      if (page === '-' || !pool?.hasCapacity(weight)) return false;
      handed = pool.run(page, weight);
      return true;
    };
    // Decided when this thread is free for the page or a worker has room, not when the page was dispatched: four
    // large pages, one held by the worker, ran the other three here one after another while the worker waited.
    if ((await turns.take(handOff, room)) === 'handed') return handed as Promise<PageResult>;
    try {
      // Let the workers' answers (and a signal) in before taking a page here: extraction is synchronous, and
      // back-to-back pages here would leave the workers idle.
      await setImmediate();
      stopIfInterrupted(io);
      if (handOff()) return handed as Promise<PageResult>;
      const result = await extractPage(page, pageOptions, io, write);
      if (index < pages.length - 1) afterPage();
      return result;
    } finally {
      turns.release();
    }
  };
  const bar = progress(io, pages.length);
  const started = Date.now();
  const failures: ExitCode[] = [];
  let done = 0;
  try {
    stopIfInterrupted(io);
    await mapOrdered(
      pages.length,
      jobs * PAGES_IN_FLIGHT,
      run,
      async (_index, result) => {
        // Pages extracted on this thread hold the event loop: a signal that came meanwhile is heard before the record is written.
        await stopIfSignalled(io);
        await sink.write(result.text);
        if (result.code !== EXIT.ok) {
          failures.push(result.code);
          if (!options.quiet && result.message) {
            bar.clear();
            io.stderr.write(`alliance-extract: ${safe(result.message)}\n`);
          }
        }
        bar.tick(++done);
      },
      interruption(io),
    );
    stopIfInterrupted(io);
    await sink.commit();
  } finally {
    bar.clear();
    await pool?.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.stderr.write(`alliance-extract: ${pages.length - failures.length} of ${pages.length} pages extracted, ${failures.length} failed (${seconds} s, ${jobs} ${jobs === 1 ? 'job' : 'jobs'})\n`);
  return { kind: 'batch', failures };
}
