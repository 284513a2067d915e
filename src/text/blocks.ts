import type { PageNode } from '../load/htmlPage.js';
import { BLOCK_TAGS, BULLET, HEADING_TAGS, NOTE_BULLET, SKIPPED_TAGS } from '../rules/boilerplate.js';
import { cutsText, setsApart } from '../rules/cuts.js';
import { LETTER } from '../rules/letters.js';
import { shownAttribute, showingInside, showingOf, type Showing } from '../rules/shown.js';
import { LINE_BREAK, foldDigits, tidy } from './normalize.js';

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
  owner: PageNode | undefined;
  /**
   * The element whose markup makes this block an item or a heading: its
   * owner, or the list item its owner lies in; none for a paragraph or an item
   * typed with a bullet. Read from inside that element, the block is a
   * paragraph (see `HtmlPage.blocksIn`).
   */
  markedBy?: PageNode | undefined;
  /**
   * The typed bullet an item's line opened with, when it is a footnote's mark
   * too ("* "): "* Sex av länderna deltar bara som observatörer." may be a
   * bulleted item or the post's footnote, and the footnotes' rules read it as
   * a note (`asTyped`).
   */
  typedMark?: string;
  /**
   * Where the text is cut by what is no part of the words around it: a
   * superscript, a subscript or a note reference starts or ends, struck words
   * stood, or a single <br> stood (see src/rules/cuts.ts); struck digits that
   * touch a figure stay in the text, between two cuts (`BlockBuilder.touchAfter`). Each is an offset in `text`, that of
   * the first character after the cut that is not a space, in increasing
   * order, none at the text's very start or end. Digits on both sides of a
   * cut are never one figure: "50<sup>1</sup> 000" is text "501 000" cut at 2
   * and 4. Absent when nothing cuts the text.
   */
  cuts?: number[];
  /**
   * Struck-out words the reader sees in or as this block, which are no part
   * of its text (see `isStruck`): no figure is read from them, but a word
   * the lexicon lacks among them leaves a figure beside them out as a word
   * of the text would. Absent when nothing struck stands there; a block of
   * struck words alone has an empty `text`.
   */
  seen?: string;
  /**
   * What holds a block heard with the post that is neither the post's nor an
   * aside in it: another copy of the post that adds it ("a later copy of the
   * post"), the entry's own <description>. A message names it so, not as an
   * aside (see `asideName`). Absent for the page's own blocks.
   */
  from?: string;
}

/** A block as it was typed: an item's bullet that may be a footnote's mark put back (`Block.typedMark`). */
export function asTyped(block: Block): Block {
  const mark = block.typedMark;
  if (mark === undefined) return block;
  return { ...block, text: `${mark}${block.text}`, ...(block.cuts ? { cuts: block.cuts.map((cut) => cut + mark.length) } : {}) };
}

/** What a reader sees of a block: its text, and any struck words in it. */
export function shownText(block: Pick<Block, 'text' | 'seen'>): string {
  return block.seen === undefined ? block.text : block.text === '' ? block.seen : `${block.text} ${block.seen}`;
}

interface Piece {
  text: string;
  start: number;
}

interface Segment extends Piece {
  /** Offset in the decoded source just past its last character. */
  end: number;
  bullet: boolean;
  /** Offsets in `text`, as `Block.cuts`, but any at its start or end too. */
  cuts: number[];
}

const ONLY_DIGITS = /^[0-9]+$/;
/** Text of white space alone (or none). */
const WHITE = /^\s*$/;
const startsWithDigit = (text: string) => /^[0-9]/.test(text);
const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;
/**
 * What may stand between struck digits and a figure they touch: white space
 * but a line break, and the characters a reader does not see, which join
 * what they stand between ("<del>7</del>&#8203;79" shows 779).
 */
const GAP = '[\\t\\n\\v\\f\\r \\u00a0\\u00ad\\u1680\\u2000-\\u200d\\u2029\\u202f\\u205f\\u2060\\u3000\\ufeff]';
const IN_GAP = new RegExp(`^${GAP}$`);
/**
 * A mark that may stand inside a figure, between struck digits and the digits
 * they touch, as it stands between two groups (`joins` in
 * src/extract/numbers.ts reads any one character but a letter there): a dot,
 * a comma, an apostrophe (' ’), a middle dot (· ˙ ‧ ∙ ⋅), a hyphen.
 * "<del>7</del>·79", "<del>7</del>’79" and "779<del>.000</del>" show one
 * figure as "<del>7</del>79" does; a thin or a narrow space is a `GAP`.
 */
