import type { Handler, Parser, ParserOptions } from 'htmlparser2';
import { ANY_SCALE_WORD } from '../extract/numbers.js';
import { holdsOtherDigit } from '../text/normalize.js';
import { BLOCK_TAGS } from '../rules/boilerplate.js';
import { DeepParser } from './openElements.js';
import { SkippingTokenizer, type DropDepth, type SkippingOptions } from './skippingTokenizer.js';

/**
 * A stretch of the decoded source: `start` inclusive, `end` where the parser
 * stood at the tag that closed it (see `furnitureSlice`).
 */
export interface SourceRange {
  start: number;
  end: number;
}

/**
 * A stretch of furniture that the one pass passed over whole: where its start
 * tag ends, and the stretches of its child elements, so that a sidebar is
 * looked at widget by widget.
 */
export interface DroppedFurniture extends SourceRange {
  openEnd: number;
  children: SourceRange[];
}

/** A tag as the tokenizer starts one, up to the first `>`: never past the tag's real end, so never over text. */
const TAG = /<[a-zA-Z/!?][^<>]*>/g;
/** A line break, which the reader reads as a space between the words of a paragraph. */
const LINE_BREAK_TAG = /<br(?=[\t\n\f\r />])[^<>]*>/gi;
/** What may stand between the letters of a word: a named reference (none stands for an ASCII letter), a character the reader drops. */
const INVISIBLE = /&[a-zA-Z]+;?|[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const MAY_BE_INVISIBLE = /[&\u00ad\u200b-\u200d\u2060\ufeff]/;
/** Elements whose content is shown as it is written, tags and all: what looks like a tag there is text (see `isLiteral`). */
const LITERAL = /<(?:xmp|plaintext)/i;

/** Whether HTML holds text that `textOf` would take for tags: it is then read whole, not looked at first. */
export function isLiteral(html: string): boolean {
  return LITERAL.test(html);
}

/** The text of raw HTML, closely enough to look for figures and words in: its tags out, a `<br>` as a space. */
export function textOf(html: string): string {
  return html.includes('<') ? html.replace(LINE_BREAK_TAG, ' ').replace(TAG, '') : html;
}

/**
 * Whether text (`textOf`) may state a figure, so that it is worth reading:
 * it does only with a digit, or with a number word before a scale word ("en
 * miljon"). Digits in addresses, sizes and `<h3>` are no text; a digit
 * written as a character reference ("&#52;") is, and so is any reference to a
 * letter, which has digits of its own. Never false for text that holds a
 * figure, save for a number word that an element the reader drops cuts in
 * two ("mil<span hidden>x</span>jon").
 */
export function mayStateFigure(text: string): boolean {
  // Any script's digits (`foldDigits`): "Operation Rescue ledde till २६० gripanden." in a sidebar was skimmed past, and
  // the contradicted 250 printed (helper 170).
  if (/[0-9]/.test(text) || ANY_SCALE_WORD.test(text) || holdsOtherDigit(text)) return true;
  // A reference read without its ";" may eat letters of a word after a bare "&": the text was looked at whole above.
  return MAY_BE_INVISIBLE.test(text) && ANY_SCALE_WORD.test(text.replace(INVISIBLE, ''));
}

/** Whether raw HTML (not `isLiteral`) may state a figure (`mayStateFigure`), and `mayState` lets its text through. */
export function worthReading(html: string, mayState: (text: string) => boolean = () => true): boolean {
  const text = textOf(html);
  return mayStateFigure(text) && mayState(text);
}

/** An element of a stretch of furniture as the skim sees it: its name, its tags' place, and its parent's index. */
interface Skimmed {
  name: string;
  /** Where its start tag starts, and the index just past it. */
  start: number;
  openEnd: number;
  /** The index just past its end (past its end tag when it has one). */
  end: number;
  parent: number;
}

/** What of a stretch of furniture to read: `html`, whose text at `from` stands at `at` in the stretch. */
export interface FurniturePart {
  html: string;
  from: number;
  at: number;
}

/** The parser, knowing where the tag it is at ends, and where an end tag starts, which the one pass does not need. */
class SkimParser extends DeepParser {
  tagEnd = 0;
  private readonly source: string;

  constructor(handler: Partial<Handler>, options: ParserOptions, source: string) {
    super(handler, options);
    this.source = source;
  }

  override onopentagend(endIndex: number): void {
    this.tagEnd = endIndex + 1;
    super.onopentagend(endIndex);
  }

  override onselfclosingtag(endIndex: number): void {
    this.tagEnd = endIndex + 1;
    super.onselfclosingtag(endIndex);
  }

  override onclosetag(start: number, endIndex: number): void {
    this.tagStart = this.source.lastIndexOf('<', start);
    const close = this.source.indexOf('>', endIndex);
    this.tagEnd = close < 0 ? this.source.length : close + 1;
    super.onclosetag(start, endIndex);
  }
}

/**
 * The elements of a stretch of furniture and the text between its tags, by
 * a tag scan (`SkippingTokenizer` passing over everything, as it does over
 * furniture in the one pass): the parser's own tree, implied end tags and all,
 * without reading a word of text or an attribute.
 */
class Skim implements Partial<Handler>, DropDepth {
  readonly elements: Skimmed[] = [];
  /**
   * Between tags: [start, end) of each stretch of text (or of a comment, or
   * of a script's source); a `<br>`, which the reader reads as a space, as
   * [its start, -1].
   */
  readonly gaps: number[] = [];
  private readonly open: number[] = [];
  private parser: SkimParser | undefined;
  private last = 0;

  constructor(private readonly source: string) {}

  get dropDepth(): number {
    return this.open.length;
  }

  onparserinit(parser: Parser): void {
    this.parser = parser as SkimParser;
  }

  onopentag(name: string): void {
    const parser = this.parser as SkimParser;
    this.gap(parser.tagStart, parser.tagEnd);
    if (name === 'br') this.gaps.push(parser.tagStart, -1);
    this.open.push(this.elements.length);
    this.elements.push({ name, start: parser.tagStart, openEnd: parser.tagEnd, end: this.source.length, parent: this.open[this.open.length - 2] ?? -1 });
  }

  onclosetag(_name: string, implied: boolean): void {
    const parser = this.parser as SkimParser;
    const element = this.elements[this.open.pop() as number] as Skimmed;
    if (parser.closingAtEnd) return;
    if (!implied) this.gap(parser.tagStart, parser.tagEnd);
    element.end = Math.max(element.openEnd, implied ? parser.tagStart : parser.tagEnd);
  }

  end(): void {
    this.gap(this.source.length, this.source.length);
  }

  /** A tag from `start` to `end`: the text before it, since the last tag, is a gap. */
  private gap(start: number, end: number): void {
    if (start > this.last) this.gaps.push(this.last, start);
    this.last = Math.max(this.last, end);
  }
}

/**
 * The parts of a stretch of furniture (`html`, not `isLiteral`) that may state a figure: the
 * innermost block elements (`BLOCK_TAGS`, or the stretch's own element) whose
 * own text may (`mayStateFigure`, and `mayState`: the caller's words, such as
 * those a figure of the post's is read by), siblings next to each other as one. A block
 * element begins and ends blocks of text, so its blocks are read the same
 * without the rest around it; each part is read inside the start tags of the
 * elements around it in the stretch, as the reader would find it — hidden,
 * a reader's comment, a list item. So a sidebar of a hundred widgets is read
 * for the one whose text has a figure.
 */
export function furnitureParts(html: string, mayState: (text: string) => boolean = () => true): FurniturePart[] {
  const skim = new Skim(html);
  const options: ParserOptions & SkippingOptions = { Tokenizer: SkippingTokenizer, dropping: skim };
  new SkimParser(skim, options, html).end(html);
  skim.end();
  const { elements, gaps } = skim;
  if (elements.length === 0) return worthReading(html, mayState) ? [{ html, from: 0, at: 0 }] : [];
  // Each gap's text goes to the innermost block element open around it.
  const texts = new Map<number, string>();
  const open: number[] = [];
  let next = 0;
  for (let g = 0; g < gaps.length; g += 2) {
    const [start, end] = [gaps[g] as number, gaps[g + 1] as number];
    for (; next < elements.length && (elements[next] as Skimmed).start < start; next++) {
      while (open.length > 0 && (elements[open[open.length - 1] as number] as Skimmed).end <= (elements[next] as Skimmed).start) open.pop();
      open.push(next);
    }
    while (open.length > 0 && (elements[open[open.length - 1] as number] as Skimmed).end <= start) open.pop();
    // Text outside the stretch's own element — after the tag that closed it — is not furniture.
    if (open.length === 0) continue;
    let owner = open[0] as number;
    for (let i = open.length - 1; i > 0; i--) {
      if (BLOCK_TAGS.has((elements[open[i] as number] as Skimmed).name)) {
        owner = open[i] as number;
        break;
      }
    }
    texts.set(owner, (texts.get(owner) ?? '') + (end < 0 ? ' ' : html.slice(start, end)));
  }
  const units = [...texts].filter(([, raw]) => worthReading(raw, mayState)).map(([index]) => index).sort((a, b) => a - b);
  const regions: Skimmed[] = [];
  for (const index of units) {
    const unit = elements[index] as Skimmed;
    const last = regions[regions.length - 1];
    if (last && unit.start < last.end) continue;
    // Siblings, and whatever stands between them in their parent, are read as one.
    if (last && unit.parent >= 0 && unit.parent === last.parent) last.end = unit.end;
    else regions.push({ ...unit });
  }
  return regions.map((region) => {
    const around: string[] = [];
    for (let index = region.parent; index >= 0; index = (elements[index] as Skimmed).parent) {
      const element = elements[index] as Skimmed;
      around.push(html.slice(element.start, element.openEnd));
    }
    const prefix = around.reverse().join('');
    return { html: prefix + html.slice(region.start, region.end), from: prefix.length, at: region.start };
  });
}
