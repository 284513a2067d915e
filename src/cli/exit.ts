import { constants } from 'node:os';
import { InputError } from '../load/errors.js';

/** The exit codes, as the README documents them. */
export const EXIT = {
  ok: 0,
  /** `check` found a figure missing or different; `diff` found a difference. */
  failed: 1,
  usage: 2,
  /** The input cannot be read as a page, or the output cannot be written. */
  input: 3,
  /** The page is readable but the post's required facts are not all in it. */
  incomplete: 4,
  /** A bug in this tool. */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake in how the tool was called. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode = EXIT.usage;
}

/** An output file that could not be written. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  readonly exitCode = EXIT.input;
}

/**
 * The reader of `-o`'s pipe closed it before the run had written everything
 * (`-o /dev/fd/3 3>&1 | head`, `-o >(head -c 10)`, a named pipe): the run
 * ends there, quietly, as when standard output's reader closes it
 * (bin/alliance-extract.js): 128 + SIGPIPE's 13, as a tool that SIGPIPE
 * stopped writing to the same pipe would.
 */
export class ClosedPipe extends Error {
  override readonly name = 'ClosedPipe';
  readonly exitCode = 128 + constants.signals.SIGPIPE;
}

/**
 * The run was asked to stop (SIGINT, SIGTERM): what it was writing is dropped,
 * and it ends with 128 + the signal's number, as a shell reports a process
 * killed by that signal.
 */
export class Interrupted extends Error {
  override readonly name = 'Interrupted';
  constructor(readonly signal: string) {
    super(`interrupted by ${signal}`);
  }

  get exitCode(): number {
    return 128 + (constants.signals[this.signal as NodeJS.Signals] ?? constants.signals.SIGTERM);
  }
}

export type Outcome =
  | { kind: 'extracted'; missing: readonly string[] }
  | { kind: 'checked'; passed: boolean; isPost: boolean }
  | { kind: 'diffed'; differences: number; missingFromBoth: number }
  | { kind: 'batch'; failures: readonly ExitCode[] }
  | { kind: 'printed' }
  | { kind: 'failed'; error: unknown };

/** The one place that decides how a run ends. */
export function exitCodeFor(outcome: Outcome): ExitCode {
  switch (outcome.kind) {
    case 'printed':
      return EXIT.ok;
    case 'extracted':
      return outcome.missing.length > 0 ? EXIT.incomplete : EXIT.ok;
    case 'checked':
      if (!outcome.isPost) return EXIT.incomplete;
      return outcome.passed ? EXIT.ok : EXIT.failed;
    case 'batch':
      return outcome.failures[0] ?? EXIT.ok;
    case 'diffed':
      // Facts neither side states were not compared: an incomplete comparison is no "the same".
      if (outcome.missingFromBoth > 0) return EXIT.incomplete;
      return outcome.differences > 0 ? EXIT.failed : EXIT.ok;
    case 'failed':
      if (outcome.error instanceof UsageError) return EXIT.usage;
      if (outcome.error instanceof InputError || outcome.error instanceof OutputError) return EXIT.input;
      return EXIT.internal;
  }
}
