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
  for (const declaration of declarationsOf(style)) {
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

/**
 * A style's declarations: split at each `;` that ends one, not at one inside
 * a quoted string, a comment or brackets ("font-family: 'x;display:none'",
 * "url(x;y)", a comment around "display:none;"), which ends none; comments
 * are left out. One pass, in time linear in the style.
 */
export function declarationsOf(style: string): string[] {
  const declarations: string[] = [];
  let current = '';
  let quote = '';
  let depth = 0;
  for (let i = 0; i < style.length; i++) {
    const c = style[i] as string;
    if (quote !== '') {
      if (c === '\\') current += style.slice(i, ++i + 1);
      else {
        if (c === quote) quote = '';
        current += c;
      }
    } else if (c === '/' && style[i + 1] === '*') {
      const end = style.indexOf('*/', i + 2);
      i = end < 0 ? style.length : end + 1;
      current += ' ';
    } else if (c === ';' && depth === 0) {
      declarations.push(current);
      current = '';
    } else {
      if (c === '"' || c === "'") quote = c;
      else if (c === '(') depth++;
      else if (c === ')' && depth > 0) depth--;
      current += c;
    }
  }
  declarations.push(current);
  return declarations;
}
