// Builds what ships: the CLI as one CommonJS bundle with a V8 code cache (see
// bin/load-cli.js), used by bin/ and the batch workers alike, and the library
// as ES modules.
import { build } from 'esbuild';
import { rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PassThrough, Readable } from 'node:stream';

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
    build.onLoad({ filter: /^iconv-lite$/, namespace: 'stub' }, () => ({
      contents: "module.exports = { decode() { throw new Error('iconv-lite is not bundled'); } };",
      loader: 'js',
    }));
  },
};

/**
 * commander requires child_process at load, for subcommands that are separate
 * executables — which this CLI does not have — and child_process pulls in the
 * network stack: 2.5 ms of every start. The CLI bundle gets a stub that throws
 * if it is ever used.
 */
const withoutChildProcess = {
  name: 'without-child-process',
  setup(build) {
    build.onResolve({ filter: /^(?:node:)?child_process$/ }, () => ({ path: 'child_process', namespace: 'stub' }));
    build.onLoad({ filter: /^child_process$/, namespace: 'stub' }, () => ({
      contents: "module.exports = { spawn() { throw new Error('child_process is not bundled'); } };",
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [withoutIconv],
};

await rm(new URL('../dist/', import.meta.url), { recursive: true, force: true });

await build({
  ...common,
  entryPoints: { index: 'src/index.ts' },
  outdir: 'dist',
  splitting: true,
  format: 'esm',
  // commander and friends are CommonJS and require Node built-ins; ESM output needs a require.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  plugins: [withoutIconv, withoutChildProcess],
  // The loader passes the bundle's own address in, for finding bin/batch-worker.js.
  define: { 'import.meta.url': '__bundleUrl' },
  // Half the bytes to read and hash on every start; no stack trace is ever shown.
  minify: true,
});

// The code cache: run the CLI once over the bundled page, so that the functions
// a real run needs are compiled, then save what V8 compiled. Then record the
// answers to --help and --version that bin/ gives without loading the CLI
// (after the cache is written, so that it holds only what extraction needs).
const { loadCli } = await import('../bin/load-cli.js');
const { cli, writeCache } = loadCli();
async function capture(args) {
  const stdout = new PassThrough();
  const chunks = [];
  stdout.on('data', (chunk) => chunks.push(chunk));
  const code = await cli.run(args, {
    stdin: Readable.from([]),
    stdout,
    stderr: new PassThrough().resume(),
    env: {},
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdoutIsTTY: false,
    stderrIsTTY: false,
  });
  if (code !== 0) throw new Error(`alliance-extract ${args.join(' ')} exited ${code} during the build`);
  return Buffer.concat(chunks).toString('utf8');
}
await capture(['fixtures/wordpress-2012/source.html']);
writeCache();
const answers = {};
// The same four flags that bin/alliance-extract.js answers from this file.
for (const flag of ['--help', '-h', '--version', '-V']) answers[flag] = await capture([flag]);
await writeFile(new URL('../dist/answers.json', import.meta.url), `${JSON.stringify(answers, null, 2)}\n`);

// The library's types, for `import … from 'alliance-extract'`.
execFileSync(process.execPath, [fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
