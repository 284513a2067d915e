import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { ClosedPipe, EXIT, Interrupted, OutputError, UsageError, exitCodeFor, type Outcome } from './exit.js';
import { stdoutError, written, type CliIO } from './io.js';
import { formatSize, parseSize } from './size.js';
import { WORKERS_FROM_BYTES } from './batch/jobs.js';
import { FORMATS } from '../emit/emit.js';
import { CHECK_FORMATS } from '../report/formats.js';
import { closest } from '../text/closest.js';
import { safe } from '../text/escape.js';
import { withoutPassword } from '../text/address.js';
import { standardInputOnce } from './stdinOnce.js';

export type { CliIO } from './io.js';
export { EXIT } from './exit.js';
export { stdoutError } from './io.js';

/** For bin/batch-worker.js: a worker thread's share of a batch. */
export async function serveBatch(...args: Parameters<typeof import('./batch/serve.js').serveBatch>): Promise<void> {
  const { serveBatch: serve } = await import('./batch/serve.js');
  return serve(...args);
}

const DEFAULT_MAX_SIZE = '64MB';
const HELP_WIDTH = 100;

function positiveInteger(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
  return value;
}

/**
 * An option naming one file, refused when given twice or empty: commander would keep
 * the last, and `--expect base.yaml --expect more.yaml` would check against
 * one of them while looking like both.
 */
function once(value: string, previous: string | undefined): string {
  if (previous !== undefined) throw new InvalidArgumentError('given twice: it takes one file');
  // An unset shell variable (`-o "$OUT"`): no file has an empty name.
  if (value === '') throw new InvalidArgumentError('an empty file name');
  return value;
}

function outputOption(): Option {
  return new Option('-o, --output <file>', "write to this file (all or nothing) instead of standard output ('-')").argParser(once);
}

/** `-o -` is standard output, as `-` is standard input: a file named "-" is never what was meant. */
function outputFile(output: string | undefined): string | undefined {
  return output === '-' ? undefined : output;
}

function sizeOption(): Option {
  return new Option('--max-size <size>', 'refuse inputs larger than this (compressed ones: once unpacked too)').default(DEFAULT_MAX_SIZE);
}

function seconds(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new InvalidArgumentError('must be a number of seconds above 0');
  return value;
}

/** Kept in step with DEFAULT_TIMEOUT_SECONDS in fetch.ts, which this module does not load for --help's sake. */
function timeoutOption(): Option {
  return new Option('--timeout <seconds>', 'give up on an http(s) page after this many seconds').default(30).argParser(seconds);
}

const HELP_AFTER = `
The default command is extract: \`alliance-extract PAGE\` is \`alliance-extract extract PAGE\`.

Examples:
  alliance-extract post.html --format yaml
  alliance-extract post.html --linked memo-12-944.html -o post.json
  alliance-extract captures/ > all.ndjson
  alliance-extract expect post.html -o expected-figures.yaml
  alliance-extract check captures/ --expect expected-figures.yaml --format junit > check.xml
  alliance-extract diff saved.json new-capture.html

Exit codes:
  0   success
  1   check: a figure is missing or differs from the expectations; diff: the two sides differ
  2   usage: unknown command or option, bad argument, malformed expectations file
  3   input or output: a missing, unreadable, empty or non-HTML file; over --max-size; -o cannot be written
  4   incomplete: the page is not the complete post (nothing is printed unless --partial); diff: both sides lack a fact
  70  internal error: a bug in this tool, please report it
  141 standard output's reader (or -o's) closed the pipe before everything was written (... | head)
  129, 130, 143  interrupted by SIGHUP, SIGINT or SIGTERM; -o's file is then not written

Environment:
  NO_COLOR     set: no color in reports (https://no-color.org)
  FORCE_COLOR  color even off a terminal (1, 2 or 3: the depth; 0: none); wins over NO_COLOR
  TERM=dumb    no color
`;

