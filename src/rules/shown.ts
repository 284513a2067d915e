import { Parser } from 'htmlparser2';
import { BLOCK_TAGS } from './boilerplate.js';

/**
 * Text a page shows its reader outside its prose, as ordered data: what a
 * form control, an SVG drawing or a frame's own document shows. None of it is
 * prose (`SKIPPED_TAGS`), but a reader sees it where it stands, and "<textarea>
 * Rättelse: siffran 779 är fel</textarea>" right after a figure's paragraph
 * retracts it as a paragraph would. So the block reader reads what such an
 * element shows as text of the block it stands in, set apart from the words
 * around it (see `BlockReader`), and the lexicon and the rules that undo a
 * figure see it: nothing of it is left unread.
 */

/**
 * What of an element's content shows: all of it (`text`), only its <option>s
 * (`options`: a <select>), only SVG's text elements and a foreign object's
 * HTML (`svg`), or none.
 */
export type Showing = 'text' | 'options' | 'svg' | 'none';

/**
 * Controls and drawings whose content shows, in part; any other element
 * passed over shows none. A MathML formula is read as one run of text.
 */
const SHOWING_CONTENT: Readonly<Record<string, Showing>> = { textarea: 'text', button: 'text', select: 'options', svg: 'svg', math: 'text' };

/** Elements whose content shows no text, in a control or a formula that does: MathML's annotations are for software. */
const UNSHOWN_IN_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'template', 'annotation', 'annotation-xml']);

/** SVG's elements that draw their text; <title> and <desc> are a tooltip and a description, never drawn. */
const SVG_TEXT: ReadonlySet<string> = new Set(['text', 'tspan', 'textpath', 'foreignobject']);

/** SVG's elements whose content is no drawing. */
const SVG_UNSHOWN: ReadonlySet<string> = new Set(['title', 'desc', 'metadata', 'style', 'script']);

/** How much of a passed-over element shows, when it opens outside any; undefined: none, as for any prose-less element. */
export function showingOf(name: string): Showing | undefined {
  return SHOWING_CONTENT[name];
}

/** How much of an element shows inside one that shows `within`. */
export function showingInside(within: Showing, name: string): Showing {
  if (within === 'text') return UNSHOWN_IN_TEXT.has(name) ? 'none' : 'text';
  if (within === 'options') return name === 'option' ? 'text' : name === 'optgroup' ? 'options' : 'none';
  if (within === 'svg') return SVG_TEXT.has(name) ? 'text' : SVG_UNSHOWN.has(name) ? 'none' : 'svg';
  return 'none';
}

/** <input> types whose value is no text the control shows: unseen, masked, or a box, a file or a slider. */
const UNSHOWN_INPUTS: ReadonlySet<string> = new Set(['hidden', 'password', 'checkbox', 'radio', 'file', 'image', 'range', 'color']);

/**
 * The text an element shows from its attributes: an <input>'s value (its
 * placeholder while it has none), a <textarea>'s placeholder, a frame's own
 * document (`srcdoc`) as text. A type the browser does not know is a text
 * field, so only the types that show no value are left out.
 */
export function shownAttribute(name: string, attributes: Readonly<Record<string, string>>): string | undefined {
  if (name === 'input') {
    const type = (attributes['type'] ?? 'text').trim().toLowerCase();
    if (UNSHOWN_INPUTS.has(type)) return undefined;
    return nonEmpty(attributes['value']) ?? nonEmpty(attributes['placeholder']);
  }
  if (name === 'textarea') return nonEmpty(attributes['placeholder']);
  if (name === 'iframe') {
    const srcdoc = nonEmpty(attributes['srcdoc']);
    return srcdoc === undefined ? undefined : textOfDocument(srcdoc);
  }
  return undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** Elements of a frame's document whose text is not shown. */
const UNSHOWN_IN_DOCUMENT: ReadonlySet<string> = new Set(['script', 'style', 'template', 'title', 'head', 'noscript']);

/**
 * A frame's document as its text, tags left out. A frame inside it is read
 * as its `srcdoc` stands, tags and all, not parsed again: a frame nested in a
 * frame is no post's prose, and its words, which the lexicon lacks, leave a
 * figure beside it out as any unread word does.
 */
function textOfDocument(html: string): string {
  const parts: string[] = [];
  let unshown = 0;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (unshown > 0 || UNSHOWN_IN_DOCUMENT.has(name)) unshown++;
      else if (name === 'iframe' && attributes['srcdoc'] !== undefined) parts.push(' ', attributes['srcdoc'], ' ');
      else if (BLOCK_TAGS.has(name) || name === 'br') parts.push(' ');
    },
    onclosetag(name) {
      if (unshown > 0) unshown--;
      else if (BLOCK_TAGS.has(name)) parts.push(' ');
    },
    ontext(text) {
      if (unshown === 0) parts.push(text);
    },
  });
  parser.end(html);
  return parts.join('');
}
