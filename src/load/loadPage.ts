import type { Document } from 'domhandler';
import { decode, type Decoded } from './decode.js';
import { InputError } from './errors.js';
import { fromHtml } from './fromHtml.js';
import { createLocator, type Position } from './positions.js';

export interface Page {
  document: Document;
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

/** Bytes, or text already decoded, to a DOM that knows where its text came from. */
export function loadPage(page: string | Uint8Array): Page {
  const { text, encoding } = typeof page === 'string' ? asDecoded(page) : decode(page);
  return { document: fromHtml(text), locate: createLocator(text), encoding };
}
