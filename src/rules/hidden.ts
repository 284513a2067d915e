/**
 * What the page holds but does not show its reader as the post's text, as
 * ordered data: an element hidden by an attribute or a style, and text struck
 * out. A page that says "<span hidden>50 000</span> 90 000" shows 90 000, and
 * "<del>779 misstänkta</del> <ins>10 misstänkta</ins>" corrects 779 to 10:
 * read as text, the hidden or struck figure came first and became the fact. A hidden element is
 * dropped as page furniture is (see `PageReader`), so that its text is no
 * part of any block, quote or figure. Struck text is no part of them either,
 * but the reader sees its words, so the lexicon reads them (`Block.seen`): a
 * struck "Rättelse: siffran 779 är fel" beside a figure is a word the tool
 * does not read beside it, whatever the strike means — the retraction
 * withdrawn, or the figure — and leaves the figure out; "<del>779
 * misstänkta</del> <ins>10 misstänkta</ins>", whose struck words the tool
 * reads, still states 10. Struck digits that touch a figure, across white
 * space at most ("<del>7</del>79", "<del>779</del> 10"), are read as a cut
 * in it (`BlockBuilder.touchAfter` in src/text/blocks.ts): no figure.
 *
 * Not here: `font-size: 0`, which themes also set on a container to close the
 * gaps between inline blocks whose own size they set again, so that the text
 * in it shows; `aria-hidden="true"`, which hides from screen readers text
 * that every other reader sees (a page saved with a dialog open has its whole
 * wrapper so marked); and text for screen readers only (`.screen-reader-text`,
 * `.visually-hidden`, `.sr-only`), which is furniture (`BOILERPLATE_WORDS`).
 */

import { styleValues } from './styleValues.js';

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

/** Whether the style hides the element, or (`display` of anything but none) shows it whatever its `hidden` attribute says; undefined if it says neither. */
function styleShows(values: ReadonlyMap<string, string>): boolean | undefined {
  const display = values.get('display');
  const visibility = values.get('visibility');
  if (display === 'none' || visibility === 'hidden' || visibility === 'collapse') return false;
  return display !== undefined && display !== '' ? true : undefined;
}

/** Longer styles are not read: a page's own inline styles are short, and a regex must not scan megabytes. */
const MAX_STYLE = 2000;

/** Whether the element is not shown: hidden by an attribute or a style (struck text is shown: `isStruck`). */
export function isHidden(name: string, attributes: Readonly<Record<string, string>>): boolean {
  if (NEVER_HIDDEN.has(name)) return false;
  const style = attributes['style'];
  // A style too long to read decides nothing here: its text is seen, not read (`isStruck`), whatever `hidden` says.
  if (style !== undefined && style.length > MAX_STYLE) return false;
  const shows = style === undefined ? undefined : styleShows(styleValues(style));
  if (shows === false) return true;
  return attributes['hidden'] !== undefined && shows !== true;
}

/** Whether the element's text is struck out, by its tag or a style: shown, but no text a figure is read from. */
export function isStruck(name: string, attributes: Readonly<Record<string, string>>): boolean {
  // Unlike hiding, striking a page's root or body out is no anti-flicker device: the whole page reads struck.
  if (STRUCK_TAGS.has(name)) return true;
  const style = attributes['style'];
  if (style === undefined) return false;
  // A style too long to read may hide or show what the page says: its text is seen, as struck text is, and no figure is read from it.
  return style.length > MAX_STYLE || LINE_THROUGH.test(styleValues(style).get('text-decoration') ?? '');
}
