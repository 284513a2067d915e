// Loads the CLI bundle with V8's code cache. Node 20 has no compile cache for
// modules, so the bundle is CommonJS run through vm.Script with the cached
// data the build wrote beside it: a cold run then skips parsing and compiling
// most of the code it executes. A cache from another Node version is rejected
// by V8 and the bundle simply compiles as usual.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const cacheFile = `${bundle}.cache`;

function readCache() {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/** The CLI's exports, and a function that writes the code cache (for the build). */
export function loadCli() {
  const source = readFileSync(bundle, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __bundleUrl) {${source}\n})`, {
    filename: bundle,
    cachedData: readCache(),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, fileURLToPath(new URL('.', pathToFileURL(bundle))), pathToFileURL(bundle).href);
  return {
    cli: module.exports,
    writeCache: () => writeFileSync(cacheFile, script.createCachedData()),
  };
}
