import { missingFacts } from '../../pipeline.js';
import { EXIT, exitCodeFor, type ExitCode } from '../exit.js';
import type { CliIO } from '../io.js';
import { describeMissing, extractFile, type SourceOptions } from '../commands/shared.js';

export interface PageOptions extends SourceOptions {
  partial: boolean;
}

export interface PageResult {
  code: ExitCode;
  /** The page's line of the output stream: its document, or its error. */
  record: Record<string, unknown>;
  /** The one-line message for standard error, when the page failed. */
  message: string | null;
}

/**
 * One page of a batch, as a record that carries its path. A failure is a
 * record too, so the stream goes on past it and keeps its order.
 */
export async function extractPage(path: string, options: PageOptions, io: Pick<CliIO, 'stdin' | 'cwd'>): Promise<PageResult> {
  try {
    const extraction = await extractFile(path, options, io);
    if (missingFacts(extraction).length === 0) return { code: EXIT.ok, record: { path, ...extraction }, message: null };
    const message = describeMissing(path, extraction);
    const record = options.partial ? { path, ...extraction } : { path, error: { exitCode: EXIT.incomplete, message } };
    return { code: EXIT.incomplete, record, message };
  } catch (error) {
    const code = exitCodeFor({ kind: 'failed', error });
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return { code, record: { path, error: { exitCode: code, message } }, message };
  }
}