/** commander's error, and its "(Did you mean …?)" on a line of its own, as one line: it echoes an option's value as given. */
function oneLineUsage(text: string): string {
  const [error = '', ...rest] = text.trim().replace(/^error: /, '').split('\n');
  const hint = rest.join(' ').trim().replace(/^\(Did you mean/, '(did you mean');
  return safe(withoutPassword(hint ? `${error} ${hint}` : `${error} (see --help)`));
}

/**
 * A first argument that is no file and is a slip for a command (`chek`) is
 * not a page to extract: the default command would only say "no such file".
 */
function refuseMistypedCommand(first: string | undefined, root: Command, io: CliIO): void {
  if (first === undefined || !/^[a-z-]+$/i.test(first) || existsSync(resolve(io.cwd, first))) return;
  const command = closest(first, root.commands.map((candidate) => candidate.name()));
  if (command) throw new UsageError(`unknown command '${safe(first)}' (did you mean ${command}?)`);
}

/**
 * Builds the command line. Each action imports its command only when it runs,
 * so `--version` and `--help` never load the parser or the schemas.
 */
function program(io: CliIO, settle: (outcome: Outcome) => void): Command {
  const root = new Command('alliance-extract')
    .description(
      "Extracts the commitments, statistics and countries from Cecilia Malmström's post on the Global Alliance against Child Sexual Abuse Online. " +
        'extract is the default command.',
    )
    .version(pkg.version, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // A fixed width, not the terminal's: help reads the same everywhere, and
      // the build can save it for bin/ to print without loading the CLI.
      getOutHelpWidth: () => HELP_WIDTH,
      getErrHelpWidth: () => HELP_WIDTH,
      outputError: (text, write) => write(`alliance-extract: ${oneLineUsage(text)}\n`),
    })
    .addHelpText('after', HELP_AFTER);

  root
    .command('extract', { isDefault: true })
    .hook('preAction', (_command, action) => refuseMistypedCommand(action.args[0], root, io))
    .description('extract the post from pages as JSON or YAML; several pages (or a directory) make an NDJSON stream')
    .argument('[pages...]', 'pages: paths, directories, http(s) addresses, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: json for one page, ndjson for several)').choices([...FORMATS]))
    .addOption(outputOption())
    .option('--linked <file>', 'the saved page that the footnote links to, for the list of countries', once)
    .option('--partial', 'print what was found even when the post is incomplete (still exits 4)', false)
    .option('--files-from <file>', 'read more page paths, one a line, from this file (- for standard input)', once)
    .option('-j, --jobs <n>', `threads for several pages (default: one below ${formatSize(WORKERS_FROM_BYTES)} of pages, else one a core)`, positiveInteger)
    .option('-q, --quiet', 'print no warnings on standard error', false)
    .option('--no-color', 'never color (accepted as on the other commands; extraction output is never colored)')
    .addOption(sizeOption())
    .addOption(timeoutOption())
    .action(async (args: string[], options) => {
      standardInputOnce(args, { '--files-from': options.filesFrom, '--linked': options.linked });
      const { expandInputs } = await import('./batch/inputs.js');
      const pages = await expandInputs(args, options.filesFrom, io);
      if (pages.length === 0) throw new UsageError("missing page: give a path, a directory, '-' or --files-from (see --help)");
      const common = { ...options, output: outputFile(options.output), maxSize: parseSize(options.maxSize) };
      if (pages.length === 1 && pages[0] === args[0] && !options.filesFrom) {
        const { extractCommand } = await import('./commands/extract.js');
        settle(await extractCommand(args[0] as string, { ...common, format: options.format ?? 'json' }, io));
      } else {
        const { batchCommand } = await import('./commands/batch.js');
        settle(await batchCommand(pages, { ...common, format: options.format ?? 'ndjson' }, io));
      }
    });

  root
    .command('check')
    .description('check that the figures parse and hang together, and match expectations; several pages, directories or saved extractions')
    .argument('<pages...>', 'saved pages or extractions (JSON/YAML): paths, directories, http(s) addresses, or - for standard input')
    .option('--expect <file>', 'expected figures, as YAML or JSON (write one with `expect`)', once)
    .option('--expect-beside <name>', "a page's own expectations: this file in the page's folder, where there is one, instead of --expect's", once)
    .option('--linked <file>', 'the saved page that the footnote links to', once)
    .option('--strict', 'fail on any warning of the extraction too (such as countries from the reference copy)', false)
    .option('-q, --quiet', 'report only what failed', false)
    .addOption(new Option('-f, --format <format>', 'report format').choices([...CHECK_FORMATS]).default('text'))
    .option('--no-color', 'never color the report')
    .addOption(sizeOption())
    .addOption(timeoutOption())
    .action(async (pages: string[], options) => {
      standardInputOnce(pages, { '--expect': options.expect, '--linked': options.linked });
      const { checkCommand } = await import('./commands/check.js');
      settle(await checkCommand(pages, { ...options, maxSize: parseSize(options.maxSize) }, io));
    });

  root
    .command('expect')
    .description('write an expectations file for `check --expect` from a capture of the complete post')
    .argument('<page>', 'the page: a path, an http(s) address, or - for standard input')
    .option('--linked <file>', 'the saved page that the footnote links to, for the list of countries', once)
    .addOption(outputOption())
    .addOption(sizeOption())
    .addOption(timeoutOption())
    .action(async (page: string, options) => {
      standardInputOnce([page], { '--linked': options.linked });
      const { expectCommand } = await import('./commands/expect.js');
      settle(await expectCommand(page, { ...options, output: outputFile(options.output), maxSize: parseSize(options.maxSize) }, io));
    });

  root
    .command('diff')
    .description('compare two captures (pages or saved extractions) fact by fact')
    .argument('<a>', 'a page or a saved extraction')
    .argument('<b>', 'a page or a saved extraction')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json']).default('text'))
    .option('--no-color', 'never color the report')
    .addOption(sizeOption())
    .addOption(timeoutOption())
    .action(async (a: string, b: string, options) => {
      standardInputOnce([a, b], {});
      const { diffCommand } = await import('./commands/diff.js');
      settle(await diffCommand(a, b, { ...options, maxSize: parseSize(options.maxSize) }, io));
    });

  root
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of the output')
    .option('--expectations', 'print the schema of an expectations file instead', false)
    .addOption(new Option('--ndjson', 'print the schema of one record of batch output (an NDJSON line, a YAML stream document) instead').conflicts('expectations'))
    .addOption(new Option('--check', 'print the schema of the report of check --format json instead').conflicts(['expectations', 'ndjson']))
    .addOption(new Option('--diff', 'print the schema of the report of diff --format json instead').conflicts(['expectations', 'ndjson', 'check']))
    .action(async (options) => {
      const { schemaCommand } = await import('./commands/schema.js');
      settle(schemaCommand(options, io));
    });

  return root;
}

