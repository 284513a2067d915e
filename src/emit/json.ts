import { UNSAFE, unicodeEscape } from '../text/escape.js';

/**
 * JSON as `JSON.stringify` writes it, with the characters that `safe`
 * (src/text/escape.ts) escapes in a message escaped here too (`\u2028`): the
 * line separators U+0085, U+2028 and U+2029, at which a reader that splits
 * text into lines the Unicode way (Python's `str.splitlines`, a JavaScript
 * engine before ES2019) would cut a record of NDJSON, or a string, in two;
 * the other C1 controls; and, since the evening of 6 December, the
 * bidirectional controls a page may hold, which reorder what a terminal shows
 * of a warning that quotes it. The value is the same: outside strings
 * `JSON.stringify` writes none of them, and inside one an escape is always
 * valid. It escapes the C0 controls in strings itself; the line feeds of its
 * layout stay.
 */
export function toJson(value: unknown, indent?: number): string {
  return `${JSON.stringify(value, null, indent).replace(UNSAFE, (character) => (character === '\n' ? character : unicodeEscape(character)))}\n`;
}
