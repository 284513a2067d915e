/**
 * JSON as `JSON.stringify` writes it, with U+0085, U+2028 and U+2029 escaped
 * (`\u2028`): the same value, but a reader that splits text into lines the
 * Unicode way (Python's `str.splitlines`, a JavaScript engine before ES2019)
 * would otherwise cut a record of NDJSON, or a string, in two. They can only
 * stand inside strings, where an escape is always valid.
 */
export function toJson(value: unknown, indent?: number): string {
  return `${JSON.stringify(value, null, indent).replace(LINE_SEPARATORS, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

const LINE_SEPARATORS = /[\u0085\u2028\u2029]/g;
