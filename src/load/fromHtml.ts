import type { ParserOptions } from 'htmlparser2';
import { DomHandler, type Document } from 'domhandler';
import { isBoilerplate, isUnread } from '../rules/boilerplate.js';
import { InputError } from './errors.js';
import { DeepParser } from './openElements.js';
import { SkippingTokenizer, type DropDepth, type SkippingOptions } from './skippingTokenizer.js';

/** A tag any HTML page has somewhere near its start; plain text and JSON have none. */
const HTML_TAG = /<(?:!doctype\s+html|html|head|body|meta|title|p|div|article|main|section|span|br|ul|ol|li|h[1-6]|table|a)[\s>/]/i;

/**
 * A DOM builder that does not keep page furniture: a comment section, a
 * sidebar or an ad block (by the same rules `toBlocks` uses to skip them), or
 * a script other than linked data, or a style sheet (`isUnread`), is not built, and mostly not even
 * tokenized (see `SkippingTokenizer`). Nothing in them can become a fact, and
 * a page with a vast comment section then costs time and memory for its post,
 * not for its comments.
 */
export class PageHandler extends DomHandler implements DropDepth {
  /** How deep the parser is inside a dropped element; 0 when not in one. */
  dropDepth = 0;

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (this.dropDepth > 0 || isUnread(name, attribs) || isBoilerplate(name, attribs)) this.dropDepth++;
    else super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    if (this.dropDepth > 0) this.dropDepth--;
    else super.onclosetag();
  }

  override ontext(data: string): void {
    if (this.dropDepth === 0) super.ontext(data);
  }

  override oncomment(data: string): void {
    if (this.dropDepth === 0) super.oncomment(data);
  }

  override oncommentend(): void {
    if (this.dropDepth === 0) super.oncommentend();
  }

  override oncdatastart(): void {
    if (this.dropDepth === 0) super.oncdatastart();
  }

  override oncdataend(): void {
    if (this.dropDepth === 0) super.oncdataend();
  }

  override onprocessinginstruction(name: string, data: string): void {
    if (this.dropDepth === 0) super.onprocessinginstruction(name, data);
  }
}

/**
 * Text to DOM with htmlparser2 — the parser behind `cheerio/slim`, with a
 * stack of open elements that costs the same at any depth (`DeepParser`).
 * Start indices are kept so that every fact can say where in the source it
 * stood.
 */
export function fromHtml(html: string): Document {
  if (!HTML_TAG.test(html.slice(0, 65536))) {
    throw new InputError('not-html', 'the input is not an HTML page (no HTML tags near its start)');
  }
  const handler = new PageHandler(undefined, { withStartIndices: true });
  const options: ParserOptions & SkippingOptions = { Tokenizer: SkippingTokenizer, dropping: handler };
  new DeepParser(handler, options).end(html);
  return handler.root;
}
