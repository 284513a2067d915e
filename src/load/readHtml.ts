import type { Handler, Parser, ParserOptions } from 'htmlparser2';
import { isBoilerplate, isUnread } from '../rules/boilerplate.js';
import { isHidden } from '../rules/hidden.js';
import { BlockReader, type Block } from '../text/blocks.js';
import { InputError } from './errors.js';
import type { HtmlPage, PageNode } from './htmlPage.js';
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
 * style sheet (`isUnread`) — is not kept, nor is what the page hides or
 * strikes out (`isHidden`), since none of it is the post a reader sees. Such
 * content is mostly not even tokenized (see `SkippingTokenizer`): a page
 * with a vast comment section costs time and memory for its post, not for
 * its comments.
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
  private readonly reader = new BlockReader();
  private current: PageNode = this.document;
  /** Whether the last thing kept was text, which more text then continues. */
  private inText = false;
  private parser: Parser | undefined;

  onparserinit(parser: Parser): void {
    this.parser = parser;
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    if (this.dropDepth === 0 && !HEAD_CONTENT.has(name)) this.leaveHead();
    if (this.dropDepth > 0 || isUnread(name, attribs) || isBoilerplate(name, attribs) || isHidden(name, attribs)) {
      this.dropDepth++;
      return;
    }
    this.open(name, attribs);
  }

  onclosetag(): void {
    if (this.dropDepth > 0) {
      this.dropDepth--;
      return;
    }
    this.close();
  }

  ontext(data: string): void {
    if (this.dropDepth > 0) return;
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
    this.reader.open(element);
    element.firstBlock = this.reader.count;
  }

  private close(): void {
    this.inText = false;
    const element = this.current;
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
    if (this.dropDepth === 0) this.inText = false;
  }

  oncdatastart(): void {
    if (this.dropDepth === 0) this.inText = false;
  }

  onprocessinginstruction(): void {
    if (this.dropDepth === 0) this.inText = false;
  }

  page(): HtmlPage {
    const { document, texts } = this;
    const blocks = this.reader.end();
    document.endText = texts.length;
    document.endBlock = blocks.length;
    return {
      document,
      blocks,
      textContent: (element) => texts.slice(element.firstText, element.endText).join(''),
      blocksIn: (element) => (element === document ? blocks : blocks.slice(element.firstBlock, element.endBlock).map((block) => readFrom(element, block))),
    };
  }
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
  const reader = new PageReader();
  const options: ParserOptions & SkippingOptions = { Tokenizer: SkippingTokenizer, dropping: reader };
  new DeepParser(reader, options).end(html);
  return reader.page();
}
