import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const { extractPost } = createRequire(import.meta.url)('../dist/index.cjs');
let n = 0;
for (const path of process.argv.slice(2)) n += JSON.stringify(extractPost(readFileSync(path))).length;
console.log(n);
