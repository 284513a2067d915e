import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, userInfo } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { mapOrdered } from '../src/cli/batch/pool.js';
import { run, type CliIO } from '../src/cli/main.js';
import { BIN } from './helpers/bin.js';
import { FIXTURES, MAIN, MEMO } from './helpers/fixtures.js';
import { scratchDir } from './helpers/scratch.js';

/**
 * Faults injected into the built command as a user meets them: an output that
 * fills up (`ulimit -f`), a closed standard error, a missing directory, a
 * signal mid-batch. Every run is bounded by a timeout, so a hang fails the
 * test instead of stalling the suite.
 */

const TIMEOUT_MS = 20_000;
const scratch = () => scratchDir('alliance-faults-');
const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A shell line, with the built command as `ae`, bounded in time. */
function shell(line: string, options: { cwd?: string; input?: string | Buffer } = {}): Ended {
  const result = spawnSync('bash', ['--norc', '--noprofile', '-c', `ae() { "$NODE" "$BIN" "$@"; }; ${line}`], {
    cwd: options.cwd,
    input: options.input,
    env: { PATH: process.env['PATH'] ?? '', NODE: process.execPath, BIN },
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** The one line a failed run prints: the tool's prefix, no stack trace, no terminal control characters. */
function expectOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^alliance-extract: /);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
}

function pages(count: number): { dir: string; files: string[] } {
  const dir = scratch();
  const files = Array.from({ length: count }, (_, index) => {
    const file = join(dir, `page-${String(index).padStart(5, '0')}.html`);
    copyFileSync(MAIN, file);
    return file;
  });
  return { dir, files };
}

const temporaries = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('an output that cannot be written', () => {
  it('a batch to -o in a missing directory: exit 3, one line, no hang', () => {
    const { dir, files } = pages(3);
    const result = shell(`ae ${files.map(quote).join(' ')} --quiet -o ${quote(join(dir, 'missing', 'x.ndjson'))}`);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /missing\/x\.ndjson: cannot write the output \(no such directory: .*missing\)/);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it.runIf(existsSync('/proc/version'))('-o a file in a directory that takes no new files (/proc): exit 3, and the line says so rather than "no such file"', () => {
    const { files } = pages(1);
    const result = shell(`ae ${quote(files[0] as string)} --quiet -o /proc/version`);
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /\/proc\/version: cannot write the output \(\/proc takes no new files, and the output is first written to a new file there\)/);
  });

  it('a batch to -o that fills up (ulimit -f): exit 3, one line, no temporary file left', () => {
    const { dir, files } = pages(20);
    const out = join(dir, 'x.ndjson');
    const result = shell(`ulimit -f 4; ae ${files.map(quote).join(' ')} --quiet --jobs 2 -o ${quote(out)}`);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /x\.ndjson: cannot write the output \(file too large\)/);
    expect(temporaries(dir)).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });

  it('one page -o that fills up: exit 3, nothing left behind', () => {
    const dir = scratch();
    const out = join(dir, 'x.json');
    const result = shell(`ulimit -f 4; ae ${quote(MAIN)} --quiet -o ${quote(out)}`);
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /x\.json: cannot write the output \(file too large\)/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['one page', [MAIN]],
    ['a batch', [MAIN, MAIN, MAIN, MAIN, MAIN]],
  ])('%s to a standard output that fills up (ulimit -f): exit 3 and one line, not exit 0 or a stack trace', (_what, args) => {
    const dir = scratch();
    const result = shell(`ulimit -f 4; ae ${args.map(quote).join(' ')} --quiet --jobs 2 > out`, { cwd: dir });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /^alliance-extract: standard output: cannot write the output \(file too large\)$/);
  });

  it.each(['--help', '--version'])('%s to a full disk: exit 3 and the same worded line as any other output', (flag) => {
    const result = shell(`ae ${flag} > /dev/full`);
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /^alliance-extract: standard output: cannot write the output \(no space left on device\)$/);
  });

  // A zero-length write to /dev/full fails: a run with nothing to print there lost nothing, and ends with its own code.
  it.each([
    ['one page to -o', 'ae "$MAIN" -o out.json --quiet', 0, /^$/],
    ['a page that is not the whole post, without --partial', 'ae drop.html --quiet', 4, /^alliance-extract: drop\.html: incomplete: not found: .*operation-rescue-arrests.* \(--partial prints what was found\)$/],
    ['a batch to -o', 'ae "$MAIN" "$MAIN" --quiet -o out.ndjson', 0, /^alliance-extract: 2 of 2 pages extracted/],
    ['expect to -o', 'ae expect "$MAIN" -o expected.yaml', 0, /^$/],
    ['check --quiet of a capture that passes', 'ae check "$MAIN" --quiet', 0, /^$/],
    ['diff of two equal captures', 'ae diff "$MAIN" "$MAIN"', 0, /^alliance-extract: note: neither .* lists the countries/],
  ])('%s, with standard output on a full disk, prints nothing there and ends with its own code', (_what, line, code, stderr) => {
    const dir = scratch();
    writeFileSync(join(dir, 'drop.html'), readFileSync(MAIN, 'utf8').replace('250 greps', 'X250 greps'));
    const result = shell(`MAIN=${quote(MAIN)}; ${line} > /dev/full`, { cwd: dir });
    expect(result.signal).toBeNull();
    expect(result.stderr.trimEnd()).toMatch(stderr);
    expect(result.code).toBe(code);
    if (line.includes('-o out')) expect(readdirSync(dir).filter((name) => name.startsWith('out'))).toHaveLength(1);
  });

  it.each([
    ['check of a capture that passes (its report)', 'ae check "$MAIN"'],
    ['diff of two different captures (the difference)', 'ae diff "$MAIN" drop.html --format json'],
    ['a page that is not the whole post, with --partial', 'ae drop.html --quiet --partial'],
  ])('%s, with something to print on a full disk: exit 3 and one line', (_what, line) => {
    const dir = scratch();
    writeFileSync(join(dir, 'drop.html'), readFileSync(MAIN, 'utf8').replace('250 greps', 'X250 greps'));
    const result = shell(`MAIN=${quote(MAIN)}; ${line} > /dev/full`, { cwd: dir });
    expect(result.code).toBe(3);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe('alliance-extract: standard output: cannot write the output (no space left on device)');
  });

  it('standard error closed by its reader: the run ends with its own exit code, its data whole', async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT_MS });
        child.stderr.destroy();
        const chunks: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks).toString('utf8') }));
      });
    const single = await run([MAIN]);
    expect(single.code).toBe(0);
    expect(JSON.parse(single.stdout).schemaVersion).toBe(1);
    const { files } = pages(4);
    const batch = await run([...files, 'no-such-page.html', '--jobs', '2']);
    expect(batch.code).toBe(3);
    expect(batch.stdout.trimEnd().split('\n')).toHaveLength(5);
    expect((await run(['no-such-page.html'])).code).toBe(3);
  });
});

