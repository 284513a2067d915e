import { withoutPassword } from './address.js';

/**
 * Text that came from a page, a file name or a file's contents is shown to a
 * person, never obeyed. Anything a terminal or a text renderer would act on
 * instead of showing is printed as a visible `\uXXXX` escape:
 * - C0 and C1 controls and DEL (ESC starts ANSI and OSC sequences such as
 *   `ESC ] 52` — a clipboard write; a newline would cut a one-line message);
 * - U+2028 and U+2029, which some terminals and most editors break lines at;
 * - the bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
 *   U+2066–U+2069), which reorder what follows them on screen ("Trojan Source").
 */
export const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** An input's name in a message: `-` is standard input; any other name is as given, an address's password masked. */
export function inputName(path: string): string {
  return path === '-' ? 'standard input' : withoutPassword(path);
}

/** An input's name as printed for a person (`inputName`, escaped). */
export function shownName(path: string): string {
  return safe(inputName(path));
}

/** A character of the Basic Multilingual Plane as a `\uXXXX` escape, which JavaScript, JSON and YAML's double quotes read. */
export function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Every human-facing string from outside the tool passes here before it is printed. */
export function safe(text: string): string {
  return text.replace(UNSAFE, unicodeEscape);
}
