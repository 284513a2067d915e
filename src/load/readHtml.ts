import type { Handler, Parser, ParserOptions } from 'htmlparser2';
import { BLOCK_TAGS, furnitureOf, FURNITURE_TAGS, isUnread, SKIPPED_IN_FURNITURE, SKIPPED_TAGS } from '../rules/boilerplate.js';
import { hasTinyText, isHidden, isStruck, visibilityOf } from '../rules/hidden.js';
import { shownAttribute } from '../rules/shown.js';
import { BlockReader, type Block } from '../text/blocks.js';
import { InputError } from './errors.js';
import { furnitureParts, isLiteral, worthReading, type DroppedFurniture, type FurniturePart, type SourceRange } from './furniture.js';
import { isWithin, type FurnitureRange, type HtmlPage, type PageNode } from './htmlPage.js';
import { DeepParser } from './openElements.js';
import { SkippingTokenizer, type DropDepth, type SkippingOptions } from './skippingTokenizer.js';

/** A tag any HTML page has somewhere near its start; plain text and JSON have none. */
const HTML_TAG = /<(?:!doctype\s+html|html|head|body|meta|title|p|div|article|main|section|span|br|ul|ol|li|h[1-6]|table|a)[\s>/]/i;

/**
 * What a browser keeps in the <head> ("in head" insertion mode): any other
 * element, or text that is not white space, ends the head and starts the body
 * without a tag saying so.
 */
const HEAD_CONTENT: ReadonlySet<string> = new Set([
  'base', 'basefont', 'bgsound', 'link', 'meta', 'noframes', 'noscript', 'script', 'style', 'template', 'title',
]);
const HTML_WHITESPACE = /^[\t\n\f\r ]*$/;
/** Text of an element whose style hides it (`visibilityOf`), and its children's unless they show it again. */
const UNSEEN = 1;
/** Text of the element's own, not its children's, in a font too small to read (`hasTinyText`). */
const TINY = 2;
/** The struck elements a browser reconstructs after an end tag closed them unasked (its "formatting elements"); `<del>` is none. */
const REOPENED_STRIKES: ReadonlySet<string> = new Set(['s', 'strike']);

function node(name: string, attribs: Record<string, string>, parent: PageNode | null, start: number, texts: number, blocks: number): PageNode {
  const depth = parent ? parent.depth + 1 : 0;
  return { name, attribs, parent, depth, children: [], start, firstText: texts, endText: texts, firstBlock: blocks, endBlock: blocks };
}

/**
 * `block` as `element`, which holds it, reads it: the element that made it an
 * item or a heading lies on the way down to it, so it is inside `element`, is
 * `element`, or is around it. Only inside `element` — or as `element` for its
 * own text — does it still make the block one; otherwise the block is a
 * paragraph of `element`'s (see `HtmlPage.blocksIn`).
 */
function readFrom(element: PageNode, block: Block): Block {
  const marker = block.markedBy;
  if (!marker) return block;
  const inside = marker === block.owner ? marker.depth >= element.depth : marker.depth > element.depth;
  return inside ? block : { ...block, kind: 'paragraph', markedBy: undefined };
}

/**
 * The one pass over a page: as htmlparser2 reports it, this keeps a light
 * tree of its elements (`PageNode`), its text runs, and its blocks of
 * readable text (`BlockReader`), at once. Page furniture — a comment section,
 * a sidebar, an ad block (`isBoilerplate`), a script other than linked data, a
 * style sheet (`isUnread`) — is not kept, nor is what the page hides
 * (`isHidden`), since none of it is the post a reader sees. Nor is what it
 * strikes out (`isStruck`) kept as text or elements, but its words are
 * seen (`Block.seen`): the reader sees them, though as no statement. Such
 * content is mostly not even tokenized (see `SkippingTokenizer`): a page
 * with a vast comment section costs time and memory for its post, not for
 * its comments.
 *
 * What of that furniture is the page's own — a sidebar, an <aside>, a footer,
 * but not readers' comments, ads or hidden text (`furnitureOf`,
 * `FURNITURE_TAGS`) — may still state a figure of the post differently, which
 * contradicts the post as any other statement on the page does. Where it
 * stands is kept (`furniture`), and only read if asked (`readFurniture`).
 *
 * Text runs are joined as a DOM joins adjacent text nodes: the parser reports
 * "a &amp; b" in three pieces, and a dropped element between two pieces of
 * text leaves one run, so that offsets into a run are counted as they always
 * were.
 */
