/** Why the input could not be read as a web page. */
export type InputProblem = 'missing' | 'unreadable' | 'empty' | 'binary' | 'not-html' | 'undecodable' | 'too-large' | 'unsupported' | 'unreachable';

/** Input that is not a readable web page. */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** The CLI's exit code for it: EXIT.input of src/cli/exit.ts, which this layer does not import. */
  readonly exitCode = 3;
  constructor(
    readonly problem: InputProblem,
    message: string,
    /** Which input it is about: the page, or the linked page given with it (`ExtractOptions.linked`). */
    readonly input: 'page' | 'linked' = 'page',
    /**
     * For `too-large`: the input went over a limit its reader chose, which a
     * larger one (`maxBytes`, the CLI's --max-size) would let through. How to
     * raise it is the reader's to say: a library caller has no --max-size.
     */
    readonly raisable = false,
  ) {
    super(message);
  }
}
