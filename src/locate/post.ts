import { isWithin, type HtmlPage, type PageNode } from '../load/htmlPage.js';
import { shownText, type Block } from '../text/blocks.js';
import { blocksLanguage, blocksLanguageOr, OTHER_LANGUAGE } from '../extract/language.js';
import { doubtedFromOutside, readStatistics, type FoundStatistic, type SplitFigure, type UnclearAttribute, type UnclearStatistic } from '../extract/statistics.js';
import { inConflict, weighed, yieldOtherwise, type ConflictingFigures } from '../extract/conflicts.js';
import { mayStateAny } from '../extract/statingWords.js';
import { amendsOrCorrects, announcesAmendment, mayAmend } from '../extract/speaking.js';
import { extractCommitments, type FoundCommitments, type UnclearCommitment } from '../extract/commitments.js';
import type { Language } from '../extract/numbers.js';
import { COMMITMENT_IDS, STATISTIC_IDS, type CommitmentId, type StatisticId } from '../schema/output.js';
import { clipped } from '../text/clip.js';
import { rankContainers } from './candidates.js';

export interface PostFacts {
  /** The element that holds the post, or the whole page when none stood out. */
  container: PageNode;
  blocks: Block[];
  language: Language;
  statistics: FoundStatistic[];
  /** Every statement of a statistic in the container, in the order read: those of the statistics found and left out alike. */
  statements: FoundStatistic[];
  /** Figures that would have stated a statistic not found, but that a cut runs through (see `Block.cuts`). */
  splitFigures: SplitFigure[];
  /**
   * Statistics stated differently in the post, in another complete copy of it
   * on the page, or anywhere else in the page's readable text: left out.
   */
  conflicts: ConflictingFigures[];
  /** Figures that would have stated a statistic not found, but that the tool does not fully understand. */
  unclearFigures: UnclearStatistic[];
  /** Fields of the statistics found that their sentences leave unclear. */
  unclearAttributes: UnclearAttribute[];
  commitments: FoundCommitments;
  /** The furniture the container holds that amends the post (see `withAsides`): read for nothing else. */
  asides: Block[][];
  /** The month the post is dated in (1 to 12), when it was read as the post's own time (see `readStatistics`). */
  month?: number;
}

/**
 * How the page around the post is read: a paragraph's sentence that does not
 * name a statistic's topic is heard in the post ("780 misstänkta personer
 * kunde identifieras."), but around it may be another post's on an archive
 * page ("20 barn kunde räddas."), of another thing, and is not read.
 */
const OTHERS = { unnamed: false } as const;

/** A figure whose groups a dot or a comma joins: the one kind the two languages read as different numbers. */
const SEPARATED_FIGURE = /[0-9][.,][0-9]/;

/**
 * What the blocks of a stretch of the page around the post state, read in the other language than the stretch's, of
 * those with a figure the languages read otherwise ("1,250": a decimal in Swedish, 1 250 in English), each after the
 * text before it. The language of such a stretch is no surer than its few words: since the morning of 6 December, a
 * Swedish menu above "Operation Rescue led to 1,250 arrests." on the English edition made the stretch Swedish, the
 * figure a decimal, and the contradicted 250 printed. What one language reads as a whole number the other reads so
 * too or leaves unread, so no statement of one reading is undone by the other's.
 */
function inOtherLanguage(blocks: readonly Block[], language: Language, before: string, read: (block: Block) => boolean = () => true): FoundStatistic[] {
  return blocks.flatMap((block, index) =>
    read(block) && SEPARATED_FIGURE.test(block.text) ? readStatistics([block], OTHER_LANGUAGE[language], index === 0 ? before : (blocks[index - 1] as Block).text, OTHERS).statements : [],
  );
}

/**
 * Inside the post, a paragraph's figure that the post's language does not read as a whole number leaves its statistic
 * out (`unclear-figure`), where a heading's or a list item's is heard only when clear, and was passed over: since the
 * afternoon of 6 December those are read in the other language too (`inOtherLanguage`), as the stretches around the
 * post are ("<h3>Operation Rescue led to 1,250 arrests.</h3>" in the Swedish post printed its 250).
 */
const headingOrItem = (block: Block): boolean => block.kind !== 'paragraph';

