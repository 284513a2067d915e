/**
 * Whether a block speaks of one of the post's facts without stating it: a
 * correction or an update ("Rättelse: siffrorna om operation Rescue ovan
 * stämmer inte", "Uppdatering: målen ovan har ändrats") need not stand beside
 * what it corrects nor repeat it. Such a block with a word the lexicon lacks
 * leaves the fact out (see `readStatistics`, `extractCommitments`).
 */
import { AMENDING_WORDS, COMMITMENTS_TOPIC, FIGURE_WORDS, STATISTIC_RULES } from '../rules/facts.js';
import { ANY_SCALE_WORD } from './numbers.js';

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
 * Whether text speaks of the fact whose `topic` it is without stating it: it
 * names the topic with a figure word (`FIGURE_WORDS`: "antalet länder", "the
 * Operation Rescue figures") or an amending word (`AMENDING_WORDS`:
 * "Uppdatering: ytterligare fyra länder har anslutit sig", "Rättelse: en av
 * punkterna ovan har strukits"); or, naming no fact's topic and no figure, a
 * figure word alone ("Rättelse: uppgiften ovan var felaktig"), which speaks
 * of every fact. A block that names the topic only ("De deltagande länderna
 * förbinder sig …", "Klimatmötet: 54 länder") says nothing of the fact that
 * the tool can tell; one that names a figure's value speaks of that figure.
 */
export function speaksOf(topic: RegExp, text: string): boolean {
  if (topic.test(text)) return FIGURE_WORDS.test(text) || AMENDING_WORDS.test(text);
  return FIGURE_WORDS.test(text) && !mayHoldFigure(text) && !TOPICS.some((other) => other.test(text));
}
