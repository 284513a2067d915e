// Times the extractor in process on one page, after warming it up on the
// fixture: `node bench/depth.mjs PAGE` prints one JSON line { ms, facts }.
// Used by run.mjs's depth section, where whole-process times would bury the
// cost of depth under start-up and a shared machine's noise.
import { readFileSync } from 'node:fs';
import { extractPost } from '../dist/index.js';

const fixture = readFileSync(new URL('../fixtures/wordpress-2012/source.html', import.meta.url));
for (let i = 0; i < 20; i++) extractPost(fixture);
const page = readFileSync(process.argv[2]);
const start = performance.now();
const extraction = extractPost(page);
const ms = performance.now() - start;
const facts = JSON.stringify(['commitments', 'statistics', 'countries'].map((key) => extraction[key]).map((value) => JSON.stringify(value, (k, v) => (k === 'location' ? undefined : v))));
process.stdout.write(`${JSON.stringify({ ms, facts })}\n`);
