import { cutFrom, leavingOut, withAmendmentsOf, type PostFacts } from '../locate/post.js';
import type { Block } from '../text/blocks.js';
import type { StatedMetadata } from '../load/unpack/types.js';
import { findCountriesAmendment, withoutAmendedCountries, type CountriesAmendment } from './amendedCountries.js';
import { findQualifyingFootnotes, footnoteOnCountries, withoutQualifiedFigures } from './footnotes.js';
import { findUntiedValues, untiedCountries, withoutUntiedValues } from './untiedValues.js';
import type { FoundStatistic, UnclearAttribute, UnclearStatistic } from './statistics.js';
import { yieldOtherwise } from './conflicts.js';
import { renderingFootnotes } from './renderings.js';
import type { UnclearCommitment } from './commitments.js';

/** Another document of the capture that holds the post too, as the pipeline names it in a message. */
export interface OtherCopy {
  post: PostFacts;
  /** Every block of the copy's document: the post found in it may be less of it, or, when it yields no fact, any part of it. */
  blocks: readonly Block[];
  stated: StatedMetadata;
  /** "another entry of the feed ("Globalallians mot nätpedofili")". */
  name: string;
}

/**
 * Another rendering of the entry read — its <description> or <summary>
 * beside its content, as blocks — heard only for the amendments it adds
 * ("Rättelse: 780 misstänkta identifierades." after the excerpt): the post
 * again, often cut short, whose figures are weighed as any other text's are
 * (see `withoutStatedElsewhere`).
 */
export interface Rendering {
  blocks: readonly Block[];
  /** "the entry's <description>". */
  name: string;
}

const normalTitle = (title: string | undefined): string => (title ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/** Query parameters that say where a reader came from, not which page: a feed's links carry them ("?utm_source=rss"). */
const TRACKING = /^(?:utm_[a-z]+|fbclid|gclid|mc_[a-z]+|ref|source)$/i;

/**
 * An address as the page it names: the scheme, a "www.", a trailing slash, a
 * fragment and tracking parameters name no other page; what else the query
 * holds may ("?p=4711"). Undefined for no address; as it is for one that is
 * not a URL.
 */
export function pageAddress(url: string | undefined): string | undefined {
  const trimmed = url?.trim();
  if (!trimmed) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  const query = [...parsed.searchParams].filter(([key]) => !TRACKING.test(key)).map(([key, value]) => `${key}=${value}`).join('&');
  let path = parsed.pathname;
  while (path.endsWith('/')) path = path.slice(0, -1);
  return `${parsed.host.toLowerCase().replace(/^www\./, '')}${path}${query ? `?${query}` : ''}`;
}

/**
 * Whether two documents of a capture are copies of one post: a feed that
 * carries an entry again after an edit keeps its identity (Atom's <id>,
 * RSS's <guid>), or its address, or at least its title. Two entries with
 * the same identity are one entry (RFC 4287); two that share none of these
 * are two posts.
 */
export function sameEntry(a: StatedMetadata, b: StatedMetadata): boolean {
  if (a.id?.trim() && a.id.trim() === b.id?.trim()) return true;
  const [here, there] = [pageAddress(a.url), pageAddress(b.url)];
  if (here && there) return here === there;
  const title = normalTitle(a.title);
  return title !== '' && title === normalTitle(b.title);
}

function named(copy: OtherCopy): string {
  return copy.stated.published ? `${copy.name} (dated ${copy.stated.published})` : copy.name;
}

/** A date as a feed states it that sorts as text does: "2012-12-07", "2012-12-06T11:40:27Z". */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:$|T)/;

/** What a copy is beside the entry read (`published`: its date), for a message on a block it adds: a later copy when its date says so. */
function copyKind(copy: OtherCopy, published: string | undefined): string {
  const dated = copy.stated.published;
  return dated && published && ISO_DATE.test(dated) && ISO_DATE.test(published) && dated > published ? 'a later copy of the post' : 'another copy of the post';
}

/**
 * A copy's facts as the pipeline settles them before printing, its own
 * amendments heard: a value it gives for no figure it names ("Rättelse:
 * siffran ska vara 780."), a change to who takes part, a footnote that
 * qualifies a figure ("*Två av dem har ännu inte undertecknat.").
 */
function settled(post: PostFacts): { post: PostFacts; amendment: CountriesAmendment | undefined } {
  const untied = findUntiedValues(post);
  const notes = findQualifyingFootnotes(post);
  const amendment = findCountriesAmendment(post, undefined, null, undefined, notes) ?? untiedCountries(post, untied) ?? footnoteOnCountries(notes);
  return { post: withoutQualifiedFigures(withoutUntiedValues(withoutAmendedCountries(post, amendment), untied), notes), amendment };
}

/** Each statistic a copy leaves out, with why: unclear, cut through, or stated differently in it. */
function leftOutIn(post: PostFacts): Array<{ id: string; reason: string }> {
  return [
    ...post.unclearFigures,
    ...post.splitFigures.map(({ id, figure, reason }) => ({ id, reason: reason ?? `a cut runs through its figure ("${figure}")` })),
    ...post.conflicts.map(({ id }) => ({ id, reason: 'it states it differently in more than one place' })),
  ];
}

/** A figure or an item a copy leaves out, and why, as a message says it. */
interface Doubt {
  id: string;
  reason: string;
}