/**
 * `before`: the text of the page's block before the container's first, which a figure may run on from; `asides`: the
 * furniture it holds that amends the post (see `withAsides`); `month`: the month the post is dated in, if known.
 */
function readFacts(container: PageNode, blocks: Block[], before = '', asides: Block[][] = [], month?: number): PostFacts {
  const language = blocksLanguage(blocks);
  const { found, attributes, split, conflicts, unclear, statements } = readStatistics(blocks, language, before, { asides, month });
  return {
    container,
    blocks,
    language,
    statistics: found,
    statements,
    unclearAttributes: attributes,
    splitFigures: split,
    conflicts,
    unclearFigures: unclear,
    commitments: extractCommitments(blocks, [], asides),
    asides,
    ...(month === undefined ? {} : { month }),
  };
}

/**
 * The post's facts read again with the furniture its container holds — an
 * <aside>, a widget inside its body — when some of it amends the post: a
 * correction there ("<aside><p>Rättelse: antalet länder är nu 52.</p></aside>")
 * is the post's, as a reader sees it, though it is no place a fact is read
 * from (see `readStatistics`, `extractCommitments`). Only furniture whose HTML
 * holds a label's word or an error word (`mayAmend`) is read for it, and only
 * a post with such furniture is read again.
 */
function withAsides(post: PostFacts, page: HtmlPage): PostFacts {
  const asides = page.furnitureIn(post.container, mayAmend).filter((run) => run.some((block) => amendsOrCorrects(shownText(block))));
  return asides.length === 0 ? post : readFacts(post.container, post.blocks, page.blocks[post.container.firstBlock - 1]?.text, asides, post.month);
}

/** A block's words as a reader sees them, spaces aside: how a copy of the post is matched with it, block by block. */
export const blockWords = (block: Block): string => shownText(block).replace(/\s+/g, ' ').trim();

