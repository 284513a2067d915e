import { UPPER } from '../rules/letters.js';

/**
 * Splits a paragraph into sentences: a full stop, question or exclamation mark
 * followed by a space and a capital, digit or footnote mark. Abbreviations such
 * as "FN:s" or "mm." before a lower-case word stay inside their sentence.
 */
export const BOUNDARY = new RegExp(`(?<=[.!?])\\s+(?=[${UPPER}\\d*])`);

export interface Sentence {
  text: string;
  /** Offset of the sentence's first character within its paragraph. */
  offset: number;
}

export function toSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const part of paragraph.split(BOUNDARY)) {
    const start = paragraph.indexOf(part, offset);
    if (part.trim()) sentences.push({ text: part.trim(), offset: start + part.length - part.trimStart().length });
    offset = start + part.length;
  }
  return sentences;
}
