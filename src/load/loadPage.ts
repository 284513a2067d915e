import type { Document } from 'domhandler';
import { decode } from './decode.js';
import { fromHtml } from './fromHtml.js';
import { createLocator, type Position } from './positions.js';

export interface Page {
  document: Document;
  /** Line and column in the decoded text of a source offset. */
  locate: (offset: number) => Position;
  encoding: string;
}

/** Bytes to a DOM that knows where its text came from. */
export function loadPage(bytes: Uint8Array): Page {
  const { text, encoding } = decode(bytes);
  return { document: fromHtml(text), locate: createLocator(text), encoding };
}
