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

/** The parser fields that `OpenElements` stands in for; private in htmlparser2's types. */
interface ParserStacks {
  stack: OpenElements<string>;
  foreignContext: OpenElements<boolean>;
}

/**
 * htmlparser2's Parser with `OpenElements` for its two stacks (open elements,
 * and whether each level is foreign content such as <svg>), so that it runs
 * in linear time however deep a page nests. `onend` is the one method that
 * reads the stack by index; it is replaced by the same loop over the stack.
 */
export class DeepParser extends Parser {
  private readonly handler: Partial<Handler>;

  constructor(handler: Partial<Handler>, options: ParserOptions) {
    super(handler, options);
    this.handler = handler;
    const stacks = this as unknown as ParserStacks;
    const foreign = new OpenElements<boolean>();
    for (const level of [...(stacks.foreignContext as unknown as boolean[])].reverse()) foreign.unshift(level);
    stacks.stack = new OpenElements<string>();
    stacks.foreignContext = foreign;
  }

  override onend(): void {
    if (this.handler.onclosetag) {
      this.endIndex = this.startIndex;
      for (const name of (this as unknown as ParserStacks).stack) this.handler.onclosetag(name, true);
    }
    this.handler.onend?.();
  }
}
