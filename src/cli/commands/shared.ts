import { extractExplained, missingFacts } from '../../pipeline.js';
import type { LeftOut } from '../../warnings.js';
import { bomEncoding, decode } from '../../load/decode.js';
import { detectContainer } from '../../load/unpack/detect.js';
import { handOver, type HandedOver } from '../../load/handedOver.js';
import type { Extraction } from '../../schema/output.js';
import { readSavedExtraction, SavedExtractionError } from '../../check/saved.js';
import { InputError } from '../../load/errors.js';
import { resolve } from 'node:path';
import { readInput, type CliIO } from '../io.js';
import { RAISE_MAX_SIZE } from '../size.js';
import { inputName } from '../../text/escape.js';
import { isUrl, rememberTransport, transportOf } from '../fetch.js';
import type { Transport } from '../../load/unpack/types.js';

export interface SourceOptions {
  linked?: string | undefined;
  maxSize: number;
  /** Seconds an http(s) page may take (--timeout). */
  timeout?: number | undefined;
}

const linkedPages = new Map<string, Promise<Uint8Array>>();

/** The page given with --linked, read once however many pages a run extracts. */
function readLinkedPage(path: string, io: Pick<CliIO, 'stdin' | 'cwd'>, options: SourceOptions): Promise<Uint8Array> {
  const key = linkedKey(path, io.cwd);
  let bytes = linkedPages.get(key);
  if (!bytes) {
    bytes = readInput(path, io, options.maxSize, options.timeout);
    linkedPages.set(key, bytes);
  }
  return bytes;
}

/** The --linked page as one thread read it, for another: its bytes and what their HTTP response said. */
export interface LinkedPage {
  path: string;
  bytes: Uint8Array;
  transport: Transport | undefined;
}

/** Reads the --linked page once for a whole batch: standard input can be read once, and an address fetched once. */
export async function readLinked(path: string, io: Pick<CliIO, 'stdin' | 'cwd'>, options: SourceOptions): Promise<LinkedPage> {
  const bytes = await readLinkedPage(path, io, options);
  return { path, bytes, transport: transportOf(bytes) };
}

/** Makes a page read by another thread this thread's --linked page, so it is not read again. */
export function useLinked(linked: LinkedPage, cwd: string): void {
  if (linked.transport) rememberTransport(linked.bytes, linked.transport);
  linkedPages.set(linkedKey(linked.path, cwd), Promise.resolve(linked.bytes));
}

function linkedKey(path: string, cwd: string): string {
  return path === '-' || isUrl(path) ? path : resolve(cwd, path);
}

/**
 * Runs a stage that reads the page's bytes. The library's input errors know
 * nothing of files; here they name theirs, as the errors of reading it do —
 * in a batch of thousands, a message without a path is no use.
 */
function naming<T>(path: string, stage: () => T, linkedPath?: string): T {
  try {
    return stage();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const name = error.input === 'linked' && linkedPath !== undefined ? linkedPath : path;
    const advice = error.raisable ? ` ${RAISE_MAX_SIZE}` : '';
    throw new InputError(error.problem, `${inputName(name)}: ${error.message}${advice}`, error.input);
  }
}

/** A page read and handed over (see `HandedOver`), with what its HTTP response said of it. */
interface ReadPage {
  page: HandedOver<Uint8Array>;
  transport: Transport | undefined;
}

/** Reads a page, in a frame of its own that holds its bytes no longer than this. */
async function readPage(path: string, io: Pick<CliIO, 'stdin' | 'cwd'>, options: SourceOptions): Promise<ReadPage> {
  const bytes = await readInput(path, io, options.maxSize, options.timeout);
  return { page: handOver(bytes), transport: transportOf(bytes) };
}

/** Reads a page (and the page its footnote links to, if given) and extracts the post. */
export async function extractFile(path: string, options: SourceOptions, io: Pick<CliIO, 'stdin' | 'cwd'>): Promise<Extraction> {
  return (await extractRead(path, await readPage(path, io, options), options, io)).extraction;
}

/** The post in a page read, with the --linked page and what their HTTP responses said of them. */
async function extractRead(path: string, { page, transport }: ReadPage, options: SourceOptions, io: Pick<CliIO, 'stdin' | 'cwd'>): Promise<{ extraction: Extraction; leftOut: LeftOut }> {
  const linked = options.linked ? await readLinkedPage(options.linked, io, options) : undefined;
  return naming(path, () => extractExplained(page, { linked, transport, linkedTransport: linked && transportOf(linked), maxBytes: options.maxSize }), options.linked);
}

const SPACE = [0x20, 0x09, 0x0a, 0x0d, 0x0c];

/**
 * Whether bytes open with a tag (after any byte-order mark and white space),
 * without decoding them: a page is decoded once, by the pipeline. UTF-16 is
 * read a code unit at a time: a saved extraction is UTF-16 too where Windows
 * PowerShell 5's `>` wrote it.
 */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  const bom = bomEncoding(bytes);
  const utf16 = bom === 'utf-16le' ? 'le' : bom === 'utf-16be' ? 'be' : undefined;
  const unit = (at: number): number | undefined => {
    if (!utf16) return bytes[at];
    const [low, high] = utf16 === 'le' ? [bytes[at], bytes[at + 1]] : [bytes[at + 1], bytes[at]];
    return low === undefined || high === undefined ? undefined : low | (high << 8);
  };
  const width = utf16 ? 2 : 1;
  let at = utf16 ? 2 : bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (SPACE.includes(unit(at) ?? -1)) at += width;
  return unit(at) === 0x3c;
}

/** What `check` and `diff` compare: an extraction, whether it was a page or a saved one, and what a page stated but it left out. */
export interface Source {
  extraction: Extraction;
  input: 'page' | 'extraction';
  /** Empty for a saved extraction, whose warnings name no fact by id. */
  leftOut: LeftOut;
}

/**
 * An extraction from a file that holds either a page or an earlier
 * extraction saved as JSON or YAML — so `diff` and `check` can take a stored
 * result where they take a capture — and which of the two it was.
 */
export async function loadSource(path: string, options: SourceOptions, io: CliIO): Promise<Source> {
  const read = await readPage(path, io, options);
  if (read.page.peek((bytes) => looksLikeMarkup(bytes) || detectContainer(bytes) !== 'html')) {
    return { ...(await extractRead(path, read, options, io)), input: 'page' };
  }
  const { text } = naming(path, () => decode(read.page.take()));
  const { fromYaml } = await import('../../emit/yaml.js');
  let data: unknown;
  try {
    data = fromYaml(text);
  } catch (error) {
    throw new InputError('not-html', `${inputName(path)}: neither an HTML page nor a saved extraction (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    return { extraction: readSavedExtraction(data), input: 'extraction', leftOut: new Map() };
  } catch (error) {
    if (!(error instanceof SavedExtractionError)) throw error;
    throw new InputError('not-html', `${inputName(path)}: neither an HTML page nor a valid extraction (schemaVersion 1): ${error.message}`);
  }
}

export function describeMissing(path: string, extraction: Extraction): string {
  return `${inputName(path)}: incomplete: not found: ${missingFacts(extraction).join(', ')}`;
}
