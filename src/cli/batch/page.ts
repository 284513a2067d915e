import { missingFacts } from '../../pipeline.js';
import { EXIT, exitCodeFor, type ExitCode } from '../exit.js';
import type { CliIO } from '../io.js';
import { describeMissing, extractFile, type SourceOptions } from '../commands/shared.js';
import { serializerFor } from '../../emit/emit.js';

export interface PageOptions extends SourceOptions {
  partial: boolean;
  format: 'ndjson' | 'yaml';
}

export interface PageResult {
  code: ExitCode;
  /** The page's entry in the output stream, serialized: its document, or its error. */
  text: string;
  /** The one-line message for standard error, when the page failed. */
  message: string | null;
}

/** One record of the stream: an NDJSON line, or a YAML document with its separator. */
export async function recordWriter(format: PageOptions['format']): Promise<(record: Record<string, unknown>) => string> {
  const serialize = await serializerFor(format);
  return format === 'yaml' ? (record) => `---\n${serialize(record)}` : serialize;
}

/**
 * One page of a batch, as a record that carries its path, serialized where it
 * was made (in a worker, off the thread that writes). A failure is a record
 * too, so the stream goes on past it and keeps its order.
 */
export async function extractPage(
  path: string,
  options: PageOptions,
  io: Pick<CliIO, 'stdin' | 'cwd'>,
  write: (record: Record<string, unknown>) => string,
): Promise<PageResult> {
  try {
    const extraction = await extractFile(path, options, io);
    if (missingFacts(extraction).length === 0) return { code: EXIT.ok, text: write({ path, ...extraction }), message: null };
    const message = describeMissing(path, extraction);
    const record = options.partial ? { path, ...extraction } : { path, error: { exitCode: EXIT.incomplete, message } };
    return { code: EXIT.incomplete, text: write(record), message };
  } catch (error) {
    const code = exitCodeFor({ kind: 'failed', error });
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return { code, text: write({ path, error: { exitCode: code, message } }), message };
  }
}
