import type { PageNode } from '../load/htmlPage.js';

/**
 * Searches of a page's elements that cost the same at any depth: a walk with
 * its stack's top at the end. (cheerio's `find`, domutils underneath, keeps
 * its stack top-first and unshifts at each level, which made a search around
 * a post nested 100 000 elements deep quadratic: issue 10.)
 */

/** Every element under `root` (not `root` itself) in document order, lazily. */
function* descendants(root: PageNode): Generator<PageNode> {
  const stack: Array<{ nodes: readonly PageNode[]; next: number }> = [{ nodes: root.children, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as { nodes: readonly PageNode[]; next: number };
    const node = frame.nodes[frame.next++];
    if (!node) {
      stack.pop();
      continue;
    }
    yield node;
    if (node.children.length > 0) stack.push({ nodes: node.children, next: 0 });
  }
}

/** The first element under `root`, in document order, that passes `test`. */
export function findElement(root: PageNode, test: (element: PageNode) => boolean): PageNode | undefined {
  for (const node of descendants(root)) if (test(node)) return node;
  return undefined;
}

/** Every element under `root` that passes `test`, in document order. */
export function findElements(root: PageNode, test: (element: PageNode) => boolean): PageNode[] {
  const found: PageNode[] = [];
  for (const node of descendants(root)) if (test(node)) found.push(node);
  return found;
}
