import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPost } from '../src/index.js';
import { composeMarks } from '../src/load/compose.js';
import { loadPage } from '../src/load/loadPage.js';
import { FIXTURES } from './helpers/fixtures.js';

const NFD = (text: string) => text.normalize('NFD');

describe('composeMarks', () => {
  it.each([
    ['Swedish letters', NFD('länder ökade på nätet'), 'länder ökade på nätet'],
    ['a capital', NFD('År 2011'), 'År 2011'],
    ['a name', NFD('Cecilia Malmström'), 'Cecilia Malmström'],
    ['two marks on one letter, in either order', 'a\u0323\u0302 a\u0302\u0323', '\u1ead \u1ead'],
    ['a mark with no precomposed letter stays', '7\u0338', '7\u0338'],
    ['a mark at the start of the text stays', '\u0308a', '\u0308a'],
    ['text already composed', 'länder', 'länder'],
    ['text with no letters to compose', 'plain ASCII 779', 'plain ASCII 779'],
    // NFC would make ">" and U+0338 one "≯", "<" one "≮", "=" one "≠": the tag would end elsewhere than in a browser.
    ['markup before a mark stays as written', '<b>\u0338780</b><i =\u0338 x>', '<b>\u0338780</b><i =\u0338 x>'],
    ['a digit before a mark stays as written', '7\u030879', '7\u030879'],
    ['a letter with as many marks as the stream-safe format allows, reordered', `a\u0308${'\u0323'.repeat(29)}`, `\u1ea1${'\u0323'.repeat(28)}\u0308`],
    ['a letter with more marks than that stays as written', `a\u0308${'\u0323'.repeat(30)}`, `a\u0308${'\u0323'.repeat(30)}`],
    ['a mark NFC spells as two stays as written, the text no longer', 'q\u0344 x\u0344', 'q\u0344 x\u0344'],
    // NFC makes a Kelvin sign "K" and a Greek question mark ";" whatever follows: markup a browser never sees (helper 158).
    ['a Kelvin sign and a mark, no tag name', '<\u212a\u0308 <!-- >', '<\u212a\u0308 <!-- >'],
    ['a Greek question mark and a mark, no end of a declaration', 'display:none\u037e\u0301', 'display:none\u037e\u0301'],
    ['marks that NFC only reorders', 'q\u0308\u0323', 'q\u0308\u0323'],
  ])('%s', (_what, text, expected) => {
    expect(composeMarks(text).text).toBe(expected);
  });

  it('maps every offset after a composed letter back to the text given', () => {
    const given = `${NFD('ö')}ab${NFD('äå')}c`;
    const { text, original } = composeMarks(given);
    expect(text).toBe('öabäåc');
    for (const [offset, char] of [...text].entries()) {
      if (offset === 0 || offset === 3 || offset === 4) continue;
      expect(given[original(offset)], `offset ${offset}`).toBe(char);
    }
    expect(original(0)).toBe(0);
    expect(original(3)).toBe(4);
    expect(original(4)).toBe(6);
    expect(original(text.length)).toBe(given.length);
  });

  it('composes a letter and its mark that straddle the point where the text is cut into chunks (1 MiB)', () => {
    for (const at of [(1 << 20) - 2, (1 << 20) - 1, 1 << 20]) {
      const given = `${'x'.repeat(at)}a\u0308\u0304 o\u0308`;
      const { text, original } = composeMarks(given);
      expect(text.slice(at)).toBe('\u01df ö');
      expect(text.length).toBe(at + 3);
      expect([0, 1, 2, 3].map((offset) => original(at + offset) - at)).toEqual([0, 3, 4, 6]);
    }
  });

  it('leaves offsets as they are when nothing was composed', () => {
    const { original } = composeMarks('a\u0338bc');
    expect([0, 1, 2, 3].map(original)).toEqual([0, 1, 2, 3]);
  });
});

describe('loadPage: a page spelled with combining marks', () => {
  it('reads its text composed and says where a block stands in the page as given', () => {
    const page = loadPage(`<p>${NFD('Här')}</p>\n<p>${NFD('Öppna länder')} 48</p>`);
    const blocks = page.blocks.map((block) => block.text);
    expect(blocks).toEqual(['Här', 'Öppna länder 48']);
    expect(page.locate(page.blocks[1]!.start)).toEqual({ line: 2, column: 4 });
  });

  it('counts a column after composed letters on the same line in the page as given', () => {
    const page = loadPage(`<p>${NFD('Här')}</p><p>${NFD('Öppna')}</p>\n<p>${NFD('Så')} ${NFD('är')}</p>`);
    expect(page.locate(page.blocks[1]!.start)).toEqual({ line: 1, column: 15 });
    expect(page.locate(page.blocks[2]!.start)).toEqual({ line: 2, column: 4 });
  });
});