/** The one line a failed run prints: the error's message, escaped, for it may hold a file name or page text. */
function oneLine(error: unknown): string {
  return safe(error instanceof Error ? error.message : String(error));
}

/**
 * Runs the command line and resolves to the exit code. Never throws and never
 * touches `process`: `bin/` passes the real streams, tests pass their own.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  // Standard error is where failures are told: once it is gone there is no one
  // left to tell, and the run ends with its own exit code.
  io.stderr.on('error', () => undefined);
  // A failed write to standard output fails the run, whichever command made it.
  let stdoutFailure: unknown;
  io.stdout.on('error', (error) => (stdoutFailure ??= error));
  let outcome: Outcome = { kind: 'printed' };
  let usageCode: number | undefined;
  try {
    await program(io, (settled) => (outcome = settled)).parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) usageCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    else outcome = { kind: 'failed', error };
  }
  if (stdoutFailure === undefined && !io.stdout.writableEnded) await written(io.stdout, io.signal).catch((error: unknown) => (stdoutFailure ??= error));
  // A signal ends the run whatever else happened; then the command's own
  // failure; then a failed write to standard output.
  let failure: unknown = outcome.kind === 'failed' ? outcome.error : undefined;
  if (io.signal?.aborted && !(failure instanceof Interrupted)) failure = new Interrupted(String(io.signal.reason));
  else if (failure === undefined && stdoutFailure !== undefined) failure = stdoutFailure instanceof OutputError ? stdoutFailure : stdoutError(stdoutFailure);
  if (failure === undefined) return usageCode ?? exitCodeFor(outcome);
  // Nothing to say of a reader that left, as of standard output's (bin/alliance-extract.js).
  if (failure instanceof ClosedPipe) return failure.exitCode;
  const code = failure instanceof Interrupted ? failure.exitCode : exitCodeFor({ kind: 'failed', error: failure });
  const label = code === EXIT.internal ? 'internal error (please report): ' : '';
  io.stderr.write(`alliance-extract: ${label}${oneLine(failure)}\n`);
  return code;
}
