import { missingFacts } from '../../pipeline.js';
import { EXIT, exitCodeFor, type ExitCode } from '../exit.js';
import type { CliIO } from '../io.js';
import { describeMissing, extractFile, type SourceOptions } from '../commands/shared.js';
import { serializerFor } from '../../emit/emit.js';
import { ErrorRecord, PagePath } from '../../schema/batch.js';
import type { Extraction, Warning } from '../../schema/output.js';
import { withoutPassword } from '../../text/address.js';

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

/** Serializes the records of a stream (`BatchRecord`), each validated before it is written. */
export interface RecordWriter {
  /**
   * A page's document. The extraction was validated as it was made
   * (`extractPost` returns what `Extraction.parse` gave), so of the record
   * only its path is left to check: a second parse of the whole document
   * would cost a batch a tenth of its time and find nothing new.
   */
  page(path: string, extraction: Extraction): string;
  failure(record: ErrorRecord): string;
}

/** One record of the stream: an NDJSON line, or a YAML document with its separator. */
export async function recordWriter(format: PageOptions['format']): Promise<RecordWriter> {
  const serialize = await serializerFor(format);
  const write = format === 'yaml' ? (record: unknown) => `---\n${serialize(record)}` : serialize;
  return {
    page: (path, extraction) => write({ path: PagePath.parse(withoutPassword(path)), ...extraction }),
    failure: (record) => write(ErrorRecord.parse(record)),
  };
}

function failed(path: string, exitCode: ErrorRecord['error']['exitCode'], message: string, warnings: Warning[]): ErrorRecord {
  return { path: withoutPassword(path), error: { exitCode, message }, warnings };
}

/**
 * One page of a batch, as a record that carries its path, serialized where it
 * was made (in a worker, off the thread that writes). A failure is a record
 * too, so the stream goes on past it and keeps its order; an incomplete page's
 * record keeps the warnings that may explain why (`decoding-damage`,
 * `split-figure`, `conflicting-figures`).
 */
export async function extractPage(
  path: string,
  options: PageOptions,
  io: Pick<CliIO, 'stdin' | 'cwd'>,
  write: RecordWriter,
): Promise<PageResult> {
  let extraction;
  try {
    extraction = await extractFile(path, options, io);
  } catch (error) {
    const code = exitCodeFor({ kind: 'failed', error }) === EXIT.input ? EXIT.input : EXIT.internal;
    const message = error instanceof Error ? error.message : String(error);
    return { code, text: write.failure(failed(path, code, message, [])), message };
  }
  if (missingFacts(extraction).length === 0) return { code: EXIT.ok, text: write.page(path, extraction), message: null };
  const message = describeMissing(path, extraction);
  const warnings = extraction.warnings.filter((warning) => !warning.code.startsWith('missing-'));
  const text = options.partial ? write.page(path, extraction) : write.failure(failed(path, EXIT.incomplete, message, warnings));
  return { code: EXIT.incomplete, text, message };
}