const INSIDE_FIGURE = `[^${LETTER}0-9\\s]`;
/**
 * White space, line breaks too, and the characters a reader does not see,
 * and a mark inside a figure (`INSIDE_FIGURE`) that a parser may report
 * apart, as a character reference ("<del>7</del>&#xB7;79"): nothing the text
 * goes on with yet.
 */
const ONLY_GAPS = new RegExp(`^[\\s\\u00ad\\u200b-\\u200d\\u2060]*(?:${INSIDE_FIGURE})?$`);
const isSpaceOnLine = (char: string) => char !== LINE_BREAK && IN_GAP.test(char);
/** Text of `GAP`s alone (or none): nothing after a tag yet but the space between two groups. */
const GAPS_ONLY = new RegExp(`^${GAP}*$`);
/** A digit after `GAP`s at most, and whether any stood before it. */
const DIGIT_AFTER_GAPS = new RegExp(`^(${GAP}*)[0-9]`);
/** A digit, then `GAP`s at most, at the end of a text. */
const DIGIT_BEFORE_GAPS = new RegExp(`[0-9](${GAP}*)$`);

/**
 * The struck digits a struck text ends with, from `included` on (what is not
 * in the text yet), with the white space after them: a figure, its groups
 * joined by one mark each. Undefined when it ends with no digit; empty when
 * its digits all stand in the text already.
 */
function struckTail(text: string, included: number): string | undefined {
  let end = text.length;
  while (end > 0 && isSpaceOnLine(text.charAt(end - 1))) end--;
  // A mark after the digits joins them to the figure too ("<del>1,</del>779").
  if (end > 1 && !isDigitCode(text.charCodeAt(end - 1)) && SEPARATOR.test(text.charAt(end - 1)) && isDigitCode(text.charCodeAt(end - 2))) end--;
  if (end === 0 || !isDigitCode(text.charCodeAt(end - 1))) return undefined;
  let from = end;
  while (from > included) {
    if (isDigitCode(text.charCodeAt(from - 1))) from--;
    else if (from - 1 > included && isDigitCode(text.charCodeAt(from - 2)) && SEPARATOR.test(text.charAt(from - 1))) from--;
    else break;
  }
  return text.slice(Math.max(from, included));
}

const IS_INSIDE_FIGURE = new RegExp(`^${INSIDE_FIGURE}$`);
/** A digit first, a `GAP` and a mark inside a figure aside: text a struck figure before it touches. */
const DIGIT_AFTER_SPACE = new RegExp(`^${GAP}*${INSIDE_FIGURE}?[0-9]`);
/** The last character of a text that is not in a `GAP`, and no line break after it. */
const LAST_OF_LINE = new RegExp(`([^\\s\\u00ad\\u200b-\\u200d\\u2060])${GAP}*$`);
/**
 * Struck digits at the start of struck text, a `GAP` before them aside: a
 * figure, its groups joined by one mark each, and a mark before them, which
 * joins them to the figure before ("779<del>.000</del>", "779<del>,5</del>").
 */
const STRUCK_HEAD = new RegExp(`^${GAP}*${INSIDE_FIGURE}?[0-9]+(?:[^${LETTER}0-9\\u2028][0-9]+)*`);
/** What may join two groups of a figure's digits: anything but a letter, a digit or a line break. */
const SEPARATOR = new RegExp(`^[^${LETTER}0-9\\u2028]$`);
const endsWithDigit = (text: string) => /[0-9]$/.test(text);

/** Struck text the text has not gone on from yet (see `BlockBuilder.touchAfter`). */
interface StruckRun {
  text: string;
  start: number;
  /** How much of its start already stands in the text (`BlockBuilder.touchBefore`). */
  included: number;
  /** The first piece read after it began: any from there on are white space alone. */
  piece: number;
  /** Whether a struck space alone came last, which the text has not got yet. */
  space: boolean;
}

interface OpenLink {
  href: string;
  firstPiece: number;
}

