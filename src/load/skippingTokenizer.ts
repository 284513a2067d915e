import { Tokenizer } from 'htmlparser2';
import { DeepParser } from './openElements.js';
import { ENDED_IN_END_TAG, RAW_TEXT_ELEMENTS, scanRawText, scanTags, type Callbacks } from './scanTags.js';

type TokenizerOptions = ConstructorParameters<typeof Tokenizer>[0];

/** How deep the tree builder is inside elements it drops (0: it keeps what it is given). */
export interface DropDepth {
  readonly dropDepth: number;
}

/** Parser options for a `SkippingTokenizer`: htmlparser2 hands its options to the tokenizer it makes. */
export interface SkippingOptions extends TokenizerOptions {
  Tokenizer: typeof Tokenizer;
  dropping: DropDepth;
}

/**
 * Elements whose content may be passed over when dropped. htmlparser2 closes
 * some elements when another opens (an open <p> at a <div>, an <li> at the
 * next <li>); a tag scan that reports no attributes could not hand such a tag
 * back to the tokenizer half-read, so only elements that nothing but an end
 * tag closes are skipped — test/scanTags.test.ts checks that against the parser.
 * Hence no <svg> or <math>, nor any element in one: an HTML tag such as <p>
 * ends SVG and MathML (see `DeepParser`).
 */
export const SKIPPABLE: ReadonlySet<string> = new Set([
  'a', 'article', 'aside', 'audio', 'b', 'blockquote', 'canvas', 'center', 'details', 'div', 'dl', 'em',
  'fieldset', 'figure', 'font', 'footer', 'form', 'header', 'i', 'iframe', 'label', 'main', 'menu',
  'nav', 'noscript', 'object', 'ol', 'picture', 'section', 'small', 'span', 'strong', 'table', 'template',
  'ul', 'video',
]);

/**
 * htmlparser2's tokenizer, made to pass over what the tree builder drops.
 * When an element opens that the builder drops (its drop depth went up), the
 * tokenizer stops and `scanTags` reads on: it reports only tags to the
 * parser, so the parser's stack — implied end tags, foreign content and all —
 * moves exactly as it would, and the builder, which ignores everything in a
 * dropped element anyway, ends with the same tree. Once that element is
 * closed, a fresh tokenizer takes over from the end of the tag that closed
 * it, its positions shifted to the whole page's.
 *
 * It reads one whole document in one `write`, as `readHtml` gives it. It
 * extends htmlparser2's Tokenizer to be one in the parser's types; the state
 * it inherits is unused, the segments do the reading.
 */
export class SkippingTokenizer extends Tokenizer {
  private readonly parser: Callbacks;
  private readonly dropping: DropDepth;
  private readonly options: TokenizerOptions;
  private readonly relay: Callbacks;
  private html = '';
  /** The tokenizer of the stretch being read, and where that stretch starts in the page. */
  private segment: Tokenizer | undefined;
  private base = 0;
  private tagStart = 0;
  private tagEnd = 0;
  /**
   * Set when the segment stopped at a dropped element: where its content
   * starts, the depth that closes it, and its name if its content is raw text.
   */
  private skipFrom = -1;
  private closedAtDepth = 0;
  private rawText: string | undefined;

  constructor(options: TokenizerOptions, cbs: Callbacks) {
    super(options, cbs);
    this.parser = cbs;
    this.options = options;
    this.dropping = (options as SkippingOptions).dropping;
    this.relay = this.makeRelay();
  }

  override write(chunk: string): void {
    if (this.html) throw new Error('SkippingTokenizer reads one document in one write');
    this.html = chunk;
    let from = 0;
    while (from < chunk.length) {
      this.base = from;
      this.skipFrom = -1;
      this.segment = new Tokenizer(this.options, this.relay);
      this.segment.write(from === 0 ? chunk : chunk.slice(from));
      if (this.skipFrom < 0) return;
      this.segment = undefined;
      from = this.rawText
        ? scanRawText(chunk, this.rawText, this.skipFrom, this.parser)
        : scanTags(chunk, this.skipFrom, this.parser, () => this.dropping.dropDepth <= this.closedAtDepth);
      if (from === ENDED_IN_END_TAG) {
        this.parser.ontext(-1, chunk.length);
        return;
      }
    }
  }

  override end(): void {
    if (this.segment) this.segment.end();
    else this.parser.onend();
  }

  /**
   * After an open tag's `>` at `end`: stop the segment if that tag opened an
   * element to pass over. A raw-text element's content (a script's, say) is
   * passed over up to its end tag, whatever its name; but `<script/>` is no
   * raw-text element to the tokenizer, hence `selfClosing`.
   */
  private tagOpened(depthBefore: number, end: number, selfClosing: boolean): void {
    const depth = this.dropping.dropDepth;
    if (depth === 0 || depth <= depthBefore) return;
    const name = this.html.slice(this.tagStart, this.tagEnd).toLowerCase();
    const rawText = !selfClosing && RAW_TEXT_ELEMENTS.has(name);
    if (!rawText && (!SKIPPABLE.has(name) || (this.parser instanceof DeepParser && this.parser.inForeignContent()))) return;
    this.skipFrom = end + 1;
    this.closedAtDepth = depthBefore;
    this.rawText = rawText ? name : undefined;
    this.segment?.pause();
  }

  /** A position in the segment as one in the page; -1, the tokenizer's "no position", stays as it is. */
  private at(index: number): number {
    return index < 0 ? index : index + this.base;
  }

  /** The parser's callbacks, with the segment's positions moved to the page's. */
  private makeRelay(): Callbacks {
    const parser = this.parser;
    return {
      onattribdata: (start, end) => parser.onattribdata(this.at(start), this.at(end)),
      onattribentity: (codepoint) => parser.onattribentity(codepoint),
      onattribend: (quote, end) => parser.onattribend(quote, this.at(end)),
      onattribname: (start, end) => parser.onattribname(this.at(start), this.at(end)),
      oncdata: (start, end, offset) => parser.oncdata(this.at(start), this.at(end), offset),
      onclosetag: (start, end) => parser.onclosetag(this.at(start), this.at(end)),
      oncomment: (start, end, offset) => parser.oncomment(this.at(start), this.at(end), offset),
      ondeclaration: (start, end) => parser.ondeclaration(this.at(start), this.at(end)),
      onend: () => parser.onend(),
      onopentagname: (start, end) => {
        this.tagStart = this.at(start);
        this.tagEnd = this.at(end);
        parser.onopentagname(this.tagStart, this.tagEnd);
      },
      onopentagend: (end) => {
        const depth = this.dropping.dropDepth;
        parser.onopentagend(this.at(end));
        this.tagOpened(depth, this.at(end), false);
      },
      onprocessinginstruction: (start, end) => parser.onprocessinginstruction(this.at(start), this.at(end)),
      onselfclosingtag: (end) => {
        const depth = this.dropping.dropDepth;
        parser.onselfclosingtag(this.at(end));
        this.tagOpened(depth, this.at(end), true);
      },
      ontext: (start, end) => parser.ontext(this.at(start), this.at(end)),
      ontextentity: (codepoint, end) => parser.ontextentity(codepoint, this.at(end)),
    };
  }
}