export class PageReader implements Partial<Handler>, DropDepth {
  /** How deep the parser is inside a dropped element; 0 when not in one. */
  dropDepth = 0;
  readonly texts: string[] = [];
  readonly document: PageNode = node('#document', {}, null, 0, 0, 0);
  /**
   * Where the page's own furniture stands, in document order, none in another:
   * `end` is where the parser stood at the tag that closed it, which the tag's
   * `>` follows (see `furnitureSlice`).
   */
  readonly furniture: Array<FurnitureRange | (DroppedFurniture & FurnitureRange)> = [];
  private readonly reader: BlockReader;
  /** Whether this reads furniture itself: only others' words and what is unseen or unread are dropped. */
  private readonly readsFurniture: boolean;
  /** The dropped element being passed over, when it is the page's own furniture. */
  private droppedFurniture: (DroppedFurniture & FurnitureRange) | undefined;
  /** The kept element whose text the block reader passes over, when it is furniture (`FURNITURE_TAGS`). */
  private skippedFurniture: PageNode | undefined;
  private current: PageNode = this.document;
  /** Whether the last thing kept was text, which more text then continues. */
  private inText = false;
  /**
   * Whether a strike left open was closed for the parser by the end of an
   * element around it (`<p><s>Rättelse:</p><p>…`): a browser opens it again
   * in the text that follows, as it does any formatting element, and the
   * parser no longer sees the tag that would end it. The rest of the page
   * then reads as struck: seen, and no figure read from it.
   */
  private strikeReopens = false;
  /** How deep the parser is inside struck-out text (`isStruck`); 0 when not in any. */
  private struckDepth = 0;
  /** Whether the last thing read in struck-out text was text of it, which more text then continues. */
  private inStruck = false;
  /**
   * For each element open outside dropped ones, how a style keeps its text
   * from the reader: `UNSEEN` as its parent's text, unless it says
   * otherwise, so a child may show again what its parent hides; `TINY`.
   */
  private readonly textStyle: number[] = [];
  private parser: Parser | undefined;

  constructor({ furniture = false }: { furniture?: boolean } = {}) {
    this.readsFurniture = furniture;
    this.reader = furniture ? new BlockReader(SKIPPED_IN_FURNITURE, { showsControls: false }) : new BlockReader(SKIPPED_TAGS);
  }

  onparserinit(parser: Parser): void {
    this.parser = parser;
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    if (this.dropDepth === 0 && !HEAD_CONTENT.has(name)) this.leaveHead();
    if (this.dropDepth === 1 && this.droppedFurniture) this.droppedFurniture.children.push({ start: this.tagStart(), end: -1 });
    if (this.dropDepth > 0 || this.drops(name, attribs)) {
      this.dropDepth++;
      return;
    }
    const visible = visibilityOf(name, attribs);
    const unseen = visible === undefined ? (this.textStyle[this.textStyle.length - 1] ?? 0) & UNSEEN : visible ? 0 : UNSEEN;
    this.textStyle.push(unseen | (hasTinyText(attribs) ? TINY : 0));
    if (this.struckDepth > 0 || isStruck(name, attribs)) {
      // Struck words in blocks apart, or in struck elements apart, are not one word.
      if (this.struckDepth === 0 || BLOCK_TAGS.has(name) || name === 'br') this.inStruck = false;
      this.struckDepth++;
      // A struck control shows its value too, as struck words.
      const shown = shownAttribute(name, attribs);
      if (shown !== undefined) {
        this.reader.see(` ${shown} `, this.parser?.startIndex ?? 0, false);
        this.inStruck = false;
      }
      return;
    }
    this.open(name, attribs);
  }

  onclosetag(name: string, implied = false): void {
    if (this.dropDepth > 0) {
      this.dropDepth--;
      const dropped = this.droppedFurniture;
      if (dropped && this.dropDepth === 1) (dropped.children[dropped.children.length - 1] as SourceRange).end = this.closedAt();
      if (dropped && this.dropDepth === 0) {
        dropped.end = this.closedAt();
        this.furniture.push(dropped);
        this.droppedFurniture = undefined;
      }
      return;
    }
    this.textStyle.pop();
    if (this.struckDepth > 0) {
      this.struckDepth--;
      if (BLOCK_TAGS.has(name)) this.inStruck = false;
      if (implied && REOPENED_STRIKES.has(name)) this.strikeReopens = true;
      return;
    }
    this.close();
  }

