import type { StatisticRule } from '../rules/facts.js';
import { WHOLE_OF } from '../rules/membership.js';
import { parseNumber, type Language } from './numbers.js';
import { withoutAnyLabel } from './speaking.js';

/**
 * What may follow a figure at the end of its sentence: one word, what it counts ("47 länder."), and the sentence's end
 * with any footnote mark.
 */
const CLOSING = /^(?:\s[\p{L}-]+)?[.!?…*¹²³⁴⁵⁶⁷⁸⁹⁰]*$/u;

/** A copula, or "det finns", "there are": what gives a figure as what a thing is or comes to. */
const COPULA = /(?<![\p{L}])(?:är|var|blir|blev|vore|det finns|det fanns|is|are|was|were|be|been|there are|there were)(?![\p{L}])|['’]s(?![\p{L}])/iu;

/** A preposition right before the figure: it is where or to what a thing goes or is ("översatt till 20 länder", "available in 150 countries"). */
const PLACE_BEFORE = /(?<![\p{L}])(?:till|i|in|to|från|from|för|for|med|with|på|on|at|vid|över|across|into|inom|within|genom|through)\s*$/iu;

/** A word written with a capital: a name, of a country, a body, an event or a person. */
const NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]*/gu;

/**
 * Whether a sentence gives `figure` bare: the figure, with one word for what it counts or none, closes the sentence;
 * a copula or what the statistic counts stands before it, or the sentence has the statistic's own verb ("greps",
 * "arrested": the rule's `countedBefore` and `states`), and no preposition right before it; and no name stands in it
 * but its first word (the English "I" is none). Such a sentence says what a thing is or comes to and nothing of what
 * else its figure could count, as "Egentligen är det 47 länder.", "In fact there are only 47 countries." and "Totalt
 * greps 300 personer." do not. One that goes on after its figure ("Jag har besökt 27 länder i år.", "27 länder i EU
 * deltar i klimatmötet."), tells what another thing does or has ("Rapporten jämför 11 länder.", "Klassen har bara 12
 * barn.", "Galleriet visar 5 000 bilder."), where or to what it goes ("Boken är översatt till 20 länder.") or names
 * another body after its first word ("Antalet länder i EU är 27.", "In Europe there are 44 countries.") may count
 * another thing.
 */
export function givesFigureBare(sentence: string, figure: string, { countedBefore, states }: Pick<StatisticRule, 'countedBefore' | 'states'>): boolean {
  const text = withoutAnyLabel(sentence).trim();
  const at = text.lastIndexOf(figure);
  if (at < 0 || !CLOSING.test(text.slice(at + figure.length).trimEnd())) return false;
  const before = text.slice(0, at);
  if ((!COPULA.test(before) && !countedBefore.test(before) && !states.test(text)) || PLACE_BEFORE.test(before)) return false;
  const names = [...text.matchAll(NAME)].filter(({ index, 0: name }) => index > 0 && name !== 'I');
  return names.length === 0;
}

/** The bodies the post credits its figures to, and its operation: names of its own topic, not of another. */
const POST_NAMES = /^(?:Europol|UNODC|FN|UN|Rescue|Operation|EU|Interpol)$/;

/**
 * Whether a sentence names a place, a body or a person after its first word that is none of the post's own (the
 * bodies it credits, its operation): "I Malmö greps 4 personer förra veckan." is of another place; "Enligt Europol
 * greps 260." is of the post's.
 */
export function namesAnother(sentence: string): boolean {
  const text = withoutAnyLabel(sentence).trim();
  return [...text.matchAll(NAME)].some(({ index, 0: name }) => index > 0 && name !== 'I' && !POST_NAMES.test(name));
}

/** The number a figure states, or the whole it is a part of ("ett av 48", "one of the 48"), or undefined. */
export function figureValue(figure: string, language: Language): number | undefined {
  const whole = WHOLE_OF.exec(figure);
  return whole ? Number(whole[1]) : parseNumber(figure, language);
}
