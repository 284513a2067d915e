import { copyFileSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { independentValidator } from './helpers/ajv.js';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { runBin } from './helpers/bin.js';
import { runCli } from './helpers/io.js';
import { ENGLISH, FIXTURES, MAIN, MEMO } from './helpers/fixtures.js';
import { scratchDir } from './helpers/scratch.js';

function pagesDir(count: number, bad: Record<number, string | Buffer> = {}): { dir: string; files: string[] } {
  const dir = scratchDir('alliance-batch-');
  const files = Array.from({ length: count }, (_, index) => {
    const file = join(dir, `page-${String(index).padStart(5, '0')}.html`);
    if (bad[index] !== undefined) writeFileSync(file, bad[index] as string);
    else copyFileSync(MAIN, file);
    return file;
  });
  return { dir, files };
}

const lines = (text: string) => text.trimEnd().split('\n').map((line) => JSON.parse(line) as { path: string; error?: { exitCode: number } });

describe('batch mode (the built command, worker threads)', () => {
  it('extracts thousands of pages in input order and goes on past a bad one', () => {
    const { dir, files } = pagesDir(2000, { 7: '', 1234: readFileSync(join(FIXTURES, 'other-post', 'source.html')) });
    const result = runBin([dir, '--jobs', '2']);
    const records = lines(result.stdout);
    expect(records.map((record) => record.path)).toEqual(files);
    expect(records.filter((record) => record.error).map((record) => [record.path, record.error?.exitCode])).toEqual([
      [files[7], 3],
      [files[1234], 4],
    ]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/1998 of 2000 pages extracted, 2 failed/);
    expect(result.stderr).toContain(`alliance-extract: ${files[7]}: the input is empty`);
    // A bound against a hang only: what a batch costs is the bench's to say (section 3).
  }, 180_000);

  it('reads page paths from --files-from - and writes the stream to -o whole', () => {
    const { dir, files } = pagesDir(5);
    const output = join(dir, 'out.ndjson');
    const result = runBin(['--files-from', '-', '-o', output], { input: `${files.join('\n')}\n` });
    expect(result.code).toBe(0);
    expect(lines(readFileSync(output, 'utf8')).map((record) => record.path)).toEqual(files);
  });
});

describe('batch mode (in process, one job)', () => {
  it('refuses a --files-from list over its own limit without pointing at --max-size, which does not govern it', async () => {
    const list = join(scratchDir('alliance-list-'), 'list');
    writeFileSync(list, '');
    truncateSync(list, 257 * 1024 * 1024);
    const result = await runCli(['--files-from', list, '--max-size', '1G', '--quiet']);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(`alliance-extract: ${list}: larger than the 256 MiB a --files-from list may be\n`);
  });
  it.each([
    ['not the post, then missing', ['other-post', 'missing', 'post'], 4],
    ['missing, then not the post', ['missing', 'other-post', 'post'], 3],
  ])('exits with the code of the first page that failed (%s)', async (_what, kinds, code) => {
    const page = { 'other-post': join(FIXTURES, 'other-post', 'source.html'), missing: 'no-such-page.html', post: MAIN };
    const result = await runCli([...kinds.map((kind) => page[kind as keyof typeof page]), '--jobs', '1', '--quiet']);
    expect(lines(result.stdout).map((record) => record.error?.exitCode ?? 0)).toEqual(kinds.map((kind) => ({ 'other-post': 4, missing: 3, post: 0 })[kind]));
    expect(result.code).toBe(code);
  });

  it('writes the same records as a single-page run, with their paths', async () => {
    const { files } = pagesDir(2);
    const batch = await runCli([...files, '--jobs', '1', '--quiet']);
    const single = JSON.parse((await runCli([files[0] as string, '--quiet'])).stdout);
    expect(lines(batch.stdout)).toEqual([{ path: files[0], ...single }, { path: files[1], ...single }]);
  });

  it('takes the countries of every page from one --linked memo', async () => {
    const { files } = pagesDir(3);
    const result = await runCli([...files, '--linked', MEMO, '--jobs', '1', '--quiet']);
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(records.map((record) => [record.countries.source, record.countries.items.length])).toEqual([
      ['linked', 48],
      ['linked', 48],
      ['linked', 48],
    ]);
  });

  it('refuses --format json for several pages', async () => {
    const { files } = pagesDir(2);
    const result = await runCli([...files, '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--format ndjson/);
  });

  it('shows progress on standard error only when it is a terminal', async () => {
    const { files } = pagesDir(3);
    expect((await runCli([...files, '--jobs', '1', '--quiet'], { tty: true })).stderr).toMatch(/\r\[#+\.*\] 3\/3 pages/);
    expect((await runCli([...files, '--jobs', '1', '--quiet'])).stderr).not.toMatch(/\r/);
  });

  it('writes a YAML stream on request', async () => {
    const { files } = pagesDir(2);
    const result = await runCli([...files, '--format', 'yaml', '--jobs', '1', '--quiet']);
    expect(result.stdout.match(/^---$/gm)).toHaveLength(2);
  });
});

/** A validator for one batch record, from the schema the command prints, as an independent reader would use it. */
async function recordValidator() {
  const result = await runCli(['schema', '--ndjson']);
  expect(result.code).toBe(0);
  return independentValidator(JSON.parse(result.stdout));
}

/** The main page with its letters decoded twice ("Ã¤") and one figure gone: incomplete, and damaged. */
function damagedIncompletePage(dir: string): string {
  const file = join(dir, 'damaged.html');
  writeFileSync(file, readFileSync(MAIN, 'utf8').replaceAll('ä', 'Ã¤').replace('250 greps', 'ett antal greps'));
  return file;
}

describe('batch records (the contract of `schema --ndjson`)', () => {
  const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

  function mixedPages(): string[] {
    const { dir, files } = pagesDir(3, { 1: PNG, 2: readFileSync(join(FIXTURES, 'other-post', 'source.html')) });
    return [...files, join(dir, 'missing.html'), damagedIncompletePage(dir), MEMO];
  }

  it.each([
    ['NDJSON, worker threads', ['--jobs', '2']],
    ['NDJSON, --partial', ['--jobs', '1', '--partial']],
    ['NDJSON, --linked', ['--jobs', '2', '--linked', MEMO]],
  ])('every line validates: %s', async (_what, options) => {
    const validate = await recordValidator();
    const pages = mixedPages();
    const result = runBin([...pages, ...options, '--quiet']);
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(records.map((record) => record.path)).toEqual(pages);
    for (const record of records) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(records.filter((record) => record.error).length).toBe(options.includes('--partial') ? 2 : 5);
  });

  it('every document of a YAML stream validates', async () => {
    const validate = await recordValidator();
    const pages = mixedPages();
    const result = await runCli([...pages, '--format', 'yaml', '--jobs', '1', '--quiet']);
    const documents = parseAllDocuments(result.stdout).map((document) => document.toJS());
    expect(documents).toHaveLength(pages.length);
    for (const document of documents) expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects records that break the contract', async () => {
    const validate = await recordValidator();
    const good = { path: 'a.html', ...JSON.parse(readFileSync(join(FIXTURES, 'wordpress-2012', 'expected.json'), 'utf8')) };
    const error = { path: 'a.html', error: { exitCode: 3, message: 'a.html: the input is empty' }, warnings: [] };
    expect([validate(good), validate(error)]).toEqual([true, true]);
    const broken = [{ ...good, path: undefined }, { ...error, warnings: undefined }, { ...error, error: { ...error.error, exitCode: 0 } }, { ...error, schemaVersion: 1 }];
    for (const record of broken) expect(validate(record)).toBe(false);
  });

  it('every line validates for a directory of odd pages, and each page below it has its record', async () => {
    const validate = await recordValidator();
    const dir = scratchDir('alliance-batch-');
    const captures = join(dir, 'captures');
    mkdirSync(join(captures, 'sub.html'), { recursive: true });
    const names = ['good.html', '-dash.html', '100%s.html', 'a b\nc.html', '\u001b[2Jclear.html', 'Malmstr\u00f6m.html', 'sub.html/inner.htm'];
    for (const name of names) copyFileSync(MAIN, join(captures, name));
    writeFileSync(join(captures, 'empty.html'), '');
    writeFileSync(join(captures, 'big.html'), `${readFileSync(MAIN, 'utf8')}${' '.repeat(200_000)}`);
    writeFileSync(Buffer.from(`${captures}/latin1-\xf6.html`, 'latin1'), readFileSync(MAIN));
    symlinkSync('good.html', join(captures, 'link.html'));
    symlinkSync('nowhere.html', join(captures, 'dead.html'));
    const result = runBin(['captures', '--jobs', '2', '--quiet', '--max-size', '200K'], { cwd: dir });
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    for (const record of records) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    const outcome = Object.fromEntries(records.map((record) => [record.path.slice('captures/'.length), record.error?.exitCode ?? 0]));
    expect(outcome).toEqual({
      ...Object.fromEntries(names.map((name) => [name, 0])),
      'link.html': 0,
      'dead.html': 3,
      'empty.html': 3,
      'big.html': 3,
      'latin1-\ufffd.html': 3,
    });
    expect(result.code).toBe(3);
  });

  it("keeps a failed page's warnings in its record (decoding-damage explains an incomplete page)", async () => {
    const dir = scratchDir('alliance-batch-');
    const result = await runCli([damagedIncompletePage(dir), MAIN, '--jobs', '1', '--quiet']);
    const [failed] = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(failed.error.exitCode).toBe(4);
    expect(failed.warnings.map((warning: { code: string }) => warning.code)).toContain('decoding-damage');
  });

  it.each([
    ['the post', () => readFileSync(MAIN), null],
    ['nothing', () => '', { exitCode: 3, message: 'standard input: the input is empty' }],
  ])("names standard input '-' in its record when it holds %s, each page beside it by its name", async (_name, stdin, error) => {
    const result = await runCli(['-', ENGLISH, '--jobs', '1', '--quiet'], { stdin: stdin() });
    const [own, beside] = lines(result.stdout);
    expect([own?.path, beside?.path]).toEqual(['-', ENGLISH]);
    if (error === null) expect(own).not.toHaveProperty('error');
    // A page that could not be read has no warnings to explain it: its record says so with an empty list, not by leaving it out.
    else expect(own).toEqual({ path: '-', error, warnings: [] });
  });

  it("gives an unreadable page's record an empty list of warnings", async () => {
    const missing = join(scratchDir('alliance-batch-'), 'gone.html');
    const result = await runCli([missing, MAIN, '--jobs', '1', '--quiet']);
    expect(lines(result.stdout)[0]).toEqual({ path: missing, error: { exitCode: 3, message: `${missing}: no such file` }, warnings: [] });
  });

  it("prints a directory's pages as the directory was given, joined with their path below it", async () => {
    const dir = scratchDir('alliance-batch-');
    mkdirSync(join(dir, 'captures', 'older'), { recursive: true });
    copyFileSync(MAIN, join(dir, 'captures', 'post.html'));
    copyFileSync(MAIN, join(dir, 'captures', 'older', 'post.htm'));
    for (const [given, paths] of [
      ['captures', ['captures/older/post.htm', 'captures/post.html']],
      ['./captures/', ['./captures/older/post.htm', './captures/post.html']],
    ] as const) {
      const result = await runCli([given, '--jobs', '1', '--quiet'], { cwd: dir });
      expect(result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).path)).toEqual(paths);
    }
  });

  it('does not follow a symbolic link to a directory below a directory, so a link to a parent is no endless walk', async () => {
    const dir = scratchDir('alliance-batch-');
    mkdirSync(join(dir, 'captures'));
    mkdirSync(join(dir, 'elsewhere'));
    copyFileSync(MAIN, join(dir, 'captures', 'post.html'));
    copyFileSync(MAIN, join(dir, 'elsewhere', 'page.html'));
    symlinkSync('../elsewhere', join(dir, 'captures', 'linked'));
    symlinkSync('..', join(dir, 'captures', 'parent'));
    const result = await runCli(['captures', '--jobs', '1', '--quiet'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).path)).toEqual(['captures/post.html']);
  });

  it("passes over hidden directories and files and node_modules below a directory, but walks one given by name", async () => {
    const dir = scratchDir('alliance-batch-');
    for (const below of ['.idea', '.git/objects', 'node_modules/some-package/test', 'captures/.cache', 'captures/node_modules']) {
      mkdirSync(join(dir, below), { recursive: true });
      copyFileSync(MAIN, join(dir, below, 'page.html'));
    }
    copyFileSync(MAIN, join(dir, 'captures', 'post.html'));
    copyFileSync(MAIN, join(dir, 'captures', '.draft.html'));
    for (const [given, paths] of [
      ['.', ['./captures/post.html']],
      ['.idea', ['.idea/page.html']],
      ['captures/node_modules/', ['captures/node_modules/page.html']],
    ] as const) {
      const result = await runCli([given, '--jobs', '1', '--quiet'], { cwd: dir });
      expect(result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).path)).toEqual(paths);
    }
  });
});
