import type { Language } from './numbers.js';
import { LETTER } from '../rules/letters.js';

/** Short words that are frequent in one language and rare in the other. */
const MARKERS: Record<Language, ReadonlySet<string>> = {
  sv: new Set(['och', 'att', 'det', 'som', 'för', 'är', 'på', 'med', 'av', 'till', 'inte', 'vi', 'har', 'en', 'ett', 'de', 'om']),
  en: new Set(['the', 'and', 'of', 'to', 'is', 'that', 'for', 'on', 'with', 'by', 'not', 'we', 'have', 'a', 'an', 'are', 'be']),
};

const SAMPLE = 20000;
export const NOT_LETTERS = new RegExp(`[^${LETTER}]+`);

/** The language of the text, by counting each language's most common short words. */
export function detectLanguage(text: string): Language {
  const counts: Record<Language, number> = { sv: 0, en: 0 };
  for (const word of text.slice(0, SAMPLE).toLowerCase().split(NOT_LETTERS)) {
    if (MARKERS.sv.has(word)) counts.sv++;
    if (MARKERS.en.has(word)) counts.en++;
  }
  return counts.en > counts.sv ? 'en' : 'sv';
}

/** The language of a run of blocks: their text, joined only as far as `detectLanguage` reads it. */
export function blocksLanguage(blocks: ReadonlyArray<{ text: string }>): Language {
  const texts: string[] = [];
  let length = 0;
  for (const { text } of blocks) {
    if (length >= SAMPLE) break;
    texts.push(text);
    length += text.length + 1;
  }
  return detectLanguage(texts.join(' '));
}
