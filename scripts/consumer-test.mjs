// The package as a consumer gets it: `npm pack`, then a fresh project that
// installs the tarball, preferring npm's cache (the dependencies are in the
// lock file, so `npm ci` put them there), and uses it every supported way.
// Also runs publint and Are the Types Wrong on the tarball. Run as
// `npm run test:consumer`; CI runs it after the tests.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const page = join(root, 'fixtures/wordpress-2012/source.html');
const expected = JSON.parse(readFileSync(join(root, 'fixtures/wordpress-2012/expected.json'), 'utf8'));

/** Runs a command; its output, or a failure that shows all of it. */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout}${result.stderr}`;
  assert.equal(result.status, 0, `${command} ${args.join(' ')} exited ${result.status}:\n${output}`);
  return result;
}

function step(name, check) {
  check();
  process.stdout.write(`consumer: ✓ ${name}\n`);
}

const work = mkdtempSync(join(tmpdir(), 'alliance-extract-consumer-'));
try {
  // prepack builds dist/ and takes `scripts` out of the packed manifest; postpack puts them back.
  const unpacked = readFileSync(join(root, 'package.json'), 'utf8');
  run('npm', ['pack', '--pack-destination', work, '--silent'], root);
  const tarball = join(work, readdirSync(work).find((name) => name.endsWith('.tgz')));

  step('the packed manifest has no install scripts, and the repository keeps its own', () => {
    const packed = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
    assert.equal(packed.scripts, undefined);
    assert.deepEqual(packed, (({ scripts, ...published }) => published)(manifest));
    assert.equal(readFileSync(join(root, 'package.json'), 'utf8'), unpacked);
  });

  const lint = await publint({ pack: { tarball: readFileSync(tarball).buffer }, strict: true });
  step('publint --strict reports nothing', () => {
    const messages = lint.messages.map((message) => formatMessage(message, lint.pkg));
    assert.deepEqual(messages, []);
  });

  step('Are the Types Wrong reports nothing', () => {
    run(process.execPath, [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), tarball, '--format', 'ascii'], root);
  });

  const project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'commonjs' }, null, 2)}\n`);
  const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], project);
  step('npm install prints no warning about install scripts', () => {
    const warnings = `${install.stdout}${install.stderr}`.split('\n').filter((line) => /install[- ]?scripts?/i.test(line));
    assert.deepEqual(warnings, []);
  });

  step('the install holds the package and its dependencies only', () => {
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8'));
    const installed = Object.keys(lock.packages).filter(Boolean).map((path) => path.replace(/^.*node_modules\//, ''));
    const needed = new Set(['alliance-extract']);
    // The closure of `dependencies`, read from what was installed.
    for (const name of needed) {
      const { dependencies = {} } = JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8'));
      for (const dependency of Object.keys(dependencies)) needed.add(dependency);
    }
    assert.deepEqual(installed.sort(), [...needed].sort());
    assert.deepEqual(Object.keys(lock.packages['node_modules/alliance-extract'].dependencies ?? {}).sort(), Object.keys(manifest.dependencies).sort());
    const bytes = readdirSync(join(project, 'node_modules'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
    process.stdout.write(`consumer: installed ${installed.sort().join(', ')}: ${(bytes / 1e6).toFixed(1)} MB\n`);
  });

  const programs = {
    'extract.mjs': `import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { InputError, emit, extractPost, missingFacts } from 'alliance-extract';
const extraction = extractPost(readFileSync(process.argv[2]));
if (missingFacts(extraction).length > 0) throw new Error('incomplete');
if (createRequire(import.meta.url)('alliance-extract').InputError !== InputError) throw new Error('import and require load two copies');
process.stdout.write(await emit(extraction, 'json'));
`,
    'extract.cjs': `const { readFileSync } = require('node:fs');
const { emit, extractPost, missingFacts, InputError } = require('alliance-extract');
const extraction = extractPost(readFileSync(process.argv[2], 'utf8'));
if (missingFacts(extraction).length > 0) throw new Error('incomplete');
try {
  extractPost('');
  throw new Error('an empty page was accepted');
} catch (error) {
  if (!(error instanceof InputError) || error.exitCode !== 3) throw error;
}
emit(extraction, 'json').then((text) => process.stdout.write(text));
`,
    // tsc checks this file as CommonJS (package.json) under node16, and as an ES module under bundler.
    'types.ts': types(),
    'types.mts': types(),
  };
  for (const [name, text] of Object.entries(programs)) writeFileSync(join(project, name), text);

  for (const program of ['extract.mjs', 'extract.cjs']) {
    step(`node ${program}: the bundled page's golden extraction`, () => {
      const { stdout } = run(process.execPath, [program, page], project);
      const extraction = JSON.parse(stdout);
      // A string has no bytes of its own: it is hashed as UTF-8, which the fixture is.
      assert.deepEqual(extraction, expected);
    });
  }

  for (const moduleResolution of ['node16', 'bundler']) {
    step(`TypeScript, moduleResolution ${moduleResolution}`, () => {
      const options = {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        // No @types/node: the declarations must not need it. zod's name URL, which DOM declares.
        types: [],
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        module: moduleResolution === 'node16' ? 'node16' : 'preserve',
        moduleResolution,
      };
      writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['types.ts', 'types.mts'] }));
      run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project);
    });
  }

  step('npx alliance-extract --version', () => {
    assert.equal(run('npx', ['--offline', 'alliance-extract', '--version'], project).stdout.trim(), manifest.version);
  });
  step('npx alliance-extract PAGE --format json', () => {
    assert.deepEqual(JSON.parse(run('npx', ['--offline', 'alliance-extract', page, '--format', 'json'], project).stdout), expected);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Uses each kind of export, so that types resolving to `any` or missing fail.
function types() {
  return `import { InputError, emit, extractPost, missingFacts, type Extraction } from 'alliance-extract';
const extraction: Extraction = extractPost('<html><body><p>text</p></body></html>');
const codes: string[] = extraction.countries.items.map((country) => country.code);
const missing: string[] = missingFacts(extraction);
const exitCode: 3 = new InputError('empty', 'the input is empty').exitCode;
const text: Promise<string> = emit(extraction, 'yaml');
// @ts-expect-error a page is a string or bytes
extractPost(42);
export { codes, exitCode, missing, text };
`;
}
