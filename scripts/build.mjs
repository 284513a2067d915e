// Bundles the CLI and the library with esbuild: one ESM file per entry plus
// shared chunks, so that `--version` loads only the CLI shell and the extractor
// is imported when a command needs it.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * encoding-sniffer's label table (whatwg-encoding) imports iconv-lite for a
 * decode function this project never calls — it decodes with TextDecoder — and
 * iconv-lite's tables are half a megabyte to parse on every start. The stub
 * throws if that ever changes, and the CLI tests run against this bundle.
 */
const withoutIconv = {
  name: 'without-iconv-lite',
  setup(build) {
    build.onResolve({ filter: /^iconv-lite$/ }, () => ({ path: 'iconv-lite', namespace: 'stub' }));
    build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: "module.exports = { decode() { throw new Error('iconv-lite is not bundled'); } };",
      loader: 'js',
    }));
  },
};

await rm(new URL('../dist/', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts', index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  // commander is CommonJS and requires Node built-ins; ESM output needs a require.
  plugins: [withoutIconv],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

// The library's types, for `import … from 'alliance-extract'`.
execFileSync(process.execPath, [fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
