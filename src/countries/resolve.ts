import * as countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import sv from 'i18n-iso-countries/langs/sv.json' with { type: 'json' };
import type { Language } from '../extract/numbers.js';

countries.registerLocale(en);
countries.registerLocale(sv);

/**
 * Names the memo and the press use that i18n-iso-countries does not know in
 * that spelling. Keys are lower case.
 */
const ALIASES: Record<Language, Record<string, string>> = {
  en: { moldova: 'MD', 'republic of moldova': 'MD', 'south korea': 'KR', 'the netherlands': 'NL', 'czech republic': 'CZ', britain: 'GB' },
  sv: {
    sydkorea: 'KR',
    'republiken korea': 'KR',
    'förenta staterna': 'US',
    'amerikas förenta stater': 'US',
    'förenade kungariket': 'GB',
  },
};

/** "The United Kingdom of Great Britain and Northern Ireland" is 56 characters. */
const MAX_NAME = 64;

/** Words a name may be given with before it ("the Netherlands", "och Kanada"), which are not the name. */
export const LEADING_WORD = /^(?:the|och|and|samt) /i;

/** Leading articles and trailing punctuation that are not part of a country's name. */
function clean(name: string): string {
  let end = name.length;
  while (end > 0 && '.;:* '.includes(name[end - 1] ?? '')) end--;
  return name.slice(0, end).replace(LEADING_WORD, '').trim();
}

/** A name the library gives to more than one country ("Congo": CG and CD), which names neither. */
const AMBIGUOUS = null;

const indexes = new Map<Language, Map<string, string | typeof AMBIGUOUS>>();

/**
 * The library's names (official, short and alternative) for one language, by
 * lower-case name, in one lookup (its getAlpha2Code scans every name on every
 * call, and takes the first country that has it).
 */
function namesIndex(language: Language): Map<string, string | typeof AMBIGUOUS> {
  let index = indexes.get(language);
  if (!index) {
    index = new Map();
    for (const [code, names] of Object.entries(countries.getNames(language, { select: 'all' }))) {
      for (const name of names) {
        const key = name.toLowerCase();
        const known = index.get(key);
        index.set(key, known === undefined || known === code ? code : AMBIGUOUS);
      }
    }
    for (const [name, code] of Object.entries(ALIASES[language])) if (!index.has(name)) index.set(name, code);
    indexes.set(language, index);
  }
  return index;
}

let nameWords: ReadonlySet<string> | undefined;

/**
 * Whether a lower-case word is one of a country's names, or a word of one
 * ("bosnien", "hercegovina"), in either language: built on first use.
 */
export function isCountryWord(word: string): boolean {
  nameWords ??= new Set(
    (['sv', 'en'] as const).flatMap((language) => [...namesIndex(language).keys()].flatMap((name) => name.split(/[\s,()-]+/u).filter(Boolean))),
  );
  return nameWords.has(word);
}

/** Whether the library gives the name to more than one country, in either language. */
export function isAmbiguousCountryName(name: string): boolean {
  const key = clean(name).toLowerCase();
  return (['sv', 'en'] as const).some((language) => namesIndex(language).get(key) === AMBIGUOUS);
}

/**
 * The ISO 3166-1 alpha-2 code for a country's name in Swedish or English,
 * trying the page's own language first. A name the library gives to two
 * countries ("Congo") names neither (see `isAmbiguousCountryName`).
 */
export function resolveCountry(name: string, language: Language): string | undefined {
  if (name.length > MAX_NAME) return undefined;
  const cleaned = clean(name);
  if (!cleaned) return undefined;
  const languages: Language[] = language === 'sv' ? ['sv', 'en'] : ['en', 'sv'];
  for (const lang of languages) {
    const code = namesIndex(lang).get(cleaned.toLowerCase());
    if (code === AMBIGUOUS) return undefined;
    if (code) return code;
  }
  return undefined;
}

export function isCountryCode(code: string): boolean {
  return countries.isValid(code);
}

/** Every ISO 3166-1 alpha-2 code, in order: what an expectations file's schema lists. */
export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();
