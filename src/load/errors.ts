/** Why the input could not be read as a web page. Maps to exit code 3. */
export type InputProblem = 'missing' | 'unreadable' | 'empty' | 'binary' | 'not-html' | 'undecodable' | 'too-large' | 'unsupported' | 'unreachable';

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly problem: InputProblem,
    message: string,
  ) {
    super(message);
  }
}
