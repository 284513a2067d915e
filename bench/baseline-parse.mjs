// Baseline: read each page given on the command line and parse it with
// htmlparser2's parseDocument, one after the other in this one process (no
// extraction, no output but a count). `node bench/baseline-parse.mjs PAGE…`
import { readFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';

let nodes = 0;
const start = performance.now();
for (const path of process.argv.slice(2)) {
  nodes += parseDocument(readFileSync(path, 'utf8')).children.length;
}
// The pages' own time, after Node's start and the import: what bench/load-only.mjs's loop is set against.
const loop = performance.now() - start;
process.stdout.write(`${process.argv.length - 2} pages, ${nodes} top-level nodes\nloop ${loop.toFixed(1)} ms\n`);