  /** Whether an element that opens outside any dropped one is dropped; notes where the page's own furniture starts. */
  private drops(name: string, attribs: Record<string, string>): boolean {
    if (isUnread(name, attribs)) return true;
    if (isHidden(name, attribs)) {
      // What the page hides cuts the text where it stood: "7<span style=opacity:0>1</span>79" is no 779.
      this.reader.hide();
      return true;
    }
    const furniture = furnitureOf(name, attribs);
    if (furniture === 'none') return false;
    if (this.readsFurniture) return furniture === 'others';
    if (furniture === 'own' && !this.reader.passingOver) {
      this.droppedFurniture = { start: this.parser?.startIndex ?? 0, end: -1, openEnd: (this.parser?.endIndex ?? -1) + 1, children: [], parent: this.current };
    }
    return true;
  }

  /** Where the start tag being read starts, though the tokenizer passed over the text before it. */
  private tagStart(): number {
    const parser = this.parser;
    return parser instanceof DeepParser ? parser.tagStart : (parser?.startIndex ?? 0);
  }

  /** Where the element being closed ends: at the tag that closes it, or at the page's end when the page leaves it open. */
  private closedAt(): number {
    const parser = this.parser;
    if (!parser || (parser instanceof DeepParser && parser.closingAtEnd)) return Number.MAX_SAFE_INTEGER;
    return parser.endIndex;
  }

  ontext(data: string): void {
    if (this.dropDepth > 0) return;
    const textStyle = this.textStyle[this.textStyle.length - 1] ?? 0;
    if ((textStyle & UNSEEN) !== 0 && !HTML_WHITESPACE.test(data)) {
      this.reader.hide();
      this.inStruck = false;
      return;
    }
    const tiny = (textStyle & TINY) !== 0 && !HTML_WHITESPACE.test(data);
    if (this.struckDepth > 0 || this.strikeReopens || tiny) {
      // Tiny words are seen apart, not continuing struck words, which only struck elements' ends part.
      this.reader.see(data, this.parser?.startIndex ?? 0, this.inStruck && !tiny);
      this.inStruck = !tiny;
      // The text after struck words is a piece of its own, which the cut they make comes before.
      this.inText = false;
      return;
    }
    if (!HTML_WHITESPACE.test(data)) this.leaveHead();
    if (this.inText) this.texts[this.texts.length - 1] += data;
    else this.texts.push(data);
    this.reader.text(data, this.parser?.startIndex ?? 0, this.inText);
    this.inText = true;
  }

  private open(name: string, attribs: Record<string, string>): void {
    this.inText = false;
    const element = node(name, attribs, this.current, this.parser?.startIndex ?? 0, this.texts.length, 0);
    this.current.children.push(element);
    this.current = element;
    const passingOver = this.reader.passingOver;
    this.reader.open(element);
    if (!passingOver && this.reader.passingOver && !this.readsFurniture && FURNITURE_TAGS.has(name)) this.skippedFurniture = element;
    element.firstBlock = this.reader.count;
  }

  private close(): void {
    this.inText = false;
    const element = this.current;
    if (element === this.skippedFurniture) {
      this.furniture.push({ start: element.start, end: this.closedAt(), parent: element.parent ?? this.document });
      this.skippedFurniture = undefined;
    }
    this.reader.close(element);
    element.endText = this.texts.length;
    element.endBlock = this.reader.count;
    this.current = element.parent ?? this.document;
  }

  /**
   * When the page's <head> is open, ends it and opens the <body> that a
   * browser implies there: a page may leave out `</head>` and `<body>`, and
   * htmlparser2 would keep its whole body in its head, where nothing is read
   * as prose. The parser's stack still holds the head, one level as the body
   * is: the end tag that closes its head (`</head>`, `</html>`, or the page's
   * end) closes the body here.
   */
  private leaveHead(): void {
    const { current } = this;
    const parent = current.parent;
    const pageHead = current.name === 'head' && (parent === this.document || (parent?.name === 'html' && parent.parent === this.document));
    if (!pageHead) return;
    this.close();
    this.open('body', {});
  }

  oncomment(): void {
    if (this.dropDepth === 0 && this.struckDepth === 0) this.inText = false;
  }

  oncdatastart(): void {
    if (this.dropDepth === 0 && this.struckDepth === 0) this.inText = false;
  }

  onprocessinginstruction(): void {
    if (this.dropDepth === 0 && this.struckDepth === 0) this.inText = false;
  }

  /** `html`: the page read, from which its furniture is read when asked. */
  page(html: string): HtmlPage {
    const { document, texts, furniture } = this;
    const blocks = this.reader.end();
    document.endText = texts.length;
    document.endBlock = blocks.length;
    return {
      document,
      blocks,
      furniture,
      furnitureBlocks: (mayState) => readFurniture(html, furniture, mayState),
      furnitureIn: (node, worth) => readFurnitureIn(html, furniture, node, worth),
      textContent: (element) => texts.slice(element.firstText, element.endText).join(''),
      blocksIn: (element) => (element === document ? blocks : blocks.slice(element.firstBlock, element.endBlock).map((block) => readFrom(element, block))),
    };
  }
}

