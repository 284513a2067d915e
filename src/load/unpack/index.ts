import { InputError } from '../errors.js';
import { detectContainer, unsupportedFormat } from './detect.js';
import { unpackFeed } from './feed.js';
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
