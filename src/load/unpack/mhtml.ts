import { decode as decodeQuotedPrintable } from 'libqp';
import { safe } from '../../text/escape.js';
import { InputError } from '../errors.js';
import { parseHeaders, parseHeaderValue } from './mime.js';
import type { Unpacked } from './types.js';

interface Part {
  headers: Map<string, string>;
  /** The body as one character a byte, still in its transfer encoding. */
  body: string;
}

/** Splits at the first blank line: the header block, then the body. */
function splitHeaders(text: string): Part {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return { headers: parseHeaders(text), body: '' };
  return { headers: parseHeaders(text.slice(0, match.index)), body: text.slice(match.index + match[0].length) };
}

/**
 * The parts of a multipart body (RFC 2046): each delimiter is "--boundary" at
 * the start of a line, and the line break before it belongs to the delimiter.
 * The closing delimiter "--boundary--" ends the list.
 */
function multipartParts(body: string, boundary: string): Part[] {
  const delimiter = `--${boundary}`;
  const parts: Part[] = [];
  let at = body.startsWith(delimiter) ? 0 : body.indexOf(`\n${delimiter}`);
  while (at >= 0) {
    const lineStart = body[at] === '\n' ? at + 1 : at;
    const afterDelimiter = lineStart + delimiter.length;
    if (body.startsWith('--', afterDelimiter)) break;
    const contentStart = body.indexOf('\n', afterDelimiter);
    if (contentStart < 0) break;
    const next = body.indexOf(`\n${delimiter}`, contentStart);
    const end = next < 0 ? body.length : next;
    parts.push(splitHeaders(body.slice(contentStart + 1, body[end - 1] === '\r' ? end - 1 : end)));
    at = next;
  }
  return parts;
}

/** The transfer encodings of RFC 2045: the last three leave the bytes as they are. */
const IDENTITY_ENCODINGS: ReadonlySet<string> = new Set(['7bit', '8bit', 'binary']);

function transferDecode(part: Part): Uint8Array {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(Buffer.from(part.body, 'latin1'));
  if (encoding === 'base64') return Buffer.from(part.body, 'base64');
  if (IDENTITY_ENCODINGS.has(encoding)) return Buffer.from(part.body, 'latin1');
  throw new InputError('unsupported', `the input is an MHTML file whose HTML part is in the transfer encoding "${safe(encoding)}", which this tool does not read`);
}

const contentType = (part: Part) => parseHeaderValue(part.headers.get('content-type') ?? 'text/plain');
const contentId = (value: string | undefined) => value?.trim().replace(/^<|>$/g, '');

/**
 * The page of an MHTML file ("Save as single file" in Chrome and Edge, .mht
 * in Internet Explorer): a `multipart/related` MIME message whose root part —
 * the one its `start` parameter names, else the first HTML part — is the page,
 * quoted-printable or base64, with its charset in the part's header. The other
 * parts are the page's images and style sheets.
 */
export function unpackMhtml(bytes: Uint8Array): Unpacked {
  const message = splitHeaders(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'));
  const { params } = contentType(message);
  if (!params['boundary']) throw new InputError('not-html', 'the input is an MHTML file whose multipart body names no boundary');
  const parts = multipartParts(message.body, params['boundary']);
  const start = contentId(params['start']);
  const root =
    (start && parts.find((part) => contentId(part.headers.get('content-id')) === start)) ||
    parts.find((part) => ['text/html', 'application/xhtml+xml'].includes(contentType(part).value));
  if (!root) throw new InputError('not-html', 'the input is an MHTML file that holds no HTML page');
  const page = transferDecode(root);
  if (page.length === 0) throw new InputError('empty', 'the input is an MHTML file whose HTML part is empty');
  return {
    content: { bytes: page, charset: contentType(root).params['charset'] },
    stated: {},
    location: root.headers.get('content-location') ?? message.headers.get('snapshot-content-location'),
  };
}
