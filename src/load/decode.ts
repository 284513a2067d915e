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

function bomEncoding(bytes: Uint8Array): string | undefined {
  return BOMS.find(([bom]) => bom.every((byte, i) => bytes[i] === byte))?.[1];
}

/** A declaration in the first kilobyte, found the way a browser's prescan finds it. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const sniffer = new Sniffer();
  sniffer.write(bytes.subarray(0, 1024));
  const declared = sniffer.resultType === ResultType.META_TAG || sniffer.resultType === ResultType.XML_ENCODING;
  return declared ? sniffer.encoding : undefined;
}

/** Decodes, and names the encoding as the WHATWG Encoding Standard does ("utf-8", "windows-1252"). */
function decodeWith(bytes: Uint8Array, label: string, fatal = false): Decoded {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal });
  } catch {
    throw new InputError('undecodable', `the page declares an unknown character encoding "${label}"`);
  }
  return { text: decoder.decode(bytes), encoding: decoder.encoding };
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
 * saved page that lost its headers is far more often UTF-8 than Latin-1 today.
 */
export function decode(bytes: Uint8Array, transportCharset?: string): Decoded {
  if (bytes.length === 0) throw new InputError('empty', 'the input is empty');
  const bom = bomEncoding(bytes);
  if (bom) return decodeWith(bytes, bom);
  const transport = knownLabel(transportCharset);
  // UTF-16 without a byte-order mark is all NUL bytes to the binary check: the transport's word is enough.
  if (transport?.startsWith('utf-16')) return decodeWith(bytes, transport);
  if (looksBinary(bytes)) throw new InputError('binary', 'the input is binary data, not an HTML page');
  if (transport) return decodeWith(bytes, transport);
  const declared = declaredEncoding(bytes);
  if (declared) return decodeWith(bytes, declared);
  try {
    return decodeWith(bytes, 'utf-8', true);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return decodeWith(bytes, 'windows-1252');
  }
}