/** Accumulates the inline content of the block being read. */
class BlockBuilder {
  readonly blocks: Block[] = [];
  private pieces: Piece[] = [];
  /** Struck words read since the last block ended (see `Block.seen`). */
  private seen: Piece[] = [];
  /** Whether the struck words seen last have cut the text yet (see `see`). */
  private seenCut = false;
  /**
   * The struck text read since the last text, if any (see `touch`):
   * `included`, how much of its start already stands in the text; `space`,
   * whether a struck space alone came last, which the text has not got yet.
   */
  private struck: StruckRun | undefined;
  private links: Link[] = [];
  /** For each of `links`, its first and last piece. */
  private linkPieces: Array<{ first: number; last: number }> = [];
  private openLinks: OpenLink[] = [];
  /** Elements no block of their own that opened while text before them was still being read. */
  private openedInText: PageNode[] = [];
  /** Elements no block of their own that closed on text of theirs still being read; `next`: the first piece after them. */
  private closedInText: Array<{ element: PageNode; next: number }> = [];
  /** Where the text is cut (see `Block.cuts`): for each cut, the index of the piece it comes before. */
  private cutPieces: number[] = [];
  /** How many times the block being read was ended: a mark taken before a flush is no place in the text after it. */
  private flushes = 0;
  /**
   * A tag that sets its text apart (`setsApart`) right after a digit, on its
   * line: `spaced` when a `GAP` stood between them (see `boundary`).
   */
  private boundaryAt: { piece: number; flushes: number; spaced: boolean } | undefined;
  /** An element of digits alone that closed with no digit right before it: a digit right after it cuts it out too. */
  private digitsBefore: { first: number; next: number; flushes: number } | undefined;

  add(text: string, start: number): void {
    const pending = this.digitsBefore;
    this.digitsBefore = undefined;
    if (pending && pending.flushes === this.flushes && pending.next === this.pieces.length && startsWithDigit(text)) this.cutOut(pending.first);
    const struck = this.struck;
    // Characters a reader does not see alone, as white space, leave struck digits to touch the text after them.
    if (struck && (!ONLY_GAPS.test(text) || text.includes(LINE_BREAK))) {
      this.struck = undefined;
      this.touchAfter(struck, text);
    }
    this.pieces.push({ text, start });
    this.settleBoundary();
  }

  /**
   * The start or end tag of an element that sets its text apart
   * (`setsApart`) stands here. Digit groups a space apart on either side of
   * it ("<span class=strike>779</span> 780", "779 <b>780</b>") are cut
   * apart: the element may strike, hide or mark its group by a style sheet
   * the tool does not read, and the figure is not one the text states for
   * sure. Glued digits are `closeDigits`'s ("5<b>0 0</b>00" is 50 000).
   */
  boundary(): void {
    this.settleBoundary();
    for (let index = this.pieces.length - 1; index >= 0; index--) {
      const text = (this.pieces[index] as Piece).text;
      if (GAPS_ONLY.test(text)) continue;
      const digit = DIGIT_BEFORE_GAPS.exec(text);
      if (digit) this.boundaryAt = { piece: this.pieces.length, flushes: this.flushes, spaced: index < this.pieces.length - 1 || digit[1] !== '' };
      return;
    }
  }

  /** Once text after a `boundary` is read: a digit after it, a space apart, cuts there. */
  private settleBoundary(): void {
    const at = this.boundaryAt;
    if (!at) return;
    if (at.flushes !== this.flushes) {
      this.boundaryAt = undefined;
      return;
    }
    const after = this.pieces.slice(at.piece).map((piece) => piece.text).join('');
    if (GAPS_ONLY.test(after)) return;
    this.boundaryAt = undefined;
    const digit = DIGIT_AFTER_GAPS.exec(after);
    if (digit && (at.spaced || digit[1] !== '')) this.cutPieces.push(at.piece);
  }

  /**
   * Text after struck text: struck digits whose end touches a digit of it,
   * across white space at most ("<del>7</del>79", "<del>7</del> 79"), stay in
   * the text as the page shows them, cut on both sides, as a superscript's
   * do: the figure they touch is no figure the text states for sure ("779"
   * cut at 1), where the figure with them struck out would read 79.
   */
  private touchAfter(struck: StruckRun, text: string): void {
    // A line break between them parts them, as it parts two figures.
    const tail = DIGIT_AFTER_SPACE.test(text) ? struckTail(struck.text, struck.included) : undefined;
    if (tail === undefined) {
      if (struck.space) this.pieces.push({ text: ' ', start: struck.start });
      return;
    }
    if (tail === '') return;
    // White space read since the struck text began stands after it.
    const after = this.pieces[struck.piece];
    if (after) after.text = `${tail}${after.text}`;
    else this.pieces.push({ text: tail, start: struck.start + struck.text.length - tail.length });
    this.cut();
  }

  /**
   * Struck text right after text: struck digits whose start touches a digit
   * the text ends with, across white space at most ("79<del>9</del>",
   * "48 <s>0</s> länder"), stay in the text, as in `touchAfter`. The cut
   * before them is made here; `see` makes the one after.
   */
  private touchBefore(text: string, start: number): number {
    const head = STRUCK_HEAD.exec(text)?.[0];
    if (head === undefined || !this.endsWithDigit()) return 0;
    this.cut();
    this.pieces.push({ text: head, start });
    return head.length;
  }

