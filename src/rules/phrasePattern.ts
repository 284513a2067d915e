/**
 * Patterns built from lists of phrases, that V8 compiles only for a text that
 * could hold one of the phrases.
 *
 * V8 compiles a pattern the first time it runs, and again (to machine code)
 * once it runs twice; for the rules' case-insensitive patterns that is most
 * of what a cold run costs beyond Node's own start, and most of those
 * patterns never match the post (they are the words that would undo a
 * figure). Every phrase starts with a literal ("beräkna", "försök", "a
 * year"); a text that holds none of them, in any case, cannot match, and
 * `exec` answers `null` without compiling. The test that says so
 * (`test/phrasePattern.test.ts`) generates texts from each pattern's syntax
 * tree and checks that none the pattern matches is ever turned away.
 */

/** Characters that make the one before them optional. */
const OPTIONAL_AFTER = new Set(['?', '*', '{']);
/** Characters that end a phrase's literal start. */
const NOT_LITERAL = new Set(['[', '.', '^', '$', '+', ')', '|']);
const LOOKAROUND = /^\?(?:=|!|<=|<!)/;

/** The index of the bracket that closes the group opened at `open`, or -1. */
function closingBracket(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i] ?? '';
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** A source's alternatives: split at each `|` outside groups and classes. */
export function alternativesOf(source: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] ?? '';
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/**
 * The literals one of which every match of `alternative` starts with, or
 * undefined if it may start otherwise (with a class, an optional character
 * or group, …). A group at the start stands for its own alternatives' starts;
 * a lookaround there matches nothing and is passed over.
 */
export function literalStarts(alternative: string): string[] | undefined {
  let literal = '';
  let i = 0;
  while (i < alternative.length) {
    const c = alternative[i] ?? '';
    if (c === '(') {
      const close = closingBracket(alternative, i);
      if (close < 0) return undefined;
      const inner = alternative.slice(i + 1, close);
      if (LOOKAROUND.test(inner)) {
        i = close + 1;
        continue;
      }
      if (literal !== '') break;
      if (OPTIONAL_AFTER.has(alternative[close + 1] ?? '')) return undefined;
      return literalsOf(inner.replace(/^\?(?::|<[A-Za-z][A-Za-z0-9]*>)/, ''));
    }
    let char: string;
    let width: number;
    if (c === '\\') {
      const escaped = alternative[i + 1] ?? '';
      if (!/^[^0-9A-Za-z]$/.test(escaped)) break;
      char = escaped;
      width = 2;
    } else if (NOT_LITERAL.has(c) || OPTIONAL_AFTER.has(c)) {
      break;
    } else {
      char = c;
      width = 1;
    }
    const next = alternative[i + width] ?? '';
    if (OPTIONAL_AFTER.has(next)) break;
    literal += char;
    if (next === '+') break;
    i += width;
  }
  return literal === '' ? undefined : [literal];
}

/** The literals one of which every match of `source` starts with, or undefined. */
export function literalsOf(source: string): string[] | undefined {
  const all: string[] = [];
  for (const alternative of alternativesOf(source)) {
    const starts = literalStarts(alternative);
    if (starts === undefined) return undefined;
    all.push(...starts);
  }
  return all;
}

let lastText = '';
let lastLower = '';

/** `text` in lower case; the rules test one sentence against many patterns in a row. */
function lowered(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

interface Phrase {
  source: string;
  /** Lower case when the pattern ignores case; undefined: the phrase may start otherwise, and is always tried. */
  starts: readonly string[] | undefined;
}

/** A capturing group, whose number would shift in a pattern made of only some of the phrases. */
const CAPTURE = /\((?!\?)|\(\?<(?![=!])/;

/**
 * A pattern of alternative phrases inside a template, run on a text as the
 * pattern of only those phrases the text could hold: a phrase whose literal
 * starts are all absent from the text (in any case, when the pattern ignores
 * case) cannot match anywhere in it, and leaving it out changes no match,
 * since the alternatives left keep their order. So V8 compiles, for the
 * post, a few phrases of each rule rather than every word that would undo a
 * figure, and nothing at all for a rule none of whose phrases the text
 * holds. A pattern made from this one by `matchAll` or `split` (through
 * `Symbol.species`) has no phrases and always runs whole.
 */
export class PhrasePattern extends RegExp {
  readonly #template: ((alternation: string) => string) | undefined;
  readonly #phrases: readonly Phrase[] | undefined;
  readonly #narrowed = new Map<string, RegExp>();
  /** Whether a pattern of some of the phrases matches as this one does. */
  readonly #narrows: boolean;

  constructor(source: string | RegExp, flags?: string, template?: (alternation: string) => string, phrases?: readonly string[]) {
    super(source, flags);
    this.#template = template;
    this.#phrases = phrases?.map((phrase) => ({
      source: phrase,
      starts: literalsOf(phrase)?.map((start) => (this.ignoreCase ? start.toLowerCase() : start)),
    }));
    this.#narrows = template !== undefined && phrases !== undefined && !phrases.some((phrase) => CAPTURE.test(phrase));
  }

  /** The phrases `text` could hold, by their index. */
  #present(text: string): number[] {
    const phrases = this.#phrases ?? [];
    const subject = this.ignoreCase ? lowered(text) : text;
    const present: number[] = [];
    phrases.forEach(({ starts }, index) => {
      if (starts === undefined || starts.some((start) => subject.includes(start))) present.push(index);
    });
    return present;
  }

  /** False only if the pattern cannot match `text`. */
  mayMatch(text: string): boolean {
    return this.#phrases === undefined || this.#present(text).length > 0;
  }

  override exec(text: string): RegExpExecArray | null {
    const subject = String(text);
    const phrases = this.#phrases;
    const template = this.#template;
    if (phrases === undefined || template === undefined) return super.exec(subject);
    const present = this.#present(subject);
    if (present.length === phrases.length || !this.#narrows) {
      return present.length === 0 ? this.#fail() : super.exec(subject);
    }
    if (present.length === 0) return this.#fail();
    const key = present.join(',');
    let narrowed = this.#narrowed.get(key);
    if (narrowed === undefined) {
      narrowed = new RegExp(template(present.map((index) => phrases[index]?.source).join('|')), this.flags);
      this.#narrowed.set(key, narrowed);
    }
    narrowed.lastIndex = this.lastIndex;
    const match = narrowed.exec(subject);
    this.lastIndex = narrowed.lastIndex;
    return match;
  }

  #fail(): null {
    if (this.global || this.sticky) this.lastIndex = 0;
    return null;
  }
}

/**
 * A pattern that matches one of `phrases` inside `template`
 * (`template(alternation)` gives the whole source); see `PhrasePattern`.
 */
export function phrasePattern(template: (alternation: string) => string, phrases: readonly string[], flags = 'i'): PhrasePattern {
  return new PhrasePattern(template(phrases.join('|')), flags, template, phrases);
}
