/**
 * Text as the extractor sees it: one plain space for every kind of white space
 * (no-break and narrow no-break spaces are thousands separators in Swedish, and
 * word processors scatter them everywhere), and nothing invisible or control.
 *
 * Control characters are dropped here, at the source, so that no later stage —
 * least of all a terminal report — ever sees an escape sequence from the page.
 */

// U+2028 is reserved by the block reader to mark a <br>; it survives normalization.
export const LINE_BREAK = '\u2028';

/** Invisible formatting characters (soft hyphen, zero-width spaces and joiners, BOM) and C0/C1 controls. */
const DROPPED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060\ufeff]/g;
/**
 * White space that is not already one plain space: a run of two or more, or
 * one that starts with another kind. The single spaces between words, most of
 * the matches a plain `\s+` would make, are left alone rather than replaced.
 */
const SPACES = / [\t\n\r\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+|[\t\n\r\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000][\t\n\r\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*/g;

/**
 * Decimal digits of other scripts, which Unicode assigns in runs of ten from 0 to 9: full-width (East Asian input
 * methods, some word-processor pastes), Arabic-Indic, Devanagari, Thai, the mathematical bold and monospace ones that
 * "bold text" generators write (U+1D7CE–U+1D7FF), … Since the evening of 5 December the first three, since the morning
 * of 6 December all of them, are read as the ASCII digits they are: "Totalt greps ３００ personer." and "Totalt greps
 * 𝟐𝟔𝟎 personer." after the post named no figure to the readers, which read ASCII digits only, and printed the post's
 * 250. A digit beyond U+FFFF (two UTF-16 units) becomes one.
 */
const OTHER_DIGITS = /(?![0-9])\p{Nd}/gu;
const DIGIT = /^\p{Nd}$/u;

/** The ASCII digit's code that a decimal digit of another script stands for (its place in its run of ten). */
function asciiDigitCode(point: number): number {
  let zero = point;
  while (DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return 48 + ((point - zero) % 10);
}

const asciiDigit = (digit: string): string => String.fromCharCode(asciiDigitCode(digit.codePointAt(0) as number));

/** Not a character but ASCII and Latin-1: the only texts `foldDigits` may change. */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;
const ANY_OTHER_DIGIT = /(?![0-9])\p{Nd}/u;

/** Whether the text holds a decimal digit of another script (`foldDigits` reads it as ASCII). */
export const holdsOtherDigit = (text: string): boolean => BEYOND_LATIN1.test(text) && ANY_OTHER_DIGIT.test(text);

/**
 * `text` with every decimal digit of another script as the ASCII digit it stands for. The block reader folds the
 * text of a page's runs so, as it reads them, before it asks whether struck or set-apart digits touch a figure
 * ("२<del>५०</del> greps", "२<b>६</b>५० greps" are cut figures as their ASCII twins are: read from the normalized text
 * alone, they printed 2 and 2650).
 */
export function foldDigits(text: string): string {
  return BEYOND_LATIN1.test(text) ? text.replace(OTHER_DIGITS, asciiDigit) : text;
}

export function normalizeText(raw: string): string {
  return foldDigits(raw.replace(DROPPED, '').replace(SPACES, ' '));
}

/** Collapses `normalizeText`'s output around line-break marks and trims it. */
export function tidy(text: string): string {
  return normalizeText(text).replace(/ ?\u2028 ?/g, LINE_BREAK).trim();
}
