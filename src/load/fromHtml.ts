import { parseDocument } from 'htmlparser2';
import type { Document } from 'domhandler';
import { InputError } from './errors.js';

/** A tag any HTML page has somewhere near its start; plain text and JSON have none. */
const HTML_TAG = /<(?:!doctype\s+html|html|head|body|meta|title|p|div|article|main|section|span|br|ul|ol|li|h[1-6]|table|a)[\s>/]/i;

/**
 * Text to DOM with htmlparser2 — the parser behind `cheerio/slim`. Start
 * indices are kept so that every fact can say where in the source it stood.
 */
export function fromHtml(html: string): Document {
  if (!HTML_TAG.test(html.slice(0, 65536))) {
    throw new InputError('not-html', 'the input is not an HTML page (no HTML tags near its start)');
  }
  return parseDocument(html, { withStartIndices: true, withEndIndices: false });
}
