/**
 * What the page holds but does not show its reader as the post's text, as
 * ordered data: an element hidden by an attribute or a style, and text struck
 * out. A page that says "<span hidden>50 000</span> 90 000" shows 90 000, and
 * "<del>779 misstänkta</del> <ins>10 misstänkta</ins>" corrects 779 to 10:
 * read as text, the hidden or struck figure came first and became the fact. A hidden element is
 * dropped as page furniture is (see `PageReader`), so that its text is no
 * part of any block, quote or figure, and it cuts the text where it stood
 * ("7<span style=opacity:0>1</span>79" is no 779, whatever a reader takes
 * the gap for). Struck text is no part of them either,
 * but the reader sees its words, so the lexicon reads them (`Block.seen`): a
 * struck "Rättelse: siffran 779 är fel" beside a figure is a word the tool
 * does not read beside it, whatever the strike means — the retraction
 * withdrawn, or the figure — and leaves the figure out; "<del>779
 * misstänkta</del> <ins>10 misstänkta</ins>", whose struck words the tool
 * reads, still states 10. Struck digits that touch a figure, across white
 * space at most ("<del>7</del>79", "<del>779</del> 10"), are read as a cut
 * in it (`BlockBuilder.touchAfter` in src/text/blocks.ts): no figure.
 *
 * Not here: `font-size: 0` for the children of the element, as themes also
 * set it on a container to close the gaps between inline blocks whose own
 * size they set again, so that the text in them shows (the element's own
 * text is too small to read: `hasTinyText`); `aria-hidden="true"`, which hides from screen readers text
 * that every other reader sees (a page saved with a dialog open has its whole
 * wrapper so marked); and text for screen readers only (`.screen-reader-text`,
 * `.visually-hidden`, `.sr-only`), which is furniture (`BOILERPLATE_WORDS`).
 */

import { hasTinyFont, mightHide } from './mightHide.js';
import { MAX_STYLE, styleValues } from './styleValues.js';

/**
 * Struck-out text: a deletion (`<del>`, beside the `<ins>` that replaces it),
 * text no longer accurate (`<s>`) and its obsolete form (`<strike>`).
 */
export const STRUCK_TAGS: ReadonlySet<string> = new Set(['del', 's', 'strike']);

/**
 * A page's root and body are never hidden text: a page that hides itself
 * until its scripts have run ("anti-flicker") shows its whole body after.
 */
const NEVER_HIDDEN: ReadonlySet<string> = new Set(['html', 'body']);

const LINE_THROUGH = /\bline-through\b/;

/**
 * The properties whose `line-through` strikes text: the standard one, and
 * WebKit's prefixed one, which Safari and Chrome read. Kept apart, not as one
 * property: a browser that reads only one of them strikes by it whatever the
 * other says.
 */
const STRIKING_PROPERTIES: readonly string[] = ['text-decoration', '-webkit-text-decoration'];

/**
 * Elements whose content a browser shows or not, by what the tool cannot
 * know: what a browser shows when scripts do not run (<noscript>), and an
 * <object>'s fallback, shown when what it embeds cannot be. Read as text
 * that might be hidden is (`mightHide`): seen, no figure read from it, and a
 * cut where it stands, so that "<noscript>1</noscript>779" (1779 without
 * scripts, 779 with them) is no figure. Not <template>, whose content no
 * browser ever shows.
 */
const MAY_SHOW_TAGS: ReadonlySet<string> = new Set(['noscript', 'object']);

/**
 * Elements a browser never shows (its style sheet gives them `display: none`):
 * what a browser with plug-ins or frames would show instead, a list of
 * suggestions for a form field, the brackets around a ruby annotation; and a
 * <dialog> that is not open.
 */
const HIDDEN_TAGS: ReadonlySet<string> = new Set(['noembed', 'noframes', 'datalist', 'rp']);

/**
 * The words of a `display` that shows an element whatever its `hidden`
 * attribute says. A browser drops a value it does not know, and the
 * attribute holds; `revert` goes back to the browser's own style, which
 * hides it too.
 */
const SHOWING_DISPLAY: ReadonlySet<string> = new Set([
  'block', 'inline', 'run-in', 'flow', 'flow-root', 'table', 'flex', 'grid', 'ruby', 'math', 'list-item', 'contents',
  'inline-block', 'inline-table', 'inline-flex', 'inline-grid', 'inline-list-item', 'table-row-group', 'table-header-group',
  'table-footer-group', 'table-row', 'table-cell', 'table-column-group', 'table-column', 'table-caption', 'ruby-base',
  'ruby-text', 'ruby-base-container', 'ruby-text-container', 'initial', 'unset', 'inherit',
  '-webkit-box', '-webkit-inline-box', '-webkit-flex', '-webkit-inline-flex', '-moz-box', '-moz-inline-box',
  '-ms-flexbox', '-ms-inline-flexbox', '-ms-grid', '-ms-inline-grid',
]);

/**
 * Whether the style hides the element, or (`display` of anything but none)
 * shows it whatever its `hidden` attribute says; undefined if it says
 * neither; `unsure` for a `display` the tool does not know (a `var()`),
 * which may do either. `visibility` is not here: a child may show again
 * what it hides (`visibilityOf`).
 */
