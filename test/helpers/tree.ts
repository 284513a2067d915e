import type { PageNode } from '../../src/load/htmlPage.js';

/** An element and the elements in it, by name, nested: `body(svg(path()) p())`. */
export function elementTree(node: PageNode): string {
  return `${node.name}(${node.children.map(elementTree).join(' ')})`;
}
