import { availableParallelism } from 'node:os';
import { setImmediate } from 'node:timers/promises';
import type { Format } from '../../emit/emit.js';
import { EXIT, UsageError, type ExitCode, type Outcome } from '../exit.js';
import { openSink, type CliIO } from '../io.js';
import { extractPage, recordWriter, type PageOptions, type PageResult } from '../batch/page.js';
import { WorkerPool, mapOrdered } from '../batch/pool.js';

export interface BatchOptions extends Omit<PageOptions, 'format'> {
  format: Format;
  output?: string | undefined;
  jobs?: number | undefined;
  quiet: boolean;
}

const PROGRESS_INTERVAL_MS = 100;
/**
 * Pages handed to a worker at once: it has the next one at hand while this
 * thread, busy with a page of its own, cannot answer it.
 */
const PAGES_IN_FLIGHT = 4;

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
 * Many pages to one stream of documents (NDJSON, or a YAML stream), in input
 * order, spread over worker threads. A page that fails becomes an error record
 * and the run goes on; the exit code is that of the first page that failed.
 */
export async function batchCommand(pages: readonly string[], options: BatchOptions, io: CliIO): Promise<Outcome> {
  const { format } = options;
  if (format === 'json') throw new UsageError('several pages make a stream: use --format ndjson (the default) or yaml');
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), pages.length));
  const pageOptions: PageOptions = { linked: options.linked, maxSize: options.maxSize, partial: options.partial, format };
  const write = await recordWriter(format);
  // This thread is one of the jobs: it only waits on the others otherwise, and
  // each worker it saves is one less bundle to load and warm up.
  const pool =
    jobs > 1 ? new WorkerPool<string, PageResult>(jobs - 1, new URL('../bin/batch-worker.js', import.meta.url), { options: pageOptions, cwd: io.cwd }, PAGES_IN_FLIGHT) : undefined;
  const run = async (index: number) => {
    const page = pages[index] as string;
    if (pool?.hasCapacity()) return pool.run(page);
    // Let the workers' answers in before taking a page here: extraction is
    // synchronous, and back-to-back local pages would leave the workers idle.
    await setImmediate();
    return extractPage(page, pageOptions, io, write);
  };
  const sink = await openSink(options.output, io);
  const bar = progress(io, pages.length);
  const started = Date.now();
  const failures: ExitCode[] = [];
  let done = 0;
  try {
    await mapOrdered(pages.length, jobs * PAGES_IN_FLIGHT, run, (_index, result) => {
      sink.write(result.text);
      if (result.code !== EXIT.ok) {
        failures.push(result.code);
        if (!options.quiet && result.message) {
          bar.clear();
          io.stderr.write(`alliance-extract: ${result.message}\n`);
        }
      }
      bar.tick(++done);
    });
    await sink.commit();
  } catch (error) {
    await sink.abort();
    throw error;
  } finally {
    bar.clear();
    await pool?.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.stderr.write(`alliance-extract: ${pages.length - failures.length} of ${pages.length} pages extracted, ${failures.length} failed (${seconds} s, ${jobs} jobs)\n`);
  return { kind: 'batch', failures };
}