  /**
   * Whether the text read so far ends with a digit, white space aside, on the
   * same line, or with a digit and a mark inside a figure ("79·<del>9</del>").
   */
  private endsWithDigit(): boolean {
    for (let index = this.pieces.length - 1; index >= 0; index--) {
      const text = (this.pieces[index] as Piece).text;
      const match = LAST_OF_LINE.exec(text);
      if (match) {
        const last = match[1] ?? '';
        return isDigitCode(last.charCodeAt(0)) || (IS_INSIDE_FIGURE.test(last) && isDigitCode(text.charCodeAt(match.index - 1)));
      }
      if (text.includes(LINE_BREAK)) return false;
    }
    return false;
  }

  /**
   * Struck words at `start`: seen, but no part of the text (see `Block.seen`);
   * `continued`: they go on the words seen last. They cut the text where they
   * stand, as a superscript does: "7<del>7</del>9" is no 79, nor
   * "50 <del>000</del>000 000" fifty million.
   */
  see(text: string, start: number, continued: boolean): void {
    // Struck text between two groups cuts them apart itself.
    this.settleBoundary();
    this.boundaryAt = undefined;
    const struck = this.struck;
    // A struck space alone is a space the reader sees between words ("50 000<s> </s>nya"), and cuts nothing.
    if (!continued && WHITE.test(text)) {
      if (struck) {
        struck.text += text;
        struck.space ||= text !== '';
      } else if (text !== '') this.pieces.push({ text: ' ', start });
      return;
    }
    if (struck) {
      // White space read between two struck runs is part of the struck stretch.
      while (this.pieces.length > struck.piece) struck.text += (this.pieces.splice(struck.piece, 1)[0] as Piece).text;
      struck.text += text;
      struck.space = false;
    } else {
      const included = this.touchBefore(text, start);
      this.struck = { text, start, included, piece: this.pieces.length, space: false };
    }
    const last = this.seen[this.seen.length - 1];
    if (continued && last) last.text += text;
    else {
      this.seen.push({ text, start });
      this.seenCut = false;
    }
    // The first struck word of a run cuts the text, once.
    if (!this.seenCut && !WHITE.test(text)) {
      this.cut();
      this.seenCut = true;
    }
  }

  /** More of the text just added: one run of text, however many pieces the parser reported it in. */
  extend(text: string): void {
    const struck = this.struck;
    const last = this.pieces[this.pieces.length - 1];
    // White space after struck text, then more: the text after it (see `touchAfter`).
    if (struck && last && struck.piece === this.pieces.length - 1 && !WHITE.test(text)) {
      this.pieces.pop();
      this.add(last.text + text, last.start);
    } else if (last) last.text += text;
  }

  get count(): number {
    return this.blocks.length;
  }

  /**
   * An element that is no block of its own opens: the text read before it
   * ends a block inside it, so the blocks of its own begin with the first that
   * ends after its start tag (see `flush`).
   */
  openInline(element: PageNode): void {
    if (this.pieces.length > 0) this.openedInText.push(element);
  }

