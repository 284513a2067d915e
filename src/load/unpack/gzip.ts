import { builtinOnDemand } from '../../builtinOnDemand.js';
import { constants } from 'node:buffer';
import { InputError } from '../errors.js';
import { formatSize } from '../formatSize.js';

/**
 * Gunzips, refusing to produce more than `maxBytes`: a few kilobytes of gzip
 * can unpack to gigabytes, so the size limit holds for what comes out, not
 * only for what goes in. No Buffer is larger than `constants.MAX_LENGTH`, and
 * zlib refuses a bigger limit outright, so a larger --max-size stops there.
 */
export function gunzip(bytes: Uint8Array, maxBytes: number): Uint8Array {
  const limit = Math.min(maxBytes, constants.MAX_LENGTH);
  // node:zlib only for gzip data: every other run would load it for nothing.
  const { gunzipSync } = builtinOnDemand('node:zlib');
  try {
    return gunzipSync(bytes, { maxOutputLength: limit });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      if (limit < maxBytes) throw new InputError('too-large', `the gzip data unpacks to more than ${formatSize(limit)}, the most this tool can hold`);
      throw new InputError('too-large', `the gzip data unpacks to more than the ${formatSize(maxBytes)} limit`, 'page', true);
    }
    throw new InputError('undecodable', `the gzip data is damaged (${(error as Error).message})`);
  }
}
