import { leavingOut, type PostFacts } from '../locate/post.js';
import { clipped } from '../text/clip.js';
import { heardBlocks, speaksOfCountries } from './speaking.js';

/** A block of the post that amends who takes part (see `speaksOfCountries`). */
export interface CountriesAmendment {
  /** The block's words as the reader sees them, clipped for a message. */
  text: string;
  start: number;
  /** What the block does that leaves the countries out, for a message, if not that it amends who takes part: see `untiedCountries`. */
  why?: string;
  /** Where the post says it, for a message, if not in a block of its own: an aside it holds. */
  where?: string;
}

/** The first block of the post, or of the asides it holds, that amends its countries, if any: heard after a label alone before it (`heardBlocks`). */
export function findCountriesAmendment(post: Pick<PostFacts, 'blocks' | 'language' | 'asides'>): CountriesAmendment | undefined {
  for (const run of [post.blocks, ...post.asides]) {
    for (const { block, text } of heardBlocks(run)) {
      if (speaksOfCountries(text, post.language)) return { text: clipped(text), start: block.start };
    }
  }
  return undefined;
}

/**
 * The post's facts without the number of countries when a block amends who
 * takes part: "Uppdatering: Kanada har också anslutit sig" makes the post's
 * "48 länder" a count of before, whatever words the block has. The list of
 * countries is left out beside it (`resolveCountries`).
 */
export function withoutAmendedCountries(post: PostFacts, amendment: CountriesAmendment | undefined): PostFacts {
  const counted = amendment && post.statistics.find((statistic) => statistic.unit === 'countries');
  if (!amendment || !counted) return post;
  const reason = `${amendment.where ?? 'a block of the post'} ${amendment.why ?? 'amends who takes part'} ("${amendment.text}")`;
  return leavingOut(post, () => null, [{ id: counted.id, figure: String(counted.value), reason, start: counted.start }]);
}