/**
 * The post without what another copy of it leaves out as amended or not fully
 * understood, and with a field it leaves unclear left null: an edition that
 * says "Rättelse: 253 barn, inte 252." yields one fact fewer than the edition
 * before it, so the older one is read, and its 252 would be printed though the
 * post itself corrects it. Whichever copy is read, a figure one of them
 * doubts is no fact, nor is a commitment: one a later edition no longer
 * lists, where it keeps the list around it (`cutFrom`), is in doubt. The
 * entry's other renderings (`renderings`: its <description>) are heard for
 * the amendments they add alone, and `published`, the entry's date, tells a
 * later copy from another in a message. `amendment`: a change to who takes
 * part that a copy makes, for the countries (see `resolveCountries`).
 */
export function withDoubtsOfCopies(
  post: PostFacts,
  copies: readonly OtherCopy[],
  { renderings = [], published }: { renderings?: readonly Rendering[]; published?: string | undefined } = {},
): { post: PostFacts; amendment: CountriesAmendment | undefined } {
  const doubted: UnclearStatistic[] = [];
  const unclear: UnclearCommitment[] = [...post.commitments.unclear];
  const fields: UnclearAttribute[] = [];
  let amendment: CountriesAmendment | undefined;
  const counted = post.statistics.find(({ unit }) => unit === 'countries');
  const yields: Array<{ copy: OtherCopy; theirs: PostFacts }> = [];
  const doubt = (figures: readonly Doubt[], items: readonly Doubt[]): void => {
    for (const { id, reason } of figures) {
      const read = post.statistics.find((statistic) => statistic.id === id);
      if (!read || doubted.some((figure) => figure.id === id)) continue;
      doubted.push({ id: read.id, figure: String(read.value), reason, start: read.start });
    }
    for (const item of items) {
      const read = post.commitments.items.find(({ id }) => id === item.id);
      if (!read || unclear.some(({ id }) => id === item.id)) continue;
      unclear.push({ ...read, reason: item.reason });
    }
  };
  const amends = (changed: CountriesAmendment | undefined, said: string): void => {
    if (!changed || amendment) return;
    amendment = { text: changed.text, start: counted?.start ?? post.blocks[0]?.start ?? 0, why: `in ${said} ${changed.why ?? 'amends who takes part'}` };
  };
  /** What `blocks` add that amends the post, heard as its own (`withAmendmentsOf`): doubts, each said after `said`. */
  const hear = (blocks: readonly Block[], from: string, said: string): CountriesAmendment | undefined => {
    const amended = withAmendmentsOf(post, blocks, from);
    if (!amended) return undefined;
    const { post: heard, amendment: heardAmendment } = settled(amended);
    const why = `${said} amends it, and the post read with its amendment leaves it out:`;
    doubt(
      leftOutIn(heard).map(({ id, reason }) => ({ id, reason: `${why} ${reason}` })),
      heard.commitments.unclear.map(({ id, reason }) => ({ id, reason: `${why} ${reason}` })),
    );
    return heardAmendment;
  };
  for (const copy of copies) {
    const { post: theirs, amendment: ownAmendment } = settled(copy.post);
    yields.push({ copy, theirs });
    const said = `${named(copy)}, a copy of the post,`;
    doubt(
      leftOutIn(theirs).map(({ id, reason }) => ({ id, reason: `${said} leaves it out: ${reason}` })),
      [...theirs.commitments.unclear, ...theirs.commitments.conflicts.map(({ id }) => ({ id, reason: 'two of its items word it differently' }))].map(({ id, reason }) => ({ id, reason: `${said} leaves it out: ${reason}` })),
    );
    const heardAmendment = hear(copy.blocks, copyKind(copy, published), said);
    const cut = cutFrom(post, theirs, copy.blocks);
    doubt(
      cut.statistics.map(({ id, reason }) => ({ id, reason: `${said} ${reason}` })),
      cut.commitments.map(({ id, reason }) => ({ id, reason: `${said} ${reason}` })),
    );
    for (const { id, field, reason } of theirs.unclearAttributes) {
      const read = post.statistics.find((statistic) => statistic.id === id);
      if (!read || read[field] === null || fields.some((known) => known.id === id && known.field === field)) continue;
      fields.push({ id, field, reason: `${said} leaves it unclear: ${reason}`, start: read.start });
    }
    amends(ownAmendment ?? heardAmendment, said);
  }
  for (const { blocks, name } of renderings) {
    // Since 4 December a footnote of the rendering under a mark its figure carries is heard too, as the post's would be.
    const notes = renderingFootnotes(post, blocks);
    for (const note of notes) {
      doubt(note.qualifies.map(({ id }) => ({ id, reason: `${name} has a footnote on it, with ${note.said} ("${note.text}")` })), []);
    }
    amends(hear(blocks, name, name) ?? footnoteOnCountries(notes), name);
  }
  const items = post.commitments.items.filter(({ id }) => !unclear.some((item) => item.id === id));
  const commitments = items.length === post.commitments.items.length ? post.commitments : { ...post.commitments, items, unclear };
  const statistics = post.statistics.map((statistic) => {
    const nulled = fields.filter(({ id }) => id === statistic.id);
    return nulled.length === 0 ? statistic : { ...statistic, ...Object.fromEntries(nulled.map(({ field }) => [field, null])) };
  });
  const withFields = { ...post, commitments, statistics, unclearAttributes: [...post.unclearAttributes, ...fields] };
  // Another value in a copy is heard as any other document's (`withoutStatedElsewhere`); another qualifier is heard here,
  // as it is only between copies of the post, where a sentence is the same one edited.
  const otherwise = (statistic: FoundStatistic): FoundStatistic[] | null => {
    for (const { copy, theirs } of yields) {
      const found = theirs.statistics.find(({ id }) => id === statistic.id);
      if (found && yieldOtherwise(statistic, found)) return [statistic, { ...found, elsewhere: `${named(copy)}, a copy of the post` }];
    }
    return null;
  };
  return { post: leavingOut(withFields, otherwise, doubted), amendment };
}
