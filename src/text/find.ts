import { isTag, isText, type AnyNode, type Element, type ParentNode } from 'domhandler';

/**
 * Searches of the DOM that cost the same at any depth. cheerio's `find`
 * (domutils underneath) keeps its walk's stack top-first and unshifts at each
 * level, which made a search around a post nested 100 000 elements deep
 * quadratic (issue 10); these walk with a top-last stack instead.
 */

/** Every descendant of `root` (not `root` itself) in document order, lazily. */
function* descendants(root: ParentNode): Generator<AnyNode> {
  const stack: Array<{ nodes: readonly AnyNode[]; next: number }> = [{ nodes: root.children, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as { nodes: readonly AnyNode[]; next: number };
    const node = frame.nodes[frame.next++];
    if (!node) {
      stack.pop();
      continue;
    }
    yield node;
    if ('children' in node && node.children.length > 0) stack.push({ nodes: node.children, next: 0 });
  }
}

/** The first element under `root`, in document order, that passes `test`. */
export function findElement(root: ParentNode, test: (element: Element) => boolean): Element | undefined {
  for (const node of descendants(root)) if (isTag(node) && test(node)) return node;
  return undefined;
}

/** Every element under `root` that passes `test`, in document order. */
export function findElements(root: ParentNode, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const node of descendants(root)) if (isTag(node) && test(node)) found.push(node);
  return found;
}

/** The text under `root`, as cheerio's `.text()` gives it. */
export function textContent(root: ParentNode): string {
  let text = '';
  for (const node of descendants(root)) if (isText(node)) text += node.data;
  return text;
}
