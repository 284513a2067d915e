import type { AnyNode, Element, ParentNode } from 'domhandler';
import { BLOCK_TAGS, BULLET, HEADING_TAGS, SKIPPED_TAGS, isBoilerplate } from '../rules/boilerplate.js';
import { LINE_BREAK, tidy } from './normalize.js';

export interface Link {
  href: string;
  text: string;
}

/**
 * A run of text the reader sees as one unit: a paragraph, a list item or a
 * heading, with the links inside it and where it starts in the source.
 */
export interface Block {
  kind: 'paragraph' | 'item' | 'heading';
  text: string;
  links: Link[];
  /** Offset in the decoded source of the text's first character. */
  start: number;
  /** The element whose content this block is: for scoring containers. */
  owner: Element | undefined;
}

interface Piece {
  text: string;
  start: number;
}

interface OpenLink {
  href: string;
  firstPiece: number;
}

/** Accumulates the inline content of the block being read. */
class BlockBuilder {
  readonly blocks: Block[] = [];
  private pieces: Piece[] = [];
  private links: Link[] = [];
  private openLinks: OpenLink[] = [];

  add(text: string, start: number): void {
    this.pieces.push({ text, start });
  }

  openLink(href: string): void {
    this.openLinks.push({ href, firstPiece: this.pieces.length });
  }

  closeLink(): void {
    const link = this.openLinks.pop();
    if (!link) return;
    const text = tidy(this.pieces.slice(link.firstPiece).map((p) => p.text).join(''));
    this.links.push({ href: link.href, text });
  }

  /** Ends the block being read; `inItem` when its owner is a list item or lies inside one. */
  flush(owner: Element | undefined, inItem = false): void {
    if (this.pieces.length === 0) return;
    const pieces = this.pieces;
    const links = this.links;
    this.pieces = [];
    this.links = [];
    for (const link of this.openLinks) link.firstPiece = 0;
    const kind = inItem && !HEADING_TAGS.has(owner?.name ?? '') ? 'item' : ownerKind(owner);
    for (const segment of segments(pieces)) {
      const item = kind !== 'heading' && BULLET.test(segment.text);
      const text = item ? segment.text.replace(BULLET, '') : segment.text;
      this.blocks.push({
        kind: item ? 'item' : kind,
        text,
        links: links.filter((link) => link.text !== '' && text.includes(link.text)),
        start: segment.start,
        owner,
      });
    }
  }
}

function ownerKind(owner: Element | undefined): Block['kind'] {
  if (!owner) return 'paragraph';
  if (owner.name === 'li') return 'item';
  return HEADING_TAGS.has(owner.name) ? 'heading' : 'paragraph';
}

interface Line extends Piece {
  /** How many <br> stood right before the line: two or more end a paragraph. */
  breaks: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let breaks = 0;
  for (const match of text.matchAll(/\u2028+/g)) {
    lines.push({ text: text.slice(start, match.index), start, breaks });
    breaks = match[0].length;
    start = match.index + match[0].length;
  }
  lines.push({ text: text.slice(start), start, breaks });
  return lines;
}

/**
 * Splits a block's text where the page broke it with <br>: a blank line
 * (<br><br>) separates paragraphs, and a line typed with a bullet is an item of
 * its own. Other single breaks are only line wrapping inside a paragraph.
 */
function segments(pieces: Piece[]): Piece[] {
  const joined = pieces.map((p) => p.text).join('');
  const text = tidy(joined);
  if (!text) return [];
  const sourceOffset = pieceLocator(pieces, joined, text);
  const result: Array<Piece & { bullet: boolean }> = [];
  let current: (Piece & { bullet: boolean }) | undefined;
  for (const line of splitLines(text)) {
    const content = line.text.trim();
    if (line.breaks >= 2) current = undefined;
    if (!content) continue;
    const bullet = BULLET.test(content);
    if (current && !bullet && !current.bullet) {
      current.text = `${current.text} ${content}`;
      continue;
    }
    current = { text: content, start: sourceOffset(line.start), bullet };
    result.push(current);
  }
  return result;
}

/**
 * Maps an offset in the tidied text back to the source. Tidying only drops
 * invisible characters and folds white space, so every other character of the
 * tidied text appears, in order, in the joined raw text. Offsets are asked for
 * in increasing order, so both cursors only move forward.
 */
function pieceLocator(pieces: Piece[], joined: string, tidied: string): (offset: number) => number {
  let t = 0;
  let j = 0;
  let index = 0;
  let pieceStart = 0;
  return (offset) => {
    for (; t < offset; t++) {
      const char = tidied[t];
      if (char === ' ' || char === LINE_BREAK) continue;
      while (j < joined.length && joined[j] !== char) j++;
      j++;
    }
    while (j < joined.length && /\s|\u2028/.test(joined[j] ?? '')) j++;
    for (let piece = pieces[index]; piece && j >= pieceStart + piece.text.length && index + 1 < pieces.length; piece = pieces[index]) {
      pieceStart += piece.text.length;
      index++;
    }
    const piece = pieces[index];
    return piece ? piece.start + (j - pieceStart) : 0;
  };
}

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

interface Frame {
  node: ParentNode;
  next: number;
  owner: Element | undefined;
  /**
   * Inside a list item: editors wrap an item's text in a <p> (Google Docs) or
   * a <div>, and that text is still the item.
   */
  inItem: boolean;
}

/**
 * The readable text under `root` as blocks, in document order, leaving out
 * page furniture. The walk is iterative: captured pages can nest tens of
 * thousands of elements deep, past any recursive walker's stack.
 */
export function toBlocks(root: ParentNode): Block[] {
  const builder = new BlockBuilder();
  const rootOwner = isElement(root) ? root : undefined;
  const stack: Frame[] = [{ node: root, next: 0, owner: rootOwner, inItem: false }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.node.children[frame.next++];
    if (!child) {
      stack.pop();
      leave(frame, builder);
      continue;
    }
    if (child.type === 'text') {
      builder.add(child.data, child.startIndex ?? 0);
      continue;
    }
    if (!isElement(child)) continue;
    const name = child.name.toLowerCase();
    if (SKIPPED_TAGS.has(name) || isBoilerplate(name, child.attribs)) continue;
    if (name === 'br') {
      builder.add(LINE_BREAK, child.startIndex ?? 0);
      continue;
    }
    if (name === 'img') continue;
    const isBlock = BLOCK_TAGS.has(name);
    if (isBlock) builder.flush(frame.owner, frame.inItem);
    if (name === 'a') builder.openLink(child.attribs['href'] ?? '');
    stack.push({ node: child, next: 0, owner: isBlock ? child : frame.owner, inItem: name === 'li' || frame.inItem });
  }
  builder.flush(rootOwner);
  return builder.blocks;
}

function leave({ node, owner, inItem }: Frame, builder: BlockBuilder): void {
  if (!isElement(node)) return;
  const name = node.name.toLowerCase();
  if (name === 'a') builder.closeLink();
  if (BLOCK_TAGS.has(name)) builder.flush(owner, inItem);
}
