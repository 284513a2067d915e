import type { StatisticRule } from '../rules/facts.js';
import { WHOLE_OF } from '../rules/membership.js';
import { ANOTHER_SETTING, CHANGED_TO, CLAUSE_MARK, CLOSING, CLOSING_WORD, closingMarksAt, COPULA, CREDIT_CLOSINGS, CREDIT_TAIL, creditsReporter, ENDS_CLOSING, MEDIA, NAME, OPENING_SETTING, OTHER_TIME, OWN_SETTING, PLACE_BEFORE, VERB_CLOSING, WHOLE_CLOSING } from '../rules/bareFigure.js';
import { parseNumber, type Language } from './numbers.js';
import { boundStart } from './qualifier.js';
import { withoutAnyLabel } from './speaking.js';

/**
 * Whether what follows a figure is the statistic's own words for what it counts and, at the most, its own verb, and
 * then the sentence's end: the order English gives a figure bare in ("260 people were arrested.", "3 children were
 * safeguarded.", "800 suspects were identified."), and Swedish after a conjunction ("att 252 barn kunde skyddas.").
 */
function closesWithItsWords(rest: string, { after, states }: Pick<StatisticRule, 'after' | 'states'>): boolean {
  const counted = after.exec(rest);
  if (counted === null) return false;
  const tail = rest.slice(counted[0].length);
  return WHOLE_CLOSING.test(tail) || (VERB_CLOSING.test(tail) && states.test(tail));
}

/**
 * Whether what follows a figure is, after one word or the persons it counts at the most, its statistic's own whole
 * (`StatisticRule.labelScope`) and then the sentence's end: "Totalt greps 260 personer i hela världen.", "Police
 * arrested 260 people worldwide." (since the later afternoon of 6 December: they were taken to go on after the figure,
 * and the post's 250 printed, where "Totalt greps 260 personer." is heard: helper 183).
 */
function closesWithItsWhole(rest: string, { labelScope }: Pick<StatisticRule, 'labelScope'>): boolean {
  if (labelScope === undefined) return false;
  return [CLOSING_WORD.exec(rest)?.[0] ?? '', ''].some((word) => {
    const tail = rest.slice(word.length);
    // The words of the whole count too: "Police arrested 260 people overall.", "Polisen grep 260 personer totalt."
    // printed the post's 250 (since the evening of 6 December), where "… worldwide." and "In total 260 …" were heard.
    if (WHOLE_CLOSING.test(tail)) return true;
    const whole = labelScope.exec(tail);
    return whole !== null && tail.slice(0, whole.index) === ' ' && ENDS_CLOSING.test(tail.slice(whole.index + whole[0].length));
  });
}

/**
 * Whether a sentence gives `figure` bare: the figure, with one word for what it counts or none, or since the evening
 * of 5 December with the statistic's own words for it and its verb (`closesWithItsWords`), or its own whole's
 * (`closesWithItsWhole`), closes the sentence; a
 * copula or what the statistic counts stands before it, or the sentence has the statistic's own verb ("greps",
 * "arrested": the rule's `countedBefore` and `states`); no preposition stands right before it but after a verb of
 * change ("rose to 260": `CHANGED_TO`); no words that open it set it in another event, place, time or group
 * (`setElsewhere`); and no name stands in it but its first word (the English "I" is none) and the bodies the post
 * credits (Europol, the UNODC, its operation). Such a sentence says what
 * a thing is or comes to and nothing of what else its figure could count, as "Egentligen är det 47 länder.", "In fact
 * there are only 47 countries." and "Totalt greps 300 personer." do not. One that goes on after its figure ("Jag har
 * besökt 27 länder i år.", "27 länder i EU deltar i klimatmötet."), tells what another thing does or has ("Rapporten
 * jämför 11 länder.", "Klassen har bara 12 barn.", "Galleriet visar 5 000 bilder."), where or to what it goes ("Boken
 * är översatt till 20 länder.") or names another body after its first word ("Antalet länder i EU är 27.", "In Europe
 * there are 44 countries.") may count another thing.
 */
export function givesFigureBare(sentence: string, figure: string, rule: Pick<StatisticRule, 'after' | 'countedBefore' | 'states' | 'labelScope'>, language: Language): boolean {
  const { countedBefore, states } = rule;
  const around = aroundFigure(sentence, figure);
  if (around === undefined) return false;
  const { text, before, rest } = around;
  const uncredited = withoutCredit(rest);
  if (!(CLOSING.test(uncredited) || closesWithItsWords(uncredited, rule) || closesWithItsWhole(uncredited, rule))) return false;
  if (!COPULA.test(before) && !countedBefore.test(before) && !states.test(text)) return false;
  // The preposition that ends a bound or a hedge is no place: "Close to 260 people were arrested.", "Polisen grep över
  // 260 personer." printed the post's 250 (since the evening of 6 December, helper 194), where "mer än 260" was heard.
  // One before the bound still is ("flyttades till över 300 hem"), and a bound after any other word is no place's
  // ("grep på drygt 260": helper 195).
  const place = (words: string): boolean => PLACE_BEFORE.test(words) && !CHANGED_TO.test(words);
  if (place(before) && place(before.slice(0, boundStart(before)))) return false;
  if (setElsewhere(before, language)) return false;
  // Since the evening of 5 December the bodies the post credits are no other name ("I dag säger Europol att 260
  // personer greps." was taken to be of another topic, where "Europol säger att 260 personer greps." was heard); since
  // the night of 5 December neither is the figure, in words with a capital ("Totalt greps Sextio personer.").
  // Nor, since the afternoon of 6 December, is whom it is credited to: "…, Police said." was read as of a name.
  return !namesOtherThan(`${before}${figure.toLowerCase()}${uncredited}`, CREDITED_NAMES);
}

