import { isLetterCode } from '../rules/letters.js';
import { isMark } from '../load/compose.js';
import type { Language } from './numbers.js';

/** Short words that are frequent in one language and rare in the other. */
const MARKERS: Record<Language, ReadonlySet<string>> = {
  sv: new Set(['och', 'att', 'det', 'som', 'för', 'är', 'på', 'med', 'av', 'till', 'inte', 'vi', 'har', 'en', 'ett', 'de', 'om']),
  en: new Set(['the', 'and', 'of', 'to', 'is', 'that', 'for', 'on', 'with', 'by', 'not', 'we', 'have', 'a', 'an', 'are', 'be']),
};

const SAMPLE = 20000;
/** No marker word is longer; a longer word is passed over without being cut out of the text. */
const LONGEST_MARKER = Math.max(...Object.values(MARKERS).flatMap((words) => [...words].map((word) => word.length)));

/**
 * The language of the text, by counting each language's most common short
 * words. Every page pays for this twice, so the sample is walked once rather
 * than lower-cased and split whole: only a word short enough to be a marker
 * becomes a string.
 */
export function detectLanguage(text: string, tie: Language = 'sv'): Language {
  let sv = 0;
  let en = 0;
  const end = Math.min(text.length, SAMPLE);
  let start = -1;
  for (let i = 0; i <= end; i++) {
    // A combining mark is of the word it follows: "a" and 31 marks is no English "a" (the composition leaves such a
    // run as written), and 138 of them after the post made it English, every Swedish word of it unknown.
    const code = text.charCodeAt(i);
    if (i < end && (isLetterCode(code) || (start >= 0 && isMark(code)))) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start <= LONGEST_MARKER) {
      const word = text.slice(start, i).toLowerCase();
      if (MARKERS.sv.has(word)) sv++;
      if (MARKERS.en.has(word)) en++;
    }
    start = -1;
  }
  return en === sv ? tie : en > sv ? 'en' : 'sv';
}

/** The language of a run of blocks: their text, joined only as far as `detectLanguage` reads it. */
export function blocksLanguage(blocks: ReadonlyArray<{ text: string }>): Language {
  return blocksLanguageOr(blocks, 'sv');
}

/** `blocksLanguage`, but `tie` when it cannot tell: a short text may have no marker word at all. */
export function blocksLanguageOr(blocks: ReadonlyArray<{ text: string }>, tie: Language): Language {
  const texts: string[] = [];
  let length = 0;
  for (const { text } of blocks) {
    if (length >= SAMPLE) break;
    texts.push(text);
    length += text.length + 1;
  }
  return detectLanguage(texts.join(' '), tie);
}
