import { builtinOnDemand } from '../builtinOnDemand.js';
import { randomBytes } from 'node:crypto';
import { closeSync, constants, createReadStream, fchmodSync, fstatSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Socket } from 'node:net';
import type { Readable, Writable } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import { InputError } from '../load/errors.js';
import { ClosedPipe, Interrupted, OutputError } from './exit.js';
import { tooLarge } from './size.js';
import { fetchPage, isUrl } from './fetch.js';
import { withoutPassword } from '../text/address.js';
import { FS_PROBLEMS, outputError } from './fsProblems.js';
import { outputTarget, statOrUndefined, type OutputTarget } from './outputTarget.js';

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
  /**
   * A full collection of the heap (V8's `gc`, which bin/ reaches for): see `collectorAfterPages`. Absent, pages are
   * left to V8's own collections.
   */
  collectGarbage?: (() => void) | undefined;
}

/**
 * What one page must leave on the heap, from the end of the page before it, for a run of many pages to collect it: a
 * 40 MiB page leaves some 60 MB, the 56 KB post at most a few.
 */
export const GARBAGE_WORTH_COLLECTING = 32 * 1024 * 1024;

/**
 * For a run of many pages (a batch, `check`, `diff`): a function to call after each page but the last, which collects
 * what the page left on the heap when that is much, before the next is read. V8 starts a full collection only when the
 * heap has grown past a limit it sets from the last one, so the garbage of a large page (its text, what was read from
 * it) sat beside the next page's until that page's text grew the heap again: two 40 MiB pages in a batch peaked at 207
 * MiB (165 now), five in `check` at 305 (184), `diff` of two at 207 (166). What a page left is counted from the end of
 * the one before, not from the run's start, so that the garbage of hundreds of small pages, which V8 collects as it
 * goes, never adds up to a collection here: one, forced, leaves V8 collecting more often after it (a batch of 300
 * copies of the post, collected once after some 200, ran 6 % slower). Without `collectGarbage`, nothing.
 */
export function collectorAfterPages(io: Pick<CliIO, 'collectGarbage'>): () => void {
  const collect = io.collectGarbage;
  if (!collect) return () => undefined;
  const { getHeapStatistics } = builtinOnDemand('node:v8');
  let before = getHeapStatistics().used_heap_size;
  return () => {
    const after = getHeapStatistics().used_heap_size;
    if (after - before < GARBAGE_WORTH_COLLECTING) before = after;
    else {
      collect();
      before = getHeapStatistics().used_heap_size;
    }
  };
}

/** Throws `Interrupted` once the run has been asked to stop. */
export function stopIfInterrupted(io: Pick<CliIO, 'signal'>): void {
  if (io.signal?.aborted) throw new Interrupted(String(io.signal.reason));
}

/**
 * `stopIfInterrupted` once a signal that came during synchronous work (a page's extraction, seconds on a large page)
 * has been heard: Node delivers it only when the event loop next polls, which no chain of awaits does. Called before
 * what a run writes is committed, so that such a signal leaves nothing written.
 */
export async function stopIfSignalled(io: Pick<CliIO, 'signal'>): Promise<void> {
  await setImmediate();
  stopIfInterrupted(io);
}

/**
 * Reads a stream to its end, up to `maxBytes`. A signal ends the wait on a
 * terminal or a pipe that never ends, or on a named pipe not yet opened by a
 * writer (whose stream cannot even be destroyed until then).
 */
async function readStream(stream: Readable, name: string, maxBytes: number, signal: AbortSignal | undefined): Promise<Uint8Array> {
  const reading = (async () => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > maxBytes) throw tooLarge(name, maxBytes);
      chunks.push(buffer);
    }
    return Buffer.concat(chunks);
  })();
  reading.catch(() => undefined);
  try {
    return await Promise.race([reading, interruption({ signal })]);
  } finally {
    stream.destroy();
  }
}


/**
 * The descriptor of a regular file given as standard input (`- < page.html`), or undefined (a pipe, a terminal, a
 * stream with no descriptor, a file that states no size, as /proc's do, and may never end). Such a file is read at
 * its size in one buffer: read as a stream, its chunks, joined, held the page twice until a major collection (a
 * 40 MiB page: 205 MB of peak RSS, against 146 MB for its path).
 */
