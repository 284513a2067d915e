import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/io.js';
import { ENGLISH, FIXTURES, MAIN } from './helpers/fixtures.js';
import type { Difference } from '../src/diff/diff.js';
import { scratchDir } from './helpers/scratch.js';

describe('diff', () => {
  it('names exactly the slip between the Swedish original and the English edition', async () => {
    const result = await runCli(['diff', MAIN, ENGLISH, '--format', 'json']);
    expect(result.code).toBe(1);
    const { differences } = JSON.parse(result.stdout) as { differences: Difference[] };
    expect(differences).toEqual([{ fact: 'statistic new-abuse-images-per-year', field: 'value', a: 50000, b: 500000 }]);
  });

  it('prints only what differs, like diff', async () => {
    const result = await runCli(['diff', MAIN, ENGLISH]);
    expect(result.stdout).toBe('- statistic new-abuse-images-per-year value: 50000\n+ statistic new-abuse-images-per-year value: 500000\n');
  });

  it('finds nothing between two captures of the same post, and exits 0', async () => {
    const result = await runCli(['diff', MAIN, join(FIXTURES, 'wayback-2012', 'source.html')]);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(0);
  });

  it('says when the countries of both sides are the tool\'s reference copy: equal, but not compared', async () => {
    const wayback = join(FIXTURES, 'wayback-2012', 'source.html');
    const result = await runCli(['diff', MAIN, wayback]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `alliance-extract: note: neither ${MAIN} nor ${wayback} lists the countries: both are the tool's reference copy of MEMO/12/944's list, so the countries were not compared\n`,
    );
    const listed = await runCli(['diff', MAIN, join(FIXTURES, 'countries-in-post', 'source.html')]);
    expect(listed.stderr).not.toMatch(/were not compared/);
  });

  it('compares the post with a capture of it whose correction left every fact out, rather than calling that capture not the post', async () => {
    const footnote = '*Alla länder här</a></p>';
    const corrected = join(scratchDir('alliance-diff-'), 'corrected.html');
    writeFileSync(corrected, readFileSync(MAIN, 'utf8').replace(footnote, `${footnote}\n<p>Rättelse: uppgiften ovan var felaktig.</p>`));
    const result = await runCli(['diff', MAIN, corrected, '--format', 'json']);
    expect(result.stderr).not.toMatch(/not the post/);
    expect(result.code).toBe(1);
    const { differences } = JSON.parse(result.stdout) as { differences: Difference[] };
    expect(differences).toContainEqual({ fact: 'statistic operation-rescue-arrests', field: null, a: 250, b: null });
    expect(differences).toContainEqual({ fact: 'commitment raise-awareness', field: null, a: 'present', b: null });
  });

  it('compares a page with a saved extraction', async () => {
    const saved = join(scratchDir('alliance-diff-'), 'saved.json');
    writeFileSync(saved, (await runCli([MAIN, '--quiet'])).stdout);
    const edited = join(scratchDir('alliance-diff-'), 'edited.html');
    writeFileSync(edited, readFileSync(MAIN, 'utf8').replace('252 barn', '253 barn'));
    const result = await runCli(['diff', saved, edited, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).differences).toEqual([
      { fact: 'statistic operation-rescue-children-safeguarded', field: 'value', a: 252, b: 253 },
    ]);
  });

  it('says when both sides lack the same fact, and exits 4: nothing differs, but it was not compared', async () => {
    const cut = readFileSync(MAIN, 'utf8').replace(', 250 greps', '');
    const dir = scratchDir('alliance-diff-');
    writeFileSync(join(dir, 'a.html'), cut);
    writeFileSync(join(dir, 'b.html'), cut.replace('252 barn', '253 barn'));
    const same = await runCli(['diff', join(dir, 'a.html'), join(dir, 'a.html')]);
    expect(same.code).toBe(4);
    expect(same.stdout).toBe('');
    expect(same.stderr.split('\n')).toContain(
      `alliance-extract: ${join(dir, 'a.html')} and ${join(dir, 'a.html')} are both incomplete: neither states operation-rescue-arrests, which was not compared`,
    );
    const differing = await runCli(['diff', join(dir, 'a.html'), join(dir, 'b.html'), '--format', 'json']);
    expect(differing.code).toBe(4);
    expect(JSON.parse(differing.stdout)).toMatchObject({
      differences: [{ fact: 'statistic operation-rescue-children-safeguarded', field: 'value', a: 252, b: 253 }],
      missingFromBoth: ['operation-rescue-arrests'],
    });
    expect(JSON.parse((await runCli(['diff', MAIN, ENGLISH, '--format', 'json'])).stdout).missingFromBoth).toEqual([]);
  });
});