describe('signals mid-batch', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s with -o: exit %d, one line, no temporary file, no output', async (signal, code) => {
    const { dir } = pages(1);
    // Many pages (the same one, listed again and again), so the batch is still
    // running when the signal comes: it is sent once the temporary file exists.
    writeFileSync(join(dir, 'list'), `${join(dir, 'page-00000.html')}\n`.repeat(20_000));
    const out = join(dir, 'x.ndjson');
    const child = spawn(process.execPath, [BIN, '--files-from', join(dir, 'list'), '--jobs', '2', '--quiet', '-o', out], { timeout: TIMEOUT_MS });
    const stderr: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const ended = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (...args) => resolve(args)));
    while (temporaries(dir).length === 0 && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill(signal);
    const [exitCode, killedBy] = await ended;
    expect(killedBy).toBeNull();
    expect(exitCode).toBe(code);
    expectOneLine(Buffer.concat(stderr).toString('utf8'), new RegExp(`interrupted by ${signal}`));
    expect(temporaries(dir)).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });
});

describe('a signal while standard output waits for its reader', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s ends the run (exit %d) though no one takes what it wrote', async (signal, code) => {
    // Standard output that no one reads: a batch small enough to be done, and waiting for the pipe to take its last lines.
    const { dir } = pages(1);
    writeFileSync(join(dir, 'list'), `${join(dir, 'page-00000.html')}\n`.repeat(40));
    const child = spawn(process.execPath, [BIN, '--files-from', join(dir, 'list'), '--jobs', '1', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT_MS });
    child.stdout.pause();
    // Node stops reading a paused stream once its buffer is full; the pipe behind it then fills too.
    await endsOnSignal(child, signal, code, async () => {
      while (child.stdout.readableLength < child.stdout.readableHighWaterMark && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 10));
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    });
  });
});

/**
 * A page that takes about a second to extract (the post with 300 000 blocks of filler after it), written into `dir`:
 * `html` is the post's page, changed as a test needs it.
 */
function largePage(dir: string, html = readFileSync(MAIN, 'utf8')): string {
  const page = join(dir, 'large.html');
  writeFileSync(page, html.replace('</body>', `${'<div class="x"><p>filler text here</p></div>'.repeat(300_000)}</body>`));
  return page;
}

describe('a signal while a page is being extracted', () => {
  it('is heard before anything is written: exit 130, no file and no temporary file where -o pointed', async () => {
    // Found by a hostile check: a page that takes seconds to read holds the event loop, and a signal that came meanwhile
    // was heard only after the file had been written, so the run ended 0 with its output in place.
    const dir = scratch();
    const page = largePage(dir);
    const out = join(dir, 'post.json');
    const child = spawn(process.execPath, [BIN, page, '--format', 'json', '--quiet', '-o', out], { stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT_MS });
    await endsOnSignal(child, 'SIGINT', 130, () => new Promise((resolve) => setTimeout(resolve, 800)));
    expect(existsSync(out)).toBe(false);
    expect(temporaries(dir)).toEqual([]);
  });

  // Found on 5 December: without --quiet the page's warnings were printed before the signal was heard, two lines or
  // more; and `expect` refused an incomplete page with exit 4 and its reason, as if no signal had come.
  it("without --quiet: exit 130 and the one line, not the page's warnings", async () => {
    const dir = scratch();
    const page = largePage(dir);
    const child = spawn(process.execPath, [BIN, page, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT_MS });
    await endsOnSignal(child, 'SIGINT', 130, () => new Promise((resolve) => setTimeout(resolve, 800)));
  });

  it('expect, of a page that is not the complete post: exit 130, the one line, no file', async () => {
    const dir = scratch();
    const page = largePage(dir, readFileSync(MAIN, 'utf8').replace('779 misstänkta', 'många misstänkta'));
    const out = join(dir, 'expected.yaml');
    const child = spawn(process.execPath, [BIN, 'expect', page, '-o', out], { stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT_MS });
    await endsOnSignal(child, 'SIGINT', 130, () => new Promise((resolve) => setTimeout(resolve, 800)));
    expect(existsSync(out)).toBe(false);
    expect(temporaries(dir)).toEqual([]);
  });

  // Two signals while the page holds the run, delivered together (the process stopped while they are sent): the second
  // ends it at once, as README's exit codes say, and still nothing is written, nor a temporary file left.
  it('two signals during the page: exit 128 + one of theirs, nothing written, no temporary file, no line but the interruption', async () => {
    const dir = scratch();
    const page = largePage(dir);
    const out = join(dir, 'post.json');
    const child = spawn(process.execPath, [BIN, page, '--format', 'json', '-o', out], { stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT_MS });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const ended = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (...args) => resolve(args)));
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(child.exitCode).toBeNull();
    child.kill('SIGSTOP');
    child.kill('SIGINT');
    child.kill('SIGTERM');
    child.kill('SIGCONT');
    const [exitCode, killedBy] = await ended;
    expect(killedBy).toBeNull();
    expect([130, 143]).toContain(exitCode);
    expect(Buffer.concat(stdout).toString('utf8')).toBe('');
    expect(Buffer.concat(stderr).toString('utf8')).toMatch(/^(?:alliance-extract: interrupted by SIG(?:INT|TERM)\n)?$/);
    expect(existsSync(out)).toBe(false);
    expect(temporaries(dir)).toEqual([]);
  });

  // Found by a hostile check of 5 December: check and diff heard such a signal only after they had printed their
  // report, and ended 0 (one page alone and a batch did not).
  it.each([
    ['check', ['check']],
    ['diff', ['diff']],
  ])('%s: exit 130 and nothing on standard output', async (_command, args) => {
    const dir = scratch();
    const page = largePage(dir);
    const child = spawn(process.execPath, [BIN, ...args, page, page], { stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT_MS });
    const stdout: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    await endsOnSignal(child, 'SIGINT', 130, () => new Promise((resolve) => setTimeout(resolve, 800)));
    expect(Buffer.concat(stdout).toString('utf8')).toBe('');
  });
});

