/**
 * Inline elements whose text is not part of the words around it, as ordered
 * data: a superscript or a subscript (a footnote mark, an exponent, an
 * ordinal's "th"), a reference to a note. Their text stays in the block as the
 * page shows it, but the block marks where it starts and ends (`Block.cuts`):
 * a figure that runs into or out of it — "50<sup>1</sup> 000", "48<sup>1</sup>
 * länder", "10<sup>6</sup>" — is no figure. A <br> cuts the text too (see
 * `segments` in src/text/blocks.ts). Any other element cuts its text out only
 * when that text is digits alone glued to a digit around it
 * (`BlockBuilder.closeDigits`): "50<span class=footnote>1</span> 000" and
 * "4<font>8</font> länder" are no figures, "<b>50 000</b>" is one.
 */

import { MAX_STYLE, styleValues } from './styleValues.js';

export const CUTTING_TAGS: ReadonlySet<string> = new Set(['sup', 'sub']);

/** ARIA's and EPUB's names for a reference to a footnote or an endnote. */
const NOTE_REFERENCE = /(?:^|\s)(?:doc-noteref|noteref)(?:\s|$)/i;

/** A superscript or subscript made with a style rather than a tag, as Word pastes a footnote mark. */
const RAISED = /^(?:super|sub)$/;

export function cutsText(name: string, attributes: Readonly<Record<string, string>>): boolean {
  if (CUTTING_TAGS.has(name)) return true;
  const { role, style, href } = attributes;
  const type = attributes['epub:type'];
  if ((role !== undefined && NOTE_REFERENCE.test(role)) || (type !== undefined && NOTE_REFERENCE.test(type))) return true;
  if (style !== undefined && style.length <= MAX_STYLE && RAISED.test(styleValues(style).get('vertical-align') ?? '')) return true;
  // A link to a place on the same page is a footnote's mark or a "back to top": never a part of a figure.
  return name === 'a' && href !== undefined && href.startsWith('#');
}

/**
 * Elements that show their text as the text around it when they have no class
 * and no style a browser reads: a plain <span> (Word wraps every run of its
 * text in one, `<span lang=SV>50</span><span lang=SV> 000</span>`), a link, a
 * line-break opportunity.
 */
const PLAIN_TAGS: ReadonlySet<string> = new Set(['span', 'a', 'wbr']);

/** Word's own style properties, which no browser reads ("mso-ansi-language", "mso-spacerun"). */
const WORD_PROPERTY = /^mso-/;

/**
 * Whether an element may show its text apart from the text around it — bold,
 * a class whose style sheet the tool does not read (`class="strike"`), a
 * style — so that digit groups a space apart on either side of its start or
 * end tag are no one figure for sure ("<span class=strike>779</span> 780",
 * "779 <b>780</b>"; `BlockBuilder.boundary` in src/text/blocks.ts).
 */
export function setsApart(name: string, attributes: Readonly<Record<string, string>>): boolean {
  if (!PLAIN_TAGS.has(name)) return true;
  const { class: classes, style } = attributes;
  if (classes !== undefined && classes.trim() !== '') return true;
  if (style === undefined) return false;
  if (style.length > MAX_STYLE) return true;
  for (const property of styleValues(style).keys()) if (!WORD_PROPERTY.test(property)) return true;
  return false;
}
