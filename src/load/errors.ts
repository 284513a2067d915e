/** Why the input could not be read as a web page. Maps to exit code 3. */
export type InputProblem = 'missing' | 'unreadable' | 'empty' | 'binary' | 'not-html' | 'undecodable' | 'too-large';

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly problem: InputProblem,
    message: string,
    /** Which input it is about: the page, or the linked page given with it (`ExtractOptions.linked`). */
    readonly input: 'page' | 'linked' = 'page',
  ) {
    super(message);
  }
}