/** Waits for `ready`, checks the child is still at work, signals it, and checks it ends as README's table says: its code, one line. */
async function endsOnSignal(child: ReturnType<typeof spawn>, signal: NodeJS.Signals, code: number, ready: () => Promise<unknown>): Promise<void> {
  const stderr: Buffer[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
  const ended = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (...args) => resolve(args)));
  await ready();
  expect(child.exitCode).toBeNull();
  child.kill(signal);
  const [exitCode, killedBy] = await ended;
  expect(killedBy).toBeNull();
  expect(exitCode).toBe(code);
  expectOneLine(Buffer.concat(stderr).toString('utf8'), new RegExp(`interrupted by ${signal}`));
}

describe('a signal while one page waits for its reader', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s ends the run (exit %d) though standard output is a full pipe', async (signal, code) => {
    // Found by a hostile check: the page's document waited for a pipe its reader had stopped reading, past Ctrl-C.
    // A named pipe filled to the brim by the test, its reader open and idle, stands for that reader.
    const dir = scratch();
    const fifo = join(dir, 'out');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    try {
      for (;;) writeSync(writer, Buffer.alloc(4096));
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('EAGAIN');
    }
    try {
      const child = spawn(process.execPath, [BIN, MAIN, '--format', 'json', '--linked', MEMO], { stdio: ['ignore', writer, 'pipe'], timeout: TIMEOUT_MS });
      await endsOnSignal(child, signal, code, () => new Promise((resolve) => setTimeout(resolve, 3_000)));
    } finally {
      closeSync(writer);
      closeSync(reader);
    }
  });
});

/** Whether a process has a file open (Linux: /proc/PID/fd). */
function holds(pid: number, path: string): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === path;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

/** Runs the built command and resolves when it ends; `during` acts on the running child. */
function spawnBin(args: string[], options: { cwd?: string } = {}, during?: (child: ReturnType<typeof spawn>) => unknown): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT_MS });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    during?.(child);
  });
}

