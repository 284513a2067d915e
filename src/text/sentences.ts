import { UPPER } from '../rules/letters.js';
import { ENDS_WITH_ABBREVIATION } from '../rules/abbreviations.js';
import { SPACED_DATE } from '../rules/spacedDates.js';

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
    if (withinSpacedDate(paragraph, boundary.index + boundary[0].length)) continue;
    add(start, boundary.index);
    start = boundary.index + boundary[0].length;
  }
  add(start, paragraph.length);
  return sentences;
}

/** The longest word that dates, its day, its month and the full stops after them ("as of 31. 12. "). */
const DATE_REACH = 16;

/**
 * Whether the month or the year at `at` of `paragraph` follows a full stop of a date after a word that dates ("Den 5.
 * 3. står", "Den 5. 12. 2012 står").
 */
function withinSpacedDate(paragraph: string, at: number): boolean {
  const before = paragraph.slice(Math.max(0, at - DATE_REACH), at);
  if (/^(?:19|20)[0-9]{2}(?![0-9])/.test(paragraph.slice(at, at + 5))) return SPACED_DATE.beforeYear.test(before);
  const month = /^(?:0?[1-9]|1[0-2])(?![0-9])/.exec(paragraph.slice(at, at + 3))?.[0];
  return month !== undefined && SPACED_DATE.beforeMonth.test(before) && SPACED_DATE.afterMonth.test(paragraph.slice(at + month.length));
}
