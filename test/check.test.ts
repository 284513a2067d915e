import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/io.js';
import { FIXTURES, MAIN, MEMO } from './helpers/fixtures.js';
import type { CheckReport } from '../src/check/check.js';

const EXPECT = join(FIXTURES, 'expected-figures.yaml');
const page = readFileSync(MAIN, 'utf8');

function variant(html: string, name = 'page.html'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'alliance-check-')), name);
  writeFileSync(file, html);
  return file;
}

/** Each figure as the page writes it, and an edit of it that still reads as a number. */
const EDITS: ReadonlyArray<readonly [string, string, string]> = [
  ['participating-countries', '48 länder*', '47 länder*'],
  ['abuse-images-online', 'Mer än en miljon bilder', 'Mer än två miljoner bilder'],
  ['new-abuse-images-per-year', '50 000 nya', '60 000 nya'],
  ['operation-rescue-suspects-identified', '779 misstänkta', '778 misstänkta'],
  ['operation-rescue-arrests', '250 greps', '205 greps'],
  ['operation-rescue-children-safeguarded', '252 barn', '225 barn'],
];

describe('check', () => {
  it('passes the bundled post against its expectations', async () => {
    const result = await runCli(['check', MAIN, '--expect', EXPECT]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/all \d+ checks hold/);
  });

  it.each(EDITS)('fails on an edited %s and names exactly that figure', async (id, original, edited) => {
    expect(page).toContain(original);
    const result = await runCli(['check', variant(page.replace(original, edited)), '--expect', EXPECT, '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as CheckReport;
    const failed = report.items.filter((item) => !item.ok).map((item) => item.fact);
    const related = id === 'participating-countries' ? ['countries count'] : [];
    expect(failed).toEqual([...related, `expected statistic ${id}`]);
  });

  it('fails plain check when a commitment is removed', async () => {
    const item = /<li>Att öka barnens medvetenhet[^]*?<\/li>/;
    expect(page).toMatch(item);
    const result = await runCli(['check', variant(page.replace(item, ''))]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✗ commitment raise-awareness/);
  });

  it('flags text damaged by a wrong decoding', async () => {
    const damaged = variant(page.replace('<meta charset="UTF-8"', '<meta charset="iso-8859-1"'));
    const result = await runCli(['check', damaged]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✗ text decoding/);
  });

  it('says "not the post" with exit code 4 for a page without its facts', async () => {
    const result = await runCli(['check', MEMO]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/not the post/);
  });

  it.each([
    ['an unknown key', 'commitments: [identify-victims]\nfigures: {}\n', /bad expectations at top level: "figures"/],
    ['an unknown statistic', 'statistics: { new-images: 5 }\n', /statistics/],
    ['a bad country code', 'countries: [Sweden]\n', /countries\.0/],
    ['broken YAML', 'statistics: [\n', /cannot read the expectations/],
  ])('rejects an expectations file with %s as a usage error', async (_name, text, message) => {
    const result = await runCli(['check', MAIN, '--expect', variant(text, 'expect.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('colors the report only when asked or on a terminal, and honours NO_COLOR', async () => {
    const ESC = '\u001b[';
    expect((await runCli(['check', MAIN])).stdout).not.toContain(ESC);
    expect((await runCli(['check', MAIN], { tty: true })).stdout).toContain(ESC);
    expect((await runCli(['check', MAIN], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await runCli(['check', MAIN, '--no-color'], { tty: true })).stdout).not.toContain(ESC);
    expect((await runCli(['check', MAIN], { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
  });

  it('never lets escape sequences from the page reach the terminal', async () => {
    const hostile = variant(page.replace('250 greps', '250 greps \u001b[31m\u001b]0;pwned\u0007'));
    const result = await runCli(['check', hostile]);
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});
