/**
 * What a capture is, from its first bytes — never from its file name, which a
 * pipe or a download may not have.
 */
export type Container = 'gzip' | 'mhtml' | 'feed' | 'html';

/** Formats recognised only to be refused: each with what the user can do instead. */
const UNSUPPORTED: ReadonlyArray<{ magic: number[]; name: string; advice: string }> = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document', advice: "save the post from the browser as a web page (HTML or MHTML) instead" },
  { magic: [0x57, 0x41, 0x52, 0x43, 0x2f], name: 'a WARC web archive', advice: "extract the post's response record (for example with warcio) and pass its HTML" },
  { magic: [0x50, 0x4b, 0x03, 0x04], name: 'a zip archive', advice: 'unzip it and pass the HTML page inside' },
  { magic: [0x42, 0x5a, 0x68], name: 'bzip2-compressed data', advice: 'decompress it (bunzip2) or save it gzip-compressed' },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: 'xz-compressed data', advice: 'decompress it (unxz) or save it gzip-compressed' },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], name: 'zstd-compressed data', advice: 'decompress it (unzstd) or save it gzip-compressed' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: 'a 7-Zip archive', advice: 'extract it and pass the HTML page inside' },
];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);

/** A refusal message for a format this tool recognises but does not read, or undefined. */
export function unsupportedFormat(bytes: Uint8Array): string | undefined {
  const format = UNSUPPORTED.find(({ magic }) => startsWith(bytes, magic));
  return format && `the input is ${format.name}, which this tool does not read: ${format.advice}`;
}

/** The start of the input as one byte a character, after a UTF-8 byte-order mark and white space. */
function prefix(bytes: Uint8Array, length: number): string {
  const from = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.min(length, Math.max(0, bytes.length - from))).toString('latin1').trimStart();
}

/** A MIME message's header block: "Name: value" lines up to the first blank line, naming a multipart body. */
const MIME_HEADER = /^[A-Za-z][A-Za-z0-9-]*:/;
const MULTIPART = /^content-type:[ \t]*multipart\//im;

/** The root element of an RSS, Atom or RSS 1.0 (RDF) feed. */
const FEED_ROOT = /^<(?:rss|feed|rdf:RDF)[\s>]/;

/** Whether the first element, past an XML declaration, comments and a doctype, is a feed's root. */
function opensFeed(start: string): boolean {
  const first = start.search(/<[A-Za-z]/);
  return first >= 0 && FEED_ROOT.test(start.slice(first, first + 16));
}

/** What a capture is from its start (past a byte-order mark and white space), once gzip is ruled out. */
function containerOf(start: string): Exclude<Container, 'gzip'> {
  if (MIME_HEADER.test(start)) {
    const headerEnd = start.search(/\r?\n\r?\n/);
    if (MULTIPART.test(headerEnd < 0 ? start : start.slice(0, headerEnd))) return 'mhtml';
  }
  if (opensFeed(start.slice(0, 2048))) return 'feed';
  return 'html';
}

export function detectContainer(bytes: Uint8Array): Container {
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  return containerOf(prefix(bytes, 8192));
}

/**
 * What a capture given as text is. Gzip's second byte is no character of
 * UTF-8: text decoded from gzip holds U+FFFD there, or U+008B as Latin-1.
 */
export function detectTextContainer(text: string): Container {
  if (/^\x1f[\x8b\ufffd]/.test(text)) return 'gzip';
  return containerOf(text.slice(0, 8192).replace(/^\ufeff/, '').trimStart());
}
