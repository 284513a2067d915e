import { leavingOut, type PostFacts } from '../locate/post.js';
import { clipped } from '../text/clip.js';
import { heardBlocks, membershipStated, speaksOfCountries } from './speaking.js';

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

/**
 * The first block of the post, or of the asides it holds, that amends its countries, if any: heard after a label alone
 * before it (`heardBlocks`). A note that only says whether a country takes part (`membershipStated`) agrees with the
 * list the countries come from when the list says the same of it (`listed`: its codes, asked only of such a note), and
 * amends nothing: "Observera: Kanada är inte med." beside a list without Canada; when the list says otherwise it
 * amends, whatever else it would be read as ("Note: Canada missed the meeting but is a member.").
 */
export function findCountriesAmendment(
  post: Pick<PostFacts, 'blocks' | 'language' | 'asides'>,
  listed: () => ReadonlySet<string> | undefined = () => undefined,
): CountriesAmendment | undefined {
  let codes: ReadonlySet<string> | undefined | null = null;
  for (const run of [post.blocks, ...post.asides]) {
    for (const { block, text } of heardBlocks(run)) {
      const stated = membershipStated(text, post.language);
      if (stated && codes === null) codes = listed();
      const known = stated && codes ? codes.has(stated.code) === stated.member : undefined;
      if (known === true || (known === undefined && !speaksOfCountries(text, post.language))) continue;
      return { text: clipped(text), start: block.start };
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