/** The HTML of a stretch of furniture: up to the `>` of the tag that closed it. */
export function furnitureSlice(html: string, { start, end }: SourceRange): string {
  const close = end >= html.length ? -1 : html.indexOf('>', end);
  return html.slice(start, close < 0 ? html.length : close + 1);
}

/**
 * The parts of dropped furniture to read, child by child, at their places in
 * the page: a sidebar's widget with a figure, not the whole sidebar. None
 * when it must be looked at whole: text of its own, not in a child, may state
 * a figure, or a child's text is no block of its own (an inline child of a
 * share bar flows into its siblings' text).
 */
function childParts(html: string, dropped: DroppedFurniture, slice: string, mayState?: (text: string) => boolean): FurniturePart[] | undefined {
  const open = html.slice(dropped.start, dropped.openEnd);
  const parts: FurniturePart[] = [];
  let last = dropped.openEnd;
  for (const child of dropped.children) {
    const childSlice = furnitureSlice(html, child);
    if (child.start > last && worthReading(html.slice(last, child.start), mayState)) return undefined;
    last = Math.max(last, child.start + childSlice.length);
    if (!worthReading(childSlice, mayState)) continue;
    for (const part of furnitureParts(open + childSlice, mayState)) {
      if (part.at < open.length) return undefined;
      parts.push({ ...part, at: child.start + part.at - open.length });
    }
  }
  const end = dropped.start + slice.length;
  return last < end && worthReading(html.slice(last, end), mayState) ? undefined : parts;
}

/**
 * The readable text of the furniture that may state a figure
 * (`worthReading`), read afresh as furniture: what is others' words, unseen or
 * unread in it is still dropped. Only the parts of each stretch whose text may
 * state one, and that `mayState` lets through, are read (`furnitureParts`),
 * each as a run of blocks. Offsets are the page's.
 */
export function readFurniture(html: string, ranges: ReadonlyArray<SourceRange | DroppedFurniture>, mayState?: (text: string) => boolean): Block[][] {
  const read: Block[][] = [];
  for (const range of ranges) {
    const slice = furnitureSlice(html, range);
    let parts: FurniturePart[] | undefined;
    if (isLiteral(slice)) parts = [{ html: slice, from: 0, at: range.start }];
    else if ('children' in range) parts = childParts(html, range, slice, mayState);
    parts ??= worthReading(slice, mayState) ? furnitureParts(slice, mayState).map((part) => ({ ...part, at: part.at + range.start })) : [];
    for (const part of parts) {
      const shift = part.at - part.from;
      const { blocks } = pass(new PageReader({ furniture: true }), part.html);
      if (blocks.length > 0) read.push(blocks.map((block) => ({ ...block, start: block.start + shift })));
    }
  }
  return read;
}

/**
 * The readable text of the furniture that stands in `node`, read afresh as
 * furniture, each stretch whose HTML `worth` lets through read whole: the
 * post holds few (an <aside>, a share bar), and a label that heads a
 * widget's text ("<h3>Rättelse</h3>") is read with it. Offsets are the page's.
 */
function readFurnitureIn(html: string, ranges: readonly FurnitureRange[], node: PageNode, worth: (html: string) => boolean): Block[][] {
  const read: Block[][] = [];
  for (const range of ranges) {
    if (!isWithin(range.parent, node)) continue;
    const slice = furnitureSlice(html, range);
    if (!worth(slice)) continue;
    const { blocks } = pass(new PageReader({ furniture: true }), slice);
    if (blocks.length > 0) read.push(blocks.map((block) => ({ ...block, start: block.start + range.start })));
  }
  return read;
}

/**
 * Decoded HTML to what locate and extract read, in one pass with
 * htmlparser2 — the parser behind `cheerio/slim` — and a stack of open
 * elements that costs the same at any depth (`DeepParser`). Offsets are
 * kept so that every fact can say where in the source it stood.
 */
export function readHtml(html: string): HtmlPage {
  if (!HTML_TAG.test(html.slice(0, 65536))) {
    throw new InputError('not-html', 'the input is not an HTML page (no HTML tags near its start)');
  }
  return pass(new PageReader(), html);
}

/** The one pass of `reader` over `html`, passing over what it drops (`SkippingTokenizer`). */
function pass(reader: PageReader, html: string): HtmlPage {
  const options: ParserOptions & SkippingOptions = { Tokenizer: SkippingTokenizer, dropping: reader };
  new DeepParser(reader, options).end(html);
  return reader.page(html);
}
