import { decode, type Decoded } from './decode.js';
import { InputError } from './errors.js';
import type { HtmlPage } from './htmlPage.js';
import { readHtml } from './readHtml.js';
import { createLocator, type Position } from './positions.js';
import { unpack, type Unpacked, type UnpackOptions } from './unpack/index.js';

export interface Page extends HtmlPage {
  /** Line and column in the decoded text of a source offset. */
  locate: (offset: number) => Position;
  encoding: string;
}

/**
 * A page given as a string was decoded by whoever holds it: it is read as it
 * is, and named as the UTF-8 it would be saved as (its sha256 is of that too).
 */
function asDecoded(text: string): Decoded {
  if (text.length === 0) throw new InputError('empty', 'the input is empty');
  return { text, encoding: 'utf-8' };
}

/** The documents a page holds: text already decoded is one; bytes are unpacked (gzip, MHTML, a feed's entries). */
export function documentsOf(page: string | Uint8Array, options: UnpackOptions = {}): Unpacked[] {
  return typeof page === 'string' ? [{ content: asDecoded(page), stated: {} }] : unpack(page, options);
}

/** One unpacked document, read in one pass, knowing where its text came from. */
export function loadDocument(content: Unpacked['content']): Page {
  const { text, encoding } = 'text' in content ? content : decode(content.bytes, { transportCharset: content.charset });
  return { ...readHtml(text), locate: createLocator(text), encoding };
}

/** Bytes, or text already decoded, read: the page itself, or the first document its container holds. */
export function loadPage(page: string | Uint8Array, options: UnpackOptions = {}): Page {
  return loadDocument((documentsOf(page, options)[0] as Unpacked).content);
}
