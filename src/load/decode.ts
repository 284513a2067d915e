import { constants, isUtf8 } from 'node:buffer';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import { InputError } from './errors.js';

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding the bytes were read with. */
  encoding: string;
}

const BOMS: ReadonlyArray<readonly [number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The encoding a byte-order mark names ("utf-8", "utf-16le", "utf-16be"), if the bytes open with one. */
export function bomEncoding(bytes: Uint8Array): string | undefined {
  return BOMS.find(([bom]) => bom.every((byte, i) => bytes[i] === byte))?.[1];
}

const PRESCAN_BYTES = 1024;
const PRESCAN_STEP = 64;

/**
 * A declaration in the first kilobyte, found the way a browser's prescan
 * finds it. The prescan is fed a little at a time and stopped at the first
 * `<meta>` that declares an encoding, which nothing after it can override:
 * pages declare theirs near the top, and the sniffer reads a byte at a time.
 */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const sniffer = new Sniffer();
  const end = Math.min(bytes.length, PRESCAN_BYTES);
  for (let at = 0; at < end && sniffer.resultType > ResultType.META_TAG; at += PRESCAN_STEP) {
    sniffer.write(bytes.subarray(at, Math.min(at + PRESCAN_STEP, end)));
  }
  const declared = sniffer.resultType === ResultType.META_TAG || sniffer.resultType === ResultType.XML_ENCODING;
  return declared ? sniffer.encoding : undefined;
}

export interface DecodeOptions {
  /** The charset an HTTP `Content-Type` or an MHTML part header gave the bytes. */
  transportCharset?: string | undefined;
  /** The longest text to make; V8's limit on a string (about 512 MiB) unless a test injects a smaller one. */
  maxLength?: number;
}

function tooLong(maxLength: number): InputError {
  return new InputError('too-large', `the page is longer than ${maxLength} characters, the most a JavaScript string can hold`);
}

/**
 * Decodes, and names the encoding as the WHATWG Encoding Standard does
 * ("utf-8", "windows-1252"). Text longer than a string can be is an input
 * error, checked before decoding where it can be: Node aborts the whole
 * process on a single-byte decoding past the limit, and throws on UTF-8.
 */
function decodeWith(bytes: Uint8Array, label: string, maxLength: number): Decoded {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    throw new InputError('undecodable', `the page declares an unknown character encoding "${label}"`);
  }
  // No encoding makes more UTF-16 units than bytes, and UTF-16 makes one per two bytes.
  const mostUnits = decoder.encoding.startsWith('utf-16') ? Math.ceil(bytes.length / 2) : bytes.length;
  if (mostUnits > maxLength && decoder.encoding !== 'utf-8') throw tooLong(maxLength);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG') throw tooLong(maxLength);
    throw error;
  }
  if (text.length > maxLength) throw tooLong(maxLength);
  return { text, encoding: decoder.encoding };
}

/**
 * Whether bytes that are not strictly UTF-8 are still overwhelmingly so: at
 * least four well-formed multi-byte sequences for each byte that fits none.
 * Text in a single-byte encoding almost never forms such sequences ("ä" is one
 * byte followed by ASCII), so a page that lost its declaration and has a
 * stray byte somewhere stays UTF-8, as browsers' detectors read it, instead
 * of turning every "ä" into "Ã¤".
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let sequences = 0;
  let strays = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      strays++;
      i++;
    } else {
      if (length > 1) sequences++;
      i += length;
    }
  }
  return sequences > 0 && sequences >= 4 * strays;
}

/** The length of the well-formed UTF-8 sequence at `i`, or 0 (RFC 3629's table: no overlongs, no surrogates). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const first = bytes[i] ?? 0;
  if (first < 0x80) return 1;
  const continuation = (at: number, low = 0x80, high = 0xbf) => {
    const byte = bytes[at];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (first >= 0xc2 && first <= 0xdf) return continuation(i + 1) ? 2 : 0;
  if (first >= 0xe0 && first <= 0xef) {
    const low = first === 0xe0 ? 0xa0 : 0x80;
    const high = first === 0xed ? 0x9f : 0xbf;
    return continuation(i + 1, low, high) && continuation(i + 2) ? 3 : 0;
  }
  if (first >= 0xf0 && first <= 0xf4) {
    const low = first === 0xf0 ? 0x90 : 0x80;
    const high = first === 0xf4 ? 0x8f : 0xbf;
    return continuation(i + 1, low, high) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
  }
  return 0;
}

function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/** A transport's charset label, if the Encoding Standard knows it: browsers pass over one they do not. */
function knownLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/**
 * Bytes to text as a browser does it — a byte-order mark, then the charset the
 * transport gave (an HTTP `Content-Type`, an MHTML part's header), then the
 * page's own declaration — with one deliberate difference: a page that
 * declares nothing is tried as strict UTF-8 before windows-1252, because a
 * saved page that lost its headers is far more often UTF-8 than Latin-1 today;
 * and one that is overwhelmingly UTF-8 but for a few stray bytes stays UTF-8,
 * with replacement characters where it is not (see `mostlyUtf8`).
 */
export function decode(bytes: Uint8Array, { transportCharset, maxLength = constants.MAX_STRING_LENGTH }: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new InputError('empty', 'the input is empty');
  const bom = bomEncoding(bytes);
  if (bom) return decodeWith(bytes, bom, maxLength);
  const transport = knownLabel(transportCharset);
  // UTF-16 without a byte-order mark is all NUL bytes to the binary check: the transport's word is enough.
  if (transport?.startsWith('utf-16')) return decodeWith(bytes, transport, maxLength);
  if (looksBinary(bytes)) throw new InputError('binary', 'the input is binary data, not an HTML page');
  if (transport) return decodeWith(bytes, transport, maxLength);
  const declared = declaredEncoding(bytes);
  if (declared) return decodeWith(bytes, declared, maxLength);
  // Validated first (in native code), so that the bytes are decoded once, not tried and decoded again.
  return decodeWith(bytes, isUtf8(bytes) || mostlyUtf8(bytes) ? 'utf-8' : 'windows-1252', maxLength);
}
