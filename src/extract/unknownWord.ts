import { KNOWN_WORDS } from '../rules/lexicon.js';
import type { Language } from './numbers.js';

/**
 * A word: letters and their marks, with a genitive or an elision glued on by
 * a colon or an apostrophe ("FN:s", "children's"). Any script's letters, so
 * that a full-width or a look-alike word is a word the lexicon lacks rather
 * than no word at all.
 */
const WORD = /[\p{L}\p{M}]+(?:[:'’][\p{L}\p{M}]+)*/gu;

/** An address in the text is no word of it: "(se https://example.org/?p=1)". */
const ADDRESS = /\b(?:https?:\/\/|www\.)\S*/giu;

/** The first word of the text that the lexicon of its language (src/rules/lexicon.ts) lacks, as the text spells it. */
export function unknownWord(text: string, language: Language): string | undefined {
  const known = KNOWN_WORDS[language];
  for (const [word] of text.replace(ADDRESS, ' ').matchAll(WORD)) {
    if (!known.has(word.normalize('NFC').toLowerCase().replace(/’/g, "'"))) return word;
  }
  return undefined;
}
