import type { Document } from 'domhandler';
import { decode } from './decode.js';
import { fromHtml } from './fromHtml.js';
import { createLocator, type Position } from './positions.js';
import { unpack, type Unpacked, type UnpackOptions } from './unpack/index.js';

export interface Page {
  document: Document;
  /** Line and column in the decoded text of a source offset. */
  locate: (offset: number) => Position;
  encoding: string;
}

/** One unpacked document to a DOM that knows where its text came from. */
export function loadDocument(content: Unpacked['content']): Page {
  const { text, encoding } = 'text' in content ? content : decode(content.bytes, content.charset);
  return { document: fromHtml(text), locate: createLocator(text), encoding };
}

/** Bytes to a DOM: the page itself, or the first document its container holds. */
export function loadPage(bytes: Uint8Array, options: UnpackOptions = {}): Page {
  return loadDocument((unpack(bytes, options)[0] as Unpacked).content);
}