describe('-o onto what is not a plain file', () => {
  it('a symbolic link is followed: the file it points to gets the output, the link stays', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'real.json'), 'old');
    symlinkSync('real.json', join(dir, 'link.json'));
    const result = shell(`ae ${quote(MAIN)} --quiet -o link.json`, { cwd: dir });
    expect(result.code).toBe(0);
    expect(readlinkSync(join(dir, 'link.json'))).toBe('real.json');
    expect(JSON.parse(readFileSync(join(dir, 'real.json'), 'utf8')).schemaVersion).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'real.json']);
  });

  it.each([
    ['one page', [MAIN]],
    ['a batch', [MAIN, MAIN, '--jobs', '2']],
  ])('%s to a link to /dev/full: exit 3, one line, the device never replaced', (_what, args) => {
    const dir = scratch();
    symlinkSync('/dev/full', join(dir, 'full'));
    const result = shell(`ae ${args.map(quote).join(' ')} --quiet -o full`, { cwd: dir });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /^alliance-extract: full: cannot write the output \(no space left on device\)$/);
    expect(readlinkSync(join(dir, 'full'))).toBe('/dev/full');
    expect(readdirSync(dir)).toEqual(['full']);
  });

  it('a device is written to, not replaced by a file (a device node of its own, where mknod is permitted)', (context) => {
    const dir = scratch();
    if (spawnSync('mknod', [join(dir, 'null'), 'c', '1', '3']).status !== 0) return context.skip();
    const result = shell(`ae ${quote(MAIN)} ${quote(MAIN)} --quiet -o null`, { cwd: dir });
    expect(result.code).toBe(0);
    expect(lstatSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir)).toEqual(['null']);
  });

  it('a named pipe no one reads: exit 3, one line, no wait and no file in its place', () => {
    const dir = scratch();
    spawnSync('mkfifo', [join(dir, 'fifo')]);
    const result = shell(`ae ${quote(MAIN)} --quiet -o fifo`, { cwd: dir });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /^alliance-extract: fifo: cannot write the output \(a named pipe no one reads\)$/);
    expect(lstatSync(join(dir, 'fifo')).isFIFO()).toBe(true);
  });

  it.each([
    ['one page', ['waiting']],
    ['a batch', ['waiting', MAIN]],
  ])('%s to a named pipe no one reads: exit 3 before any page is read, not after a page that keeps it waiting', (_what, args) => {
    const dir = scratch();
    spawnSync('mkfifo', [join(dir, 'fifo'), join(dir, 'waiting')]);
    const result = shell(`ae ${args.map(quote).join(' ')} --quiet -o fifo`, { cwd: dir });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /^alliance-extract: fifo: cannot write the output \(a named pipe no one reads\)$/);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s ends a run writing to a named pipe whose reader has stopped reading: exit %d, one line', async (signal, code) => {
    const { dir, files } = pages(40);
    const fifo = join(dir, 'fifo');
    spawnSync('mkfifo', [fifo]);
    // A reader that opens the pipe and never reads: far more than a pipe
    // holds (64 KiB) is to be written, so the run waits on it for good.
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    let readerOpen = true;
    const release = setTimeout(() => {
      readerOpen = false;
      closeSync(reader);
    }, 8_000);
    let endedWhileReaderOpen = false;
    try {
      const result = await spawnBin([...files, '--jobs', '1', '--quiet', '-o', fifo], {}, async (child) => {
        child.on('exit', () => (endedWhileReaderOpen = readerOpen));
        while (!holds(child.pid as number, fifo) && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 10));
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        child.kill(signal);
      });
      expect(endedWhileReaderOpen).toBe(true);
      expect(result.signal).toBeNull();
      expect(result.code).toBe(code);
      expectOneLine(result.stderr, new RegExp(`^alliance-extract: interrupted by ${signal}$`));
      expect(lstatSync(fifo).isFIFO()).toBe(true);
    } finally {
      clearTimeout(release);
      if (readerOpen) closeSync(reader);
    }
  });

  it.each([
    ['one page', [MAIN]],
    ['a batch', [MAIN, MAIN]],
  ])('%s to -o /dev/stdout when standard output is a pipe: the pipe gets the output', (_what, args) => {
    const dir = scratch();
    const result = shell(`set -o pipefail; ae ${args.map(quote).join(' ')} --quiet -o /dev/stdout | cat`, { cwd: dir });
    expect(result.stderr).not.toMatch(/cannot write/);
    expect(result.code).toBe(0);
    const documents = args.length === 1 ? [JSON.parse(result.stdout)] : result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(documents.map((document) => document.statistics.length)).toEqual(args.map(() => 6));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a named pipe with a reader gets the document', () => {
    const dir = scratch();
    spawnSync('mkfifo', [join(dir, 'fifo')]);
    const result = shell(`cat fifo > got & sleep 0.2; ae ${quote(MAIN)} --quiet -o fifo; wait`, { cwd: dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'got'), 'utf8')).statistics).toHaveLength(6);
  });

  it.each([
    ['one page', [MAIN]],
    ['a batch', [MAIN, MAIN]],
  ])('%s to a name as long as a name can be (255 bytes): written, nothing left beside it', (_what, args) => {
    const dir = scratch();
    const name = `${'é'.repeat(100)}${'x'.repeat(50)}.json`;
    const result = shell(`ae ${args.map(quote).join(' ')} --quiet -o ${quote(name)}`, { cwd: dir });
    expect(result.stderr).not.toMatch(/cannot write/);
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toEqual([name]);
  });

  it.each([
    ['one page', [MAIN]],
    ['a batch', [MAIN, MAIN]],
  ])('%s to a name with a leading dash, spaces, a newline or non-ASCII letters: written under that very name', (_what, args) => {
    for (const name of ['-dash.json', ' lead and trail .json', 'new\nline.json', 'Malmstr\u00f6m \u6f22.json']) {
      const dir = scratch();
      const result = shell(`ae ${args.map(quote).join(' ')} --quiet -o ${quote(name)}`, { cwd: dir });
      expect(result.stderr).not.toMatch(/cannot write|unknown option/);
      expect(result.code).toBe(0);
      expect(readdirSync(dir)).toEqual([name]);
      expect(readFileSync(join(dir, name), 'utf8')).toMatch(/"schemaVersion":\s?1/);
    }
  });

  it('an existing file keeps its permissions', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'private.json'), 'old');
    chmodSync(join(dir, 'private.json'), 0o600);
    expect(shell(`ae ${quote(MAIN)} --quiet -o private.json`, { cwd: dir }).code).toBe(0);
    expect(statSync(join(dir, 'private.json')).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['one page', [MAIN]],
    ['a batch', [MAIN, MAIN]],
  ])('%s to a directory: exit 3, one line, before any page is read', (_what, args) => {
    const dir = scratch();
    mkdirSync(join(dir, 'out'));
    const result = shell(`ae ${args.map(quote).join(' ')} -o out`, { cwd: dir });
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /^alliance-extract: out: cannot write the output \(is a directory\)$/);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });

  it('the input page as -o: a page that is not the post leaves it untouched', () => {
    const dir = scratch();
    copyFileSync(join(FIXTURES, 'other-post', 'source.html'), join(dir, 'page.html'));
    const before = readFileSync(join(dir, 'page.html'));
    const result = shell(`ae page.html --quiet -o page.html`, { cwd: dir });
    expect(result.code).toBe(4);
    expect(readFileSync(join(dir, 'page.html'))).toEqual(before);
    expect(readdirSync(dir)).toEqual(['page.html']);
  });

  it.each([
    ['one of a batch\'s pages', 'page.html post.html', 'page.html'],
    ['a link to one of them', 'page.html post.html', 'link.html'],
    ['another spelling of it', './page.html post.html', 'sub/../page.html'],
    ['the --linked page', 'post.html other.html --linked page.html', 'page.html'],
  ])('%s as a batch\'s -o: a usage error, and every page untouched', (_what, args, output) => {
    const dir = scratch();
    mkdirSync(join(dir, 'sub'));
    copyFileSync(join(FIXTURES, 'other-post', 'source.html'), join(dir, 'page.html'));
    copyFileSync(MAIN, join(dir, 'post.html'));
    copyFileSync(MAIN, join(dir, 'other.html'));
    symlinkSync('page.html', join(dir, 'link.html'));
    const before = readFileSync(join(dir, 'page.html'));
    const result = shell(`ae ${args} --quiet -o ${output}`, { cwd: dir });
    expect(result.code).toBe(2);
    expectOneLine(result.stderr, /^alliance-extract: -o \S+ is \S+, one of the pages read: the stream of records would replace it$/);
    expect(readFileSync(join(dir, 'page.html'))).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['link.html', 'other.html', 'page.html', 'post.html', 'sub']);
  });

  it('a full disk (a 64 KiB tmpfs, where mounting is permitted): exit 3, one line, nothing left on it', (context) => {
    const dir = scratch();
    const disk = join(dir, 'disk');
    mkdirSync(disk);
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]).status !== 0) return context.skip();
    try {
      const { files } = pages(20);
      const result = shell(`ae ${files.map(quote).join(' ')} --quiet --jobs 2 -o ${quote(join(disk, 'x.ndjson'))}`);
      expect(result.code).toBe(3);
      expectOneLine(result.stderr, /x\.ndjson: cannot write the output \(no space left on device\)$/);
      expect(readdirSync(disk)).toEqual([]);
    } finally {
      spawnSync('umount', [disk]);
    }
  });
});

