import { withoutCharacters, type Uncut } from './without.js';

/**
 * The bidirectional controls: marks, embeddings, overrides and isolates. They are invisible, but may show the text
 * around them otherwise than as written ("\u202e779" shows 977), so the normalizer keeps them (src/text/normalize.ts
 * drops the zero widths, which show nothing).
 */
export const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const isControl = (code: number): boolean => code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
/** An embedding, an override or an isolate opened: it reaches to its closing control (U+202C, U+2069) or the paragraph's end. */
const opens = (code: number): boolean => code === 0x202a || code === 0x202b || code === 0x202d || code === 0x202e || (code >= 0x2066 && code <= 0x2068);
const closes = (code: number): boolean => code === 0x202c || code === 0x2069;
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/**
 * The text as it reads with its bidirectional controls taken out ("260 personer\u200e" reads "260 personer"), or
 * undefined if it has none.
 */
export function withoutBidiControls(text: string, cuts: readonly number[] = []): Uncut | undefined {
  if (!BIDI_CONTROL.test(text)) return undefined;
  return withoutCharacters(text, cuts, (index) => isControl(text.charCodeAt(index)));
}

/** The text without its bidirectional controls, as `withoutBidiControls` reads it; the text itself if it has none. */
export const withoutControls = (text: string): string => withoutBidiControls(text)?.text ?? text;

/**
 * How many embeddings, overrides and isolates are open at `end` of a paragraph's text; `open` of them at `from`, for a
 * reader that goes through the text in order and asks at each sentence (asked from the start each time, a paragraph
 * of 8 000 sentences took seconds).
 */
export function controlsOpenAt(text: string, end: number, from = 0, open = 0): number {
  for (let index = from; index < end; index++) {
    const code = text.charCodeAt(index);
    if (opens(code)) open++;
    else if (closes(code) && open > 0) open--;
  }
  return open;
}

/**
 * Whether a bidirectional control may show a digit of the text otherwise than as written, or split a figure: one
 * stands right before or after a digit ("2\u200e60", "\u202e779"), or a digit stands inside an embedding, an override
 * or an isolate ("\u202eTotalt greps 260" shows 062), `open` of them already open where the text starts (see
 * `controlsOpenAt`). Controls elsewhere move words, not figures.
 */
export function controlsMayMoveDigits(text: string, open = 0): boolean {
  let inside = open;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (opens(code)) inside++;
    else if (closes(code) && inside > 0) inside--;
    if (isDigit(code) && (inside > 0 || isControl(text.charCodeAt(index - 1)) || isControl(text.charCodeAt(index + 1)))) return true;
  }
  return false;
}