/**
 * The words after a figure less whom it is credited to where they close its sentence (`CREDIT_CLOSINGS`: ", enligt
 * polisen.", ", Europol said."), when the credit names only who reports such figures (`creditsReporter`): "enligt
 * polisen på stadion", "according to local police", "the mayor said" may set the figure elsewhere, and stay.
 */
export function withoutCredit(after: string): string {
  const closing = closingMarksAt(after);
  const body = after.slice(0, closing).replace(CREDIT_TAIL, '');
  for (const pattern of CREDIT_CLOSINGS) {
    const credit = pattern.exec(body);
    if (credit !== null && creditsReporter(credit[1] ?? '')) return body.slice(0, credit.index) + after.slice(closing);
  }
  return after;
}

/**
 * Whether the words before a figure set it in another event, place, time or group than the post's (see
 * src/rules/bareFigure.ts): "During the riots", "I bedrägerimålet", "Three years ago", "Tidigare".
 */
export function setElsewhere(before: string, language: Language): boolean {
  const opening = before.trimStart();
  // A preposition that opens a bound or a hedge is no setting: "In excess of 260 people were arrested." bounds the
  // figure as "More than 260 people were arrested." does, "In the region of 260 people were arrested." hedges it as
  // "Nearly 260 …" does (since the evening of 6 December: the post's 250 printed beside them). One before a bound is a
  // setting still: "In over 40 countries" (helper 195).
  const setting = boundStart(opening) === 0 ? '' : opening;
  if (OPENING_SETTING[language].test(setting) && !(OWN_SETTING.test(setting) && !ANOTHER_SETTING.test(setting))) return true;
  const clauseAt = [...opening.matchAll(CLAUSE_MARK)].at(-1);
  const clause = clauseAt === undefined ? opening : opening.slice(clauseAt.index + clauseAt[0].length).trimStart();
  return OTHER_TIME.test(opening) || OTHER_TIME.test(clause);
}

/**
 * Whether the words before `figure` in a sentence set it elsewhere (`setElsewhere`): since the evening of 5 December a
 * sentence that states a figure of a statistic without its topic states nothing of it when it does, in words the tool
 * reads whole or clearly too ("Usually 20 suspects are apprehended.", "I Sverige greps 260 personer."; `readBlock`).
 */
export function figureSetElsewhere(sentence: string, figure: string, language: Language): boolean {
  const around = aroundFigure(sentence, figure);
  return around !== undefined && setElsewhere(around.before, language);
}

/** A sentence without its label, and the words before and after the last place it holds `figure`, if it does. */
function aroundFigure(sentence: string, figure: string): { text: string; before: string; rest: string } | undefined {
  const text = withoutAnyLabel(sentence).trim();
  const at = text.lastIndexOf(figure);
  return at < 0 ? undefined : { text, before: text.slice(0, at), rest: text.slice(at + figure.length).trimEnd() };
}

/** The bodies the post credits its figures to, and its operation: names of its own topic, not of another. */
export const CREDITED = ['Europol', 'UNODC', 'FN', 'UN', 'Rescue', 'Operation', 'Interpol'];
const CREDITED_NAMES = new RegExp(`^(?:${CREDITED.join('|')})$`);
/**
 * And the Union: a place of the post's own, except where a figure is a count of countries ("Antalet länder i EU är 27.");
 * and the media, who report a figure and set it nowhere: since the afternoon of 6 December, when "Gripna: 260 säger
 * polisen till DN" and "Arrested: 260 Bloomberg reported" were taken for another body's and the post's 250 printed
 * (helper 181).
 */
export const POST_NAMES = new RegExp(`^(?:${[...CREDITED, 'EU', ...MEDIA].join('|')})$`, 'i');

/** Whether a text names a place, a body or a person after its first word (the English "I" is none) that `own` does not. */
function namesOtherThan(text: string, own: RegExp): boolean {
  return [...text.matchAll(NAME)].some(({ index, 0: name }) => index > 0 && name !== 'I' && !own.test(name));
}

/**
 * Whether a sentence names a place, a body or a person after its first word that is none of the post's own (the
 * bodies it credits, its operation): "I Malmö greps 4 personer förra veckan." is of another place; "Enligt Europol
 * greps 260." is of the post's.
 */
export function namesAnother(sentence: string): boolean {
  return namesOtherThan(withoutAnyLabel(sentence).trim(), POST_NAMES);
}

/** The number a figure states, or the whole it is a part of ("ett av 48", "one of the 48"), or undefined. */
export function figureValue(figure: string, language: Language): number | undefined {
  const whole = WHOLE_OF.exec(figure);
  return whole ? Number(whole[1]) : parseNumber(figure, language);
}
