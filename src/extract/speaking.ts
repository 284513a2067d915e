/**
 * Whether a block speaks of one of the post's facts without stating it: a
 * correction or an update ("Rättelse: siffrorna om operation Rescue ovan
 * stämmer inte", "Uppdatering: målen ovan har ändrats") need not stand beside
 * what it corrects nor repeat it. Such a block with a word the lexicon lacks
 * leaves the fact out (see `readStatistics`, `extractCommitments`).
 */
import { AMENDMENT_LABEL, COMMITMENTS_TOPIC, COUNT_IN_WORDS, COUNTRIES_CHANGE, COUNTRIES_TOPIC, ERROR_WORDS, FIGURE_WORDS, STATISTIC_RULES, type StatisticRule } from '../rules/facts.js';
import { countryNamedIn } from '../countries/named.js';
import { ANY_SCALE_WORD } from './numbers.js';
import { mayStateAny } from './statingWords.js';
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
  return (topic.test(text) && amends(text) && namesCount(text)) || everyFigure(text);
}

/** Whether text calls the post's figures wrong without naming which: see `speaksOf`. */
const everyFigure = (text: string): boolean => callsWrong(text) && FIGURE_WORDS.test(text) && !mayHoldFigure(text) && !TOPICS.some((topic) => topic.test(text));

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

/** For each statistic, whether a text has a figure followed by the words that follow one of it (see `mayStateAny`). */
export const STATES_FIGURE: ReadonlyMap<string, (text: string) => boolean> = new Map(STATISTIC_RULES.map((rule) => [rule.id, mayStateAny([rule.id])]));

const statesFigureOf = (rule: StatisticRule, text: string) => (STATES_FIGURE.get(rule.id) as (text: string) => boolean)(text);

/**
 * Whether text names a figure of a statistic in the words for what it counts: a figure followed by them
 * (`STATES_FIGURE`: "Nu är de 780 misstänkta."), or a figure after them ("De misstänkta är nu 780.",
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

/** Words that join or leave, or an error. */
const joinsOrLeaves = (text: string): boolean => COUNTRIES_RULE.states.test(text) || COUNTRIES_RULE.reverses.test(text) || callsWrong(text);

/**
 * Whether text amends who takes part (`amends`), so that the countries the
 * post lists or links to may not be the participants: it names the countries
 * (`COUNTRIES_TOPIC`) with a count, or joining, leaving or an error
 * ("Uppdatering: antalet länder är nu 52", "Rättelse: listan över länder i
 * länken stämmer inte") — not a change to anything else ("Uppdatering: bilder
 * från mötet med länderna har lagts till") — or names a country and says it
 * joined, left or was wrongly listed (`COUNTRIES_CHANGE`) ("Uppdatering:
 * Kanada har också anslutit sig", "Rättelse: Belgien är inte med", "Update:
 * Canada has joined too"). A country named in an amendment that changes
 * nothing ("PS: Tack till Belgien för värdskapet.") does not, nor a figure
 * beside it ("PS: Sverige var värd år 2011.").
 */
export function speaksOfCountries(text: string, language: Language): boolean {
  if (!amends(text)) return false;
  if (COUNTRIES_TOPIC.test(text) && (namesCount(text) || joinsOrLeaves(text))) return true;
  return (COUNTRIES_CHANGE.test(text) || joinsOrLeaves(text)) && countryNamedIn(text, language) !== undefined;
}
