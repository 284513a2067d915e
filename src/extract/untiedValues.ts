import { leavingOut, type PostFacts } from '../locate/post.js';
import { clipped } from '../text/clip.js';
import type { CountriesAmendment } from './amendedCountries.js';
import { heardBlocks, untiedValues } from './speaking.js';
import type { UnclearStatistic } from './statistics.js';

/** A value a block of the post gives for a figure without saying which (see `untiedValues`). */
export interface UntiedValue {
  value: number;
  /** The block's words as the reader hears them, clipped for a message. */
  text: string;
  start: number;
}

/**
 * Each value the post's blocks, or the asides it holds, give for a figure without saying which, heard after a label
 * alone before them ("<h3>Rättelse</h3><p>Siffran ska vara 780.</p>"), from a block that names no figure the post
 * states: one that does ("Rättelse: 252 ska vara 253.") is heard by the rule that reads mentions of a figure.
 */
export function findUntiedValues(post: Pick<PostFacts, 'blocks' | 'language' | 'asides' | 'statements'>): UntiedValue[] {
  const stated = new Set(post.statements.map(({ value }) => value));
  const untied: UntiedValue[] = [];
  for (const run of [post.blocks, ...post.asides]) {
    for (const { block, text } of heardBlocks(run)) {
      for (const value of untiedValues(text, post.language, stated)) untied.push({ value, text: clipped(text), start: block.start });
    }
  }
  return untied;
}

const digits = (value: number): number => String(Math.trunc(Math.abs(value))).length;

/**
 * Whether a value may be what a correction gives for a figure: one of as many digits (a count brought up to date,
 * 48 to 49, or a digit slipped, 779 to 780, 250 to 950), or ten times it or a tenth of it (a zero dropped or added, as
 * the editions' 50 000 and 500 000 new images a year differ). Not a figure of another order: a reader does not take
 * "Rättelse: siffran ska vara 780." for a correction of the 48 countries or of the million images online, and every
 * statistic of the post left out for it would be a false alarm on each of theirs; nor, for "Nu är vi 49.", of the 250
 * arrests. Which of the figures of that order it corrects the tool cannot tell, so each is left out.
 */
export function mayCorrect(value: number, figure: number): boolean {
  return digits(value) === digits(figure) || value === figure * 10 || value * 10 === figure;
}

/**
 * The post's facts without each statistic that an untied value (`findUntiedValues`) may correct (`mayCorrect`): a
 * number the tool does not tie to a fact never becomes one, nor does a figure it may replace.
 */
export function withoutUntiedValues(post: PostFacts, untied: readonly UntiedValue[]): PostFacts {
  if (untied.length === 0) return post;
  const unclear: UnclearStatistic[] = [];
  for (const statistic of post.statistics) {
    const given = untied.find(({ value }) => mayCorrect(value, statistic.value));
    if (!given) continue;
    const reason = `a block of the post amends it with a value the tool cannot tie to one statistic (${given.value}, of the order of ${statistic.value}, in "${given.text}")`;
    unclear.push({ id: statistic.id, figure: String(statistic.value), reason, start: statistic.start });
  }
  return leavingOut(post, () => null, unclear);
}

/**
 * The block whose untied value may correct the number of countries (`mayCorrect`): the list of countries is left out
 * beside it, as no list is known to name the participants the post now counts ("Uppdatering: Nu är vi 49.").
 */
export function untiedCountries(post: Pick<PostFacts, 'statistics'>, untied: readonly UntiedValue[]): CountriesAmendment | undefined {
  const counted = post.statistics.find((statistic) => statistic.unit === 'countries');
  const given = counted && untied.find(({ value }) => mayCorrect(value, counted.value));
  return given && { text: given.text, start: given.start, why: `gives a value the tool cannot tie to one statistic, which may be their number (${given.value})` };
}
