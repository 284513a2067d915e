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
 * Decimal digits of other scripts that stand for 0–9 one for one, each one UTF-16 unit as an ASCII digit is:
 * full-width (East Asian input methods, some word-processor pastes), Arabic-Indic and Extended Arabic-Indic. Since the
 * evening of 5 December they are read as the digits they are: "Totalt greps ３００ personer." after the post named no
 * figure to the readers, which read ASCII digits only, and printed the post's 250.
 */
const OTHER_DIGITS = /[\uff10-\uff19\u0660-\u0669\u06f0-\u06f9]/g;
const DIGIT_ZERO: ReadonlyArray<number> = [0xff10, 0x0660, 0x06f0];
const asciiDigit = (digit: string): string => {
  const code = digit.charCodeAt(0);
  const zero = DIGIT_ZERO.find((first) => code >= first && code <= first + 9) as number;
  return String.fromCharCode(48 + code - zero);
};

export function normalizeText(raw: string): string {
  return raw.replace(DROPPED, '').replace(SPACES, ' ').replace(OTHER_DIGITS, asciiDigit);
}

/** Collapses `normalizeText`'s output around line-break marks and trims it. */
export function tidy(text: string): string {
  return normalizeText(text).replace(/ ?\u2028 ?/g, LINE_BREAK).trim();
}
