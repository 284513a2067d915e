import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { addAbortSignal, type Readable, type Writable } from 'node:stream';
import { InputError } from '../load/errors.js';
import { Interrupted, OutputError } from './exit.js';
import { formatSize } from './size.js';
import { fetchPage, isUrl } from './fetch.js';

/** Everything a command may touch of its process, handed in so tests can run it in-process. */
export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /**
   * Aborted when the process is asked to stop (bin/ turns SIGINT and SIGTERM
   * into this), with the signal's name as the reason.
   */
  signal?: AbortSignal | undefined;
}

/** Throws `Interrupted` once the run has been asked to stop. */
export function stopIfInterrupted(io: Pick<CliIO, 'signal'>): void {
  if (io.signal?.aborted) throw new Interrupted(String(io.signal.reason));
}

async function readStream(stream: Readable, maxBytes: number, signal: AbortSignal | undefined): Promise<Uint8Array> {
  // A terminal or a pipe that never ends must not outlive a Ctrl-C.
  if (signal) addAbortSignal(signal, stream);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > maxBytes) throw tooLarge('standard input', maxBytes);
      chunks.push(buffer);
    }
  } catch (error) {
    if (signal?.aborted) throw new Interrupted(String(signal.reason));
    throw error;
  }
  return Buffer.concat(chunks);
}

function tooLarge(name: string, maxBytes: number): InputError {
  return new InputError('too-large', `${name} is larger than the ${formatSize(maxBytes)} limit (raise it with --max-size)`);
}

const FS_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EFBIG: 'file too large',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  EPIPE: 'its reader has gone',
};

/** Reads a path, standard input for "-", or an http(s) address, refusing anything over `maxBytes` before reading it. */
export async function readInput(
  path: string,
  io: Pick<CliIO, 'stdin' | 'cwd'> & Partial<Pick<CliIO, 'signal'>>,
  maxBytes: number,
  timeoutSeconds?: number,
): Promise<Uint8Array> {
  if (path === '-') return readStream(io.stdin, maxBytes, io.signal);
  if (isUrl(path)) return fetchPage(path, { maxBytes, timeoutSeconds });
  const full = resolve(io.cwd, path);
  // Synchronous on purpose: a command that reads one page waits for it anyway,
  // and in a batch a thread-pool round trip per page cost more than the read.
  try {
    const info = statSync(full);
    if (info.isDirectory()) throw new InputError('unreadable', `${path}: is a directory`);
    if (info.size > maxBytes) throw tooLarge(path, maxBytes);
    return readFileSync(full);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(code === 'ENOENT' ? 'missing' : 'unreadable', `${path}: ${FS_PROBLEMS[code] ?? 'cannot be read'}`);
  }
}

function outputError(name: string, error: unknown): OutputError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new OutputError(`${name}: cannot write the output (${FS_PROBLEMS[code] ?? (code || 'error')})`);
}

/** The error of a failed write to standard output, as the run reports it. */
export function stdoutError(error: unknown): OutputError {
  return outputError('standard output', error);
}

/**
 * Writes to a stream and waits until it has taken the text: a full disk or a
 * file-size limit becomes an `OutputError` here instead of passing unseen.
 */
export function writeOut(stream: Writable, text: string): Promise<void> {
  return new Promise((resolveWrite, rejectWrite) => {
    stream.write(text, (error) => (error ? rejectWrite(stdoutError(error)) : resolveWrite()));
  });
}

/**
 * Writes the whole text or nothing: to a temporary file beside the target,
 * then renamed over it, so a reader never sees half a document.
 */
export async function writeAtomically(path: string, text: string, io: CliIO): Promise<void> {
  const { target, temporary } = temporaryFor(path, io);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    stopIfInterrupted(io);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error instanceof Interrupted ? error : outputError(path, error);
  }
}

function temporaryFor(path: string, io: CliIO): { target: string; temporary: string } {
  const target = resolve(io.cwd, path);
  return { target, temporary: join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`) };
}

export interface Sink {
  /** Resolves once the text is written; rejects with an `OutputError` when it cannot be. */
  write(text: string): Promise<void>;
  /** Makes the output final: for a file, renames it into place. */
  commit(): Promise<void>;
  /** Drops a file that was being written. Safe to call at any point, and more than once. */
  abort(): void;
}

/**
 * A stream of output written as it is produced: to standard output, or to a
 * temporary file renamed into place only once the stream is complete. Writes
 * to the file are synchronous, so each one's failure surfaces where it happens.
 */
export function openSink(output: string | undefined, io: CliIO): Sink {
  if (!output) return { write: (text) => writeOut(io.stdout, text), commit: async () => undefined, abort: () => undefined };
  const { target, temporary } = temporaryFor(output, io);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx');
  } catch (error) {
    throw outputError(output, error);
  }
  const close = () => {
    if (fd === undefined) return;
    const open = fd;
    fd = undefined;
    closeSync(open);
  };
  return {
    write: async (text) => {
      try {
        writeFileSync(fd as number, text);
      } catch (error) {
        throw outputError(output, error);
      }
    },
    commit: async () => {
      try {
        close();
        renameSync(temporary, target);
      } catch (error) {
        throw outputError(output, error);
      }
    },
    abort: () => {
      try {
        close();
      } finally {
        rmSync(temporary, { force: true });
      }
    },
  };
}

/** Data goes to the output file when one is named, else to standard output. */
export async function writeData(text: string, output: string | undefined, io: CliIO): Promise<void> {
  stopIfInterrupted(io);
  if (output) await writeAtomically(output, text, io);
  else await writeOut(io.stdout, text);
}
