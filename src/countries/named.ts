import type { Language } from '../extract/numbers.js';
import { resolveCountry } from './resolve.js';

/** A word: letters, with an apostrophe or a hyphen inside ("Guinea-Bissau", "Côte d'Ivoire"). */
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;
/** "Bosnien och Hercegovina", "United States of America", "Saint Kitts and Nevis": the longest names the library has run to five words. */
const MAX_WORDS = 5;
const UPPER = /^\p{Lu}/u;

/**
 * The first country a text names, as written and by its code: a run of up to
 * five words that opens with a capital and is one of the country library's
 * names (or an alias, see `resolveCountry`), the longest first, so that
 * "Nya Zeeland" is New Zealand rather than nothing. A Swedish genitive
 * ("Belgiens", "USA:s") names the country too. Only for the few blocks an
 * amendment opens: it asks the library about every capitalised word.
 */
export function countryNamedIn(text: string, language: Language): { name: string; code: string } | undefined {
  const words = [...text.matchAll(WORD)];
  for (let i = 0; i < words.length; i++) {
    const first = words[i] as RegExpExecArray;
    if (!UPPER.test(first[0])) continue;
    for (let count = Math.min(MAX_WORDS, words.length - i); count >= 1; count--) {
      const last = words[i + count - 1] as RegExpExecArray;
      const span = text.slice(first.index, last.index + last[0].length);
      // Words of one name stand a space apart, never across a comma or a full stop.
      if (count > 1 && /[^\p{L}'’ -]/u.test(span)) continue;
      const code = resolveCountry(span, language) ?? (language === 'sv' && span.endsWith('s') ? resolveCountry(span.slice(0, -1), language) : undefined);
      if (code !== undefined) return { name: span, code };
    }
  }
  return undefined;
}
