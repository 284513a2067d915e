import { InputError } from '../errors.js';
import { detectContainer, detectTextContainer, unsupportedFormat } from './detect.js';
import { unpackFeed, unpackFeedText } from './feed.js';
import { gunzip } from './gzip.js';
import { unpackMhtml } from './mhtml.js';
import type { Transport, Unpacked } from './types.js';

export type { StatedMetadata, Transport, Unpacked } from './types.js';

/** The default of `--max-size`, for library callers that set no limit. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export interface UnpackOptions {
  transport?: Transport | undefined;
  /** The most bytes a compressed input may unpack to. */
  maxBytes?: number | undefined;
}

/**
 * The HTML documents a capture holds: the page itself, the page inside a
 * gzip stream or an MHTML file, or each entry of a feed. Detected from the
 * bytes, so a file named .html that holds a feed, or gzip piped to standard
 * input, is read all the same.
 */
export function unpack(bytes: Uint8Array, options: UnpackOptions = {}): Unpacked[] {
  const { transport = {}, maxBytes = DEFAULT_MAX_BYTES } = options;
  const unsupported = unsupportedFormat(bytes);
  if (unsupported) throw new InputError('unsupported', unsupported);
  switch (detectContainer(bytes)) {
    case 'gzip': {
      const inner = gunzip(bytes, maxBytes);
      if (detectContainer(inner) === 'gzip') throw new InputError('unsupported', 'the input is gzip inside gzip: decompress it once (gunzip) and pass the result');
      return unpack(inner, options);
    }
    case 'mhtml':
      return [unpackMhtml(bytes)];
    case 'feed':
      return unpackFeed(bytes, transport.charset);
    case 'html':
      return [{ content: { bytes, charset: transport.charset }, stated: {}, location: transport.url }];
  }
}

/** Characters beyond ASCII, which an MHTML file's parts would have held as bytes in their own charsets. */
const BEYOND_ASCII = /[^\x00-\x7f]/;

/**
 * The documents a capture given as text holds. The text was decoded by
 * whoever holds it, so a feed is read as it stands and a page as itself. An
 * MHTML file's parts name the charsets of their bytes: as text it is read
 * only while it is ASCII (quoted-printable or base64 parts), which maps back
 * to those bytes exactly. Gzip cannot survive being decoded to text at all.
 */
export function unpackText(text: string): Unpacked[] {
  switch (detectTextContainer(text)) {
    case 'gzip':
      throw new InputError('unsupported', 'the input is gzip-compressed data given as text: pass its bytes (a Buffer or Uint8Array), not a string');
    case 'mhtml':
      if (BEYOND_ASCII.test(text)) throw new InputError('unsupported', 'the input is an MHTML file given as text with characters beyond ASCII, whose parts name the charsets of their bytes: pass its bytes (a Buffer or Uint8Array), not a string');
      return [unpackMhtml(Buffer.from(text, 'latin1'))];
    case 'feed':
      return unpackFeedText(text, 'utf-8');
    case 'html':
      return [{ content: { text, encoding: 'utf-8' }, stated: {} }];
  }
}
