// Loads the CLI bundle with V8's code cache. Node 20 has no compile cache for
// modules, so the bundle is CommonJS run through vm.Script with the cached
// data the build wrote beside it: a cold run then skips parsing and compiling
// most of the code it executes. A cache from another Node version is rejected
// by V8 and the bundle simply compiles as usual.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');
const { setFlagsFromString } = require('node:v8');

// V8 runs a pattern's first match in its regexp interpreter and compiles it
// again, to machine code, on the second: a cold run over one page compiles
// some thousand of the rules' patterns, most of which run more than once, so
// it paid for most of them twice (a fifth of the run, profiled). Compiling
// each straight to machine code gives the same matches. Set before the bundle
// is compiled, and in the build too, as V8 accepts a code cache only from a
// process whose flags were the same.
setFlagsFromString('--no-regexp-tier-up');

const dist = join(__dirname, '..', 'dist');
const bundle = join(dist, 'cli.cjs');
const cacheFile = `${bundle}.cache`;

function readCache() {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/** The CLI's exports, and a function that writes the code cache (for the build). */
function loadCli() {
  const source = readFileSync(bundle, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __bundleUrl) {${source}\n})`, {
    filename: bundle,
    cachedData: readCache(),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dist, pathToFileURL(bundle).href);
  return {
    cli: module.exports,
    writeCache: () => writeFileSync(cacheFile, script.createCachedData()),
  };
}

/**
 * V8's full collection, for a run of many large pages (the CLI's `collectorAfterPages`), made on first use: the flag adds
 * `gc` to contexts made after it, so one is made for it; and only then, as the code cache is checked against the
 * flags of the process that reads it.
 */
function fullCollection() {
  let gc;
  return () => {
    if (gc === undefined) {
      // A Node that no longer gives it so, or runs no code from strings, leaves the collecting to V8, as before.
      try {
        setFlagsFromString('--expose-gc');
        gc = require('node:vm').runInNewContext("typeof gc === 'function' ? gc : () => undefined");
      } catch {
        gc = () => undefined;
      }
    }
    gc();
  };
}

module.exports = { loadCli, fullCollection };
