// Info for the batch section: this tool's own load stage alone — read, decode,
// parse with the skipping tree builder — over the pages given, one after the
// other in one process, with no extraction. `node bench/load-only.mjs PAGE…`
import { readFileSync } from 'node:fs';
import { decode, fromHtml } from '../dist/index.js';

let nodes = 0;
for (const path of process.argv.slice(2)) {
  nodes += fromHtml(decode(readFileSync(path)).text).children.length;
}
process.stdout.write(`${process.argv.length - 2} pages, ${nodes} top-level nodes\n`);
