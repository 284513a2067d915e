/**
 * Whether a block speaks of one of the post's facts without stating it: a
 * correction or an update ("Rättelse: siffrorna om operation Rescue ovan
 * stämmer inte", "Uppdatering: målen ovan har ändrats") need not stand beside
 * what it corrects nor repeat it. Such a block with a word the lexicon lacks
 * leaves the fact out (see `readStatistics`, `extractCommitments`).
 */
import {
  AMENDMENT_LABEL,
  AMENDMENT_WORD,
  COMMITMENTS_TOPIC,
  COUNT_IN_WORDS,
  COUNTRIES_TOPIC,
  COUNTRY_LIST_CHANGE,
  COUNTRY_MEMBERSHIP,
  ERROR_WORDS,
  FIGURE_WORDS,
  LABEL_STAMP,
  LIST_WORDS,
  NEGATION,
  NEWS,
  STATISTIC_RULES,
  type StatisticRule,
} from '../rules/facts.js';
import { countryNamedIn } from '../countries/named.js';
import { ANY_SCALE_WORD } from './numbers.js';
import { mayStateAny } from './statingWords.js';
import { WORD_CHAR } from '../rules/letters.js';
import { unknownWordOf } from './unknownWord.js';
import { shownText, type Block } from '../text/blocks.js';
import type { Language } from './numbers.js';

const DIGIT = /[0-9]/;

/**
 * Whether text may hold a figure: `readNumbers` reads none, clear or not,
 * without a digit or a scale word, and no cut runs through one there, so a
 * sentence or a block without either is spared every rule's words.
 */
export const mayHoldFigure = (text: string): boolean => DIGIT.test(text) || ANY_SCALE_WORD.test(text);

/** What each fact is about (`StatisticRule.topic`, `COMMITMENTS_TOPIC`). */
const TOPICS: readonly RegExp[] = [...STATISTIC_RULES.map((rule) => rule.topic), COMMITMENTS_TOPIC];

/** Whether text calls something the post said wrong, or corrected (`ERROR_WORDS`). */
const callsWrong = (text: string): boolean => ERROR_WORDS.some((pattern) => pattern.test(text));

/**
 * Whether text amends the post: it opens with an amendment's label
 * (`AMENDMENT_LABEL`: "Rättelse:", "PS:", "Update:") or calls something
 * wrong or corrected (`ERROR_WORDS`: "felaktiga", "stämmer inte", "was in
 * error").
 */
export const amends = (text: string): boolean => AMENDMENT_LABEL.test(text) || callsWrong(text);

/**
 * Whether HTML, or text, may hold an amendment anywhere (`amends`): a word of
 * a label or an error word. Furniture without one is not read for one.
 */
export const mayAmend = (html: string): boolean => AMENDMENT_WORD.test(html) || callsWrong(html);

/** Whether text names a count: a figure, a figure word ("antalet", "the figures") or a count in words (`COUNT_IN_WORDS`). */
const namesCount = (text: string): boolean => mayHoldFigure(text) || FIGURE_WORDS.test(text) || COUNT_IN_WORDS.test(text);

/**
 * Whether text speaks of a statistic whose `topic` it is without stating it:
 * it amends the post (`amends`), names the topic and a count
 * ("Uppdatering: antalet länder är nu 52", "PS: Länderna är nu 52.",
 * "Uppdatering: ytterligare fyra länder har anslutit sig"); or calls a figure
 * wrong (`ERROR_WORDS`) and names no fact's topic and no figure, which speaks
 * of every fact ("Rättelse: uppgiften ovan var felaktig"). An amendment with
 * no count ("PS: Läs mer om alliansen här.", "Uppdatering: bilder från
 * presskonferensen har lagts till."), a label on a figure's source ("PS:
 * Siffrorna kommer från Europol.") and prose that amends nothing ("Det vore
 * ett misstag att tro att nätet är säkert för barn.") say nothing of a figure
 * that the tool can tell; an amendment that names a figure's value speaks of
 * that figure (see `laterMentions`).
 */
