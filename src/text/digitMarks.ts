import { withoutCharacters, type Uncut } from './without.js';

/**
 * Combining marks on a digit or right before one: an accent ("260\u0301"), a keycap ("2\u20e3"), a variation
 * selector ("5\ufe0f"), a grapheme joiner. They show nothing alone, but show the digit otherwise than as written,
 * and the loader composes marks with letters only (src/load/compose.ts), so they are still in the text here.
 */
const DIGIT_MARKED = /[0-9]\p{M}|\p{M}[0-9]/u;
/** A mark on a digit, or on nothing: at the text's start or after white space ("260 \u0301 personer"). */
const MARKED = /[0-9]\p{M}|\p{M}[0-9]|(?:^|\s)\p{M}/u;
const MARKS = /\p{M}+/gu;
const DIGIT = /[0-9]/;
const SPACE = /\s/;
/** A digit after white space and marks (more marks on nothing before a figure's next group: "50 \u0301 \u0301 000"). */
const DIGIT_NEXT = /^[\s\p{M}]*[0-9]/u;
/** How far a figure's next group is looked for past a mark on nothing: a run of marks past this is left as written (src/load/compose.ts takes 30). */
const MAX_BETWEEN = 64;

/** Whether a combining mark stands on a digit of the text or right before one. */
export const marksDigits = (text: string): boolean => DIGIT_MARKED.test(text);

/** A text without the marks on its digits (`withoutDigitMarks`). */
export interface Unmarked extends Uncut {
  /** Where each run of marks taken out stood, as offsets in the text without them, in increasing order. */
  marks: number[];
}

/**
 * The text as it reads with the marks on its digits taken out ("260\u0301 personer" reads "260 personer"), its cuts
 * moved with it, and the marks on nothing, after white space ("260 \u0301 personer" reads "260 personer": a stray
 * accent over a space, which shows no letter otherwise); undefined if it has neither. Marks on letters are left.
 */
export function withoutDigitMarks({ text, cuts }: Uncut): Unmarked | undefined {
  if (!MARKED.test(text)) return undefined;
  const dropped = new Uint8Array(text.length);
  const marks: number[] = [];
  let taken = 0;
  for (const { index, 0: run } of text.matchAll(MARKS)) {
    const end = index + run.length;
    if (DIGIT.test(text[index - 1] ?? '') || DIGIT.test(text[end] ?? '')) {
      dropped.fill(1, index, end);
      marks.push(index - taken);
      taken += run.length;
    } else if (index === 0 || SPACE.test(text[index - 1] as string)) {
      // With the space before it where a space follows, so that words stay apart and no two spaces stand together.
      const from = index > 0 && SPACE.test(text[end] ?? ' ') ? index - 1 : index;
      // One between a figure's groups ("500 \u0301 000") stands in the figure, as one on a digit does.
      if (from < index && DIGIT.test(text[from - 1] ?? '') && DIGIT_NEXT.test(text.slice(end, end + MAX_BETWEEN))) marks.push(from - taken);
      dropped.fill(1, from, end);
      taken += end - from;
    }
  }
  return { ...withoutCharacters(text, cuts, (index) => dropped[index] === 1), marks };
}

/** Whether a mark taken out (`Unmarked.marks`) stood on the figure from `start` to `end`, or right before or after it. */
export const marksFigure = ({ marks }: Unmarked, start: number, end: number): boolean => marks.some((at) => at >= start && at <= end);

/** The text without the marks on its digits and on nothing, as `withoutDigitMarks` reads it; the text itself if it has none. */
export const withoutMarksOnDigits = (text: string): string => withoutDigitMarks({ text, cuts: [] })?.text ?? text;
