import { randomBytes } from 'node:crypto';
import { createWriteStream, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { InputError } from '../load/errors.js';
import { OutputError } from './exit.js';
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
}

async function readStream(stream: Readable, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) throw tooLarge('standard input', maxBytes);
    chunks.push(buffer);
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
};

/** Reads a path, standard input for "-", or an http(s) address, refusing anything over `maxBytes` before reading it. */
export async function readInput(path: string, io: Pick<CliIO, 'stdin' | 'cwd'>, maxBytes: number, timeoutSeconds?: number): Promise<Uint8Array> {
  if (path === '-') return readStream(io.stdin, maxBytes);
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

/**
 * Writes the whole text or nothing: to a temporary file beside the target,
 * then renamed over it, so a reader never sees half a document.
 */
export async function writeAtomically(path: string, text: string, io: CliIO): Promise<void> {
  const { target, temporary } = temporaryFor(path, io);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw outputError(path, error);
  }
}

function temporaryFor(path: string, io: CliIO): { target: string; temporary: string } {
  const target = resolve(io.cwd, path);
  return { target, temporary: join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`) };
}

function outputError(path: string, error: unknown): OutputError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new OutputError(`${path}: cannot write the output (${FS_PROBLEMS[code] ?? (code || 'error')})`);
}

export interface Sink {
  write(text: string): void;
  /** Makes the output final: for a file, renames it into place. */
  commit(): Promise<void>;
  /** Drops a file that was being written. */
  abort(): Promise<void>;
}

/**
 * A stream of output written as it is produced: to standard output, or to a
 * temporary file renamed into place only once the stream is complete.
 */
export async function openSink(output: string | undefined, io: CliIO): Promise<Sink> {
  if (!output) return { write: (text) => void io.stdout.write(text), commit: async () => undefined, abort: async () => undefined };
  const { target, temporary } = temporaryFor(output, io);
  const stream = createWriteStream(temporary, { flags: 'wx' });
  await new Promise<void>((resolveOpen, rejectOpen) => {
    stream.once('open', () => resolveOpen());
    stream.once('error', (error) => rejectOpen(outputError(output, error)));
  });
  return {
    write: (text) => void stream.write(text),
    commit: async () => {
      stream.end();
      await once(stream, 'close');
      try {
        renameSync(temporary, target);
      } catch (error) {
        throw outputError(output, error);
      }
    },
    abort: async () => {
      stream.destroy();
      rmSync(temporary, { force: true });
    },
  };
}

/** Data goes to the output file when one is named, else to standard output. */
export async function writeData(text: string, output: string | undefined, io: CliIO): Promise<void> {
  if (output) await writeAtomically(output, text, io);
  else io.stdout.write(text);
}
