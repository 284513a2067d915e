// Builds what ships: the CLI as one CommonJS bundle with a V8 code cache (see
// bin/load-cli.js), used by bin/ and the batch workers alike, and the library
// as a CommonJS bundle with an ES module entry, each with its declarations.
//
// Everything src/ imports is bundled, except the packages in `dependencies`:
// those are the ones the library's public types name (zod's schemas), so a
// consumer installs them anyway, and the library imports them from
// node_modules rather than carrying a second copy. The CLI
// bundle holds everything, for its cold start.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, isAbsolute, join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { PassThrough, Readable } from 'node:stream';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';

const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(manifest.dependencies ?? {});

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

/**
 * entities builds its decoding tables from base64 at load, in an interpreted
 * loop that costs every cold start 17 M instructions; the bundles get
 * scripts/decode-base64.js instead, which makes the same arrays natively
 * (test/decode-base64.test.ts compares the two). The build fails if the module
 * no longer looks as expected, rather than bundle a replacement for something
 * else.
 */
const fastEntityTables = {
  name: 'fast-entity-tables',
  setup(build) {
    build.onLoad({ filter: /[\\/]entities[\\/]dist[\\/]esm[\\/]internal[\\/]decode-shared\.js$/ }, async (args) => {
      const original = await readFile(args.path, 'utf8');
      if (!/^export function decodeBase64\(input\) \{$/m.test(original) || /^export (?!function decodeBase64\()/m.test(original)) {
        return { errors: [{ text: `${args.path} is not the decode-shared module scripts/decode-base64.js replaces: check what it exports` }] };
      }
      return { contents: await readFile(new URL('./decode-base64.js', import.meta.url), 'utf8'), loader: 'js' };
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
  plugins: [stubs(false), oneEntities, fastEntityTables],
};

await rm(new URL('../dist/', import.meta.url), { recursive: true, force: true });

// The library is one CommonJS bundle; the ES module entry re-exports it, so
// `import` and `require` get the same module — one InputError class, not two —
// and the package ships the code once.
await build({ ...common, entryPoints: { index: 'src/index.ts' }, outfile: 'dist/index.cjs', format: 'cjs', external: dependencies });
const names = Object.keys(createRequire(import.meta.url)('../dist/index.cjs')).sort();
await writeFile(
  new URL('../dist/index.js', import.meta.url),
  `import library from './index.cjs';\n\nexport const {\n${names.map((name) => `  ${name},\n`).join('')}} = library;\n`,
);

await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  plugins: [stubs(true), oneEntities, fastEntityTables],
  // The loader passes the bundle's own address in, for finding bin/batch-worker.js.
  define: { 'import.meta.url': '__bundleUrl' },
  // Half the bytes to read and hash on every start; no stack trace is ever shown.
  // BUILD_READABLE=1 keeps the names, for a profile (`node --cpu-prof`) that says where the time goes.
  minify: !process.env.BUILD_READABLE,
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

// The library's types: tsc's declarations, one file per module, bundled into
// one file that imports only from `dependencies`. Having no relative imports,
// the same text serves `import` (index.d.ts) and `require` (index.d.cts).
const declarations = await mkdtemp(join(tmpdir(), 'alliance-extract-types-'));
try {
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.build.json', '--outDir', declarations],
    { stdio: 'inherit' },
  );
  const types = await rollup({ input: join(declarations, 'index.d.ts'), plugins: [dts()], external: (id) => !id.startsWith('.') && !isAbsolute(id) });
  const { output } = await types.generate({ format: 'es' });
  const [{ code, imports }] = output;
  // `dependencies` is exactly what the public types import: what a consumer must install.
  const packageOf = (id) => id.split('/').slice(0, id.startsWith('@') ? 2 : 1).join('/');
  const named = new Set(imports.map(packageOf));
  const undeclared = [...named].filter((name) => !dependencies.includes(name));
  const unneeded = dependencies.filter((name) => !named.has(name));
  if (undeclared.length > 0) throw new Error(`the library's types import ${undeclared.join(', ')}: add to dependencies, or keep out of the public API`);
  if (unneeded.length > 0) throw new Error(`the library's types do not import ${unneeded.join(', ')}: move to devDependencies (the bundles hold it)`);
  await writeFile(new URL('../dist/index.d.ts', import.meta.url), code);
  await writeFile(new URL('../dist/index.d.cts', import.meta.url), code);
} finally {
  await rm(declarations, { recursive: true, force: true });
}