describe('-o naming a descriptor the run already holds (/dev/stdout, /dev/fd/N)', () => {
  const document = () => {
    const result = shell(`ae ${quote(MAIN)} --quiet`);
    expect(result.code).toBe(0);
    return result.stdout;
  };

  // The name, and the descriptor the shell redirects for it.
  const names: Array<[string, number]> = [
    ['/dev/stdout', 1],
    ['/dev/fd/1', 1],
    ['/proc/self/fd/1', 1],
    ['link-to-stdout.json', 1],
    ['/dev/stderr', 2],
    ['/dev/fd/3', 3],
  ];

  function prepared(): string {
    const dir = scratch();
    symlinkSync('/dev/stdout', join(dir, 'link-to-stdout.json'));
    return dir;
  }

  it.each(names)('-o %s onto a file opened for appending (>>): appended to, never replaced', (name, fd) => {
    const dir = prepared();
    writeFileSync(join(dir, 'app.log'), 'PREVIOUS LINE\n');
    const before = statSync(join(dir, 'app.log')).ino;
    const result = shell(`ae ${quote(MAIN)} --quiet -o ${quote(name)} ${fd}>> app.log`, { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'app.log'), 'utf8')).toBe(`PREVIOUS LINE\n${document()}`);
    expect(statSync(join(dir, 'app.log')).ino).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['app.log', 'link-to-stdout.json']);
  });

  it.each([['/dev/fd/3'], ['/proc/self/fd/3']])('-o %s onto a pipe (a process substitution): written through it', (name) => {
    const dir = prepared();
    const result = shell(`ae ${quote(MAIN)} --quiet -o ${quote(name)} 3> >(cat > piped.json); wait`, { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // The substituted process may finish after the shell: wait for what it writes.
    const deadline = Date.now() + 10_000;
    const piped = () => (existsSync(join(dir, 'piped.json')) ? readFileSync(join(dir, 'piped.json'), 'utf8') : '');
    while (Date.now() < deadline && piped() !== document()) spawnSync('sleep', ['0.1']);
    expect(piped()).toBe(document());
  });

  it.each(names)('-o %s onto a file a group of commands writes (> around them): written where the others left off', (name, fd) => {
    const dir = prepared();
    const result = shell(`{ echo header >&${fd}; ae ${quote(MAIN)} --quiet -o ${quote(name)}; echo footer >&${fd}; } ${fd}> combined.txt`, { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'combined.txt'), 'utf8')).toBe(`header\n${document()}footer\n`);
  });

  // Node holds descriptors of its own from 3 up (its event descriptors, its signal and wake-up pipes): a name for one was
  // opened and written to (exit 0, the output lost in Node's pipe, or a crash), and one for no descriptor at all was called
  // a directory that takes no new files. (Node's own /dev/null, opened for reading, is said to be not open for writing.)
  it.each([['/dev/fd'], ['/proc/self/fd']])('-o %s/N for a descriptor the shell did not give the run: exit 3, one line saying so, for every N', (directory) => {
    for (let fd = 3; fd <= 24; fd++) {
      const result = shell(`ae ${quote(MAIN)} --quiet -o ${directory}/${fd}`);
      expect(result.code, `${directory}/${fd}`).toBe(3);
      expect(result.stdout).toBe('');
      expectOneLine(result.stderr, new RegExp(`^alliance-extract: ${directory}/${fd}: cannot write the output \\(descriptor ${fd} (is not open|was not given to the run \\(the one there is Node's own\\))\\)$|\\(not open for writing\\)$`));
    }
  });

  // Linux names a descriptor in /proc (and so /dev/fd) in decimal with no leading zero: "03" is no name there, whatever
  // is open. It was said to be "descriptor 3 is not open" with descriptor 3 open.
  it('-o /dev/fd/03 with descriptor 3 open: exit 3, one line saying the name is no descriptor\'s', () => {
    const dir = scratch();
    const result = shell(`ae ${quote(MAIN)} --quiet -o /dev/fd/03 3> out.json`, { cwd: dir });
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /^alliance-extract: \/dev\/fd\/03: cannot write the output \(no such file: descriptor 3 is \/dev\/fd\/3, with no leading zero\)$/);
  });

  // Far more than a pipe holds (64 KiB), so the reader is gone while the run still writes: as standard output's closed
  // pipe ends the run (141, quietly), so does -o's, which exited 3 saying its reader had gone.
  it('-o /dev/fd/3 onto a pipe whose reader stops early: 141, quietly, as standard output', () => {
    const many = Array.from({ length: 200 }, () => quote(MAIN)).join(' ');
    const result = shell(`set -o pipefail; ae ${many} --quiet -o /dev/fd/3 3>&1 >/dev/null | head -n 1 >/dev/null`);
    expect(result.code).toBe(141);
    expect(result.stderr).toBe('');
  });

  it('-o /dev/fd/N onto a pipe opened for reading (3< <(…)): exit 3, not open for writing', () => {
    const result = shell(`ae ${quote(MAIN)} --quiet -o /dev/fd/3 3< <(echo input)`);
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /^alliance-extract: \/dev\/fd\/3: cannot write the output \(not open for writing\)$/);
  });

  // A socket has no name to open (open(2): ENXIO, which was reported as "a named pipe no one reads"), and writing through
  // the shared descriptor would block the main thread or make the socket non-blocking under its other holders: refused,
  // pointing at the shell's >&N, which writes to it.
  it('-o /dev/fd/N onto a socket (3<>/dev/tcp/…): exit 3, one line naming it a socket and what to do', async () => {
    const server = createServer((connection) => connection.resume());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const result = shell(`exec 3<>/dev/tcp/127.0.0.1/${port} || exit 99; ae ${quote(MAIN)} --quiet -o /dev/fd/3`);
      expect(result.code).toBe(3);
      expectOneLine(result.stderr, /^alliance-extract: \/dev\/fd\/3: cannot write the output \(descriptor 3 is a socket, which -o does not write to: send standard output to it instead \(>&3\)\)$/);
    } finally {
      server.close();
    }
  });

  it('-o onto a device with no driver behind it (ENXIO): exit 3, one line that does not call it a named pipe', (context) => {
    const dir = scratch();
    // A character device of a major number no driver has (240 is for local, experimental use): root only.
    if (spawnSync('mknod', [join(dir, 'nodev'), 'c', '240', '77']).status !== 0) return context.skip();
    const result = shell(`ae ${quote(MAIN)} --quiet -o nodev`, { cwd: dir });
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /^alliance-extract: nodev: cannot write the output \(no such device or address\)$/);
  });

  it('-o onto a socket\'s file: exit 3, one line naming it a socket, not a named pipe', async () => {
    const dir = scratch();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'sock'), resolve));
    try {
      const result = shell(`ae ${quote(MAIN)} --quiet -o sock`, { cwd: dir });
      expect(result.code).toBe(3);
      expectOneLine(result.stderr, /^alliance-extract: sock: cannot write the output \(it is a socket, which no file can be opened on\)$/);
    } finally {
      server.close();
    }
  });

  it('-o /dev/stdin onto a file opened for reading: exit 3, one line, the file untouched', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'in.txt'), 'input\n');
    const result = shell(`ae ${quote(MAIN)} --quiet -o /dev/stdin < in.txt`, { cwd: dir });
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /^alliance-extract: \/dev\/stdin: cannot write the output \(not open for writing\)$/);
    expect(readFileSync(join(dir, 'in.txt'), 'utf8')).toBe('input\n');
    expect(readdirSync(dir)).toEqual(['in.txt']);
  });

  it('-o /dev/stdin onto /dev/null, a device open both ways: written, exit 0, as the README says', () => {
    const dir = scratch();
    const result = shell(`ae ${quote(MAIN)} --quiet -o /dev/stdin < /dev/null`, { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('-o refused as a shell\'s > would refuse it', () => {
  it('an existing file the user may not write (0444): exit 3, one line, before any page is read, the file untouched', (context) => {
    const dir = scratch();
    const out = join(dir, 'locked.json');
    writeFileSync(out, 'old');
    chmodSync(out, 0o444);
    // Root may write any file, as with a shell's >: the run is then made as nobody, who may write the directory but not the file.
    const root = userInfo().uid === 0;
    if (root && spawnSync('setpriv', ['--version']).status !== 0) return context.skip();
    if (root) {
      chownSync(dir, 65534, 65534);
      chownSync(out, 65534, 65534);
    }
    const as = root ? 'setpriv --reuid=65534 --regid=65534 --clear-groups ' : '';
    const result = shell(`${as}"$NODE" "$BIN" ${quote(join(FIXTURES, 'nowhere.html'))} --quiet -o locked.json`, { cwd: dir });
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /^alliance-extract: locked\.json: cannot write the output \(permission denied\)$/);
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['locked.json']);
  });

  it.each([
    ['x.json/', undefined, /^alliance-extract: x\.json\/: cannot write the output \(no such directory\)$/],
    ['x.json/', 'file', /^alliance-extract: x\.json\/: cannot write the output \(not a directory\)$/],
    ['x.json/.', undefined, /^alliance-extract: x\.json\/\.: cannot write the output \(no such directory\)$/],
  ])('-o %s (a directory\'s name; x.json: %s): exit 3, one line, no file made', (name, existing, message) => {
    const dir = scratch();
    if (existing) writeFileSync(join(dir, 'x.json'), 'old');
    const result = shell(`ae ${quote(MAIN)} --quiet -o ${quote(name)}`, { cwd: dir });
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, message);
    expect(readdirSync(dir)).toEqual(existing ? ['x.json'] : []);
    if (existing) expect(readFileSync(join(dir, 'x.json'), 'utf8')).toBe('old');
  });

  it('a link to a file in a missing directory: the line names the directory the link leads to', () => {
    const dir = scratch();
    symlinkSync('nodir/t.json', join(dir, 't.json'));
    const result = shell(`ae ${quote(MAIN)} --quiet -o t.json`, { cwd: dir });
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /^alliance-extract: t\.json: cannot write the output \(no such directory: nodir, where the link leads\)$/);
  });
});

