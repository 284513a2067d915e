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
