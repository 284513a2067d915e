// Builds what ships: the CLI as one CommonJS bundle with a V8 code cache (see
// bin/load-cli.js), used by bin/ and the batch workers alike, and the library
// as ES modules.
import { build } from 'esbuild';
import { rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { PassThrough, Readable } from 'node:stream';

/**
 * Modules that a dependency loads but this project never calls into, each
 * with why, replaced in the bundles by a stub whose functions throw — so a
 * change that starts to need one fails the tests (which run against the
 * bundle) instead of passing unnoticed.
 */
const STUBS = [
  {
    // encoding-sniffer's label table (whatwg-encoding) imports iconv-lite for a
    // decode function never called here — pages are decoded with TextDecoder —
    // and iconv-lite's tables are half a megabyte to parse on every start.
    module: 'iconv-lite',
    exports: ['decode'],
    cliOnly: false,
  },
  {
    // i18n-iso-countries folds accents with diacritics for name lookups this
    // project does itself (src/countries/resolve.ts); its table costs 0.6 ms of
    // every cold start to build.
    module: 'diacritics',
    exports: ['remove'],
    cliOnly: false,
  },
  {
    // commander requires child_process at load, for subcommands that are
    // separate executables — which this CLI does not have — and child_process
    // pulls in the network stack: 2.5 ms of every start.
    module: 'child_process',
    exports: ['spawn'],
    cliOnly: true,
  },
];

function stubs(forCli) {
  const table = STUBS.filter((stub) => forCli || !stub.cliOnly);
  return {
    name: 'stubs',
    setup(build) {
      for (const { module, exports } of table) {
        build.onResolve({ filter: new RegExp(`^(?:node:)?${module}$`) }, () => ({ path: module, namespace: 'stub' }));
        build.onLoad({ filter: new RegExp(`^${module}$`), namespace: 'stub' }, () => ({
          contents: `module.exports = { ${exports.map((name) => `${name}() { throw new Error('${module} is not bundled'); }`).join(', ')} };`,
          loader: 'js',
        }));
      }
    },
  };
}

/**
 * cheerio's serializer (dom-serializer) imports three escape functions from
 * entities 4, whose index also builds that version's entity decoding tables
 * when it loads: 3 ms of every cold run, for tables htmlparser2 already has in
 * its own entities. The bundle points dom-serializer at the escape module of
 * the entities htmlparser2 uses, which has the same three functions and no
 * tables.
 */
const oneEntities = {
  name: 'one-entities',
  setup(build) {
    build.onResolve({ filter: /^entities$/ }, async (args) => {
      if (!/[\\/]dom-serializer[\\/]/.test(args.importer)) return undefined;
      const htmlparser2 = await build.resolve('htmlparser2', { kind: 'import-statement', resolveDir: args.resolveDir });
      const escape = await build.resolve('entities/escape', { kind: 'import-statement', resolveDir: dirname(htmlparser2.path) });
      return escape.errors.length > 0 ? { errors: escape.errors } : { path: escape.path };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [stubs(false), oneEntities],
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
  plugins: [stubs(true), oneEntities],
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
