import type { Block } from '../text/blocks.js';
import type { SourceRange } from './furniture.js';

/**
 * An element as the one pass over a page keeps it: no text nodes, no
 * siblings' links, only what locate and the metadata search ask of it. Its
 * text and its blocks are ranges of the page's (see `HtmlPage`), so that no
 * string is copied into the tree.
 */
export interface PageNode {
  /** The tag name, lower case; "#document" for the page itself. */
  readonly name: string;
  readonly attribs: Readonly<Record<string, string>>;
  /** null only for the page itself. */
  readonly parent: PageNode | null;
  /** How many elements it lies in: 0 for the page itself. */
  readonly depth: number;
  /** Its child elements, in order. */
  readonly children: PageNode[];
  /** Offset of its start tag in the decoded source. */
  readonly start: number;
  /** Its text: the page's text runs `firstText` (inclusive) to `endText`. */
  firstText: number;
  endText: number;
  /**
   * The blocks read while it was open, less any that ended before its start
   * tag (text before an inline element ends a block inside it), and the block
   * that its last text is in (which ends after it): the page's blocks
   * `firstBlock` to `endBlock`.
   */
  firstBlock: number;
  endBlock: number;
}

/** Where a stretch of the page's own furniture stands, and the element it stands in. */
export interface FurnitureRange extends SourceRange {
  readonly parent: PageNode;
}

/** What one pass over a page's HTML yields for locate and extract. */
export interface HtmlPage {
  readonly document: PageNode;
  /** The page's readable text, in document order, without its furniture. */
  readonly blocks: Block[];
  /**
   * Where the page's own furniture stands, left out of `blocks`: its sidebar,
   * asides, menus, footer, related posts — not readers' comments, ads or
   * hidden text (see `PageReader`).
   */
  readonly furniture: readonly FurnitureRange[];
  /**
   * The readable text of that furniture, each part that may state a figure
   * — and whose raw text `mayState` lets through — as blocks, with the
   * page's offsets, read afresh on each call. No fact is read from it, only
   * what contradicts one.
   */
  furnitureBlocks(mayState?: (text: string) => boolean): Block[][];
  /**
   * The readable text of the furniture that stands in `node` — an <aside>, a
   * widget inside the post's body — each stretch whose HTML `worth` lets
   * through read whole, as blocks, with the page's offsets.
   */
  furnitureIn(node: PageNode, worth: (html: string) => boolean): Block[][];
  /** All the text under `node`, as a DOM's `textContent` gives it. */
  textContent(node: PageNode): string;
  /**
   * The blocks of the text under `node`, as read from `node`: a block that is
   * an item or a heading only for a list item or heading at or around `node`
   * is a paragraph there — a theme that lists its posts puts a whole post in
   * an <li>, and the text of an inline container is its own paragraph.
   */
  blocksIn(node: PageNode): Block[];
}

export const isElement = (node: PageNode | null | undefined): node is PageNode => !!node && node.parent !== null;

/** Whether `node` is `outer` or lies in it. */
export function isWithin(node: PageNode | null, outer: PageNode): boolean {
  for (let at = node; at; at = at.parent) if (at === outer) return true;
  return false;
}
