import { leavingOut, type PostFacts } from '../locate/post.js';
import type { StatedMetadata } from '../load/unpack/types.js';
import { findCountriesAmendment, type CountriesAmendment } from './amendedCountries.js';
import type { UnclearStatistic } from './statistics.js';

/** Another document of the capture that holds the post too, as the pipeline names it in a message. */
export interface OtherCopy {
  post: PostFacts;
  stated: StatedMetadata;
  /** "another entry of the feed ("Globalallians mot nätpedofili")". */
  name: string;
}

const normalTitle = (title: string | undefined): string => (title ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Whether two documents of a capture are copies of one post: a feed that
 * carries an entry again after an edit gives both the same address, or at
 * least the same title. Two entries that share neither are two posts.
 */
export function sameEntry(a: StatedMetadata, b: StatedMetadata): boolean {
  if (a.url && b.url) return a.url.trim() === b.url.trim();
  const title = normalTitle(a.title);
  return title !== '' && title === normalTitle(b.title);
}

function named(copy: OtherCopy): string {
  return copy.stated.published ? `${copy.name} (dated ${copy.stated.published})` : copy.name;
}

/**
 * The post without what another copy of it leaves out as amended or not fully
 * understood: an edition that says "Rättelse: 253 barn, inte 252." yields one
 * fact fewer than the edition before it, so the older one is read, and its 252
 * would be printed though the post itself corrects it. Whichever copy is read,
 * a figure one of them doubts is no fact.
 */
export function withDoubtsOfCopies(post: PostFacts, copies: readonly OtherCopy[]): PostFacts {
  const doubted: UnclearStatistic[] = [];
  const unclear = [...post.commitments.unclear];
  for (const copy of copies) {
    for (const figure of copy.post.unclearFigures) {
      const read = post.statistics.find(({ id }) => id === figure.id);
      if (!read || doubted.some(({ id }) => id === figure.id)) continue;
      doubted.push({ id: read.id, figure: String(read.value), reason: `${named(copy)}, a copy of the post, leaves it out: ${figure.reason}`, start: read.start });
    }
    for (const item of copy.post.commitments.unclear) {
      const read = post.commitments.items.find(({ id }) => id === item.id);
      if (!read || unclear.some(({ id }) => id === item.id)) continue;
      unclear.push({ ...read, reason: `${named(copy)}, a copy of the post, leaves it out: ${item.reason}` });
    }
  }
  const items = post.commitments.items.filter(({ id }) => !unclear.some((item) => item.id === id));
  const commitments = items.length === post.commitments.items.length ? post.commitments : { ...post.commitments, items, unclear };
  return leavingOut({ ...post, commitments }, () => null, doubted);
}

/**
 * A block of another copy of the post that amends who takes part, for the copy
 * read when it amends nothing itself: "Uppdatering: Kanada har också anslutit
 * sig." in the later edition makes the 48 of the earlier a count of before too.
 */
export function copiesAmendCountries(post: PostFacts, copies: readonly OtherCopy[]): CountriesAmendment | undefined {
  for (const copy of copies) {
    const amendment = findCountriesAmendment(copy.post);
    if (!amendment) continue;
    const counted = post.statistics.find(({ unit }) => unit === 'countries');
    return { text: amendment.text, start: counted?.start ?? post.blocks[0]?.start ?? 0, why: `in ${named(copy)}, a copy of the post, ${amendment.why ?? 'amends who takes part'}` };
  }
  return undefined;
}
