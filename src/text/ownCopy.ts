/**
 * A string cut from a longer one (`slice`, a match, a split) is, in V8, often
 * a view of it, not a copy: whoever keeps the cut keeps the whole. A title or
 * a quote kept in an extraction kept its page's text, 40 MB of it for a page
 * that size, for as long as the extraction lived. A copy owns its characters.
 */
export function ownCopy(text: string): string {
  // Joined to another string, the text becomes a pair that a cut flattens into a new string, which the cut then views.
  return (' ' + text).slice(1);
}

/** `value` with every string in it an own copy: plain objects and arrays are rebuilt, anything else kept. */
export function withOwnStrings<T>(value: T): T {
  if (typeof value === 'string') return ownCopy(value) as T;
  if (Array.isArray(value)) return value.map(withOwnStrings) as T;
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, withOwnStrings(entry)])) as T;
}
