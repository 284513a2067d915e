import { ANY_SCALE_WORD } from '../extract/numbers.js';

/** A stretch of the decoded source: `start` inclusive, `end` exclusive. */
export interface SourceRange {
  start: number;
  end: number;
}

/**
 * What markup may stand between the letters of a word the reader sees as one
 * ("mil<b></b>jon", "mil&shy;jon"): a tag as the tokenizer starts one, up to
 * the first `>` (never past the tag's real end), a named character reference
 * (none stands for an ASCII letter), a character that the text drops.
 */
const MARKUP = /<[a-zA-Z/!?][^<>]*>|&[a-zA-Z]+;?|[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Elements whose content is shown as it is written, tags and all: what looks like markup there is text. */
const LITERAL = /<(?:xmp|plaintext)/i;

/**
 * Whether the raw HTML of some furniture may state a figure, so that it is
 * worth reading: its text does only with a digit, or with a number word before
 * a scale word ("en miljon"). The markup is taken out first — digits in
 * addresses, sizes and `<h3>` are no text — but a digit written as a character
 * reference ("&#52;") stays, and so does any reference to a letter, which has
 * digits of its own. Never false for HTML whose text holds a figure, save for
 * a number word that an element the reader drops cuts in two
 * ("mil<span hidden>x</span>jon").
 */
export function mayStateFigure(html: string): boolean {
  if (LITERAL.test(html)) return true;
  const text = html.replace(MARKUP, '');
  // A reference read without its ";" may eat letters of a word after a bare "&": the raw HTML is looked at too.
  return /[0-9]/.test(text) || ANY_SCALE_WORD.test(text) || ANY_SCALE_WORD.test(html);
}
