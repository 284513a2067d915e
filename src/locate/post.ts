import type { HtmlPage, PageNode } from '../load/htmlPage.js';
import type { Block } from '../text/blocks.js';
import { blocksLanguage } from '../extract/language.js';
import { readStatistics, type FoundStatistic, type SplitFigure, type UnclearAttribute, type UnclearStatistic } from '../extract/statistics.js';
import { extractCommitments, type FoundCommitments } from '../extract/commitments.js';
import type { Language } from '../extract/numbers.js';
import { COMMITMENT_IDS, STATISTIC_IDS } from '../schema/output.js';
import { rankContainers } from './candidates.js';

export interface PostFacts {
  /** The element that holds the post, or the whole page when none stood out. */
  container: PageNode;
  blocks: Block[];
  language: Language;
  statistics: FoundStatistic[];
  /** Figures that would have stated a statistic not found, but that a cut runs through (see `Block.cuts`). */
  splitFigures: SplitFigure[];
  /** Figures that would have stated a statistic not found, but that the tool does not fully understand. */
  unclearFigures: UnclearStatistic[];
  /** Fields of the statistics found that their sentences leave unclear. */
  unclearAttributes: UnclearAttribute[];
  commitments: FoundCommitments;
}

/** `before`: the text of the page's block before the container's first, which a figure may run on from. */
function readFacts(container: PageNode, blocks: Block[], before = ''): PostFacts {
  const language = blocksLanguage(blocks);
  const { found, attributes, split, unclear } = readStatistics(blocks, language, before);
  return {
    container,
    blocks,
    language,
    statistics: found,
    unclearAttributes: attributes,
    splitFigures: split,
    unclearFigures: unclear,
    commitments: extractCommitments(blocks),
  };
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

/**
 * The post is the candidate container from which the most of its facts can be
 * read; among equals, the one whose text structure ranks highest — which is
 * the tightest, so that nothing around the post leaks in. A container's
 * blocks are a range of the page's, read in the same pass: no candidate is
 * read again.
 */
export function locatePost(page: HtmlPage): PostFacts {
  const { document } = page;
  let best: PostFacts | undefined;
  const containers = rankContainers(page.blocks).map((candidate) => candidate.element);
  if (isFragment(document)) containers.push(document);
  for (const container of containers) {
    const facts = readFacts(container, page.blocksIn(container), page.blocks[container.firstBlock - 1]?.text);
    if (!best || factCount(facts) > factCount(best)) best = facts;
    if (factCount(best) === ALL_FACTS) break;
  }
  return best ?? readFacts(document, page.blocks);
}