describe('pages that are not plain files', () => {
  it('standard input that is a directory: exit 3, one line that says so rather than "empty"', () => {
    const dir = scratch();
    const result = shell(`ae - < ${quote(dir)}`);
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /^alliance-extract: standard input: is a directory$/);
  });

  it('a file on standard input is read from where it stands, as a pipe of its rest would be', () => {
    const dir = scratch();
    const page = readFileSync(MAIN);
    const file = join(dir, 'after-junk.html');
    writeFileSync(file, Buffer.concat([Buffer.alloc(1000, 'x'), page]));
    // dd reads the first 1 000 bytes of the shared descriptor; the tool reads the rest.
    const result = shell(`{ dd bs=1000 count=1 of=/dev/null status=none; ae - --format json; } < ${quote(file)}`);
    const piped = shell(`tail -c +1001 ${quote(file)} | ae - --format json`);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(piped.stdout);
    expect(result.stdout).toBe(readFileSync(join(FIXTURES, 'wordpress-2012', 'expected.json'), 'utf8'));
  });

  it('a file on standard input larger than --max-size whose rest is under it is read, as a pipe of the rest is', () => {
    const dir = scratch();
    const page = readFileSync(MAIN);
    const file = join(dir, 'after-junk.html');
    writeFileSync(file, Buffer.concat([Buffer.alloc(1000, 'x'), page]));
    const limit = `--max-size ${page.length}`;
    const result = shell(`{ dd bs=1000 count=1 of=/dev/null status=none; ae - ${limit} --format json; } < ${quote(file)}`);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(shell(`tail -c +1001 ${quote(file)} | ae - ${limit} --format json`).stdout);
    const over = shell(`{ dd bs=999 count=1 of=/dev/null status=none; ae - ${limit}; } < ${quote(file)}`);
    expect(over.code).toBe(3);
    expectOneLine(over.stderr, /^alliance-extract: standard input is larger than the [0-9.]+ KiB limit \(raise it with --max-size\)$/);
  });

  it('a file on standard input that states no size and never ends (/proc/PID/pagemap) is read only up to --max-size', (context) => {
    if (spawnSync('sh', ['-c', 'head -c 8 /proc/self/pagemap > /dev/null']).status !== 0) return context.skip();
    const result = shell('ae - --max-size 1K < /proc/$$/pagemap');
    expect(result.signal).toBeNull();
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /^alliance-extract: standard input is larger than the 1 KiB limit \(raise it with --max-size\)$/);
  });

  it.each([
    ['a file', (flag: string) => `ae - ${flag} < ${quote(MAIN)}`],
    ['a pipe', (flag: string) => `cat ${quote(MAIN)} | ae - ${flag}`],
  ])('standard input over --max-size, %s: exit 3, the same one line', (_what, line) => {
    const result = shell(line('--max-size 10K'));
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /^alliance-extract: standard input is larger than the 10 KiB limit \(raise it with --max-size\)$/);
    expect(result.stdout).toBe('');
  });

  it('/dev/zero is read only up to --max-size: exit 3, one line, no endless read', () => {
    const result = shell(`ae /dev/zero --max-size 1M`);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /^alliance-extract: \/dev\/zero is larger than the 1 MiB limit \(raise it with --max-size\)$/);
  });

  it('a named pipe is read once a writer comes', () => {
    const dir = scratch();
    spawnSync('mkfifo', [join(dir, 'fifo')]);
    const result = shell(`cat ${quote(MAIN)} > fifo & ae fifo --quiet`, { cwd: dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).statistics).toHaveLength(6);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s ends the wait on a named pipe no one writes to: exit %d, one line', async (signal, code) => {
    const dir = scratch();
    spawnSync('mkfifo', [join(dir, 'fifo')]);
    // With -o, the file already there is left as it was and no temporary file is left beside it.
    writeFileSync(join(dir, 'out.json'), 'old');
    for (const args of [['fifo'], ['fifo', MAIN, '--jobs', '1'], ['fifo', '-o', 'out.json'], ['fifo', MAIN, '--jobs', '1', '-o', 'out.json']]) {
      // The signal comes once the command has the pipe open (and so is waiting on it).
      const result = await spawnBin([...args, '--quiet'], { cwd: dir }, async (child) => {
        while (!holds(child.pid as number, join(dir, 'fifo')) && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 10));
        child.kill(signal);
      });
      expect(result.signal).toBeNull();
      expect(result.code).toBe(code);
      expectOneLine(result.stderr.split('\n').filter((line) => !/pages extracted/.test(line)).join('\n'), new RegExp(`interrupted by ${signal}`));
      expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('old');
      expect(readdirSync(dir).sort()).toEqual(['fifo', 'out.json']);
    }
  });

  it('a socket: exit 3, one line', async () => {
    const dir = scratch();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'sock'), resolve));
    try {
      const result = await spawnBin(['sock'], { cwd: dir });
      expect(result.code).toBe(3);
      expectOneLine(result.stderr, /^alliance-extract: sock: is a socket$/);
    } finally {
      server.close();
    }
  });

  it.each([
    ['--linked', [MAIN, '--linked', 'dir']],
    ['expect', ['expect', 'dir']],
    ['a side of diff', ['diff', MAIN, 'dir']],
    ['--expect', ['check', MAIN, '--expect', 'dir']],
    ['--files-from', ['--files-from', 'dir']],
  ])('a directory where one file is read (%s): exit 3, one line', async (_what, args) => {
    const dir = scratch();
    mkdirSync(join(dir, 'dir'));
    copyFileSync(MAIN, join(dir, 'dir', 'page.html'));
    const result = await spawnBin(args, { cwd: dir });
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expectOneLine(result.stderr, /^alliance-extract: dir: is a directory$/);
  });

  it('a file that reports no size (/proc) is read all the same', () => {
    const result = shell(`ae /proc/self/status`);
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /^alliance-extract: \/proc\/self\/status: the input is not an HTML page/);
  });
});

