import { isLetterCode } from '../rules/letters.js';
import type { Language } from './numbers.js';

/** Short words that are frequent in one language and rare in the other. */
const MARKERS: Record<Language, ReadonlySet<string>> = {
  sv: new Set(['och', 'att', 'det', 'som', 'för', 'är', 'på', 'med', 'av', 'till', 'inte', 'vi', 'har', 'en', 'ett', 'de', 'om']),
  en: new Set(['the', 'and', 'of', 'to', 'is', 'that', 'for', 'on', 'with', 'by', 'not', 'we', 'have', 'a', 'an', 'are', 'be']),
};

/** The post's other edition's language: a sentence of its words is of the post's topic too. */
export const OTHER_LANGUAGE: Readonly<Record<Language, Language>> = { sv: 'en', en: 'sv' };

const SAMPLE = 20000;
/**
 * Any combining mark, of every script and plane: a variation selector, a Devanagari or Hebrew vowel sign too, not
 * only the marks `composeMarks` composes. Compiled once; only a unit past Latin-1 inside a word is tested.
 */
const MARK = /^\p{M}$/u;

/** How many UTF-16 units the combining mark at `at` takes (0 if there is none): a supplementary plane's takes two. */
function markLength(text: string, at: number): number {
  const point = text.codePointAt(at) as number;
  if (point < 0x300 || !MARK.test(String.fromCodePoint(point))) return 0;
  return point > 0xffff ? 2 : 1;
}
/** No marker word is longer; a longer word is passed over without being cut out of the text. */
const LONGEST_MARKER = Math.max(...Object.values(MARKERS).flatMap((words) => [...words].map((word) => word.length)));

/**
 * The language of the text, by counting each language's most common short
 * words. Every page pays for this twice, so the sample is walked once rather
 * than lower-cased and split whole: only a word short enough to be a marker
 * becomes a string.
 */
export function detectLanguage(text: string, tie: Language = 'sv'): Language {
  const { sv, en } = countMarkers(text, SAMPLE);
  return moreOf(sv, en, tie);
}

/** The language with more, `tie` if neither has. */
const moreOf = (sv: number, en: number, tie: Language): Language => (en === sv ? tie : en > sv ? 'en' : 'sv');

/** How many of each language's marker words the text's first `sample` characters hold. */
function countMarkers(text: string, sample: number): Record<Language, number> {
  let sv = 0;
  let en = 0;
  const end = Math.min(text.length, sample);
  let start = -1;
  for (let i = 0; i <= end; i++) {
    const code = text.charCodeAt(i);
    if (i < end && isLetterCode(code)) {
      if (start < 0) start = i;
      continue;
    }
    // A combining mark is of the word it follows: "a" and 31 marks is no English "a" (the composition leaves such a
    // run as written), and 138 of them after the post made it English, every Swedish word of it unknown.
    const mark = i < end && start >= 0 ? markLength(text, i) : 0;
    if (mark > 0) {
      i += mark - 1;
      continue;
    }
    if (start >= 0 && i - start <= LONGEST_MARKER) {
      const word = text.slice(start, i).toLowerCase();
      if (MARKERS.sv.has(word)) sv++;
      if (MARKERS.en.has(word)) en++;
    }
    start = -1;
  }
  return { sv, en };
}

/** The language of a run of blocks: their text, joined only as far as `detectLanguage` reads it. */
export function blocksLanguage(blocks: ReadonlyArray<{ text: string }>): Language {
  return blocksLanguageOr(blocks, 'sv');
}

/**
 * `blocksLanguage`, but `tie` when it cannot tell: a short text may have no marker word at all.
 *
 * Each block (paragraph, list item, heading) of the sample weighs for the language more of its marker words are of,
 * by how many more, up to `MOST_A_BLOCK`: so that neither one long block nor a run of short ones outweighs the post.
 * 300 words of "a" in a paragraph after the Swedish post, or one long English comment inside its container, made it
 * English, every Swedish word unknown and no statistic read; a vote of one a block would have let a list of a dozen
 * English titles ("Report of the UNODC") do the same. Only where the weights tie do the words count, all of the
 * sample's together.
 */
export function blocksLanguageOr(blocks: ReadonlyArray<{ text: string }>, tie: Language): Language {
  const weights = { sv: 0, en: 0 };
  const words = { sv: 0, en: 0 };
  let left = SAMPLE;
  for (const { text } of blocks) {
    if (left <= 0) break;
    const { sv, en } = countMarkers(text, left);
    left -= text.length + 1;
    words.sv += sv;
    words.en += en;
    if (sv !== en) weights[sv > en ? 'sv' : 'en'] += Math.min(Math.abs(sv - en), MOST_A_BLOCK);
  }
  return weights.sv === weights.en ? moreOf(words.sv, words.en, tie) : moreOf(weights.sv, weights.en, tie);
}

/** The most a block weighs: about a sentence's marker words. */
const MOST_A_BLOCK = 5;
