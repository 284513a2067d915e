import { Parser } from 'htmlparser2';
import { DomHandler, type Document } from 'domhandler';
import { isBoilerplate } from '../rules/boilerplate.js';
import { InputError } from './errors.js';

/** A tag any HTML page has somewhere near its start; plain text and JSON have none. */
const HTML_TAG = /<(?:!doctype\s+html|html|head|body|meta|title|p|div|article|main|section|span|br|ul|ol|li|h[1-6]|table|a)[\s>/]/i;

/**
 * A DOM builder that does not keep page furniture: a comment section, a
 * sidebar or an ad block (by the same rules `toBlocks` uses to skip them) is
 * parsed but not built. Nothing in them can become a fact, and a page with a
 * vast comment section then costs memory for its post, not for its comments.
 */
class PageHandler extends DomHandler {
  /** How deep the parser is inside a dropped element; 0 when not in one. */
  private dropping = 0;

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (this.dropping > 0 || isBoilerplate(name, attribs)) this.dropping++;
    else super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    if (this.dropping > 0) this.dropping--;
    else super.onclosetag();
  }

  override ontext(data: string): void {
    if (this.dropping === 0) super.ontext(data);
  }

  override oncomment(data: string): void {
    if (this.dropping === 0) super.oncomment(data);
  }

  override oncommentend(): void {
    if (this.dropping === 0) super.oncommentend();
  }

  override oncdatastart(): void {
    if (this.dropping === 0) super.oncdatastart();
  }

  override oncdataend(): void {
    if (this.dropping === 0) super.oncdataend();
  }

  override onprocessinginstruction(name: string, data: string): void {
    if (this.dropping === 0) super.onprocessinginstruction(name, data);
  }
}

/**
 * Text to DOM with htmlparser2 — the parser behind `cheerio/slim`. Start
 * indices are kept so that every fact can say where in the source it stood.
 */
export function fromHtml(html: string): Document {
  if (!HTML_TAG.test(html.slice(0, 65536))) {
    throw new InputError('not-html', 'the input is not an HTML page (no HTML tags near its start)');
  }
  const handler = new PageHandler(undefined, { withStartIndices: true });
  new Parser(handler).end(html);
  return handler.root;
}