function styleShows(values: ReadonlyMap<string, string>): boolean | 'unsure' | undefined {
  const display = values.get('display');
  const opacity = values.get('opacity');
  if (display === 'none' || values.get('content-visibility') === 'hidden') return false;
  if (opacity !== undefined && OPACITY_ZERO.test(opacity)) return false;
  if (display === undefined || display === '' || display === 'revert' || display === 'revert-layer') return undefined;
  return display.split(/\s+/).every((word) => SHOWING_DISPLAY.has(word)) ? true : 'unsure';
}

/** An opacity of nothing: "0", "0.0", "0%", or less, which a browser takes as 0. */
const OPACITY_ZERO = /^(?:-[0-9.]+|[+]?(?:0+(?:\.0*)?|\.0+))(?:e[+-]?[0-9]+)?%?$/;


/**
 * Parts of a table whose content out of place in it — a paragraph, text, anything but a row or a cell — a
 * browser moves out in front of the table ("foster parenting"), where what hides the table does not hide it:
 * "<table hidden><p>Rättelse: …</p></table>" shows the correction. A parser that builds no DOM cannot tell
 * that content from the rows', so such a part that is hidden is read as struck: seen, no figure read from it.
 */
const FOSTERING: ReadonlySet<string> = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/** Whether the element is not shown: hidden by its tag, an attribute or a style (struck text is shown: `isStruck`). */
export function isHidden(name: string, attributes: Readonly<Record<string, string>>): boolean {
  return !FOSTERING.has(name) && hides(name, attributes);
}

function hides(name: string, attributes: Readonly<Record<string, string>>): boolean {
  if (NEVER_HIDDEN.has(name)) return false;
  if (HIDDEN_TAGS.has(name) || (name === 'dialog' && attributes['open'] === undefined)) return true;
  const style = attributes['style'];
  // A style too long to read decides nothing here: its text is seen, not read (`isStruck`), whatever `hidden` says.
  if (style !== undefined && style.length > MAX_STYLE) return false;
  const shows = style === undefined ? undefined : styleShows(styleValues(style));
  if (shows === false) return true;
  // A `display` the tool does not know may show what the attribute hides: read as struck (`isStruck`).
  return attributes['hidden'] !== undefined && shows === undefined;
}

/**
 * Whether the element's style hides its text (false) or shows it (true) by
 * `visibility`, which, unlike `display: none`, a child may undo: a browser
 * shows a `visibility: visible` span in a `visibility: hidden` paragraph.
 * Undefined when the style says neither, and the element is as its parent is.
 */
export function visibilityOf(name: string, attributes: Readonly<Record<string, string>>): boolean | undefined {
  return FOSTERING.has(name) ? undefined : visibility(name, attributes);
}

function visibility(name: string, attributes: Readonly<Record<string, string>>): boolean | undefined {
  const style = attributes['style'];
  if (style === undefined || style.length > MAX_STYLE || NEVER_HIDDEN.has(name)) return undefined;
  const visibility = styleValues(style).get('visibility');
  if (visibility === 'hidden' || visibility === 'collapse') return false;
  return visibility === 'visible' ? true : undefined;
}

/**
 * Whether the element's own text — not its children's — is too small to read
 * (`hasTinyFont`): seen as struck words are, no figure read from it.
 */
export function hasTinyText(attributes: Readonly<Record<string, string>>): boolean {
  const style = attributes['style'];
  return style !== undefined && style.length <= MAX_STYLE && hasTinyFont(styleValues(style));
}

/**
 * Whether the element's text is struck out, by its tag or a style: shown, but
 * no text a figure is read from. So is text that a style may hide or show
 * otherwise than as written, though the tool cannot tell (`mightHide`), and
 * text a `<bdo>` may show right to left ("<bdo dir=rtl>779</bdo>" shows 977):
 * its words are seen, and no figure is read from it or across it.
 */
export function isStruck(name: string, attributes: Readonly<Record<string, string>>): boolean {
  // Unlike hiding, striking a page's root or body out is no anti-flicker device: the whole page reads struck.
  if (STRUCK_TAGS.has(name) || MAY_SHOW_TAGS.has(name)) return true;
  if (name === 'bdo' && (attributes['dir'] ?? '').trim().toLowerCase() !== 'ltr') return true;
  if (FOSTERING.has(name) && (hides(name, attributes) || visibility(name, attributes) === false)) return true;
  const style = attributes['style'];
  if (style === undefined) return false;
  // A style too long to read may hide or show what the page says: its text is seen, as struck text is, and no figure is read from it.
  if (style.length > MAX_STYLE) return true;
  const values = styleValues(style);
  if (attributes['hidden'] !== undefined && !NEVER_HIDDEN.has(name) && styleShows(values) === 'unsure') return true;
  return STRIKING_PROPERTIES.some((property) => LINE_THROUGH.test(values.get(property) ?? '')) || mightHide(values, !NEVER_HIDDEN.has(name));
}
