/**
 * The letters of the post's two languages, for patterns that must tell a
 * whole word from part of one. Latin-1 covers Swedish and English; Unicode
 * property classes (\p{L}) would cover more, but each one compiled with the
 * i flag costs V8 about a third of a millisecond — a tenth of a cold run
 * spent compiling the rules.
 */
export const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF';
export const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE';
export const WORD_CHAR = `${LETTER}0-9`;

/** Unicode's arrows, its three blocks of them ("→", "⟶", "⤏"), for a pattern's character class. */
export const ARROWS = '\\u2190-\\u21FF\\u27F0-\\u27FF\\u2900-\\u297F';

/** Whether a UTF-16 code unit is one of `LETTER`'s, for loops that read a text a unit at a time. */
export function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
}
