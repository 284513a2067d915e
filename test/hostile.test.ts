import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractPost, missingFacts } from '../src/pipeline.js';
import { MAIN_GOLDEN as golden, MAIN_PAGE as page, MAIN_POST_BODY as postBody, postFacts as facts } from './helpers/golden.js';
import { runCli } from './helpers/io.js';
import { scratchDir } from './helpers/scratch.js';
import type { Extraction } from '../src/schema/output.js';

function withinPost(html: string): string {
  const marker = '<p>Tanken är';
  return page.replace(marker, `${html}${marker}`);
}

describe('hostile and broken input', () => {
  it('reads the post through 60 000 nested elements', () => {
    const nested = `<html><head><meta charset="utf-8"></head><body>${'<div>'.repeat(60_000)}${postBody}</div>${'</div>'.repeat(60_000)}</body></html>`;
    const extraction = extractPost(Buffer.from(nested));
    expect(missingFacts(extraction)).toEqual([]);
    expect(facts(extraction)).toEqual(facts(golden));
  });

  it.each([
    ['200 000 unclosed <i> before the post', page.replace('<body', `${'<i>'.repeat(200_000)}<body`)],
    ['100 000 nested <div> around the post', page.replace('<div class="entry-content">', `${'<div>'.repeat(100_000)}<div class="entry-content">`).replace('<!-- .entry-content -->', `<!-- .entry-content -->${'</div>'.repeat(100_000)}`)],
    ['100 000 unclosed <i> inside the post', withinPost('<i>'.repeat(100_000))],
    ['50 000 nested <svg> and <span> before the post', page.replace('<body', `${'<svg><span>'.repeat(50_000)}${'</span></svg>'.repeat(50_000)}<body`)],
    ['50 000 nested <svg> and <g> before the post (no HTML tag ends them)', page.replace('<body', `${'<svg><g>'.repeat(50_000)}${'</g></svg>'.repeat(50_000)}<body`)],
    ['50 000 nested <svg> and <g> left open before the post', page.replace('<body', `${'<svg><g>'.repeat(50_000)}<body`)],
  ])('reads the post with %s (linear in depth: see the bench)', (_name, html) => {
    const extraction = extractPost(Buffer.from(html));
    expect(missingFacts(extraction)).toEqual([]);
    expect(facts(extraction)).toEqual(facts(golden));
  });

  it('reads the post from a 40 MB page with a vast comment section', () => {
    const comment = (n: number) =>
      `<li class="comment" id="li-comment-${n}"><article><footer class="comment-meta">Läsare ${n} skrev den 7 december 2012</footer>` +
      `<div class="comment-content"><p>Kommentar ${n}: 48 länder är bra men ${n} vore bättre. Enligt min källa läggs 50 000 nya bilder ut varje år. Sverige, Norge och Grekland!</p></div></article></li>`;
    const comments = Array.from({ length: 150_000 }, (_, n) => comment(n)).join('');
    const huge = page.replace('</body>', `<ol class="commentlist">${comments}</ol></body>`);
    expect(huge.length).toBeGreaterThan(40_000_000);
    const extraction = extractPost(Buffer.from(huge));
    expect(facts(extraction)).toEqual(facts(golden));
  });

  it.each([
    ['200 000 × "1 "', '1 '.repeat(200_000)],
    ['100 000 × "000 "', '000 '.repeat(100_000)],
    ['50 000 × "Sverige, "', 'Sverige, '.repeat(50_000)],
    // A welcome is read name by name around its word: each name was found by reading every word after it again.
    ['a welcome and 50 000 × "Sverige, "', `Välkommen! ${'Sverige, '.repeat(50_000)}`],
    ['a run of 100 000 dots and commas', '.,'.repeat(50_000)],
    // Each denial of a withdrawal since is read out once, forward (see `DENIED_SINCE`).
    ['20 000 × "Ingen av siffrorna har sedan dess dragits tillbaka. "', 'Ingen av siffrorna har sedan dess dragits tillbaka. '.repeat(20_000)],
    // A line of label pairs is read once a sentence, not again for each figure (a hostile check: ten times as long).
    ['480 sentences of 180 label pairs', `${'Gripna: 1, '.repeat(180)}Barn: 252. `.repeat(480)],
    // Each label's value the tool does not read whole is asked what closes it and what labels it: a first version read
    // the rest of the line, and the line before, for each (80 such sentences took eight times the build before's time).
    ['480 sentences of 150 label values followed by a word', `${'Gripna: 1 x, '.repeat(150)}slut. `.repeat(480)],
  ])('stays linear on %s inside the post body', (_name, text) => {
    const extraction = extractPost(Buffer.from(withinPost(`<p>${text}</p>`)));
    expect(facts(extraction)).toEqual(facts(golden));
  });

  it.each([
    // Each cell asked its whole row and the header row again (a hostile check: 8 000 such cells took 40 s and 55 s).
    ['a row of 16 000 figures under 16 000 headers', `<table><tr>${'<th>Gripna</th>'.repeat(16_000)}</tr><tr>${'<td><p>1</p></td>'.repeat(16_000)}</tr></table>`],
    ['a row of 16 000 figures under 16 000 years', `<table><tr><th>År</th>${'<th>2011</th>'.repeat(16_000)}</tr><tr><td>Gripna</td>${'<td><p>1</p></td>'.repeat(16_000)}</tr></table>`],
    ['a row of 16 000 figures after its year, under a year/value header', `<table><tr><th>År</th>${'<th>Gripna</th>'.repeat(16_000)}</tr><tr><td>2010</td>${'<td>1</td>'.repeat(16_000)}</tr></table>`],
  ])('stays linear on a table of %s inside the post body', (_name, html) => {
    const extraction = extractPost(Buffer.from(withinPost(html)));
    expect(facts(extraction)).toEqual(facts(golden));
  });

  // Helper 181: each cell asked whether every header of the row over it is one (27 s at 32 000 cells, quadratic).
  it('stays linear on a row of 48 000 other values under 48 000 headers inside the post body, and leaves the arrests out', () => {
    const html = `<table><tr>${'<th>Gripna</th>'.repeat(48_000)}</tr><tr>${'<td>260</td>'.repeat(48_000)}</tr></table>`;
    const extraction = extractPost(Buffer.from(withinPost(html)));
    expect(missingFacts(extraction)).toEqual(['operation-rescue-arrests']);
    expect(extraction.warnings.map(({ code }) => code)).toContain('conflicting-figures');
  });

  it.each([
    // The guard on who takes part asked the post's lists again for each sentence it read: 20 000 such blocks took 84 s.
    ['20 000 blocks of "Sverige har anslutit sig."', '<p>Sverige har anslutit sig.</p>'.repeat(20_000)],
    ['20 000 sentences of "Sverige har anslutit sig." in one block', `<p>${'Sverige har anslutit sig. '.repeat(20_000)}</p>`],
  ])('stays linear on %s, a listed country joined, inside the post body', (_name, html) => {
    const extraction = extractPost(Buffer.from(withinPost(html)));
    expect(facts(extraction)).toEqual(facts(golden));
  });

  it.each([
    // listedNotIn read a sentence's dates again for each clause with a join (5 000 clauses took 2.3 s, growing with
    // the square), and every name after each denial standing alone (5 000 took 13 s).
    ['20 000 clauses of ", medlem, anslutit" in one sentence', `<p>Sverige${', medlem, anslutit'.repeat(20_000)}.</p>`],
    ['20 000 × " inte bara Sverige," after a join in one sentence', `<p>Kanada har anslutit sig${' inte bara Sverige,'.repeat(20_000)}.</p>`],
  ])('stays linear on %s inside the post body, and leaves the countries out', (_name, html) => {
    const extraction = extractPost(Buffer.from(withinPost(html)));
    expect(missingFacts(extraction)).toEqual(['participating-countries']);
    expect(extraction.countries.items).toEqual([]);
    expect(extraction.warnings.map(({ code }) => code)).toContain('unclear-countries');
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]);
    const extraction = extractPost(utf16);
    expect(extraction.document.encoding).toBe('utf-16le');
    expect(facts(extraction)).toEqual(facts(golden));
  });

  it('ends a page truncated mid-list with exit code 4 and no list passed off as complete', async () => {
    const cut = page.slice(0, page.indexOf('<li>Att öka barnens'));
    const file = join(scratchDir('alliance-truncated-'), 'page.html');
    writeFileSync(file, cut);
    const strict = await runCli([file]);
    expect(strict.code).toBe(4);
    expect(strict.stdout).toBe('');
    const partial = await runCli([file, '--partial', '--quiet']);
    expect(partial.code).toBe(4);
    const data = JSON.parse(partial.stdout) as Extraction;
    expect(data.commitments.map((commitment) => commitment.id)).toEqual(['identify-victims', 'investigate-and-prosecute']);
    expect(data.warnings.map((warning) => warning.message)).toContain('the commitment raise-awareness was not found');
  });

  it('never takes a figure from chrome: a tweet, a comment, a tag cloud', () => {
    const extraction = extractPost(Buffer.from(page));
    const quotes = extraction.statistics.map((statistic) => statistic.quote).join('\n');
    expect(quotes).not.toMatch(/join global alliance|i månaden|vore bättre/);
    expect(extraction.countries.items.map((country) => country.name)).not.toContain('Grekland');
  });

  it('keeps control characters and escape sequences out of the text', () => {
    const extraction = extractPost(Buffer.from(page.replace('250 greps', '250 greps\u001b[2J\u0007')));
    expect(JSON.stringify(extraction)).not.toMatch(/\\u001b|\\u0007/);
  });
});