describe('standard input and pipes in a batch', () => {
  it('--files-from takes a NUL-separated list (find -print0), names with spaces and newlines kept whole', () => {
    const dir = scratch();
    for (const name of [' lead.html', 'a b.html', 'new\nline.html']) copyFileSync(MAIN, join(dir, name));
    const result = shell(`printf ' lead.html\\0a b.html\\0new\\nline.html\\0' | ae --files-from - --jobs 1 --quiet`, { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).path)).toEqual([' lead.html', 'a b.html', 'new\nline.html']);
  });

  it('--files-from with CRLF lines', () => {
    const { dir } = pages(2);
    const result = shell(`printf 'page-00000.html\\r\\npage-00001.html\\r\\n' | ae --files-from - --jobs 1 --quiet`, { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).path)).toEqual(['page-00000.html', 'page-00001.html']);
  });

  it('reads "-" once, on the main thread, while worker threads extract the other pages', () => {
    const { files } = pages(3);
    const result = shell(`ae - ${files.map(quote).join(' ')} --jobs 3 --quiet`, { input: readFileSync(MAIN) });
    expect(result.code).toBe(0);
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(records.map((record) => [record.path, record.statistics?.length])).toEqual([['-', 6], ...files.map((file) => [file, 6])]);
  });

  it('reads a --linked page on standard input once, for the pages of every thread', () => {
    const { files } = pages(4);
    const result = shell(`ae ${files.map(quote).join(' ')} --linked - --jobs 2 --quiet`, { input: readFileSync(MEMO) });
    expect(result.code).toBe(0);
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(records.map((record) => [record.countries?.source, record.countries?.items.length])).toEqual(files.map(() => ['linked', 48]));
  });

  it('reads pages given as pipes (/dev/fd/N)', () => {
    const result = shell(`ae <(cat ${quote(MAIN)}) <(cat ${quote(MAIN)}) --jobs 2 --quiet`);
    expect(result.code).toBe(0);
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(records.map((record) => record.statistics?.length)).toEqual([6, 6]);
  });
});

describe('names that could drive a terminal', () => {
  it.each([
    ['a clipboard write (OSC 52)', '\u001b]52;c;aGVsbG8=\u0007.html'],
    ['a screen clear', '\u001b[2Jx.html'],
    ['a newline', 'a\nalliance-extract: all good.html'],
    ['a right-to-left override', 'lmth.\u202Eexe'],
  ])('%s in a file name is escaped in the error line', (_what, name) => {
    const dir = scratch();
    writeFileSync(join(dir, name), '');
    for (const args of [[name], [name, name, '--jobs', '1']]) {
      const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: TIMEOUT_MS });
      expect(result.status).toBe(3);
      const lines = result.stderr.trimEnd().split('\n').filter((line) => !/pages extracted/.test(line));
      expect(new Set(lines).size).toBe(1);
      expect(lines[0]).toMatch(/the input is empty$/);
      expect(result.stderr).not.toMatch(/[\u001b\u0007\u202e]/);
    }
  });

  it('a name that is not valid UTF-8, as an argument or in a directory: exit 3, one line that says why it is not found', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'captures'));
    const bad = Buffer.concat([Buffer.from('Malmstr'), Buffer.from([0xf6]), Buffer.from('m.html')]);
    writeFileSync(Buffer.concat([Buffer.from(join(dir, 'captures') + '/'), bad]), readFileSync(MAIN));
    for (const args of [`"$(printf 'captures/Malmstr\\366m.html')"`, 'captures']) {
      const result = shell(`ae ${args}`, { cwd: dir });
      expect(result.code).toBe(3);
      const lines = result.stderr.trimEnd().split('\n').filter((line) => !/pages extracted/.test(line));
      expectOneLine(lines.join('\n'), /^alliance-extract: captures\/Malmstr\uFFFDm\.html: no such file \(its name may not be valid UTF-8, which Node cannot read: rename it\)$/);
    }
  });

  it('warnings quoting the page are escaped', () => {
    const dir = scratch();
    const page = readFileSync(MAIN, 'utf8').replace('<li>', '<li>Mer \u202Emakt\u2028åt \u001b[2Jnågon, utan tvekan.</li><li>');
    writeFileSync(join(dir, 'page.html'), page);
    const result = spawnSync(process.execPath, [BIN, join(dir, 'page.html')], { encoding: 'utf8', timeout: TIMEOUT_MS });
    expect(result.stderr).toMatch(/\[unrecognised-list-item\]/);
    expect(result.stderr).not.toMatch(/[\u001b\u202e\u2028]/);
  });

  // Since the evening of 6 December the JSON and the YAML on standard output too, where a warning's quote kept them raw.
  it.each(['json', 'yaml'])('warnings quoting the page are escaped in the %s it prints, and read back the same', (format) => {
    const dir = scratch();
    const quoted = 'Mer \u202Emakt\u2028åt \u2066någon\u2069, utan tvekan.';
    const page = readFileSync(MAIN, 'utf8').replace('<li>', `<li>${quoted}</li><li>`);
    writeFileSync(join(dir, 'page.html'), page);
    const result = spawnSync(process.execPath, [BIN, join(dir, 'page.html'), '--format', format], { encoding: 'utf8', timeout: TIMEOUT_MS });
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    const value = format === 'json' ? JSON.parse(result.stdout) : parseYaml(result.stdout);
    // The page's line separator is a space in the quote; the controls are the page's own.
    expect(value.warnings.some(({ message }: { message: string }) => message.includes('Mer \u202Emakt åt \u2066någon\u2069,'))).toBe(true);
  });
});

