import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractPost } from '../src/pipeline.js';
import { MAIN, MEMO } from './helpers/fixtures.js';
import { isAmbiguousCountryName, resolveCountry } from '../src/countries/resolve.js';
import { isMemoAddress, MEMO_12_944 } from '../src/countries/reference.js';
import { findCountryList, findFootnote, splitNameList } from '../src/extract/countries.js';
import { unwrapArchiveUrl } from '../src/extract/urls.js';
import type { Block } from '../src/text/blocks.js';

const block = (text: string, links: Block['links'] = []): Block => ({ kind: 'paragraph', text, links, start: 0, owner: undefined });

describe('resolveCountry', () => {
  it.each([
    ['Sverige', 'sv', 'SE'],
    ['Storbritannien', 'sv', 'GB'],
    ['Tjeckien', 'sv', 'CZ'],
    ['Nederländerna', 'sv', 'NL'],
    ['Sydkorea', 'sv', 'KR'],
    ['USA', 'sv', 'US'],
    ['Österrike', 'sv', 'AT'],
    ['Filippinerna', 'sv', 'PH'],
    ['Moldavien', 'sv', 'MD'],
    ['Nya Zeeland', 'sv', 'NZ'],
    ['Moldova', 'en', 'MD'],
    ['the Philippines', 'en', 'PH'],
    ['Republic of Korea', 'en', 'KR'],
    ['United States of America', 'en', 'US'],
    ['Czech Republic', 'en', 'CZ'],
    ['Vietnam', 'en', 'VN'],
    ['Norway.', 'en', 'NO'],
    ['och Vietnam', 'sv', 'VN'],
    ['Norge', 'en', 'NO'],
  ] as const)('%s (%s) → %s', (name, language, code) => {
    expect(resolveCountry(name, language)).toBe(code);
  });

  it.each(['EU', 'Europol', 'Haag', 'bilder', '', 'x'.repeat(200)])('%j is no country', (name) => {
    expect(resolveCountry(name, 'sv')).toBeUndefined();
  });

  it.each([
    ['Congo', 'en'],
    ['Congo', 'sv'],
    ['the Congo.', 'en'],
  ] as const)('%j (%s), a name the library gives to two countries (CG and CD), names neither', (name, language) => {
    expect(resolveCountry(name, language)).toBeUndefined();
    expect(isAmbiguousCountryName(name)).toBe(true);
  });

  it.each([
    ['Republic of the Congo', 'CG'],
    ['Democratic Republic of the Congo', 'CD'],
    ['Kongo-Brazzaville', 'CG'],
    ['Demokratiska republiken Kongo', 'CD'],
  ] as const)('%j, a name of one of them, is %s', (name, code) => {
    expect(resolveCountry(name, 'en')).toBe(code);
    expect(isAmbiguousCountryName(name)).toBe(false);
  });

  it('says a linked list\'s "Congo" names more than one country, and gives no code for it', () => {
    const memo = readFileSync(MEMO, 'utf8').replace('Ghana, ', 'Congo, ');
    const extraction = extractPost(readFileSync(MAIN), { linked: memo });
    expect(extraction.countries.source).toBe('linked');
    expect(extraction.countries.items).toHaveLength(47);
    expect(extraction.warnings.map((warning) => warning.code).sort()).toEqual(['country-count-mismatch', 'unresolved-country']);
    expect(extraction.countries.items.map((item) => item.code)).not.toContain('CG');
    expect(extraction.countries.items.map((item) => item.code)).not.toContain('CD');
    expect(extraction.warnings.map((warning) => warning.message)).toContainEqual(expect.stringMatching(/"Congo" names more than one country/));
  });

  it('resolves every name of the reference copy of MEMO/12/944 to a distinct code', () => {
    const codes = MEMO_12_944.countries.map((name) => resolveCountry(name, 'en'));
    expect(codes.every(Boolean)).toBe(true);
    expect(new Set(codes).size).toBe(48);
  });
});

describe('country lists', () => {
  it('splits a list after its lead-in, on commas and "och"', () => {
    expect(splitNameList('*Alla länder: Albanien, Australien och Vietnam.')).toEqual(['Albanien', 'Australien', 'Vietnam']);
  });

  it('finds the block that is a list of countries, not prose that names some', () => {
    const list = findCountryList(
      [
        block('Idén väcktes när jag träffade USA:s justitieminister, och EU och USA står bakom, liksom Norge.'),
        block('*Alla länder: Albanien, Australien, Belgien, Kanada och Sverige.'),
      ],
      'sv',
    );
    expect(list?.items.map((country) => country.code)).toEqual(['AL', 'AU', 'BE', 'CA', 'SE']);
  });

  it('reports names it cannot resolve and names listed twice', () => {
    const list = findCountryList([block('Albanien, Australien, Belgien, Sverige, Sverige, Atlantis')], 'sv');
    expect(list?.unresolved).toEqual(['Atlantis']);
    expect(list?.duplicates).toEqual([{ code: 'SE', name: 'Sverige' }]);
  });
});

