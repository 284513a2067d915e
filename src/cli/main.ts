import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { EXIT, UsageError, exitCodeFor, type Outcome } from './exit.js';
import type { CliIO } from './io.js';
import { parseSize } from './size.js';
import { FORMATS } from '../emit/emit.js';

export type { CliIO } from './io.js';
export { EXIT } from './exit.js';

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

/**
 * Builds the command line. Each action imports its command only when it runs,
 * so `--version` and `--help` never load the parser or the schemas.
 */
function program(io: CliIO, settle: (outcome: Outcome) => void): Command {
  const root = new Command('alliance-extract')
    .description("Extracts the commitments, statistics and countries from Cecilia Malmström's post on the Global Alliance against Child Sexual Abuse Online")
    .version(pkg.version, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // A fixed width, not the terminal's: help reads the same everywhere, and
      // the build can save it for bin/ to print without loading the CLI.
      getOutHelpWidth: () => HELP_WIDTH,
      getErrHelpWidth: () => HELP_WIDTH,
      outputError: (text, write) => write(`alliance-extract: ${text.trim().replace(/^error: /, '')} (see --help)\n`),
    });

  root
    .command('extract', { isDefault: true })
    .description('extract the post from pages as JSON or YAML; several pages (or a directory) make an NDJSON stream')
    .argument('[pages...]', 'pages: paths, directories, http(s) addresses, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: json for one page, ndjson for several)').choices([...FORMATS]))
    .option('-o, --output <file>', 'write to this file (all or nothing) instead of standard output')
    .option('--linked <file>', 'the saved page that the footnote links to, for the list of countries')
    .option('--partial', 'print what was found even when the post is incomplete (still exits 4)', false)
    .option('--files-from <file>', 'read more page paths, one a line, from this file (- for standard input)')
    .option('-j, --jobs <n>', 'worker threads for several pages (default: one a core)', positiveInteger)
    .option('-q, --quiet', 'print no warnings on standard error', false)
    .addOption(sizeOption())
    .addOption(timeoutOption())
    .action(async (args: string[], options) => {
      const { expandInputs } = await import('./batch/inputs.js');
      const pages = await expandInputs(args, options.filesFrom, io);
      if (pages.length === 0) throw new UsageError("missing page: give a path, a directory, '-' or --files-from (see --help)");
      const common = { ...options, maxSize: parseSize(options.maxSize) };
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
    .description('check that the figures parse and hang together, and optionally match expectations')
    .argument('<page>', 'the page: a path, an http(s) address, or - for standard input')
    .option('--expect <file>', 'expected figures, as YAML or JSON')
    .option('--linked <file>', 'the saved page that the footnote links to')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json']).default('text'))
    .option('--no-color', 'never color the report')
    .addOption(sizeOption())
    .addOption(timeoutOption())
    .action(async (page: string, options) => {
      const { checkCommand } = await import('./commands/check.js');
      settle(await checkCommand(page, { ...options, maxSize: parseSize(options.maxSize) }, io));
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
      const { diffCommand } = await import('./commands/diff.js');
      settle(await diffCommand(a, b, { ...options, maxSize: parseSize(options.maxSize) }, io));
    });

  root
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of the output')
    .option('--expectations', 'print the schema of an expectations file instead', false)
    .action(async (options) => {
      const { schemaCommand } = await import('./commands/schema.js');
      settle(schemaCommand(options, io));
    });

  return root;
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

/**
 * Runs the command line and resolves to the exit code. Never throws and never
 * touches `process`: `bin/` passes the real streams, tests pass their own.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let outcome: Outcome = { kind: 'printed' };
  try {
    await program(io, (settled) => (outcome = settled)).parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    outcome = { kind: 'failed', error };
  }
  const code = exitCodeFor(outcome);
  if (outcome.kind === 'failed') {
    const label = code === EXIT.internal ? 'internal error (please report): ' : '';
    io.stderr.write(`alliance-extract: ${label}${oneLine(outcome.error)}\n`);
  }
  return code;
}
