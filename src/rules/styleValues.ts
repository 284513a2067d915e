/**
 * An element's inline style, read as a browser reads it: the value each
 * property ends with.
 */

import { onPageEnd } from '../text/pageEnd.js';

/** Properties one value of which a browser keeps: the longhand of the line's decoration is the shorthand's. */
const SAME_PROPERTY: Readonly<Record<string, string>> = {
  'text-decoration-line': 'text-decoration',
  '-webkit-text-decoration-line': '-webkit-text-decoration',
};

const IMPORTANT = /!\s*important$/i;

/** A CSS escape: up to six hex digits and one white space after them, or any other character but a line break. */
const ESCAPE = /\\(?:([0-9a-f]{1,6})[ \t\n\r\f]?|([^\n\r\f0-9a-f]))/gi;

/** Longer styles are not read: a page's own inline styles are short, and a regex must not scan megabytes. */
export const MAX_STYLE = 2000;

/**
 * Text with its CSS escapes read as a browser reads them ("n\one",
 * "\6e one": "none"); a code point that is none (zero, a surrogate, past
 * U+10FFFF) is U+FFFD, as in a browser.
 */
export function unescapeCss(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(ESCAPE, (_escape, hex: string | undefined, char: string | undefined) => {
    if (hex === undefined) return char ?? '';
    const code = Number.parseInt(hex, 16);
    return code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff ? '\ufffd' : String.fromCodePoint(code);
  });
}

/** The style read last and what it says: the rules ask about one element's style several times in a row. */
let lastStyle: string | undefined;
let lastValues: ReadonlyMap<string, string> = new Map();
onPageEnd(() => {
  lastStyle = undefined;
  lastValues = new Map();
});

/**
 * The value each property of an inline style ends with, in lower case, CSS
 * escapes read: as in a browser, a later declaration of a property replaces
 * an earlier one ("text-decoration: line-through; text-decoration: none"
 * strikes nothing, "vertical-align: super; vertical-align: baseline" raises
 * nothing), unless the earlier one is `!important` and the later is not.
 */
export function styleValues(style: string): ReadonlyMap<string, string> {
  if (style === lastStyle) return lastValues;
  const values = new Map<string, { value: string; important: boolean }>();
  for (const declaration of declarationsOf(style)) {
    const colon = nameEnd(declaration);
    if (colon < 0) continue;
    // Trimmed before the escapes are read: an escaped white space is part of the word ("none\9" is no "none").
    const name = unescapeCss(trimCss(declaration.slice(0, colon))).toLowerCase();
    const property = SAME_PROPERTY[name] ?? name;
    const written = trimCss(declaration.slice(colon + 1));
    const important = IMPORTANT.test(written);
    if (values.get(property)?.important && !important) continue;
    const value = unescapeCss(important ? trimCss(written.replace(IMPORTANT, '')) : written).toLowerCase();
    values.set(property, { value, important });
  }
  lastStyle = style;
  lastValues = new Map([...values].map(([property, { value }]) => [property, value]));
  return lastValues;
}

/** CSS's white space: a no-break space, which JavaScript's `trim` also takes out, is part of a word ("none\u00a0" is no "none"). */
const CSS_SPACE = ' \t\n\r\f';

function trimCss(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && CSS_SPACE.includes(text[start] as string)) start++;
  while (end > start && CSS_SPACE.includes(text[end - 1] as string)) end--;
  return text.slice(start, end);
}

/** Where a declaration's name ends: at its first `:` that no `\` escapes ("d\:isplay" is no "d"); -1 if none. */
function nameEnd(declaration: string): number {
  for (let i = 0; i < declaration.length; i++) {
    const c = declaration[i];
    if (c === '\\') i++;
    else if (c === ':') return i;
  }
  return -1;
}

/**
 * A style's declarations: split at each `;` that ends one, not at one inside
 * a quoted string, a comment or brackets ("font-family: 'x;display:none'",
 * "url(x;y)", a comment around "display:none;"), nor at one a `\` escapes
 * ("color: red\;display:none" is one declaration, which a browser drops),
 * which ends none; comments are left out. One pass, in time linear in the
 * style.
 */
export function declarationsOf(style: string): string[] {
  const declarations: string[] = [];
  let current = '';
  let quote = '';
  let depth = 0;
  for (let i = 0; i < style.length; i++) {
    const c = style[i] as string;
    if (c === '\\') current += style.slice(i, ++i + 1);
    else if (quote !== '') {
      if (c === quote) quote = '';
      current += c;
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
