import { composeMarks } from './compose.js';
import { decode } from './decode.js';
import { InputError } from './errors.js';
import type { HtmlPage } from './htmlPage.js';
import { readHtml } from './readHtml.js';
import { createLocator, type Position } from './positions.js';
import { unpack, unpackText, type Unpacked, type UnpackOptions } from './unpack/index.js';

export interface Page extends HtmlPage {
  /** Line and column in the decoded text of a source offset. */
  locate: (offset: number) => Position;
  encoding: string;
}

/**
 * The documents a page holds: bytes are unpacked (gzip, MHTML, a feed's
 * entries); text was decoded by whoever holds it, and is read as it stands,
 * named as the UTF-8 it would be saved as (its sha256 is of that too).
 */
export function documentsOf(page: string | Uint8Array, options: UnpackOptions = {}): Unpacked[] {
  if (typeof page !== 'string') return unpack(page, options);
  if (page.length === 0) throw new InputError('empty', 'the input is empty');
  return unpackText(page);
}

/** One unpacked document's text, and where it came from. */
export function decodeDocument(content: Unpacked['content']): { text: string; encoding: string } {
  return 'text' in content ? content : decode(content.bytes, { transportCharset: content.charset });
}

/**
 * A document's text, its letters composed, read in one pass, knowing where it came from: lines and columns are of
 * the text as given, counted from the composed text (composing joins no lines), which is all that is kept of it.
 */
export function loadDocument({ text, encoding }: { text: string; encoding: string }): Page {
  const { text: composed, original } = composeMarks(text);
  const locateComposed = createLocator(composed);
  const locate =
    composed === text
      ? locateComposed
      : (offset: number): Position => {
          const { line, column } = locateComposed(offset);
          return { line, column: original(offset) - original(offset - column + 1) + 1 };
        };
  return { ...readHtml(composed), locate, encoding };
}

/** Bytes, or text already decoded, read: the page itself, or the first document its container holds. */
export function loadPage(page: string | Uint8Array, options: UnpackOptions = {}): Page {
  return loadDocument(decodeDocument((documentsOf(page, options)[0] as Unpacked).content));
}