/** An excerpt's closing mark ("[…]", "[...]", "…"): what stands before it is the post's own words, cut short. */
const EXCERPT_MARK = /(?:\[\s*(?:…|\.\.\.|&#8230;|&hellip;)\s*\]|…|\.\.\.)$/;

/**
 * Whether a block of another rendering of the post says only the post's own
 * words again (`text`: the post's blocks' words, run together): an excerpt
 * cut off anywhere ("… jag är väldigt stolt över att ha varit med o […]")
 * amends nothing the post does not, whatever its words.
 */
function restatesPost(block: Block, text: string): boolean {
  const words = blockWords(block).replace(EXCERPT_MARK, '').trimEnd();
  return words !== '' && text.includes(words);
}

/**
 * The post read again with the amendments that another copy of it adds — a
 * feed's later edition of the entry ("<p>Rättelse: 780 misstänkta
 * identifierades.</p>", a footnote, an update), the entry's own
 * <description> — heard as the post's own, as an aside in it is (see
 * `withAsides`), each where it stands in the copy, after the last of the
 * post's blocks the copy holds before it, or after the post when the copy
 * holds none. The copy's other blocks restate the post or edit it, and are
 * weighed as the copy's own reading is (see `withDoubtsOfCopies`); one that
 * says only the post's words again (`restatesPost`) adds nothing. `from`:
 * what the copy is, for a message ("a later copy of the post", see
 * `Block.from`). Undefined when the copy adds no amendment.
 */
export function withAmendmentsOf(post: PostFacts, copy: readonly Block[], from: string): PostFacts | undefined {
  if (post.blocks.length === 0) return undefined;
  const own = new Map<string, Block>();
  for (const block of post.blocks) if (!own.has(blockWords(block))) own.set(blockWords(block), block);
  let text: string | undefined;
  let anchor = post.blocks[post.blocks.length - 1] as Block;
  let held = false;
  const added: Block[] = [];
  for (const block of copy) {
    const same = own.get(blockWords(block));
    if (same) {
      anchor = same;
      held = true;
    } else if (amendsOrCorrects(shownText(block)) && !restatesPost(block, (text ??= [...own.keys()].join(' ')))) {
      // Where it stands in this document, not in the copy's: the post's block it follows.
      added.push({ ...block, start: held ? anchor.start : (post.blocks[post.blocks.length - 1] as Block).start, from });
    }
  }
  if (added.length === 0) return undefined;
  return readFacts(post.container, post.blocks, '', [...post.asides, added], post.month);
}

/** Whether a copy (`held`: the words of its blocks) holds at least half of the post's blocks: a copy of it, where an excerpt or another post holds fewer. */
function holdsHalf(post: PostFacts, held: ReadonlySet<string>): boolean {
  const own = new Set(post.blocks.map(blockWords));
  return [...own].filter((words) => held.has(words)).length * 2 >= own.size;
}

/**
 * The post's blocks around what stands at `start` that a copy of it holds
 * (`held`: the words of its blocks), as a message names them, when the copy
 * holds them and so was cut there: those on both sides; or, at the post's
 * first or last block, the one next to it, where the copy holds at least
 * half of the post's blocks too (`holdsHalf`). An excerpt ends before what
 * it leaves out, and holds fewer. Undefined when the copy holds no such
 * blocks. `noun`: what the post's blocks are, for the message ("paragraph").
 */
function keptAround(post: PostFacts, start: number, held: ReadonlySet<string>, noun: string): string | undefined {
  const at = post.blocks.findLastIndex((block) => block.start <= start);
  if (at < 0) return undefined;
  const [before, after] = [post.blocks[at - 1], post.blocks[at + 1]];
  const holds = (block: Block | undefined): block is Block => block !== undefined && held.has(blockWords(block));
  if (holds(before) && holds(after)) return `the post's ${noun}s around it ("${clipped(blockWords(before))}" and "${clipped(blockWords(after))}")`;
  if ((before === undefined) === (after === undefined) || !holds(before ?? after) || !holdsHalf(post, held)) return undefined;
  const [edge, side, end] = before === undefined ? [after as Block, 'after', 'first'] : [before, 'before', 'last'];
  return `the post's ${noun} ${side} it ("${clipped(blockWords(edge))}") and at least half of the post's ${noun}s (its own is the post's ${end})`;
}

/**
 * The post's statistics and commitments that a copy of it no longer states,
 * nor leaves out for a reason, though it holds the blocks of the post on
 * both sides of the figure's or the item's (`blocks`: the copy's), or next to
 * it at the post's start or end (see `keptAround`): an edition that cut the
 * figure's paragraph, or rewrote it to count another thing ("operation
 * Cyberstorm"), or dropped an item of the list. A copy that ends before the
 * figure — an excerpt, "Vissa dagar känns … [&#8230;]" — says nothing of it,
 * nor does one that holds only a line found in every post (a share button).
 */
export function cutFrom(
  post: PostFacts,
  copy: PostFacts,
  blocks: readonly Block[],
): { statistics: Array<{ id: StatisticId; reason: string }>; commitments: Array<{ id: CommitmentId; reason: string }> } {
  const held = new Set(blocks.map(blockWords).filter((words) => words !== ''));
  const told = new Set([...copy.statistics, ...copy.unclearFigures, ...copy.splitFigures, ...copy.conflicts].map(({ id }) => id));
  const { items, unclear, conflicts, duplicates } = copy.commitments;
  const listed = new Set([...items, ...unclear, ...conflicts, ...duplicates].map(({ id }) => id));
  return {
    statistics: post.statistics.flatMap(({ id, start }) => {
      const kept = told.has(id) ? undefined : keptAround(post, start, held, 'paragraph');
      return kept === undefined ? [] : [{ id, reason: `no longer states it, though it holds ${kept}` }];
    }),
    commitments: post.commitments.items.flatMap(({ id, start }) => {
      const kept = listed.has(id) ? undefined : keptAround(post, start, held, 'block');
      return kept === undefined ? [] : [{ id, reason: `no longer lists it, though it holds ${kept}` }];
    }),
  };
}

/** The post's facts with the commitments `unclear` names left out, as unclear. */
export function leavingOutCommitments(post: PostFacts, unclear: readonly UnclearCommitment[]): PostFacts {
  const items = post.commitments.items.filter(({ id }) => !unclear.some((item) => item.id === id));
  if (items.length === post.commitments.items.length) return post;
  const added = unclear.filter(({ id }) => !post.commitments.unclear.some((item) => item.id === id));
  return { ...post, commitments: { ...post.commitments, items, unclear: [...post.commitments.unclear, ...added] } };
}

/**
 * The candidates apart from the post that are copies of it: each holds at
 * least half of the post's blocks; an excerpt or another post holds fewer,
 * and is weighed as any text around the post is (see `withoutContradictions`).
 */
function copiesOf(post: PostFacts, others: readonly PostFacts[]): PostFacts[] {
  return others.filter((other) => holdsHalf(post, new Set(other.blocks.map(blockWords))));
}

/**
 * The post's facts less the statistics and the commitments that another copy
 * of it on the page, not complete (see `withoutRivals`), cuts (see `cutFrom`),
 * and the statistics it qualifies otherwise (see `yieldOtherwise`): a month
 * archive that holds the post twice, once edited (see `copiesOf`).
 */
function withoutCuts(post: PostFacts, copies: readonly PostFacts[]): PostFacts {
  if (copies.length === 0) return post;
  const cut: UnclearStatistic[] = [];
  const dropped: UnclearCommitment[] = [];
  for (const copy of copies) {
    const { statistics, commitments } = cutFrom(post, copy, copy.blocks);
    for (const { id, reason } of statistics) {
      const read = post.statistics.find((statistic) => statistic.id === id);
      if (read && !cut.some((figure) => figure.id === id)) cut.push({ id, figure: String(read.value), reason: `another copy of the post on the page ${reason}`, start: read.start });
    }
    for (const { id, reason } of commitments) {
      const read = post.commitments.items.find((item) => item.id === id);
      if (read && !dropped.some((item) => item.id === id)) dropped.push({ ...read, reason: `another copy of the post on the page ${reason}` });
    }
  }
  return leavingOut(
    leavingOutCommitments(post, dropped),
    (statistic) => {
      const found = copies.flatMap((copy) => copy.statistics).find((other) => other.id === statistic.id && yieldOtherwise(statistic, other));
      return found ? [statistic, found].sort((a, b) => a.start - b.start) : null;
    },
    cut,
  );
}

/**
 * The post read again with the amendments that other copies of it on the page
 * add (`kin`: a month archive's second copy, "<p>Uppdatering: antalet länder
 * är nu 52.</p>" below it), heard as the post's own, as an aside in it is
 * (see `withAsides`): whichever copy is read, an amendment one of them makes
 * is the post's. Only blocks the post lacks are heard, so a copy's
 * restatements are weighed as before (see `withoutRivals`, `withoutCuts`).
 */
function withAmendmentsAround(post: PostFacts, page: HtmlPage, kin: readonly PostFacts[]): PostFacts {
  const own = new Set(post.blocks.map(blockWords));
  const added = [...new Set(kin.flatMap((copy) => copy.blocks))]
    .filter((block) => !own.has(blockWords(block)) && amendsOrCorrects(shownText(block)))
    .map((block) => ({ ...block, from: 'another copy of the post on the page' }));
  return added.length === 0 ? post : readFacts(post.container, post.blocks, page.blocks[post.container.firstBlock - 1]?.text, [...post.asides, added], post.month);
}

const ALL_FACTS = COMMITMENT_IDS.length + STATISTIC_IDS.length;
export const factCount = (facts: PostFacts) => facts.statistics.length + facts.commitments.items.length;

/**
 * Markup without an <html> around it — a feed entry's content — has no
 * element that holds all of the post: its paragraphs and lists are the
 * document's own children, so the document is a candidate too.
 */
function isFragment(document: PageNode): boolean {
  return !document.children.some((node) => node.name === 'html');
}

/** Whether one element is, or lies in, the other. */
function nested(a: PageNode, b: PageNode): boolean {
  return isWithin(a, b) || isWithin(b, a);
}

/** Every statement of a statistic in a reading of the post, those that conflict included. */
function statementsOf(facts: PostFacts, id: FoundStatistic['id']): FoundStatistic[] {
  const conflicting = facts.conflicts.filter((conflict) => conflict.id === id).flatMap((conflict) => conflict.statements);
  return [...facts.statistics.filter((statistic) => statistic.id === id), ...conflicting];
}

/**
 * Facts the container states, counting a statistic stated differently, or
 * with a figure the tool does not understand, as stated, and a commitment
 * likewise: a copy of the post
 * that contradicts itself, or hedges a figure, is still a copy.
 */
const statedCount = (facts: PostFacts) =>
  factCount(facts) + facts.conflicts.length + facts.unclearFigures.length + facts.commitments.conflicts.length + facts.commitments.unclear.length;

/**
 * The post's facts less the statistics that `rivals` — other copies of the
 * post on the page, as complete — state differently (a month archive that
 * holds the post twice, once edited), a qualifier one of them lacks
 * included (`yieldOtherwise`), or with a figure the tool does not
 * understand: which copy is the post's own the page does not say.
 */
function withoutRivals(post: PostFacts, rivals: readonly PostFacts[]): PostFacts {
  if (rivals.length === 0) return post;
  const unclear = rivals.flatMap((rival) => rival.unclearFigures).filter((figure) => post.statistics.some((statistic) => statistic.id === figure.id));
  return leavingOut(
    post,
    (statistic) => {
      const statements = [statistic, ...rivals.flatMap((rival) => statementsOf(rival, statistic.id))];
      const otherwise = rivals.some((rival) => rival.statistics.some((found) => found.id === statistic.id && yieldOtherwise(statistic, found)));
      return otherwise || inConflict(statements) ? [...weighed(statements)] : null;
    },
    unclear.filter((figure, index) => unclear.findIndex((other) => other.id === figure.id) === index),
  );
}

/**
 * The post's facts less each statistic that `against` finds stated
 * otherwise (it returns the statements to name, in the page's order, or
 * null), and less each that `unclear` names: the one place where a
 * statistic is taken out of the facts, so that its fields' doubts go with it.
 */
export function leavingOut(
  post: PostFacts,
  against: (statistic: FoundStatistic, own: FoundStatistic[]) => FoundStatistic[] | null,
  unclear: readonly UnclearStatistic[] = [],
): PostFacts {
  const conflicts: ConflictingFigures[] = [];
  const statistics = post.statistics.filter((statistic) => {
    if (unclear.some((figure) => figure.id === statistic.id)) return false;
    const statements = against(statistic, post.statements.filter((statement) => statement.id === statistic.id));
    if (statements === null) return true;
    conflicts.push({ id: statistic.id, statements });
    return false;
  });
  if (conflicts.length === 0 && unclear.length === 0) return post;
  return {
    ...post,
    statistics,
    conflicts: [...post.conflicts, ...conflicts],
    unclearFigures: [...post.unclearFigures, ...unclear],
    unclearAttributes: post.unclearAttributes.filter((field) => statistics.some((statistic) => statistic.id === field.id)),
  };
}

/**
 * The statements of `others` that contradict `own`, a statistic's statements
 * that agree (see `inConflict`). Each of `others` is set beside only the
 * first of `own` and the first of them to state each attribute: since they
 * agree, no other can differ from it where these do not, and a page that
 * states a figure thousands of times on each side costs no more than once.
 * `bounds`: whether a strict bound of the post's plain value contradicts it
 * (see `inConflict`).
 */
export function contradicting(all: readonly FoundStatistic[], others: readonly FoundStatistic[], bounds = true): FoundStatistic[] {
  // A label's value in the post that is not weighed against its figure ("Barn: 3") witnesses nothing of it.
  const own = weighed(all);
  const stating = [own[0], own.find((s) => s.qualifier !== null), own.find((s) => s.source !== null), own.find((s) => s.year !== null)];
  const witnesses = [...new Set(stating.filter((statement) => statement !== undefined))];
  return others.filter((other) => inConflict([...witnesses, other], bounds));
}

/**
 * The statements of the post's statistics in the page's own furniture —
 * sidebar, asides, menus, footer, related posts (see
 * `HtmlPage.furnitureBlocks`): only parts with the words that follow the
 * figure of one (`mayStateAny`) are read, each in its own language, or the
 * post's where its text does not tell.
 */
function furnitureStatements(page: HtmlPage, post: PostFacts): FoundStatistic[] {
  const mayState = mayStateAny(post.statistics.map((statistic) => statistic.id));
  return page.furnitureBlocks(mayState).flatMap((part) => {
    const language = blocksLanguageOr(part, post.language);
    // A block without the words that follow a figure of the post's states none: only the others are read, each after the text before it;
    // a heading or a list item among them too, as in the page's readable text (see `readStatistics`).
    return part.flatMap((block, index) => {
      if (!mayState(block.text)) return [];
      const before = part[index - 1]?.text ?? '';
      return [...readStatistics([block], language, before, OTHERS).statements, ...inOtherLanguage([block], language, before)];
    });
  });
}

/** `statements` with `added` (in document order) put in by their place in the page: in document order when both are. */
function byPosition(statements: readonly FoundStatistic[], added: readonly FoundStatistic[]): FoundStatistic[] {
  const merged: FoundStatistic[] = [];
  let next = 0;
  for (const statement of statements) {
    for (; next < added.length && (added[next] as FoundStatistic).start < statement.start; next++) merged.push(added[next] as FoundStatistic);
    merged.push(statement);
  }
  return [...merged, ...added.slice(next)];
}

/**
 * The post's facts less the statistics that the page states differently
 * outside the post's container: an edit left in as a stale copy beside it,
 * an update below it, the other language's edition around it, a box, a
 * sidebar widget, a teaser or a footer of the page's own (its furniture,
 * read for this alone and only when the post has statistics to defend).
 * Which statement is the post's own the page does not say. Each side of the
 * container, and each stretch of furniture, is read once, in its own
 * language. Readers' comments, ads and hidden text are no statement of the
 * page's and are not read (see `furnitureOf`).
 *
 * Only a clear statement counts against the post's. A figure outside the
 * post that the tool does not understand — a range, a hedge — is not known
 * to state the post's statistic, let alone to contradict it: a teaser of
 * another post, a headline that rounds. Inside the post, or in a complete
 * copy of it, the same sentence would be the post's own (see
 * `withoutRivals`); around it, leaving the statistic out for it would be
 * an alarm without a contradiction.
 */
function withoutContradictions(post: PostFacts, page: HtmlPage): PostFacts {
  if (post.statistics.length === 0) return post;
  const { firstBlock, endBlock } = post.container;
  const sides = [page.blocks.slice(0, firstBlock), page.blocks.slice(endBlock)];
  const [first, second] = sides.map((blocks, side) => {
    if (blocks.length === 0) return undefined;
    const [language, textBefore] = [blocksLanguage(blocks), side === 0 ? '' : (page.blocks[endBlock - 1]?.text ?? '')];
    const read = readStatistics(blocks, language, textBefore, OTHERS);
    return { ...read, statements: [...read.statements, ...inOtherLanguage(blocks, language, textBefore)] };
  });
  const [before, after] = [first?.statements ?? [], second?.statements ?? []];
  // A heading around the post of words the tool all reads is of its topic: the post's title, "<h1>54 länder är med</h1>".
  // So does one with a word the tool does not read when it names none of the post's values for the statistic: the
  // post's title, which stands outside its container, "<h1>Globalallians: 54 länder</h1>" above "48 länder". Inside the
  // post such a heading may head another topic ("<h2>Klimatmötet: 54 länder</h2>"), and is not weighed.
  const strange = [...(first?.strangeHeadings ?? []), ...(second?.strangeHeadings ?? [])]
    .filter(({ heading, values }) => post.statistics.some((statistic) => statistic.id === heading.id && !values.has(statistic.value)))
    .map(({ heading }) => heading);
  // A label alone right after the post ("<h3>Rättelse</h3>") heads the block after it, as inside the post: that block is
  // the edge, heard with it. Not before the post: a stamp there ("Uppdaterad 7/12" in the post's meta) stands over
  // its title and its first paragraph, which it amends nothing of.
  const edge = page.blocks[endBlock];
  const labelled = edge !== undefined && announcesAmendment(shownText(edge));
  const edges: ReadonlyArray<readonly [Block | undefined, string, Block?]> = [
    [page.blocks[firstBlock - 1], 'before'],
    labelled ? [page.blocks[endBlock + 1], 'after', edge] : [edge, 'after'],
  ];
  const unread = [...(first?.unreadHeadings ?? []), ...(second?.unreadHeadings ?? []), ...strange, ...doubtedFromOutside(post.statistics, edges, [...before, ...after], post.language)].filter(
    (heading, index, all) => post.statistics.some((statistic) => statistic.id === heading.id) && all.findIndex((other) => other.id === heading.id) === index,
  );
  const furniture = furnitureStatements(page, post);
  const inside = inOtherLanguage(post.blocks, post.language, page.blocks[firstBlock - 1]?.text ?? '', headingOrItem);
  if (before.length === 0 && after.length === 0 && furniture.length === 0 && inside.length === 0 && unread.length === 0) return post;
  return leavingOut(post, (statistic, own) => {
    const sameId = (statement: FoundStatistic) => statement.id === statistic.id;
    const [earlier, later] = [contradicting(own, before.filter(sameId)), contradicting(own, after.filter(sameId))];
    const [inFurniture, inPost] = [contradicting(own, furniture.filter(sameId)), contradicting(own, inside.filter(sameId))];
    if (earlier.length === 0 && later.length === 0 && inFurniture.length === 0 && inPost.length === 0) return null;
    return byPosition(byPosition([...earlier, ...weighed(own), ...later], inPost), inFurniture);
  }, unread);
}

/**
 * The post's commitments, compared with every list item about one in the
 * rest of the page's readable text — a second copy of the post, an edited
 * list left in beside it — as its statistics are (see `withoutContradictions`):
 * one worded otherwise there is left out (see `extractCommitments`).
 */
function withCommitmentsAround(post: PostFacts, page: HtmlPage): PostFacts {
  const { firstBlock, endBlock } = post.container;
  const sides = [page.blocks.slice(0, firstBlock), page.blocks.slice(endBlock)].filter((blocks) => blocks.length > 0);
  return sides.length === 0 ? post : { ...post, commitments: extractCommitments(post.blocks, sides, post.asides) };
}

/**
 * The post is the candidate container from which the most of its facts can be
 * read; among equals, the one whose text structure ranks highest — which is
 * the tightest, so that nothing around the post leaks in. A container's
 * blocks are a range of the page's, read in the same pass: no candidate is
 * read again. Once the post is found complete, only candidates apart from it
 * are read on, for another complete copy of the post (see `withoutRivals`); the
 * rest of the page's readable text, and its own furniture, is then read once,
 * for any other statement of the post's statistics (see `withoutContradictions`).
 */
export function locatePost(page: HtmlPage, month?: number): PostFacts {
  const { document } = page;
  let best: PostFacts | undefined;
  let rivals: PostFacts[] = [];
  const read: PostFacts[] = [];
  const containers = rankContainers(page.blocks).map((candidate) => candidate.element);
  if (isFragment(document)) containers.push(document);
  for (const container of containers) {
    const complete = best !== undefined && factCount(best) === ALL_FACTS;
    if (complete && nested(container, (best as PostFacts).container)) continue;
    const facts = readFacts(container, page.blocksIn(container), page.blocks[container.firstBlock - 1]?.text, [], month);
    read.push(facts);
    if (!best || statedCount(facts) > statedCount(best) || (statedCount(facts) === statedCount(best) && factCount(facts) > factCount(best))) {
      best = facts;
      rivals = [];
    } else if (complete && statedCount(facts) === ALL_FACTS) rivals.push(facts);
  }
  if (!best) return withAsides(readFacts(document, page.blocks, '', [], month), page);
  const found = best;
  const partial = copiesOf(found, read.filter((facts) => !nested(facts.container, found.container) && statedCount(facts) < ALL_FACTS));
  const amended = withAmendmentsAround(withAsides(found, page), page, [...rivals, ...partial]);
  return withoutContradictions(withoutCuts(withoutRivals(withCommitmentsAround(amended, page), rivals), partial), page);
}

/**
 * The post's facts less the statistics that another document of the capture
 * states differently: the other entries of a feed, which is a page of posts
 * as a month archive is (see `withoutContradictions`), and the entry's own
 * shorter renderings. `elsewhere`: their clear statements, each naming where
 * it stands.
 */
export function withoutStatedElsewhere(post: PostFacts, elsewhere: readonly FoundStatistic[]): PostFacts {
  if (elsewhere.length === 0) return post;
  return leavingOut(post, (statistic, own) => {
    // By their values: a bound in another document is weighed only where it is a copy of the post, with the copy named
    // (`yieldOtherwise` in src/extract/otherCopies.ts), as a hedge there is.
    const against = contradicting(own, elsewhere.filter((statement) => statement.id === statistic.id), false);
    return against.length === 0 ? null : [...weighed(own), ...against];
  });
}
