/**
 * Blocks of a post that stand beside its prose, as ordered data: a caption
 * under a picture, the author's signature, a line of links to read further.
 * They say nothing of a figure unless they amend the post or name a figure
 * of their own (see `besideOnly` in src/extract/statistics.ts), so a word the
 * lexicon lacks there ("Foto", "Cecilia", "Läs") is no correction of the
 * figure before them. Told by structure where the page marks them (HTML's
 * <figcaption>, a class with the word "caption": WordPress's
 * `wp-caption-text`, the block editor's `wp-element-caption`), else by what
 * the block is made of (a name alone, links alone).
 */
import type { PageNode } from '../load/htmlPage.js';
import type { Block } from '../text/blocks.js';
import { LETTER, UPPER } from './letters.js';

export type BesideProse = 'caption' | 'signature' | 'links';

const CAPTION_TAGS: ReadonlySet<string> = new Set(['figcaption']);
/** A class or id word (split at "-" and "_") that names a caption. */
const CAPTION_WORD = /(?:^|[\s_-])caption(?:$|[\s_-])/i;

/** How far up from a block's element a caption's is looked for: a caption's paragraph, its figure, the box around. */
const CAPTION_DEPTH = 3;

function inCaption(owner: PageNode | undefined): boolean {
  let node = owner;
  for (let up = 0; node && up < CAPTION_DEPTH; up++, node = node.parent ?? undefined) {
    if (CAPTION_TAGS.has(node.name)) return true;
    const { class: classes, id } = node.attribs;
    const names = `${classes ?? ''} ${id ?? ''}`;
    if (names.length <= 2000 && CAPTION_WORD.test(names)) return true;
  }
  return false;
}

/** Longer than this, a block is no signature: a name and a greeting fit. */
const MAX_SIGNATURE = 60;
/** A greeting that closes a letter, before the name, in any case: "Hälsningar,", "Mvh", "Best regards". */
const GREETING = /^(?:(?:med )?vänliga hälsningar|med vänlig hälsning|hälsningar|mvh|kram|(?:best |kind |warm )?regards|best wishes|cheers)[,!]? /i;
/** A mark that signs a name: "/Cecilia", "– Cecilia". */
const SIGN = /^[/–—~-] ?/;
/**
 * A name of one to three words, each with a capital ("Cecilia", "Malmström",
 * "Anna-Karin"), or initials ("CM", "C.M.").
 */
const NAME = `[${UPPER}](?:[${LETTER}]*(?:-[${UPPER}][${LETTER}]*)?|(?:\\.[${UPPER}])*)\\.?`;
export const NAMES = new RegExp(`^${NAME}(?: ${NAME}){0,2}$`);

/**
 * A signature: a name (`NAMES`) after a greeting or a mark, or of two or
 * three words alone ("Cecilia Malmström"). A single word alone is no
 * signature: "Dementerat." may be one, but may as well undo the figure.
 */
function isSignature(text: string): boolean {
  if (text.length > 2 * MAX_SIGNATURE) return false;
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length > MAX_SIGNATURE) return false;
  const greeting = GREETING.exec(line)?.[0] ?? '';
  const signed = line.slice(greeting.length);
  const sign = SIGN.exec(signed)?.[0] ?? '';
  const name = signed.slice(sign.length);
  return NAMES.test(name) && (greeting !== '' || sign !== '' || name.includes(' '));
}

/** A short label before a line of links ("Läs mer:", "Read more:", "Se även:", "Källa:"): up to three words and a colon. */
export const LINKS_LABEL = new RegExp(`^[${LETTER}]+(?: [${LETTER}]+){0,2}:$`);
/** What may stand between two links of a line: a mark, "och", "and", or nothing. */
const BETWEEN_LINKS = /^(?:[,;|·•/&–—-]|och|and|)$/i;

/** Whether a block is made of links alone, after a short label (`LINKS_LABEL`) or none. */
function isLinksLine(block: Pick<Block, 'text' | 'links'>): boolean {
  if (block.links.length === 0) return false;
  const pieces: string[] = [];
  let rest = block.text;
  for (const { text } of block.links) {
    const linked = text.trim();
    if (linked === '') continue;
    const at = rest.indexOf(linked);
    if (at < 0) return false;
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at + linked.length);
  }
  if (pieces.length === 0) return false;
  const [label, ...between] = pieces;
  return (label === '' || LINKS_LABEL.test(label as string)) && between.every((text) => BETWEEN_LINKS.test(text)) && /^[.]?$/.test(rest.trim());
}

/**
 * What a block beside the post's prose is, if it is one, in this order. A
 * heading is none: it heads what follows it. Whether it amends the post is
 * not asked here.
 */
export function besideProse(block: Pick<Block, 'kind' | 'owner' | 'markedBy' | 'text' | 'links'>): BesideProse | undefined {
  if (block.kind === 'heading') return undefined;
  if (inCaption(block.owner)) return 'caption';
  // A list's item of names is a list ("Nya Zeeland", the countries): a signature is a paragraph of its own, or a line
  // that its dash makes an item typed by hand ("– Cecilia Malmström"), which no list's markup marks.
  if ((block.kind === 'paragraph' || block.markedBy === undefined) && isSignature(block.text)) return 'signature';
  if (isLinksLine(block)) return 'links';
  return undefined;
}
