import type { Document, ParentNode } from 'domhandler';
import { toBlocks, type Block } from '../text/blocks.js';
import { blocksLanguage } from '../extract/language.js';
import { extractStatistics, type FoundStatistic } from '../extract/statistics.js';
import { extractCommitments, type FoundCommitments } from '../extract/commitments.js';
import type { Language } from '../extract/numbers.js';
import { COMMITMENT_IDS, STATISTIC_IDS } from '../schema/output.js';
import { rankContainers } from './candidates.js';

export interface PostFacts {
  /** The element that holds the post, or the whole page when none stood out. */
  container: ParentNode;
  blocks: Block[];
  language: Language;
  statistics: FoundStatistic[];
  commitments: FoundCommitments;
}

function readFacts(container: ParentNode, blocks: Block[]): PostFacts {
  const language = blocksLanguage(blocks);
  return { container, blocks, language, statistics: extractStatistics(blocks, language), commitments: extractCommitments(blocks) };
}

const ALL_FACTS = COMMITMENT_IDS.length + STATISTIC_IDS.length;
const factCount = (facts: PostFacts) => facts.statistics.length + facts.commitments.items.length;

/**
 * The post is the candidate container from which the most of its facts can be
 * read; among equals, the one whose text structure ranks highest — which is
 * the tightest, so that nothing around the post leaks in.
 */
export function locatePost(document: Document, pageBlocks: Block[]): PostFacts {
  let best: PostFacts | undefined;
  for (const candidate of rankContainers(pageBlocks)) {
    const facts = readFacts(candidate.element, toBlocks(candidate.element));
    if (!best || factCount(facts) > factCount(best)) best = facts;
    if (factCount(best) === ALL_FACTS) break;
  }
  return best ?? readFacts(document, pageBlocks);
}