  /**
   * An element that is no block of its own closes on text of its own: the
   * block that text is in ends after it, and is still one of its blocks (see
   * `flush`).
   */
  closeInline(element: PageNode): void {
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.start > element.start) this.closedInText.push({ element, next: this.pieces.length });
  }

  /** An element whose text is no part of the words around it starts or ends here (see src/rules/cuts.ts). */
  cut(): void {
    this.cutPieces.push(this.pieces.length);
  }

  /** Where the reader stands, for `closeCut` and `closeDigits` when the element closes. */
  mark(): { piece: number; flushes: number } {
    return { piece: this.pieces.length, flushes: this.flushes };
  }

  /**
   * A cutting element closes (`cut` was called when it opened, at `opened`):
   * one that held no text cuts nothing ("50<sup></sup> 000" is 50 000).
   */
  closeCut(opened: { piece: number; flushes: number }): void {
    const empty = opened.flushes === this.flushes && opened.piece === this.pieces.length;
    const at = this.cutPieces.lastIndexOf(opened.piece);
    if (empty && at >= 0) this.cutPieces.splice(at, 1);
    else this.cut();
  }

  /**
   * Any other inline element closes. One whose text is digits alone, glued to
   * a digit of the text around it, is cut out as a superscript is: whatever
   * the markup means by it — a footnote mark styled by a class
   * ("50<span class=footnote>1</span> 000"), a raised style, a link to a
   * note elsewhere, a digit set apart by a <font> — the figure it would join
   * is not one the text states for sure. The digit after it is not read yet:
   * `add` looks at it.
   */
  closeDigits(opened: { piece: number; flushes: number }): void {
    if (opened.flushes !== this.flushes || opened.piece === this.pieces.length) return;
    for (let index = opened.piece; index < this.pieces.length; index++) if (!ONLY_DIGITS.test((this.pieces[index] as Piece).text)) return;
    const before = this.pieces[opened.piece - 1]?.text;
    if (before !== undefined && endsWithDigit(before)) this.cutOut(opened.piece);
    else this.digitsBefore = { first: opened.piece, next: this.pieces.length, flushes: this.flushes };
  }

  /** Cuts before the piece `first` and after the last piece read. */
  private cutOut(first: number): void {
    this.cutPieces.push(first, this.pieces.length);
  }

  /**
   * A link cannot hold another: as a browser does, a link that starts ends
   * the one still open, whose own end tag then closes nothing (`closeLink`).
   */
  openLink(href: string): void {
    while (this.openLinks.length > 0) this.closeLink();
    this.openLinks.push({ href, firstPiece: this.pieces.length });
  }

  closeLink(): void {
    const link = this.openLinks.pop();
    if (!link) return;
    const text = tidy(this.pieces.slice(link.firstPiece).map((p) => p.text).join(''));
    this.links.push({ href: link.href, text });
    this.linkPieces.push({ first: link.firstPiece, last: this.pieces.length - 1 });
  }

  /** Struck words with no text around them: a block of their own, with no text to read a figure from. */
  private seenAlone(seen: readonly Piece[], owner: PageNode | undefined, item: PageNode | undefined): void {
    const words = tidy(seen.map((piece) => piece.text).join(' '));
    if (words === '') return;
    const { kind, markedBy } = kindOf(owner, item);
    this.blocks.push({ kind, text: '', links: [], start: (seen[0] as Piece).start, owner, markedBy, seen: words });
  }

  /**
   * Struck words among the text of the blocks from `first`, which start at
   * `starts`: each goes to the block it stands in, or the first.
   */
  private seenIn(seen: readonly Piece[], first: number, starts: readonly number[]): void {
    let index = 0;
    for (const piece of seen) {
      while (index + 1 < starts.length && (starts[index + 1] as number) <= piece.start) index++;
      const words = tidy(piece.text);
      if (words === '') continue;
      const block = this.blocks[first + index] as Block;
      block.seen = block.seen === undefined ? words : `${block.seen} ${words}`;
    }
  }

  /** Ends the block being read; `item`: the innermost list item its owner is or lies in. */
  flush(owner: PageNode | undefined, item?: PageNode): void {
    this.settleBoundary();
    // `cutOut` and `boundary` add a cut before earlier ones; each piece is cut before once.
    const cutPieces = this.cutPieces.length === 0 ? this.cutPieces : [...new Set(this.cutPieces)].sort((a, b) => a - b);
    this.cutPieces = [];
    this.boundaryAt = undefined;
    this.digitsBefore = undefined;
    this.struck = undefined;
    this.flushes++;
    const seen = this.seen;
    if (seen.length > 0) this.seen = [];
    if (this.pieces.length === 0) {
      this.seenAlone(seen, owner, item);
      return;
    }
    const pieces = this.pieces;
    const links = this.links;
    const linkPieces = this.linkPieces;
    this.pieces = [];
    this.links = [];
    this.linkPieces = [];
    for (const link of this.openLinks) link.firstPiece = 0;
    const { kind, markedBy } = kindOf(owner, item);
    const first = this.blocks.length;
    const starts: number[] = [];
    const ends: number[] = [];
    for (const segment of segments(pieces, cutPieces)) {
      const typed = kind === 'heading' ? undefined : BULLET.exec(segment.text)?.[0];
      const bullet = typed !== undefined;
      const text = bullet ? segment.text.slice(typed.length) : segment.text;
      const cuts = cutsIn(text, segment.cuts, segment.text.length - text.length);
      this.blocks.push({
        kind: bullet ? 'item' : kind,
        text,
        links: [],
        start: segment.start,
        owner,
        markedBy: bullet ? undefined : markedBy,
        ...(typed !== undefined && NOTE_BULLET.test(typed) ? { typedMark: typed } : {}),
        ...(cuts.length > 0 ? { cuts } : {}),
      });
      starts.push(segment.start);
      ends.push(segment.end);
    }
    if (starts.length === 0) this.seenAlone(seen, owner, item);
    else if (seen.length > 0) this.seenIn(seen, first, starts);
    // A link goes to the blocks its pieces overlap, not to every block that has its words: links are
    // in the order they started (one cannot hold another), so the blocks they overlap only move forward.
    let index = 0;
    links.forEach((link, i) => {
      const span = linkPieces[i];
      const from = span && pieces[span.first]?.start;
      if (!span || from === undefined || link.text === '') return;
      const to = pieces[span.last + 1]?.start ?? Infinity;
      while (index < ends.length && (ends[index] as number) <= from) index++;
      for (let segment = index; segment < starts.length && (starts[segment] as number) < to; segment++) {
        const block = this.blocks[first + segment] as Block;
        if (block.text.includes(link.text)) block.links.push(link);
      }
    });
    // Opened in order, so their start tags and the blocks' ends both only move forward.
    index = 0;
    for (const element of this.openedInText) {
      while (index < ends.length && (ends[index] as number) <= element.start) index++;
      element.firstBlock = first + index;
    }
    this.openedInText = [];
    index = 0;
    for (const { element, next } of this.closedInText) {
      const after = pieces[next]?.start ?? Infinity;
      while (index < starts.length && (starts[index] as number) < after) index++;
      element.endBlock = first + index;
    }
    this.closedInText = [];
  }
}