describe('letters with more marks than are composed', () => {
  // Helper 164: left as written, each "a" and its 31 marks counted as the English word "a", and 138 of them after the
  // post made the page English: every Swedish word unknown, no statistic read (the build before composed them).
  it('leave the post Swedish and its facts read', () => {
    const source = readFileSync(join(FIXTURES, 'wordpress-2012', 'source.html'), 'utf8');
    const at = '<p><a href="http://europa.eu/rapid/press-release_MEMO-12-944_en.htm">*Alla länder här</a></p>';
    expect(source).toContain(at);
    const extraction = extractPost(source.replace(at, `${at}<p>${`a${'\u0308'.repeat(31)} `.repeat(200)}</p>`));
    expect(extraction.document.language).toBe('sv');
    expect(extraction.statistics).toHaveLength(6);
  });
});

describe('a paragraph after the post of many English marker words', () => {
  // Helper 167: 300 words of "a" and a variation selector (or a Devanagari, Hebrew, Thai or musical mark) after the
  // post made the page English: every Swedish word unknown, no statistic read, exit 4; so did the same words without
  // a mark, and one long English comment inside the post's container.
  it.each([
    ['"a" and a variation selector', `${'a\ufe0f '.repeat(300)}`],
    ['"a" and a supplementary variation selector', `${'a\u{e0100} '.repeat(300)}`],
    ['"a" and a Devanagari sign', `${'a\u0903 '.repeat(300)}`],
    ['"a" alone', `${'a '.repeat(300)}`],
    ['an English comment', 'Thanks for the post, and for all of the work that the office has done on this; it is good to see that the countries are with you. '.repeat(20)],
  ])('%s leaves the post Swedish and its facts read', (_, words) => {
    const source = readFileSync(join(FIXTURES, 'wordpress-2012', 'source.html'), 'utf8');
    const at = '<p><a href="http://europa.eu/rapid/press-release_MEMO-12-944_en.htm">*Alla länder här</a></p>';
    expect(source).toContain(at);
    const extraction = extractPost(source.replace(at, `${at}<p>${words}</p>`));
    expect(extraction.document.language).toBe('sv');
    expect(extraction.statistics).toHaveLength(6);
  });
});

describe('a mark after markup', () => {
  // A browser ends the <b> at its ">" and shows "̸780", the 779 hidden: composing ">" and U+0338 into "≯" had the tag
  // run on to the <span>'s ">", so that the 780 was gone and the hidden 779 printed (helper 157).
  it('ends no tag elsewhere than a browser does: a hidden figure is never read for the one shown', () => {
    const page = readFileSync(join(FIXTURES, 'wordpress-2012', 'source.html'), 'utf8').replace(
      'till att 779 misstänkta',
      'till att <b></b>\u0338780 <span hidden>779</span> misstänkta',
    );
    const read = extractPost(page).statistics.find((statistic) => statistic.id === 'operation-rescue-suspects-identified');
    expect(read?.value).not.toBe(779);
  });
});

describe('a Kelvin sign and a mark after "<"', () => {
  // A browser reads "<" and a letter beyond ASCII as text: the 780 below is shown, and conflicts with the post's 779.
  it('starts no tag a browser does not start: a statement shown is never hidden', () => {
    const page = readFileSync(join(FIXTURES, 'wordpress-2012', 'source.html'), 'utf8').replace(
      '<p><a href="http://europa.eu/rapid/press-release_MEMO-12-944_en.htm">*Alla länder här</a></p>',
      (footnote) => `${footnote}\n<p><\u212a\u0308 År 2011 ledde operation Rescue till att 780 misstänkta personer kunde identifieras.</p>`,
    );
    expect(page).toContain('780 misstänkta');
    const read = extractPost(page).statistics.find((statistic) => statistic.id === 'operation-rescue-suspects-identified');
    expect(read).toBeUndefined();
  });
});

describe('a feed spelled with combining marks', () => {
  it.each(['atom-feed/source.atom', 'rss-feed/source.xml'])('%s: the entry read, its title, author and excerpt as in the composed feed', (file) => {
    const feed = readFileSync(join(FIXTURES, file), 'utf8');
    // The hash is of the input as given, the one thing that differs.
    const unhashed = (input: string) => {
      const extraction = extractPost(input);
      return { ...extraction, document: { ...extraction.document, sha256: null } };
    };
    expect(NFD(feed)).not.toBe(feed);
    expect(unhashed(NFD(feed))).toEqual(unhashed(feed));
  });
});
