import { isElement, type PageNode } from '../load/htmlPage.js';
import type { Block } from '../text/blocks.js';

/** How much of a paragraph's weight each ancestor receives, nearest first. */
const ANCESTOR_SHARE = [1, 0.5, 1 / 3];
const MIN_PARAGRAPH = 25;
const MAX_CANDIDATES = 5;

/**
 * A paragraph's weight as evidence of running prose: longer text and more
 * clauses weigh more, up to a cap so that one huge block cannot outvote the
 * structure of a page.
 */
export function paragraphWeight(text: string): number {
  if (text.length < MIN_PARAGRAPH) return 0;
  const commas = Math.min(text.split(',').length - 1, 3);
  return 1 + commas + Math.min(Math.floor(text.length / 100), 3);
}

export interface Candidate {
  element: PageNode;
  score: number;
}

/**
 * The elements most likely to hold a page's main text, best first: every
 * paragraph lends its weight to its container and, less, to the two above it.
 * The choice rests on the shape of the text, not on any theme's class names.
 */
export function rankContainers(blocks: readonly Block[]): Candidate[] {
  const scores = new Map<PageNode, number>();
  for (const block of blocks) {
    const weight = paragraphWeight(block.text);
    if (weight === 0 || !block.owner) continue;
    let ancestor = block.owner.parent;
    for (const share of ANCESTOR_SHARE) {
      if (!isElement(ancestor)) break;
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + weight * share);
      ancestor = ancestor.parent;
    }
  }
  return [...scores]
    .map(([element, score]) => ({ element, score }))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_CANDIDATES);
}