describe('footnote', () => {
  it('is the asterisk paragraph with a link, unwrapped from an archive', () => {
    const footnote = findFootnote([
      block('Ett år senare står 48 länder*.'),
      block('*Alla länder här', [{ href: 'https://web.archive.org/web/20121207083012/http://europa.eu/rapid/press-release_MEMO-12-944_en.htm', text: 'Alla länder här' }]),
    ]);
    expect(footnote?.url).toBe('http://europa.eu/rapid/press-release_MEMO-12-944_en.htm');
  });

  it.each([
    ['https://web.archive.org/web/20121207083012/http://europa.eu/x.htm', 'http://europa.eu/x.htm'],
    ['/web/20121207083012im_/https://example.org/a.jpg', 'https://example.org/a.jpg'],
    ['https://web.archive.org/web/2012/europa.eu/x.htm', 'http://europa.eu/x.htm'],
    ['http://europa.eu/x.htm', 'http://europa.eu/x.htm'],
  ])('unwraps %s', (href, url) => {
    expect(unwrapArchiveUrl(href)).toBe(url);
  });
});

describe('warnings about the linked page', () => {
  it('place its list in words, in that page, and give no location in the extracted one', () => {
    const memo = readFileSync(MEMO, 'utf8').replace('Albania,', 'Albania (not Canada), Atlantis,');
    const { warnings } = extractPost(readFileSync(MAIN), { linked: memo });
    const about = warnings.filter((warning) => warning.code === 'unresolved-country');
    expect(about.length).toBeGreaterThan(0);
    const listLine = memo.split('\n').findIndex((line) => line.includes('Atlantis')) + 1;
    const listColumn = (memo.split('\n')[listLine - 1] as string).indexOf('<p>') + 4;
    for (const warning of about) {
      expect(warning.location).toBeNull();
      expect(warning.message).toContain(`the linked page (line ${listLine}, column ${listColumn}): `);
    }
  });

  it('say when the linked page names itself another memo than the footnote links to', () => {
    const other = readFileSync(MEMO, 'utf8').replaceAll(/MEMO([-_/])12([-_/])944/g, 'MEMO$113$21035');
    const codes = (linked: string) => extractPost(readFileSync(MAIN), { linked }).warnings.map((warning) => warning.code);
    expect(codes(other)).toContain('linked-mismatch');
    expect(extractPost(readFileSync(MAIN), { linked: other }).warnings.find((warning) => warning.code === 'linked-mismatch')?.message).toBe(
      "the page given with --linked names itself MEMO/13/1035, not MEMO/12/944, which the post's footnote links to",
    );
    expect(codes(readFileSync(MEMO, 'utf8'))).not.toContain('linked-mismatch');
    // A saved memo that names no memo at all is taken at its word: nothing says it is another.
    expect(codes(readFileSync(MEMO, 'utf8').replaceAll(/MEMO[-_/]12[-_/]944/g, 'PAGE'))).not.toContain('linked-mismatch');
  });

  it('say that the linked page was not read when the post\'s own short list is taken instead', () => {
    const page = readFileSync(MAIN, 'utf8').replace('<p>Mycket återstår', '<p>Bland de första: Sverige, Tyskland och USA.</p><p>Mycket återstår');
    const extraction = extractPost(page, { linked: readFileSync(MEMO) });
    expect(extraction.countries.source).toBe('post');
    expect(extraction.warnings.find((warning) => warning.code === 'country-count-mismatch')?.message).toBe(
      'the post speaks of 48 countries but the list names 3 (the list in the post itself, so the page given with --linked was not read)',
    );
  });

  it('still place the post\'s own list in the post', () => {
    const page = readFileSync(MAIN, 'utf8').replace('<p>Mycket återstår', '<p>*Alla länder: Albanien, Australien, Belgien, Kanada, Sverige och Atlantis.</p><p>Mycket återstår');
    const unresolved = extractPost(page).warnings.filter((warning) => warning.code === 'unresolved-country');
    expect(unresolved.length).toBeGreaterThan(0);
    for (const warning of unresolved) {
      expect(warning.message).toMatch(/^the post: /);
      expect(warning.location).not.toBeNull();
    }
  });
});

describe('isMemoAddress: the footnote points to MEMO/12/944 on the Commission\'s site', () => {
  it.each([
    ['http://europa.eu/rapid/press-release_MEMO-12-944_en.htm', true],
    ['https://ec.europa.eu/commission/presscorner/detail/en/MEMO_12_944', true],
    ['http://europa.eu/rapid/press-release_MEMO-12-944_sv.htm?locale=sv', true],
    ['http://europa.eu/rapid/searchResultAction.do?reference=MEMO/12/944', true],
    ['http://europa.eu/rapid/press-release_MEMO-12-9440_en.htm', false],
    ['http://europa.eu/rapid/press-release_MEMO-112-944_en.htm', false],
    ['http://europa.eu/rapid/press-release_MEMO-12-945_en.htm', false],
    ['http://example.org/rebuttal-of-MEMO-12-944.html', false],
    ['http://europa.eu.example.org/press-release_MEMO-12-944_en.htm', false],
    ['http://example.org/?next=http://europa.eu/rapid/press-release_MEMO-12-944_en.htm', false],
    ['press-release_MEMO-12-944_en.htm', false],
    ['', false],
  ] as const)('%j: %s', (url, expected) => {
    expect(isMemoAddress(url)).toBe(expected);
  });

  it('gives no reference copy for a footnote that only names the memo in its address', () => {
    const page = readFileSync(MAIN, 'utf8').replace('press-release_MEMO-12-944_en.htm', 'press-release_MEMO-12-9440_en.htm');
    const extraction = extractPost(page);
    expect(extraction.countries.source).toBe('none');
    expect(extraction.countries.items).toEqual([]);
  });
});