describe('properties (fixed seed, bounded runs)', () => {
  it('a truncated page yields the right facts or a documented exit code, never a crash', async () => {
    const file = join(scratchDir('alliance-cut-'), 'page.html');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: page.length }), async (length) => {
        writeFileSync(file, page.slice(0, length));
        const result = await runCli([file, '--quiet']);
        expect([0, 3, 4]).toContain(result.code);
        expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
        if (result.code === 0) expect(facts(JSON.parse(result.stdout) as Extraction).statistics).toEqual(facts(golden).statistics);
      }),
      { seed: 5122012, numRuns: 40 },
    );
  });

  it('random tag soup never throws: it is rejected or found incomplete', () => {
    const pieces = ['<div>', '</div>', '<p>', '</p>', '<ul><li>', '</li>', '<br>', '<a href="x">', '</a>', '48 länder*', '50 000 ', 'Sverige, ', '• ', '<!--', '-->', '<script>', '&nbsp;', '&#', 'bland annat:', '\u0000', '<'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 200 }), fc.string({ maxLength: 40 }), (soup, noise) => {
        const html = `<html><body>${soup.join('')}${noise}</body></html>`;
        try {
          const extraction = extractPost(Buffer.from(html));
          expect(missingFacts(extraction).length).toBeGreaterThan(0);
        } catch (error) {
          expect((error as Error).name).toBe('InputError');
        }
      }),
      { seed: 5122012, numRuns: 300 },
    );
  });
});
