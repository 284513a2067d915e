import type { Block } from './blocks.js';

/**
 * The post's blocks and those of the asides it holds (an <aside>, a widget
 * inside its body), in page order: a reader meets an aside where it stands,
 * right after a figure's paragraph or above it, as a block of the post. The
 * post's own blocks, unchanged, when it holds none.
 */
export function blocksAndAsides(blocks: readonly Block[], asides: ReadonlyArray<readonly Block[]>): readonly Block[] {
  return asides.length === 0 ? blocks : [...blocks, ...asides.flat()].sort((a, b) => a.start - b.start);
}

/**
 * How a message names a block the post's asides hold (`PostFacts.asides`): an
 * aside in the post, or a block of another copy of it that adds it
 * (`Block.from`), which the post holds nowhere. `the`: as the one right above
 * or after a figure ("the aside right above it").
 */
export function asideName(block: Block, the = false): string {
  if (block.from !== undefined) return `${the ? 'the' : 'a'} block of ${block.from}`;
  return the ? 'the aside' : 'an aside in the post';
}