describe('resource bounds and mistakes', () => {
  it('caps --jobs at a small multiple of the cores, and says so', () => {
    const { files } = pages(3);
    const result = shell(`ae ${files.map(quote).join(' ')} --jobs 1000`);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^alliance-extract: note: --jobs 1000 is more than this machine can use: \d+ threads \(\d+ a core\)$/m);
    expect(result.stderr).toContain(`3 of 3 pages extracted, 0 failed`);
    expect(result.stderr).toMatch(new RegExp(`, ${Math.min(3, 2 * availableParallelism())} jobs\\)`));
    const quiet = shell(`ae ${files.map(quote).join(' ')} --jobs 1000 --quiet`);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toMatch(/note:/);
  });

  it('names the --linked file when that is the one that fails', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'empty.html'), '');
    const result = shell(`ae ${quote(MAIN)} --linked empty.html`, { cwd: dir });
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /^alliance-extract: empty\.html: the input is empty$/);
  });

  it.each([
    [['-', '-']],
    [['-', '--files-from', '-']],
    [['-', '--linked', '-']],
    [['--files-from', '-', '--linked', '-']],
  ])('standard input used twice (%j) is a usage error', (args) => {
    const result = shell(`ae ${args.map(quote).join(' ')}`, { input: '-\n' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expectOneLine(result.stderr, /standard input .* twice/);
  });

  it('a directory with no pages says so, naming it', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'captures'));
    writeFileSync(join(dir, 'captures', 'notes.txt'), 'nothing');
    const result = shell(`ae ${quote(MAIN)} captures`, { cwd: dir });
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expectOneLine(result.stderr, /^alliance-extract: captures: no pages in this directory \(\.html, \.htm, .*\)$/);
  });
});

/** A standard output that refuses every write, as a full disk does. */
function fullDisk(): Writable {
  return new Writable({
    write(_chunk, _encoding, callback) {
      callback(Object.assign(new Error('EFBIG: file too large, write'), { code: 'EFBIG' }));
    },
  });
}

async function runWith(argv: string[], streams: { stdin?: Readable; stdout?: Writable; signal?: AbortSignal }): Promise<{ code: number; stderr: string }> {
  const stderr = new PassThrough();
  const chunks: Buffer[] = [];
  stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const io: CliIO = {
    stdin: streams.stdin ?? Readable.from([]),
    stdout: streams.stdout ?? new PassThrough().resume(),
    stderr,
    env: {},
    cwd: process.cwd(),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    signal: streams.signal,
  };
  const code = await run(argv, io);
  return { code, stderr: Buffer.concat(chunks).toString('utf8') };
}

describe('in process: every write checked, every stop honoured', () => {
  it.each([
    ['one page', [MAIN, '--quiet']],
    ['a batch', [MAIN, MAIN, '--jobs', '1', '--quiet']],
    ['the schema', ['schema']],
  ])('%s to a standard output that refuses it: exit 3, one line', async (_what, argv) => {
    const result = await runWith(argv, { stdout: fullDisk() });
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /^alliance-extract: standard output: cannot write the output \(file too large\)$/);
  });

  it('a run asked to stop before it writes: 128 + the signal, nothing written', async () => {
    const { dir, files } = pages(2);
    const controller = new AbortController();
    controller.abort('SIGTERM');
    for (const argv of [[files[0] as string], files]) {
      const result = await runWith([...argv, '--jobs', '1', '--quiet', '-o', join(dir, 'x.out')], { signal: controller.signal });
      expect(result.code).toBe(143);
      expectOneLine(result.stderr, /^alliance-extract: interrupted by SIGTERM$/);
      expect(readdirSync(dir).filter((name) => !name.startsWith('page-'))).toEqual([]);
    }
  });

  it.each([
    ['check', ['check']],
    ['diff', ['diff']],
  ])('%s asked to stop before it writes: 128 + the signal, nothing written', async (_command, args) => {
    const controller = new AbortController();
    controller.abort('SIGTERM');
    const stdout = new PassThrough();
    const written: Buffer[] = [];
    stdout.on('data', (chunk: Buffer) => written.push(chunk));
    const result = await runWith([...args, MAIN, MAIN], { stdout, signal: controller.signal });
    expect(result.code).toBe(143);
    expectOneLine(result.stderr, /^alliance-extract: interrupted by SIGTERM$/);
    expect(Buffer.concat(written).toString('utf8')).toBe('');
  });

  it('a signal ends a wait on a standard input that never ends', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort('SIGINT'), 50);
    const result = await runWith(['-'], { stdin: new PassThrough(), signal: controller.signal });
    expect(result.code).toBe(130);
    expectOneLine(result.stderr, /^alliance-extract: interrupted by SIGINT$/);
  });

  it('mapOrdered starts no task and emits nothing once interrupted', async () => {
    let stop: (error: Error) => void = () => undefined;
    const interruption = new Promise<never>((_resolve, reject) => (stop = reject));
    const started: number[] = [];
    const emitted: number[] = [];
    const task = async (index: number) => {
      started.push(index);
      if (index === 3) stop(new Error('stop'));
      await new Promise((resolve) => setTimeout(resolve, 1));
      return index;
    };
    await expect(mapOrdered(100, 2, task, (index) => void emitted.push(index), interruption)).rejects.toThrow('stop');
    const startedThen = started.length;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(started.length).toBe(startedThen);
    expect(startedThen).toBeLessThan(100);
    expect(emitted.every((index) => index < 4)).toBe(true);
  });
});
