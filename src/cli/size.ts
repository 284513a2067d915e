import { InputError } from '../load/errors.js';
import { UsageError } from './exit.js';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** "64MB", "500k", "1g" or plain bytes; binary multiples, as file sizes are counted. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?) ?([a-z]*)$/i.exec(text.trim());
  const unit = match ? UNITS[(match[2] ?? '').toLowerCase()] : undefined;
  if (!match || unit === undefined) throw new UsageError(`invalid size "${text}" (examples: 64MB, 500K, 1G)`);
  return Math.floor(Number(match[1]) * unit);
}

export function formatSize(bytes: number): string {
  for (const [unit, size] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** The one wording of "over --max-size", for a file, standard input or an address. */
export function tooLarge(name: string, maxBytes: number): InputError {
  return new InputError('too-large', `${name} is larger than the ${formatSize(maxBytes)} limit (raise it with --max-size)`);
}
