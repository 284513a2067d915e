// In-process rates once the JIT has warmed up, to show where a batch's time
// goes: what a page costs the extractor (read, extract, serialize, as a batch
// worker does) against a bare read + parseDocument, and what N threads
// extracting at the same time achieve together. Whole-process figures cannot
// separate these from start-up and warm-up, which a short batch pays per thread.
//
// `node bench/warm.mjs PAGE [--threads N] [--warm N] [--pages N]` prints one
// JSON line: { parseMsPerPage, extractMsPerPage, threads, threadsPagesPerSecond }.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parseDocument } from 'htmlparser2';
import { extractPost } from '../dist/index.js';

const extractOne = (page) => JSON.stringify(extractPost(readFileSync(page)));
const parseOne = (page) => parseDocument(readFileSync(page, 'utf8')).children.length;

function timeLoop(work, page, count) {
  const start = performance.now();
  for (let i = 0; i < count; i++) work(page);
  return (performance.now() - start) / count;
}

if (!isMainThread) {
  // Warm up, say so, and measure only once every thread is warm, so that the
  // measured stretches overlap.
  const { page, warm, pages } = workerData;
  timeLoop(extractOne, page, warm);
  parentPort.postMessage('warm');
  parentPort.once('message', () => parentPort.postMessage(timeLoop(extractOne, page, pages)));
} else {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { threads: { type: 'string', default: '2' }, warm: { type: 'string', default: '1500' }, pages: { type: 'string', default: '1000' } },
  });
  const [page] = positionals;
  const threads = Number(values.threads);
  const warm = Number(values.warm);
  const pages = Number(values.pages);

  timeLoop(parseOne, page, warm);
  const parseMsPerPage = timeLoop(parseOne, page, pages);
  timeLoop(extractOne, page, warm);
  const extractMsPerPage = timeLoop(extractOne, page, pages);

  // The main thread is warm already; the workers warm up before anyone measures.
  const workers = Array.from({ length: threads - 1 }, () => new Worker(new URL(import.meta.url), { workerData: { page, warm, pages } }));
  const next = (worker) => new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
  await Promise.all(workers.map(next));
  const measured = workers.map(next);
  for (const worker of workers) worker.postMessage('go');
  const mine = timeLoop(extractOne, page, pages);
  const perPage = [mine, ...(await Promise.all(measured))];
  await Promise.all(workers.map((worker) => worker.terminate()));
  const threadsPagesPerSecond = perPage.reduce((sum, ms) => sum + 1000 / ms, 0);

  process.stdout.write(`${JSON.stringify({ parseMsPerPage, extractMsPerPage, threads, threadsPagesPerSecond })}\n`);
}