/** The kind of block an owner makes, and the element that marks it so (see `Block.markedBy`). */
function kindOf(owner: PageNode | undefined, item: PageNode | undefined): { kind: Block['kind']; markedBy: PageNode | undefined } {
  const kind = item && !HEADING_TAGS.has(owner?.name ?? '') ? 'item' : ownerKind(owner);
  return { kind, markedBy: kind === 'paragraph' ? undefined : kind === 'item' ? item : owner };
}

/** A segment's cuts as offsets in `text`, its text less a `dropped` bullet: those inside it, each once. */
function cutsIn(text: string, cuts: readonly number[], dropped: number): number[] {
  const inside: number[] = [];
  for (const cut of cuts) {
    const at = cut - dropped;
    if (at > 0 && at < text.length && at !== inside[inside.length - 1]) inside.push(at);
  }
  return inside;
}

function ownerKind(owner: PageNode | undefined): Block['kind'] {
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
 * its own. Other single breaks are only line wrapping inside a paragraph,
 * read as a space — and a cut (`Block.cuts`): "50<br>000" is no figure.
 * `cutPieces`: where the text is cut, by the index of the piece after each.
 */
function segments(pieces: Piece[], cutPieces: readonly number[]): Segment[] {
  const joined = pieces.map((p) => p.text).join('');
  const text = tidy(joined);
  if (!text) return [];
  const sourceOffset = pieceLocator(pieces, joined, text);
  const cuts = tidiedCuts(pieces, joined, text, cutPieces);
  let nextCut = 0;
  /** The cuts in a line's content, at `from` in the tidied text, as offsets from `at` in its segment's text. */
  const cutsOf = (segment: Segment, from: number, length: number, at: number) => {
    for (; nextCut < cuts.length && (cuts[nextCut] as number) < from + length; nextCut++) {
      segment.cuts.push(Math.max(0, (cuts[nextCut] as number) - from) + at);
    }
  };
  const result: Segment[] = [];
  let current: Segment | undefined;
  /** Offset in the tidied text just past the current segment's last character. */
  let contentEnd = 0;
  const finish = () => {
    if (current) current.end = sourceOffset(contentEnd - 1) + 1;
    current = undefined;
  };
  for (const line of splitLines(text)) {
    const content = line.text.trim();
    if (line.breaks >= 2) finish();
    if (!content) continue;
    const bullet = BULLET.test(content);
    const contentStart = line.start + line.text.length - line.text.trimStart().length;
    const lineEnd = line.start + line.text.trimEnd().length;
    if (current && !bullet && !current.bullet) {
      const at = current.text.length + 1;
      current.cuts.push(at);
      cutsOf(current, contentStart, content.length, at);
      current.text = `${current.text} ${content}`;
      contentEnd = lineEnd;
      continue;
    }
    finish();
    current = { text: content, start: sourceOffset(line.start), end: 0, bullet, cuts: [] };
    cutsOf(current, contentStart, content.length, 0);
    contentEnd = lineEnd;
    result.push(current);
  }
  finish();
  return result;
}

/**
 * Where cuts between pieces fall in the tidied text: for each, the offset of
 * the first character that comes from after it, space and line breaks aside
 * (`cutPieces`: the index of the piece each cut comes before, in order). As
 * in `pieceLocator`, every other character of the tidied text appears, in
 * order, in the joined raw text, so both cursors only move forward.
 */
function tidiedCuts(pieces: Piece[], joined: string, tidied: string, cutPieces: readonly number[]): number[] {
  const result: number[] = [];
  let raw = 0;
  let piece = 0;
  let t = 0;
  /** Where in the joined text `tidied[t]` stands, once looked for; -1 before. */
  let found = -1;
  let j = 0;
  for (const index of cutPieces) {
    for (; piece < index && piece < pieces.length; piece++) raw += (pieces[piece] as Piece).text.length;
    for (; t < tidied.length; t++, found = -1) {
      const char = tidied.charCodeAt(t);
      if (char === SPACE_CODE || char === LINE_BREAK_CODE) continue;
      if (found < 0) {
        found = j;
        while (found < joined.length && joined.charCodeAt(found) !== char) found++;
      }
      if (found >= raw) break;
      j = found + 1;
    }
    result.push(t);
  }
  return result;
}

const SPACE_CODE = 0x20;
const LINE_BREAK_CODE = LINE_BREAK.charCodeAt(0);
const SPACE_OR_BREAK = /\s|\u2028/;

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
    // Character codes, not one-character strings: this walks every character of every block.
    for (; t < offset; t++) {
      const char = tidied.charCodeAt(t);
      if (char === SPACE_CODE || char === LINE_BREAK_CODE) continue;
      while (j < joined.length && joined.charCodeAt(j) !== char) j++;
      j++;
    }
    while (j < joined.length && SPACE_OR_BREAK.test(joined.charAt(j))) j++;
    for (let piece = pieces[index]; piece && j >= pieceStart + piece.text.length && index + 1 < pieces.length; piece = pieces[index]) {
      pieceStart += piece.text.length;
      index++;
    }
    const piece = pieces[index];
    return piece ? piece.start + (j - pieceStart) : 0;
  };
}

