import { InputError } from '../load/errors.js';
import { parseHeaderValue } from '../load/unpack/mime.js';
import type { Transport } from '../load/unpack/types.js';
import { isUrl, withoutPassword } from '../text/address.js';
import { safe } from '../text/escape.js';
import { tooLarge } from './size.js';

/** How long a page may take to answer and arrive, unless --timeout says otherwise. */
export const DEFAULT_TIMEOUT_SECONDS = 30;
/** A timer waits whole milliseconds, at most 2³¹ − 1 of them (24 days; more fires at once): a longer --timeout is that. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const MAX_REDIRECTS = 5;
const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

export { isUrl } from '../text/address.js';

/** What the response said of the bytes `fetchPage` returned, for the pipeline's decoding and `document.url`. */
const transports = new WeakMap<Uint8Array, Transport>();

export function transportOf(bytes: Uint8Array): Transport | undefined {
  return transports.get(bytes);
}

/** Says what a response said of bytes fetched elsewhere (by another thread), as `fetchPage` does of its own. */
export function rememberTransport(bytes: Uint8Array, transport: Transport): void {
  transports.set(bytes, transport);
}

export interface FetchOptions {
  maxBytes: number;
  timeoutSeconds?: number | undefined;
  /** The run's cancellation (a signal from bin/): a page that never answers must not hold the run past it. */
  cancel?: AbortSignal | undefined;
}

function shown(url: string): string {
  return safe(withoutPassword(url));
}

function failure(url: string, message: string): InputError {
  return new InputError('unreachable', `${shown(url)}: ${message}`);
}

/** The network's error codes a reader meets most, in words; the code follows them, for a search. */
const NETWORK_PROBLEMS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be looked up',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host cannot be reached',
  ENETUNREACH: 'the network cannot be reached',
  UND_ERR_SOCKET: 'the connection closed before the answer was complete',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'the answer was not as long as its Content-Length said',
  UND_ERR_HEADERS_OVERFLOW: 'the answer\'s headers are too large',
};

/** Why a request failed, in a few words: a time-out, or the network's own error, worded where it is a common one. */
function networkProblem(error: unknown, signal: AbortSignal, seconds: number): string {
  if (signal.aborted) return `no complete answer within ${seconds} s (raise it with --timeout)`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code;
  const words = code === undefined ? undefined : NETWORK_PROBLEMS[code];
  if (words) return `cannot be fetched: ${words} (${safe(code as string)})`;
  return `cannot be fetched (${safe(code ?? cause?.message ?? (error as Error).message)})`;
}

/** The body, read only as far as the limit: a server that sends more is cut off, not waited for. */
async function readBody(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(shown(url), maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let chunk = await reader?.read(); reader && chunk && !chunk.done; chunk = await reader.read()) {
    size += chunk.value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(shown(url), maxBytes);
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

/**
 * Where a redirect leads, if it is an http(s) address: a server must not make
 * the tool read a local file or a page it wrote into a data: address.
 */
function redirectTarget(url: string, status: number, location: string, from: string): string {
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    throw failure(url, `HTTP ${status} redirect to an invalid address (${safe(location)})`);
  }
  if (!isUrl(target.href)) throw failure(url, `HTTP ${status} redirect to a ${safe(target.protocol)} address, which is not fetched`);
  if (target.username || target.password) throw failure(url, `HTTP ${status} redirect to an address with a user name or password, which is not fetched`);
  return target.href;
}

/**
 * Fetches a page with Node's own fetch, as a browser would: following up to
 * five redirects, keeping the charset of the `Content-Type` header and the
 * final address. A time-out covers the whole exchange, body included; a
 * non-2xx answer or a network error is an input error naming it.
 */
export async function fetchPage(url: string, options: FetchOptions): Promise<Uint8Array> {
  const seconds = options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  const signal = AbortSignal.timeout(Math.min(Math.ceil(seconds * 1000), MAX_TIMER_MS));
  const ended = options.cancel ? AbortSignal.any([signal, options.cancel]) : signal;
  if (/^https?:\/\/[^/?#]*@/i.test(url)) {
    throw failure(url, "an address with a user name or password is not fetched (pass the page's address without them)");
  }
  let address = url;
  for (let redirects = 0; ; redirects++) {
    let response: Response;
    try {
      response = await fetch(address, { redirect: 'manual', signal: ended, headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    } catch (error) {
      throw failure(url, networkProblem(error, signal, seconds));
    }
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location) throw failure(url, `HTTP ${response.status} redirect without a Location`);
      if (redirects === MAX_REDIRECTS) throw failure(url, `more than ${MAX_REDIRECTS} redirects`);
      address = redirectTarget(url, response.status, location, address);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw failure(url, `HTTP ${response.status}${response.statusText ? ` ${safe(response.statusText)}` : ''}`);
    }
    let bytes: Uint8Array;
    try {
      bytes = await readBody(response, url, options.maxBytes);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw failure(url, networkProblem(error, signal, seconds));
    }
    transports.set(bytes, { charset: parseHeaderValue(response.headers.get('content-type') ?? '').params['charset'], url: address });
    return bytes;
  }
}
