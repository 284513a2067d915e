import { safe } from '../text/escape.js';

/** A key as written where it is a word, else quoted, so that an empty key or one with spaces shows. */
function showKey(key: string): string {
  return safe(/^[\w.-]+$/.test(key) ? key : JSON.stringify(key));
}

/** Where in a document (expectations, a saved extraction) a fault is: `statistics.operation-rescue-arrests`, `warnings[0].location`. */
export function showPath(path: ReadonlyArray<string | number>): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${showKey(part)}`)).join('') || 'top level';
}