interface Frame {
  owner: PageNode | undefined;
  /**
   * The innermost list item it lies in: editors wrap an item's text in a <p>
   * (Google Docs) or a <div>, and that text is still the item.
   */
  item: PageNode | undefined;
  block: boolean;
  link: boolean;
  /** Whether its text is no part of the words around it (see src/rules/cuts.ts). */
  cut: boolean;
  /** Where the reader stood when it opened (see `BlockBuilder.mark`). */
  opened: { piece: number; flushes: number };
  /** Whether it may show its text apart from the text around it (see `setsApart`). */
  apart?: boolean;
}

/** An element in a form control, an SVG drawing or the like that shows text (see src/rules/shown.ts). */
interface ShowingFrame {
  showing: Showing;
  /** Where the reader stood when the control opened; only for the control itself, whose text ends there. */
  opened?: { piece: number; flushes: number };
}

/**
 * Elements in a control, a drawing or a formula whose text is apart from the
 * text beside it: "<option>50</option><option>000</option>" is no 50 000, nor
 * are two of MathML's tokens one word.
 */
const APART_IN_CONTROL: ReadonlySet<string> = new Set([...BLOCK_TAGS, 'br', 'option', 'text', 'foreignobject', 'mi', 'mn', 'mo', 'ms', 'mtext']);

/**
 * The readable text of a page as blocks, read as the parser reports the page
 * (open, text, close), leaving out page furniture: an element that never
 * holds prose (`SKIPPED_TAGS`) is passed over whole, but for the text a
 * control, a drawing or a frame shows (`showingOf`, `shownAttribute`), which
 * is read where it stands, set apart from the text beside it by spaces and
 * cuts (`Block.cuts`), as one run of inline text. Each element starts a new
 * block or flows into the one around it (`BLOCK_TAGS`).
 */
export class BlockReader {
  private readonly builder = new BlockBuilder();
  /** The elements passed over whole: `SKIPPED_TAGS`, or fewer when furniture itself is read (see `PageReader`). */
  private readonly skipped: ReadonlySet<string>;
  private readonly frames: Frame[] = [{ owner: undefined, item: undefined, block: false, link: false, cut: false, opened: { piece: 0, flushes: 0 } }];
  /** How deep inside a skipped element the reader is; 0 when reading. */
  private skipping = 0;
  /** The elements open in a control whose text shows, the control first; empty outside one. */
  private readonly showing: ShowingFrame[] = [];

  /** Whether what a control shows is read; not in furniture, where a <textarea> holds a reader's draft, not the page's words. */
  private readonly showsControls: boolean;

  /** Whether text no reader sees stood since the last text read (`hide`), so that the next is a piece of its own. */
  private hiddenBefore = false;

  constructor(skipped: ReadonlySet<string> = SKIPPED_TAGS, { showsControls = true }: { showsControls?: boolean } = {}) {
    this.skipped = skipped;
    this.showsControls = showsControls;
  }

  get blocks(): Block[] {
    return this.builder.blocks;
  }