export function speaksOf(topic: RegExp, text: string): boolean {
  return (topic.test(text) && amends(text) && namesCount(withoutLabel(text))) || everyFigure(text);
}

/**
 * Text without the amendment's label that opens it (`AMENDMENT_LABEL`) and
 * the stamp that ends it (`LABEL_STAMP`), whose date or time names no count:
 * "7/12 Uppdatering: bilder från mötet har lagts till." and "Uppdatering
 * 7/12: bilder …" say nothing of a figure.
 */
const withoutLabel = (text: string): string => afterLabel(text) ?? text;

/** What a text says after the amendment's label that opens it and the stamp that ends the label; undefined if no label opens it. */
function afterLabel(text: string): string | undefined {
  const label = AMENDMENT_LABEL.exec(text);
  if (!label) return undefined;
  const rest = text.slice(label[0].length);
  const stamp = LABEL_STAMP.exec(rest);
  return stamp ? rest.slice(stamp[0].length) : rest;
}

const ANY_WORD_CHAR = new RegExp(`[${WORD_CHAR}]`);

/** Whether text calls the post's figures wrong without naming which: see `speaksOf`. */
const everyFigure = (text: string): boolean =>
  callsWrong(text) && FIGURE_WORDS.test(text) && !mayHoldFigure(withoutLabel(text)) && !TOPICS.some((topic) => topic.test(text));

/**
 * Whether a block announces an amendment in the block after it: it is a
 * label alone ("Rättelse", "Rättelse:", "Uppdatering 7/12", a heading or a
 * bold line), or opens with one and ends in a colon ("Rättelse av
 * inlägget:"). A reader reads the block after it as the amendment.
 */
export function announcesAmendment(text: string): boolean {
  const rest = afterLabel(text);
  return rest !== undefined && (!ANY_WORD_CHAR.test(rest) || text.trimEnd().endsWith(':'));
}

/**
 * A block as a reader hears an amendment in it: its shown text, after the
 * label of the block before it when that one announces an amendment
 * (`announcesAmendment`: "<h3>Rättelse</h3><p>Länderna är nu 52.</p>" is
 * heard "Rättelse: Länderna är nu 52."), which is then its `head`.
 */
export interface HeardBlock {
  block: Block;
  text: string;
  head: Block | undefined;
}

/** Each of a run of blocks as heard (`HeardBlock`), in order: one pass, each block's label looked at once. */
export function* heardBlocks(blocks: readonly Block[]): Generator<HeardBlock> {
  let label: string | undefined;
  let head: Block | undefined;
  for (const block of blocks) {
    const text = shownText(block);
    yield { block, text: label === undefined ? text : `${label}${label.trimEnd().endsWith(':') ? ' ' : ': '}${text}`, head };
    [label, head] = announcesAmendment(text) ? [text, block] : [undefined, undefined];
  }
}

/** The first word of a heard block, or of the label heading it, that the lexicon lacks (see `unknownWordOf`; a country's name is read). */
export function unknownWordHeard({ block, head }: HeardBlock, language: Language): string | undefined {
  return unknownWordOf(block, language, { countries: true }) ?? (head && unknownWordOf(head, language, { countries: true }));
}

/**
 * Whether text speaks of the commitments' list without stating it: it opens
 * with an amendment's label and names the list ("Rättelse: den sista punkten
 * ovan ströks.", "Obs! Sista punkten stryks."), or calls every figure wrong
 * (`speaksOf`). An error word alone is no label ("Det vore ett misstag att
 * inte nå målen.").
 */
export function speaksOfList(text: string): boolean {
  return (COMMITMENTS_TOPIC.test(text) && AMENDMENT_LABEL.test(text)) || everyFigure(text);
}

/** Whether a text has a figure followed by the words that follow one of a statistic (`mayStateAny`, which keeps each test it makes, made the first time it is asked). */
const statesFigureOf = (rule: StatisticRule, text: string): boolean => mayStateAny([rule.id])(text);

