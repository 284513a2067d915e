import { KNOWN_PHRASES, KNOWN_WORDS } from '../rules/lexicon.js';
import type { Language } from './numbers.js';
import { LETTER } from '../rules/letters.js';

/**
 * A word: letters and their marks, with a genitive or an elision glued on by
 * a colon or an apostrophe ("FN:s", "children's"). Any script's letters and
 * symbols, so that a full-width, a circled ("ⓝⓞⓣ") or a look-alike word is a
 * word the lexicon lacks rather than no word at all.
 */
const WORD = /[\p{L}\p{M}\p{So}]+(?:[:'’][\p{L}\p{M}\p{So}]+)*/gu;

/** A word the rules can read: Latin-1 letters, and a colon or an apostrophe inside ("FN:s", "children's"). */
const LATIN = new RegExp(`^[${LETTER}]+(?:[:'’][${LETTER}]+)*$`);

/** An address in the text is no word of it: "(se https://example.org/?p=1)". */
const ADDRESS = /\b(?:https?:\/\/|www\.)\S*/giu;

/**
 * The first word of the text that the lexicon of its language
 * (src/rules/lexicon.ts) lacks, as the text spells it; `alsoKnown` admits
 * more. A word is looked up in lower case, with `’` read as `'`; one whose
 * letters are decomposed (not NFC) or not Latin-1's, though it may look like
 * a listed word ("Kan" with a Kelvin sign, "ma\u030Al"), is unknown: the
 * rules, which match Latin-1 letters, would not read it as that word.
 */
export function unknownWord(text: string, language: Language, alsoKnown?: (word: string) => boolean): string | undefined {
  const known = KNOWN_WORDS[language];
  for (const [word] of text.replace(ADDRESS, ' ').replace(KNOWN_PHRASES[language], ' ').matchAll(WORD)) {
    const key = word.toLowerCase().replace(/’/g, "'");
    if (!LATIN.test(word) || !(known.has(key) || alsoKnown?.(key))) return word;
  }
  return undefined;
}
