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
  const held = new Map<PageNode, number>();
  for (const { owner } of blocks) if (owner?.parent) held.set(owner.parent, (held.get(owner.parent) ?? 0) + 1);
  for (const block of blocks) {
    const weight = paragraphWeight(block.text);
    if (weight === 0 || !block.owner) continue;
    const parent = block.owner.parent;
    let ancestor = parent !== null && held.get(parent) === 1 ? outsideOneCell(parent) : parent;
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

const ROW_GROUPS: ReadonlySet<string> = new Set(['tbody', 'thead', 'tfoot']);

/**
 * The element a table of one cell stands in, for the cell (`node`), else the node: an e-mail's or a word processor's
 * export wraps each paragraph in a table of its own ("<table><tr><td><p>…</p></td></tr></table>"), which holds no more
 * of the text than the paragraph does, so that no container above them was among the candidates, and every statistic
 * was left out (a hostile check's finding, 6 December). Asked only of a cell that holds one paragraph: a table of one
 * cell around the post's paragraphs is a box, and its cell their container (the title above it, comments beside it,
 * are not the post's: a first version took the box's parent, and lost both), as is a layout table's cell.
 */
function outsideOneCell(node: PageNode | null): PageNode | null {
  if (node === null || (node.name !== 'td' && node.name !== 'th')) return node;
  const row = node.parent;
  if (row?.name !== 'tr' || row.children.length !== 1) return node;
  const group = row.parent;
  const table = group !== null && ROW_GROUPS.has(group.name) ? group.parent : group;
  if (table?.name !== 'table' || table.children.length !== 1 || (group !== table && group?.children.length !== 1)) return node;
  return table.parent;
}
