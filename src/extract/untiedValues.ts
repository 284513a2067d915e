import { leavingOut, type PostFacts } from '../locate/post.js';
import { clipped } from '../text/clip.js';
import type { Block } from '../text/blocks.js';
import { shownText } from '../text/blocks.js';
import { asideName } from '../text/pageOrder.js';
import type { CountriesAmendment } from './amendedCountries.js';
import { announcesAmendment, announcesValue, heardBlocks, untiedValues, type UntiedTie } from './speaking.js';
import type { UnclearStatistic } from './statistics.js';

/** A value a block of the post gives for a figure without saying which (see `untiedValues`). */
export interface UntiedValue {
  /** Undefined where the tool does not read the value: `unread` says what it is. */
  value: number | undefined;
  unread?: string;
  /** What its subject ties it to: the number of countries, or any statistic. */
  tie: UntiedTie;
  /** The block's words as the reader hears them, clipped for a message. */
  text: string;
  start: number;
  /** Where the page gives it, for a message: a block of the post, an aside it holds, or the block right after it. */
  where: string;
}

/**
 * A block's text without the struck words in it: struck digits that touch a figure stay in its text between two cuts
 * (see `Block.cuts`), and "Nu är vi <del>48</del> 49." gives no figure the post states, but 49. A block struck whole
 * has no text: a correction struck out was taken back.
 */
function unstruckText(block: Pick<Block, 'text' | 'seen' | 'cuts'>): string {
  const { text, seen, cuts } = block;
  if (seen === undefined || !cuts) return text;
  const struck = new Set(seen.split(/\s+/));
  const bounds = [0, ...cuts, text.length];
  return bounds
    .slice(0, -1)
    .map((from, i) => text.slice(from, bounds[i + 1]))
    .filter((piece, i) => i === 0 || !struck.has(piece.trim()))
    .join('');
}

/**
 * The page's block right after the post's element, with the block after it when it is a label alone ("<h3>Rättelse</h3>
 * <p>Siffran ska vara 780.</p>" right after the entry's content): a correction set just outside the post amends it, as
 * `doubtedFromOutside` hears one that names what it counts. `end`: the index of the page's block after the post's last.
 */
export function blocksRightAfter(blocks: readonly Block[], end: number): Block[] {
  const edge = blocks[end];
  const next = blocks[end + 1];
  if (edge === undefined) return [];
  return next !== undefined && announcesAmendment(shownText(edge)) ? [edge, next] : [edge];
}

const WHERE = ['a block of the post', 'the block right after the post'];

/**
 * Each value the post's blocks, the blocks right after it (`after`, see `blocksRightAfter`), or the asides it holds
 * give for a figure without saying which, heard after a label alone before them ("<h3>Rättelse</h3><p>Siffran ska
 * vara 780.</p>"), from a sentence that names no figure the post states: one that does ("Rättelse: 252 ska vara
 * 253.") is heard by the rule that reads mentions of a figure. Struck words are not read: the post does not state them.
 */
export function findUntiedValues(post: Pick<PostFacts, 'blocks' | 'language' | 'asides' | 'statements'>, after: readonly Block[] = []): UntiedValue[] {
  const stated = new Set(post.statements.map(({ value }) => value));
  const untied: UntiedValue[] = [];
  for (const [index, run] of [post.blocks, after, ...post.asides].entries()) {
    for (const [at, { block, text }] of [...heardBlocks(run)].entries()) {
      const unstruck = unstruckText(block);
      if (unstruck.trim() === '') continue;
      // "Det ska vara:" is heard with the block after it, which gives its value; alone, it is a value unread.
      if (at < run.length - 1 && announcesValue(shownText(block))) continue;
      const heard = `${text.slice(0, text.length - shownText(block).length)}${unstruck}`;
      for (const { value, unread, tie } of untiedValues(heard, post.language, stated)) {
        untied.push({ value, unread, tie, text: clipped(heard), start: block.start, where: WHERE[index] ?? asideName(block) });
      }
    }
  }
  return untied;
}

/**
 * The post's facts without each statistic an untied value (`findUntiedValues`) may amend: the number of countries
 * where its subject is the participants ("Nu är vi 100."), otherwise every statistic, as nothing ties "Rättelse:
 * siffran ska vara 780." to one, and a figure's order is no tie (100 000 may be the million with a zero dropped or
 * the 50 000 doubled). A number the tool does not tie to a fact never becomes one, nor does a figure it may replace.
 */
export function withoutUntiedValues(post: PostFacts, untied: readonly UntiedValue[]): PostFacts {
  if (untied.length === 0) return post;
  const unclear: UnclearStatistic[] = [];
  for (const statistic of post.statistics) {
    const given = untied.find(({ tie }) => tie === 'any' || statistic.unit === 'countries');
    if (!given) continue;
    const which = given.tie === 'countries' ? 'which its subject ties to the number of countries' : 'which may replace any statistic of the post, so each is left out';
    const reason = `${given.where} amends it with ${valueOf(given)}, ${which}, in "${given.text}")`;
    unclear.push({ id: statistic.id, figure: String(statistic.value), reason, start: statistic.start });
  }
  return leavingOut(post, () => null, unclear);
}

/**
 * The block whose untied value may amend the number of countries (`withoutUntiedValues`): the list of countries is
 * left out beside it, as no list is known to name the participants the post now counts ("Uppdatering: Nu är vi 49.").
 */
export function untiedCountries(post: Pick<PostFacts, 'statistics'>, untied: readonly UntiedValue[]): CountriesAmendment | undefined {
  if (!post.statistics.some((statistic) => statistic.unit === 'countries')) return undefined;
  const given = untied.find(({ tie }) => tie === 'countries') ?? untied[0];
  if (!given) return undefined;
  const which = given.tie === 'countries' ? 'which its subject ties to their number' : 'which may replace any statistic of the post, their number too';
  return { text: given.text, start: given.start, why: `gives ${valueOf(given)}, ${which})`, where: given.where };
}

/** The value given, for a message, with what the tool does not understand of it: which figure it is of, or the value itself. */
const valueOf = ({ value, unread }: UntiedValue): string =>
  value === undefined ? `a value the tool does not read (${unread ?? 'unread'}` : `a value the tool cannot tie to one statistic (${value}`;
