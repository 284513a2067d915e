import { FOOTNOTE_MARK, ROMAN_MARK, starMark, SUPERSCRIPT_MARK } from '../rules/noteMarks.js';
import type { Block } from './blocks.js';

/**
 * A footnote mark: digits the text is cut right before and right after (`Block.cuts`), as "1" in "Sverige<sup>1</sup>,";
 * since 4 December a roman numeral so set apart too, "i" in "48 länder*<sup>i</sup>,".
 */
const MARK = new RegExp(`^(?:[0-9]+|${ROMAN_MARK})(?= ?$)`);

/**
 * The text from `from` on, less the footnote marks in it: "bilder<sup>1</sup>
 * ut" reads "bilder ut", "Sverige<sup>1</sup>, Norge" reads "Sverige, Norge".
 * A mark is no part of the word it is glued to. `cuts`: as `Block.cuts`, in
 * increasing order; `until`: how far on the text is wanted, at the least.
 */
export function withoutMarks(text: string, cuts: readonly number[] = [], from = 0, until = Infinity): string {
  return replacingMarks(text, cuts, from, until, () => '');
}

const RAISED = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * The text with its footnote marks as the reader sees them, raised: "Sverige<sup>1</sup>, Norge" reads "Sverige¹,
 * Norge", a mark a list's name carries as "Sverige**" does (see `readCountryList`).
 */
export function withMarksRaised(text: string, cuts: readonly number[] = []): string {
  return replacingMarks(text, cuts, 0, Infinity, raised);
}

/** The roman numerals' letters raised, as Unicode has them. */
const RAISED_LETTERS: Readonly<Record<string, string>> = { i: 'ⁱ', v: 'ᵛ', x: 'ˣ' };

/** A mark's digits raised: "1" is "¹"; since 4 December a roman numeral's letters too: "ii" is "ⁱⁱ". */
export function raised(mark: string): string {
  return mark.replace(/[0-9]/g, (digit) => RAISED[Number(digit)] as string).replace(/[ivx]/g, (letter) => RAISED_LETTERS[letter] as string);
}

/**
 * The mark that opens a note, or undefined for a block that opens with none: a mark (`FOOTNOTE_MARK`: "**", "¹",
 * "[1]", "(*)"), or a superscript's number, a mark only where the text is cut right after it ("<sup>1</sup> …").
 * `opening`: as the text has it, with the spaces around it; `mark`: as a figure or a name carries it, a star's ("(*)"
 * is "*") or raised ("<sup>1</sup> …" is "¹").
 */
export function noteOpening({ text, cuts }: Pick<Block, 'text' | 'cuts'>): { opening: string; mark: string } | undefined {
  const written = FOOTNOTE_MARK.exec(text)?.[0];
  if (written !== undefined) return { opening: written, mark: starMark(written.trim()) };
  const number = SUPERSCRIPT_MARK.exec(text)?.[0];
  const cut = cuts?.[0];
  if (number === undefined || cut === undefined || text.slice(number.length, cut).trim() !== '') return undefined;
  const rest = text.slice(number.length);
  return { opening: number + rest.slice(0, rest.length - rest.trimStart().length), mark: raised(number.trim()) };
}

function replacingMarks(text: string, cuts: readonly number[], from: number, until: number, as: (mark: string) => string): string {
  let kept = '';
  let rest = from;
  for (let i = 0; i + 1 < cuts.length && (cuts[i] as number) < until; i++) {
    const open = cuts[i] as number;
    const mark = open >= rest ? MARK.exec(text.slice(open, cuts[i + 1]))?.[0] : undefined;
    if (mark === undefined) continue;
    kept += text.slice(rest, open) + as(mark);
    rest = open + mark.length;
    i++;
  }
  return kept + text.slice(rest);
}
