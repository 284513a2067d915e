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

export function normalizeText(raw: string): string {
  return raw.replace(DROPPED, '').replace(SPACES, ' ');
}

/** Collapses `normalizeText`'s output around line-break marks and trims it. */
export function tidy(text: string): string {
  return normalizeText(text).replace(/ ?\u2028 ?/g, LINE_BREAK).trim();
}