function regularFileOf(stream: Readable): { fd: number; size: number } | undefined {
  const fd = (stream as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return undefined;
  try {
    const info = fstatSync(fd);
    return info.isFile() && info.size > 0 ? { fd, size: info.size } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A regular file on standard input, from where its descriptor stands to its end (as the stream would read it), up to
 * `maxBytes`: what is left of a file larger than that may be under it, so its first `maxBytes` + 1 bytes are read to
 * tell. Never more than the file's size at the start, however it grows.
 */
function readStandardFile(fd: number, size: number, maxBytes: number): Uint8Array {
  try {
    if (size <= maxBytes) return readFileSync(fd);
    const bytes = Buffer.allocUnsafeSlow(maxBytes + 1);
    let filled = 0;
    while (filled < bytes.length) {
      const read = readSync(fd, bytes, filled, bytes.length - filled, null);
      if (read === 0) break;
      filled += read;
    }
    if (filled > maxBytes) throw tooLarge('standard input', maxBytes);
    return bytes.subarray(0, filled);
  } catch (error) {
    throw error instanceof InputError ? error : readError('standard input', error);
  }
}

/**
 * A named pipe is opened without waiting for its writer and read through the
 * event loop, which waits for one: a blocking open would hold a thread of
 * Node's pool that no signal can free, and the process could not end.
 */
function openStream(path: string, info: Stats): Readable {
  if (!info.isFIFO()) return createReadStream(path);
  // node:net (and what it loads) only for a named pipe: every other run would load it for nothing.
  const { Socket } = builtinOnDemand('node:net');
  return new Socket({ fd: openSync(path, constants.O_RDONLY | constants.O_NONBLOCK), readable: true, writable: false });
}

/** Reads a path, standard input for "-", or an http(s) address, refusing anything over `maxBytes` before reading it. */
export async function readInput(
  path: string,
  io: Pick<CliIO, 'stdin' | 'cwd'> & Partial<Pick<CliIO, 'signal'>>,
  maxBytes: number,
  timeoutSeconds?: number,
): Promise<Uint8Array> {
  if (path === '-') {
    const file = regularFileOf(io.stdin);
    if (file !== undefined) return readStandardFile(file.fd, file.size, maxBytes);
    return readStream(io.stdin, 'standard input', maxBytes, io.signal).catch((error: unknown) => {
      // bin/ hands a directory on standard input over as a stream that fails with EISDIR: Node's own would end, as if empty.
      throw error instanceof InputError || error instanceof Interrupted || !(error as NodeJS.ErrnoException).code ? error : readError('standard input', error);
    });
  }
  if (isUrl(path)) return fetchPage(path, { maxBytes, timeoutSeconds, cancel: io.signal });
  const full = resolve(io.cwd, path);
  try {
    const info = statSync(full);
    if (info.isDirectory()) throw new InputError('unreadable', `${withoutPassword(path)}: is a directory`);
    if (info.isSocket()) throw new InputError('unreadable', `${withoutPassword(path)}: is a socket`);
    // Synchronous on purpose: a command that reads one page waits for it anyway,
    // and in a batch a thread-pool round trip per page cost more than the read.
    if (info.isFile() && info.size > 0) {
      if (info.size > maxBytes) throw tooLarge(path, maxBytes);
      return readFileSync(full);
    }
    // A pipe, a device or a file that states no size (/proc) is read as a
    // stream up to the limit, so that /dev/zero ends, and a signal ends the
    // wait on a named pipe that no one writes to yet.
    return await readStream(openStream(full, info), path, maxBytes, io.signal);
  } catch (error) {
    if (error instanceof InputError || error instanceof Interrupted) throw error;
    throw readError(path, error);
  }
}

/** A file system error on reading `path` (a page, a list, a directory), in one line. */
export function readError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  // Node reads arguments and directory entries as UTF-8: a name that is not
  // reaches it with U+FFFD in place of its bytes, and names no file.
  const hint = code === 'ENOENT' && path.includes('\uFFFD') ? ' (its name may not be valid UTF-8, which Node cannot read: rename it)' : '';
  return new InputError(code === 'ENOENT' ? 'missing' : 'unreadable', `${withoutPassword(path)}: ${FS_PROBLEMS[code] ?? 'cannot be read'}${hint}`);
}


/** The error of a failed write to standard output, as the run reports it. */
export function stdoutError(error: unknown): OutputError {
  return outputError('standard output', error);
}

/**
 * Writes to a stream and waits until it has taken the text: a full disk or a
 * file-size limit becomes an `OutputError` here instead of passing unseen.
 * The wait ends when `signal` aborts too: a reader that stopped reading (a
 * pager, a script that hangs) would otherwise hold the run past Ctrl-C, and
 * the caller stops as the signal asks.
 */
export function writeOut(stream: Writable, text: string, failure: (error: Error) => OutputError = stdoutError, signal?: AbortSignal): Promise<void> {
  return new Promise((resolveWrite, rejectWrite) => {
    const stop = () => resolveWrite();
    signal?.addEventListener('abort', stop, { once: true });
    stream.write(text, (error) => {
      signal?.removeEventListener('abort', stop);
      if (error) rejectWrite(failure(error));
      else resolveWrite();
    });
    if (signal?.aborted) stop();
  });
}

/**
 * Waits until a stream has taken what was written to it, so that a late
 * failure is seen too. A stream with nothing pending is asked for nothing: a
 * zero-length write fails on some devices (`/dev/full`), and a run that wrote
 * nothing there (`-o out.json`, `check --quiet`, an incomplete page) lost
 * nothing. A turn of the event loop lets a failure already met be reported.
 */
export async function written(stream: Writable, signal?: AbortSignal): Promise<void> {
  if (stream.writableLength > 0) await writeOut(stream, '', stdoutError, signal);
  else await setImmediate();
}

/**
 * What a command prints on standard output, where nothing is asked of it when
 * there is nothing to print (`check --quiet`, a `diff` of equal pages): a
 * zero-length write fails on some devices (`/dev/full`), though nothing was lost.
 */
export function print(io: Pick<CliIO, 'stdout'>, text: string): void {
  if (text !== '') io.stdout.write(text);
}

function targetOf(output: string | OutputTarget, io: Pick<CliIO, 'cwd'>): OutputTarget {
  return typeof output === 'string' ? outputTarget(output, io) : output;
}

/**
 * Opens a device or a named pipe for writing. A named pipe no one reads is
 * refused rather than waited on: the wait would hold a thread of Node's pool
 * that no signal can free, and the process could not end. A named pipe with
 * a reader is written through the event loop (a socket on the non-blocking
 * descriptor): a synchronous write to a pipe whose reader has stopped reading
 * blocks the main thread, where no signal's handler can run.
 */
function openDevice(target: OutputTarget): number | Socket {
  try {
    const probe = openSync(target.path, constants.O_WRONLY | constants.O_NONBLOCK);
    if (fstatSync(probe).isFIFO()) {
      const socket = new (builtinOnDemand('node:net').Socket)({ fd: probe, readable: false, writable: true });
      // Every write's failure is taken from its callback; the event would otherwise end the process.
      socket.on('error', () => undefined);
      return socket;
    }
    // Held open until the real one is: a reader sees its end of input once
    // the last writer closes.
    try {
      return openSync(target.path, 'w');
    } finally {
      closeSync(probe);
    }
  } catch (error) {
    // ENXIO is also a device with no driver behind it: only a named pipe's is one no one reads.
    if ((error as NodeJS.ErrnoException).code === 'ENXIO' && statOrUndefined(target.path)?.isFIFO()) {
      throw new OutputError(`${target.name}: cannot write the output (a named pipe no one reads)`);
    }
    throw outputError(target.name, error);
  }
}

/**
 * Writes the whole text or nothing: to a temporary file beside the target,
 * then renamed over it, so a reader never sees half a document.
 */
export async function writeAtomically(output: string | OutputTarget, text: string, io: CliIO): Promise<void> {
  const sink = await openSink(output, io);
  try {
    await sink.write(text);
    stopIfInterrupted(io);
    await sink.commit();
  } catch (error) {
    sink.abort();
    throw error;
  }
}

/** A name can hold 255 bytes: a target's near that leaves no room to name its temporary file after it. */
const MAX_NAMED_TEMPORARY = 200;

function temporaryFor(target: OutputTarget): string {
  const name = basename(target.path);
  const stem = Buffer.byteLength(name) > MAX_NAMED_TEMPORARY ? 'alliance-extract' : name;
  return join(dirname(target.path), `.${stem}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Why the temporary file beside the target could not be made. It is made
 * before anything else is written, so "no such file" would name the wrong
 * thing: a missing directory, or one that takes no new files (/proc, where
 * a file may be written but none created).
 */
function temporaryError(target: OutputTarget, error: unknown): OutputError {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return outputError(target.name, error);
  const { directory } = target;
  const why = statOrUndefined(dirname(target.path))?.isDirectory()
    ? `${directory} takes no new files, and the output is first written to a new file there`
    : `no such directory: ${directory}${target.throughLink ? ', where the link leads' : ''}`;
  return new OutputError(`${target.name}: cannot write the output (${why})`);
}

/** A promise that rejects once the run is asked to stop, for racing whatever the run waits on. */
export function interruption(io: Pick<CliIO, 'signal'>): Promise<never> {
  const interrupted = new Promise<never>((_resolve, reject) => {
    const stop = () => reject(new Interrupted(String(io.signal?.reason)));
    if (io.signal?.aborted) stop();
    else io.signal?.addEventListener('abort', stop, { once: true });
  });
  interrupted.catch(() => undefined);
  return interrupted;
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
 * temporary file renamed into place only once the stream is complete (a
 * device is written to as it comes). Writes to a file are synchronous, so
 * each one's failure surfaces where it happens.
 */
export async function openSink(output: string | OutputTarget | undefined, io: CliIO): Promise<Sink> {
  if (!output) return { write: (text) => writeOut(io.stdout, text, stdoutError, io.signal), commit: async () => undefined, abort: () => undefined };
  const target = targetOf(output, io);
  if (target.kind === 'descriptor') return descriptorSink(target, io);
  const temporary = target.kind === 'file' ? temporaryFor(target) : undefined;
  let fd: number | undefined;
  if (temporary === undefined) {
    const device = openDevice(target);
    if (typeof device !== 'number') return pipeSink(device, target, io);
    fd = device;
  } else {
    try {
      fd = openSync(temporary, 'wx');
      if (target.mode !== undefined) fchmodSync(fd, target.mode);
    } catch (error) {
      throw temporaryError(target, error);
    }
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
        throw outputError(target.name, error);
      }
    },
    commit: async () => {
      try {
        close();
        if (temporary !== undefined) renameSync(temporary, target.path);
      } catch (error) {
        throw outputError(target.name, error);
      }
    },
    abort: () => {
      try {
        close();
      } finally {
        if (temporary !== undefined) rmSync(temporary, { force: true });
      }
    },
  };
}

/**
 * A descriptor the process holds: standard output and error through the
 * run's streams (so that bin/'s checks on them, and a test's own streams,
 * apply as they do to `-o -`); another one, a file, written through as it is
 * (its offset, its O_APPEND) and left open, for it is the shell's.
 */
function descriptorSink(target: OutputTarget, io: CliIO): Sink {
  const fd = target.fd as number;
  const nothing = async () => undefined;
  if (fd === 1 || fd === 2) {
    const stream = fd === 1 ? io.stdout : io.stderr;
    const failure = fd === 1 ? stdoutError : (error: Error) => outputError(target.name, error);
    return { write: (text) => writeOut(stream, text, failure, io.signal), commit: nothing, abort: () => undefined };
  }
  return {
    write: async (text) => {
      try {
        writeFileSync(fd, text);
      } catch (error) {
        throw outputError(target.name, error);
      }
    },
    commit: nothing,
    abort: () => undefined,
  };
}

/** A pipe's failed write: its reader gone ends the run as standard output's does (`ClosedPipe`); any other is said. */
function pipeError(target: OutputTarget, error: Error): Error {
  return (error as NodeJS.ErrnoException).code === 'EPIPE' ? new ClosedPipe(`${target.name}: its reader has gone`) : outputError(target.name, error);
}

/** A named pipe's sink: each write waits for the pipe to take the text, or for the run to be stopped. */
function pipeSink(socket: Socket, target: OutputTarget, io: CliIO): Sink {
  const stopped = interruption(io);
  return {
    write: async (text) => {
      const written = new Promise<void>((resolveWrite, rejectWrite) => {
        socket.write(text, (error) => (error ? rejectWrite(pipeError(target, error)) : resolveWrite()));
      });
      written.catch(() => undefined);
      await Promise.race([written, stopped]);
    },
    commit: () =>
      new Promise<void>((resolveEnd, rejectEnd) => {
        socket.once('error', (error) => rejectEnd(pipeError(target, error)));
        socket.end(() => resolveEnd());
      }),
    abort: () => void socket.destroy(),
  };
}

/** Data goes to the output file when one is named, else to standard output. */
export async function writeData(text: string, output: string | OutputTarget | undefined, io: CliIO): Promise<void> {
  await stopIfSignalled(io);
  if (output) await writeAtomically(output, text, io);
  else await writeOut(io.stdout, text, stdoutError, io.signal);
  stopIfInterrupted(io);
}