  /** Whether the reader is passing over an element's content. */
  get passingOver(): boolean {
    return this.skipping > 0;
  }

  /** How many blocks have been read so far. */
  get count(): number {
    return this.builder.count;
  }

  open(element: PageNode): void {
    const { name } = element;
    if (this.skipping > 0) {
      this.skipping++;
      return;
    }
    const within = this.showing[this.showing.length - 1];
    if (within || (this.skipped.has(name) && this.showsControls)) {
      this.openPassedOver(element, within);
      return;
    }
    if (this.skipped.has(name)) {
      this.skipping++;
      return;
    }
    const frame = this.frames[this.frames.length - 1] as Frame;
    if (name === 'br') this.builder.add(LINE_BREAK, element.start);
    const block = BLOCK_TAGS.has(name);
    if (block) this.builder.flush(frame.owner, frame.item);
    else this.builder.openInline(element);
    const link = name === 'a';
    if (link) this.builder.openLink(element.attribs['href'] ?? '');
    const cut = cutsText(name, element.attribs);
    const apart = !block && !cut && name !== 'br' && setsApart(name, element.attribs);
    if (apart) this.builder.boundary();
    const opened = this.builder.mark();
    if (cut) this.builder.cut();
    this.frames.push({ owner: block ? element : frame.owner, item: name === 'li' ? element : frame.item, block, link, cut, opened, apart });
  }

  close(element: PageNode): void {
    if (this.skipping > 0) {
      this.skipping--;
      return;
    }
    const showing = this.showing.pop();
    if (showing) {
      if (showing.opened) {
        this.builder.closeCut(showing.opened);
        this.builder.add(' ', element.start);
      } else if (APART_IN_CONTROL.has(element.name)) this.apart(element.start);
      return;
    }
    const frame = this.frames.pop() as Frame;
    if (frame.cut) this.builder.closeCut(frame.opened);
    else if (!frame.block && element.name !== 'br') this.builder.closeDigits(frame.opened);
    if (frame.apart) this.builder.boundary();
    if (frame.link) this.builder.closeLink();
    if (frame.block) this.builder.flush(frame.owner, frame.item);
    else this.builder.closeInline(element);
  }

  /**
   * An element that prose passes over (`skipped`), or any element in one
   * that shows text (`within`): what it shows is read, and the rest passed
   * over. A control that shows text opens a run set apart from the text
   * before it, which its end closes.
   */
  private openPassedOver(element: PageNode, within: ShowingFrame | undefined): void {
    const { name } = element;
    const passed = this.skipped.has(name);
    const showing = within && !(within.showing === 'text' && passed) ? showingInside(within.showing, name) : (showingOf(name) ?? 'none');
    const attribute = within?.showing === 'svg' || within?.showing === 'options' ? undefined : shownAttribute(name, element.attribs);
    if (!within && showing === 'none' && attribute === undefined) {
      this.skipping++;
      return;
    }
    const opened = within ? undefined : this.apart(element.start);
    if (within && APART_IN_CONTROL.has(name)) this.apart(element.start);
    if (attribute !== undefined) {
      this.builder.add(foldDigits(attribute), element.start);
      this.apart(element.start);
    }
    // An <input> or a frame shows its attribute alone, set apart on both sides already.
    if (showing === 'none') this.skipping++;
    else this.showing.push({ showing, opened });
  }

  /** A space and a cut: the text after is no part of the words before. Where the reader stood. */
  private apart(start: number): { piece: number; flushes: number } {
    this.builder.add(' ', start);
    const opened = this.builder.mark();
    this.builder.cut();
    return opened;
  }

  /** A run of text at `start`; `continued` when it goes on the run read last, with nothing between them. */
  text(data: string, start: number, continued: boolean): void {
    if (this.skipping > 0) return;
    const within = this.showing[this.showing.length - 1];
    if (within && within.showing !== 'text') return;
    // Digits of other scripts as ASCII ones before any piece is weighed (`foldDigits`).
    const text = foldDigits(data);
    if (continued && !this.hiddenBefore) this.builder.extend(text);
    else this.builder.add(text, start);
    this.hiddenBefore = false;
  }

  /** Text no reader sees stands here, hidden by its element or a style: it cuts the text, as struck words do. */
  hide(): void {
    if (this.skipping > 0) return;
    this.builder.cut();
    this.hiddenBefore = true;
  }

  /** Struck words at `start` (see `Block.seen`); `continued` as for `text`. */
  see(data: string, start: number, continued: boolean): void {
    if (this.skipping === 0) this.builder.see(foldDigits(data), start, continued);
  }

  end(): Block[] {
    this.builder.flush(undefined);
    return this.builder.blocks;
  }
}
