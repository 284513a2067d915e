/**
 * An element's inline style, read as a browser reads it: the value each
 * property ends with.
 */

/** Properties one value of which a browser keeps: the longhand of the line's decoration is the shorthand's. */
const SAME_PROPERTY: Readonly<Record<string, string>> = { 'text-decoration-line': 'text-decoration' };

const IMPORTANT = /!\s*important$/;

/**
 * The value each property of an inline style ends with, in lower case: as in
 * a browser, a later declaration of a property replaces an earlier one
 * ("text-decoration: line-through; text-decoration: none" strikes nothing,
 * "vertical-align: super; vertical-align: baseline" raises nothing), unless
 * the earlier one is `!important` and the later is not.
 */
export function styleValues(style: string): Map<string, string> {
  const values = new Map<string, { value: string; important: boolean }>();
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const property = SAME_PROPERTY[name] ?? name;
    const written = declaration.slice(colon + 1).trim().toLowerCase();
    const important = IMPORTANT.test(written);
    if (values.get(property)?.important && !important) continue;
    values.set(property, { value: important ? written.replace(IMPORTANT, '').trim() : written, important });
  }
  return new Map([...values].map(([property, { value }]) => [property, value]));
}
