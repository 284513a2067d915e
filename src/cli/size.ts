import { InputError } from '../load/errors.js';
import { formatSize } from '../load/formatSize.js';
import { UsageError } from './exit.js';
import { withoutPassword } from '../text/address.js';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/**
 * "64MB", "500k", "1g" or plain bytes; binary multiples, as file sizes are
 * counted. A fraction of a multiple is rounded down to whole bytes ("1.3K" is
 * 1 331); a fraction of a byte, or a limit that no page could be under, is a
 * mistake, not a limit of 1 or 0 bytes.
 */
export function parseSize(text: string): number {
  const shown = withoutPassword(text);
  const match = /^(\d+(?:\.\d+)?) ?([a-z]*)$/i.exec(text.trim());
  const unit = match ? UNITS[(match[2] ?? '').toLowerCase()] : undefined;
  if (!match || unit === undefined) throw new UsageError(`invalid size "${shown}" (examples: 64MB, 500K, 1G)`);
  const value = Number(match[1]);
  if (unit === 1 && !Number.isInteger(value)) throw new UsageError(`invalid size "${shown}": a size in bytes is a whole number of bytes`);
  const bytes = Math.floor(value * unit);
  if (bytes < 1) throw new UsageError(`invalid size "${shown}": a page is at least one byte`);
  return bytes;
}

export { formatSize };

/** What the CLI adds to a library error about a limit that --max-size sets. */
export const RAISE_MAX_SIZE = '(raise it with --max-size)';

/** The one wording of "over --max-size", for a file, standard input or an address. */
export function tooLarge(name: string, maxBytes: number): InputError {
  return new InputError('too-large', `${withoutPassword(name)} is larger than the ${formatSize(maxBytes)} limit ${RAISE_MAX_SIZE}`, 'page', true);
}
