import { Parser, type Handler, type ParserOptions } from 'htmlparser2';

/**
 * htmlparser2's stack of open elements with the top at index 0, as its
 * parser uses it — `stack[0]`, `unshift`, `shift`, `indexOf`, `length` — kept
 * as an array with the top at the end, so that each of those costs the same
 * at any depth. htmlparser2's own array moves every element on each
 * `unshift`, which makes a page 100 000 elements deep take seconds per
 * 100 000 tags (issue 10): quadratic in the nesting depth.
 *
 * `indexOf` looks down from the top, and only for a name that is on the stack
 * (counted per name): the parser then pops everything it passed, so each
 * element is looked at a bounded number of times in all.
 */
export class OpenElements<T> {
  /** The top of the stack, where htmlparser2 reads it. */
  0: T | undefined;
  private readonly items: T[] = [];
  private readonly counts = new Map<T, number>();

  get length(): number {
    return this.items.length;
  }

  /** htmlparser2's `reset` empties its stack with `length = 0`. */
  set length(length: number) {
    while (this.items.length > length) this.shift();
  }

  unshift(item: T): number {
    this.items.push(item);
    this.counts.set(item, (this.counts.get(item) ?? 0) + 1);
    this[0] = item;
    return this.items.length;
  }

  shift(): T | undefined {
    const top = this.items.pop();
    if (top !== undefined) this.counts.set(top, (this.counts.get(top) ?? 1) - 1);
    this[0] = this.items[this.items.length - 1];
    return top;
  }

  /** How far below the top `item` is (0: the top), or -1. */
  indexOf(item: T): number {
    if (!this.counts.get(item)) return -1;
    return this.items.length - 1 - this.items.lastIndexOf(item);
  }

  /** From the top down. */
  *[Symbol.iterator](): IterableIterator<T> {
    for (let i = this.items.length - 1; i >= 0; i--) yield this.items[i] as T;
  }
}

/** The elements that start SVG or MathML content (foreign content, to HTML). */
const FOREIGN_ROOTS: ReadonlySet<string> = new Set(['svg', 'math']);

/**
 * Elements of SVG or MathML whose content is HTML again (integration points),
 * as htmlparser2 names them: `<svg><foreignObject><p>` is an HTML paragraph.
 */
const INTEGRATION_POINTS: ReadonlySet<string> = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/**
 * HTML's start tags that a browser does not take for SVG or MathML: in
 * foreign content they close it first (HTML's "any other start tag" rule for
 * foreign content). `<font>` breaks out only with some attributes, which are
 * not known when its name is; it is left out, so it stays in.
 */
const BREAKS_OUT_OF_FOREIGN: ReadonlySet<string> = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's',
  'small', 'span', 'strong', 'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var',
]);

/**
 * The stack of open element names, knowing of each whether it is SVG or
 * MathML: an <svg> or <math>, or an element in one that is not in an
 * integration point. htmlparser2's own `foreignContext` cannot say: an end
 * tag that closes an <svg> it holds (`</div>`) leaves it set.
 */
export class ElementStack extends OpenElements<string> {
  private readonly foreign: boolean[] = [];

  override unshift(name: string): number {
    this.foreign.push(FOREIGN_ROOTS.has(name) || this.inForeignContent());
    return super.unshift(name);
  }

  override shift(): string | undefined {
    this.foreign.pop();
    return super.shift();
  }

  /** Whether the current element is SVG or MathML whose content is not HTML. */
  inForeignContent(): boolean {
    return this.foreign[this.foreign.length - 1] === true && !INTEGRATION_POINTS.has(this[0] ?? '');
  }
}

/** The parser fields that `OpenElements` stands in for; private in htmlparser2's types. */
interface ParserStacks {
  stack: ElementStack;
  foreignContext: OpenElements<boolean>;
  getSlice(start: number, end: number): string;
}

/**
 * htmlparser2's Parser with `OpenElements` for its two stacks (open elements,
 * and whether each level is foreign content such as <svg>), so that it runs
 * in linear time however deep a page nests. `onend` is the one method that
 * reads the stack by index; it is replaced by the same loop over the stack.
 *
 * An HTML tag such as <p> or <div> in SVG or MathML ends it, as in a browser
 * (`BREAKS_OUT_OF_FOREIGN`): htmlparser2 would keep everything after an
 * unclosed <svg> in it, and a page's post with it.
 */
export class DeepParser extends Parser {
  private readonly handler: Partial<Handler>;
  private readonly stacks: ParserStacks;

  constructor(handler: Partial<Handler>, options: ParserOptions) {
    super(handler, options);
    this.handler = handler;
    const stacks = this as unknown as ParserStacks;
    const foreign = new OpenElements<boolean>();
    for (const level of [...(stacks.foreignContext as unknown as boolean[])].reverse()) foreign.unshift(level);
    stacks.stack = new ElementStack();
    stacks.foreignContext = foreign;
    this.stacks = stacks;
  }

  /** Whether the element on top of the stack — the one just opened, after its start tag — is SVG or MathML. */
  inForeignContent(): boolean {
    return this.stacks.stack.inForeignContent();
  }

  /**
   * Where the start tag being read starts (its `<`). htmlparser2's
   * `startIndex` says so only when the tokenizer reports the text before it,
   * which a tag scan does not.
   */
  tagStart = 0;

  override onopentagname(start: number, endIndex: number): void {
    this.tagStart = start - 1;
    // As htmlparser2 has it when its own start tags close elements: the closing tag is where they end.
    this.endIndex = endIndex;
    const { stack, foreignContext } = this.stacks;
    if (stack.inForeignContent() && BREAKS_OUT_OF_FOREIGN.has(this.stacks.getSlice(start, endIndex).toLowerCase())) {
      // Closed as htmlparser2 closes them at an end tag: an <svg> or <math> takes its level of foreignContext with it.
      while (stack.inForeignContent()) {
        const name = stack.shift() as string;
        if (FOREIGN_ROOTS.has(name)) foreignContext.shift();
        this.handler.onclosetag?.(name, true);
      }
    }
    super.onopentagname(start, endIndex);
  }

  /** Set once the input has ended: the elements closed from then on are those the page left open, and run to its end. */
  closingAtEnd = false;

  override onend(): void {
    this.closingAtEnd = true;
    if (this.handler.onclosetag) {
      this.endIndex = this.startIndex;
      for (const name of (this as unknown as ParserStacks).stack) this.handler.onclosetag(name, true);
    }
    this.handler.onend?.();
  }
}
