import { gunzipSync } from 'node:zlib';
import { InputError } from '../errors.js';
import { formatSize } from '../../cli/size.js';

/**
 * Gunzips, refusing to produce more than `maxBytes`: a few kilobytes of gzip
 * can unpack to gigabytes, so the size limit holds for what comes out, not
 * only for what goes in.
 */
export function gunzip(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw new InputError('too-large', `the gzip data unpacks to more than the ${formatSize(maxBytes)} limit (raise it with --max-size)`);
    }
    throw new InputError('undecodable', `the gzip data is damaged (${(error as Error).message})`);
  }
}
