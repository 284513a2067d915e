/**
 * Whether a block speaks of one of the post's facts without stating it: a
 * correction or an update ("Rättelse: siffrorna om operation Rescue ovan
 * stämmer inte", "Uppdatering: målen ovan har ändrats") need not stand beside
 * what it corrects nor repeat it. Such a block with a word the lexicon lacks
 * leaves the fact out (see `readStatistics`, `extractCommitments`).
 */
import { AMENDMENT_LABEL, COMMITMENTS_TOPIC, ERROR_WORDS, FIGURE_WORDS, STATISTIC_RULES, type StatisticRule } from '../rules/facts.js';
import { ANY_SCALE_WORD } from './numbers.js';
import { mayStateAny } from './statingWords.js';

const DIGIT = /[0-9]/;

/**
 * Whether text may hold a figure: `readNumbers` reads none, clear or not,
 * without a digit or a scale word, and no cut runs through one there, so a
 * sentence or a block without either is spared every rule's words.
 */
export const mayHoldFigure = (text: string): boolean => DIGIT.test(text) || ANY_SCALE_WORD.test(text);

/** What each fact is about (`StatisticRule.topic`, `COMMITMENTS_TOPIC`). */
const TOPICS: readonly RegExp[] = [...STATISTIC_RULES.map((rule) => rule.topic), COMMITMENTS_TOPIC];

/**
 * Whether text amends the post: it opens with an amendment's label
 * (`AMENDMENT_LABEL`: "Rättelse:", "PS:", "Update:") or calls something
 * wrong or corrected (`ERROR_WORDS`: "felaktiga", "stämmer inte", "was in
 * error").
 */
export const amends = (text: string): boolean => AMENDMENT_LABEL.test(text) || ERROR_WORDS.test(text);

/**
 * Whether text speaks of the fact whose `topic` it is without stating it: it
 * amends the post (`amends`) and names the topic ("Uppdatering: antalet
 * länder är nu 52", "Rättelse: en av punkterna ovan har strukits"), or names
 * no fact's topic and no figure but a figure word ("Rättelse: uppgiften ovan
 * var felaktig"), which speaks of every fact. Prose that names a fact's topic
 * without amending anything ("De deltagande länderna förbinder sig …", "Vår
 * viktigaste uppgift är att skydda barnen") says nothing of it that the tool
 * can tell; an amendment that names a figure's value speaks of that figure
 * (see `laterMentions`).
 */
export function speaksOf(topic: RegExp, text: string): boolean {
  if (!amends(text)) return false;
  if (topic.test(text)) return true;
  return FIGURE_WORDS.test(text) && !mayHoldFigure(text) && !TOPICS.some((other) => other.test(text));
}

/** For each statistic, whether a text has a figure followed by the words that follow one of it (see `mayStateAny`). */
export const STATES_FIGURE: ReadonlyMap<string, (text: string) => boolean> = new Map(STATISTIC_RULES.map((rule) => [rule.id, mayStateAny([rule.id])]));

const statesFigureOf = (rule: StatisticRule, text: string) => (STATES_FIGURE.get(rule.id) as (text: string) => boolean)(text);

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
