// Peer: Mozilla's Readability on jsdom, as a Node user would run it on a saved
// page. The packages come from bench/.peers/ (`node bench/run.mjs --peers`
// installs them there). `node bench/peer-readability.mjs PAGE`
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(new URL('./.peers/node_modules/', import.meta.url));
const { JSDOM } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const path = process.argv[2];
const dom = new JSDOM(readFileSync(path), { url: pathToFileURL(path).href });
const article = new Readability(dom.window.document).parse();
dom.window.close();
process.stdout.write(`${JSON.stringify({ title: article?.title ?? null, length: article?.length ?? 0 })}\n`);
