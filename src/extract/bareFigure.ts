import { WHOLE_OF } from '../rules/membership.js';
import { parseNumber, type Language } from './numbers.js';
import { withoutAnyLabel } from './speaking.js';

/**
 * What may follow a figure at the end of its sentence: one word, what it counts ("47 länder."), and the sentence's end
 * with any footnote mark.
 */
const CLOSING = /^(?:\s[\p{L}-]+)?[.!?…*¹²³⁴⁵⁶⁷⁸⁹⁰]*$/u;

/** A word written with a capital: a name, of a country, a body, an event or a person. */
const NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]*/gu;

/**
 * Whether a sentence gives `figure` bare: the figure, with one word for what it counts or none, closes the sentence,
 * and no name stands in it but its first word (the English "I" is none). Such a sentence says nothing of what else its
 * figure could count, as "Egentligen är det 47 länder." and "In fact there are only 47 countries." do not; one that goes
 * on after its figure ("Jag har besökt 27 länder i år.", "27 länder i EU deltar i klimatmötet.") or names another body
 * after its first word ("Antalet länder i EU är 27.", "In Europe there are 44 countries.") may count another thing.
 */
export function givesFigureBare(sentence: string, figure: string): boolean {
  const text = withoutAnyLabel(sentence).trim();
  const at = text.lastIndexOf(figure);
  if (at < 0 || !CLOSING.test(text.slice(at + figure.length).trimEnd())) return false;
  const names = [...text.matchAll(NAME)].filter(({ index, 0: name }) => index > 0 && name !== 'I');
  return names.length === 0;
}

/** The number a figure states, or the whole it is a part of ("ett av 48", "one of the 48"), or undefined. */
export function figureValue(figure: string, language: Language): number | undefined {
  const whole = WHOLE_OF.exec(figure);
  return whole ? Number(whole[1]) : parseNumber(figure, language);
}
