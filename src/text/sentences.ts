import { UPPER } from '../rules/letters.js';
import { ENDS_WITH_ABBREVIATION } from '../rules/abbreviations.js';

/**
 * Splits a paragraph into sentences: a full stop, question or exclamation mark
 * followed by a space and a capital, digit or footnote mark. Abbreviations such
 * as "FN:s" or "mm." before a lower-case word stay inside their sentence, and so
 * does the full stop of an abbreviation that never ends one ("ca. 50 000",
 * `ABBREVIATIONS`).
 */
export const BOUNDARY = new RegExp(`(?<=[.!?])\\s+(?=[${UPPER}\\d*])`, 'g');

/** The longest abbreviation, its full stop and the character before it. */
const ABBREVIATION_REACH = 8;

export interface Sentence {
  text: string;
  /** Offset of the sentence's first character within its paragraph. */
  offset: number;
}

export function toSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  const add = (start: number, end: number) => {
    const part = paragraph.slice(start, end);
    if (part.trim()) sentences.push({ text: part.trim(), offset: start + part.length - part.trimStart().length });
  };
  let start = 0;
  for (const boundary of paragraph.matchAll(new RegExp(BOUNDARY))) {
    if (ENDS_WITH_ABBREVIATION.test(paragraph.slice(Math.max(start, boundary.index - ABBREVIATION_REACH), boundary.index))) continue;
    add(start, boundary.index);
    start = boundary.index + boundary[0].length;
  }
  add(start, paragraph.length);
  return sentences;
}
