import { PassThrough, Readable } from 'node:stream';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString('utf8');
}

/** Runs the CLI in this process with its own streams, as `bin/` would with the real ones. */
export async function runCli(
  argv: string[],
  options: { stdin?: Uint8Array | string; env?: Record<string, string>; cwd?: string; tty?: boolean; signal?: AbortSignal } = {},
): Promise<RunResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const io: CliIO = {
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdout,
    stderr,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
    signal: options.signal,
  };
  const code = await run(argv, io);
  stdout.end();
  stderr.end();
  return { code, stdout: out(), stderr: err() };
}
