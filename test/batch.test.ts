import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from './helpers/bin.js';
import { runCli } from './helpers/io.js';
import { FIXTURES, MAIN, MEMO } from './helpers/fixtures.js';

function pagesDir(count: number, bad: Record<number, string | Buffer> = {}): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-batch-'));
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
  });

  it('reads page paths from --files-from - and writes the stream to -o whole', () => {
    const { dir, files } = pagesDir(5);
    const output = join(dir, 'out.ndjson');
    const result = runBin(['--files-from', '-', '-o', output], { input: `${files.join('\n')}\n` });
    expect(result.code).toBe(0);
    expect(lines(readFileSync(output, 'utf8')).map((record) => record.path)).toEqual(files);
  });
});

describe('batch mode (in process, one job)', () => {
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
