// Info for the batch section: this tool's own load stage alone — read, decode,
// the one pass (readHtml: its light tree and blocks) — over the pages given,
// one after the other in one process, with no extraction. `node bench/load-only.mjs PAGE…`
import { readFileSync } from 'node:fs';
import { decode, readHtml } from '../dist/index.js';

let blocks = 0;
const start = performance.now();
for (const path of process.argv.slice(2)) {
  blocks += readHtml(decode(readFileSync(path)).text).blocks.length;
}
// The pages' own time, after Node's start and the import of the whole library (its rules too, which this script
// never runs): set against bench/baseline-parse.mjs's loop, it is what the load stage costs a page.
const loop = performance.now() - start;
process.stdout.write(`${process.argv.length - 2} pages, ${blocks} blocks\nloop ${loop.toFixed(1)} ms\n`);