/**
 * Whether text names a figure of a statistic in the words for what it counts: a figure followed by them
 * (`statesFigureOf`: "Nu är de 780 misstänkta."), or a figure after them ("De misstänkta är nu 780.",
 * "The number of suspects is now 780."; `StatisticRule.countedBefore`). Either order is a statement of it,
 * which `matchRule` reads or says why it does not.
 */
export function namesFigureOf(rule: StatisticRule, text: string): boolean {
  if (statesFigureOf(rule, text)) return true;
  const counted = rule.countedBefore.exec(text);
  return counted !== null && mayHoldFigure(text.slice(counted.index + counted[0].length));
}

/**
 * Whether text speaks of a statistic (`speaksOf` its topic) — unless it
 * states a figure in another statistic's words and none in this one's:
 * "Uppdatering: … läggs 90 000 nya bilder ut varje år" speaks of the new
 * images a year, which it states, not of the images online.
 */
export function speaksOfStatistic(rule: StatisticRule, text: string): boolean {
  if (!speaksOf(rule.topic, text)) return false;
  return statesFigureOf(rule, text) || !STATISTIC_RULES.some((other) => other !== rule && statesFigureOf(other, text));
}

const COUNTRIES_RULE = STATISTIC_RULES.find((rule) => rule.unit === 'countries') as StatisticRule;

/**
 * Whether text amends who takes part (`amends`), so that the countries the
 * post lists or links to may not be the participants. Every condition names
 * a change, since an amendment may name the countries or a country and change
 * nothing ("PS: Tack till alla 48 länder!", "PS: Om två år ses länderna igen",
 * "PS: Thanks to our US colleagues who took part.", "Det vore ett misstag att
 * tro att Sverige är förskonat."):
 * - it names the countries (`COUNTRIES_TOPIC`) with a count that is news or
 *   of a figure word ("Uppdatering: antalet länder är nu 52"), an error in
 *   their figure or list ("Rättelse: listan över länder i länken stämmer
 *   inte"), joining as news ("två länder har anslutit sig sedan dess"),
 *   leaving, or a change to the list that names a list or a count ("två
 *   länder har lagts till"; not "bilder från mötet med länderna har lagts
 *   till");
 * - or it names a country (`countryNamedIn`) and puts it in or out
 *   (`COUNTRY_MEMBERSHIP`: "Rättelse: Belgien är inte med", "Välkommen
 *   Kanada!"), says it left, joined as news or did not join ("Uppdatering:
 *   Kanada har också anslutit sig", "Update: Canada has joined too", "Island
 *   deltar inte"), gives a new count with it ("Nu är vi 49 med Kanada"), or
 *   changes the list ("Belgiens namn föll bort ur listan").
 */
export function speaksOfCountries(text: string, language: Language): boolean {
  if (!amends(text)) return false;
  const { states, reverses } = COUNTRIES_RULE;
  if (COUNTRIES_TOPIC.test(text)) {
    const count = namesCount(text) && (NEWS.test(text) || FIGURE_WORDS.test(text));
    const error = callsWrong(text) && (FIGURE_WORDS.test(text) || LIST_WORDS.test(text));
    const listChange = COUNTRY_LIST_CHANGE.test(text) && (LIST_WORDS.test(text) || namesCount(text));
    if (count || error || listChange || (states.test(text) && NEWS.test(text)) || reverses.test(text)) return true;
  }
  const putsInOrOut =
    COUNTRY_MEMBERSHIP.test(text) ||
    reverses.test(text) ||
    (states.test(text) && (NEWS.test(text) || NEGATION.test(text))) ||
    (namesCount(text) && NEWS.test(text)) ||
    (COUNTRY_LIST_CHANGE.test(text) && LIST_WORDS.test(text));
  return putsInOrOut && countryNamedIn(text, language) !== undefined;
}
