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

const LOOKAROUND = /^\?(?:=|!|<=|<!)/;
const GROUP_OPENING = /^\?(?::|<[A-Za-z][A-Za-z0-9]*>)/;
/** Escapes that match nothing: a word boundary or its opposite. */
const ZERO_WIDTH_ESCAPES = new Set(['b', 'B']);
/** A start longer than this is not read further: it is needle enough, and the starts of a phrase of many choices stay few. */
const MAX_START_LENGTH = 14;
/** More starts than this and the element that made them ends them instead. */
const MAX_STARTS = 64;

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
 * A text every match of some part of a pattern begins with; `open` while
 * what follows in the pattern may still be added to it.
 */
interface Start {
  text: string;
  open: boolean;
}

function closed(starts: readonly Start[]): Start[] {
  return starts.map(({ text }) => ({ text, open: false }));
}

function unique(starts: readonly Start[]): Start[] {
  const seen = new Map<string, Start>();
  for (const start of starts) {
    const key = `${start.open ? '+' : '-'}${start.text}`;
    if (!seen.has(key)) seen.set(key, start);
  }
  return [...seen.values()];
}

/** How often the element ending before `at` may stand: `?` and `*` allow none, `+` more than one. */
function quantifierAt(source: string, at: number): { min: 0 | 1; repeats: boolean; width: number } | undefined {
  const c = source[at];
  if (c === '?') return { min: 0, repeats: false, width: 1 };
  if (c === '*') return { min: 0, repeats: true, width: 1 };
  if (c === '+') return { min: 1, repeats: true, width: 1 };
  if (c === '{') {
    const bounds = /^\{(\d+)(,\d*)?\}/.exec(source.slice(at));
    if (bounds === null) return undefined;
    return { min: Number(bounds[1]) === 0 ? 0 : 1, repeats: bounds[2] !== undefined || Number(bounds[1]) > 1, width: bounds[0].length };
  }
  return undefined;
}

/** `starts` followed by one of `element`'s, as `element` reads them from each open start. */
function followedBy(starts: readonly Start[], element: (from: readonly Start[]) => Start[]): Start[] {
  const open = starts.filter((start) => start.open);
  return [...starts.filter((start) => !start.open), ...element(open)];
}

/** `starts` followed by a text of `alternatives` (the inside of a group). */
function throughGroup(starts: readonly Start[], inside: string): Start[] {
  return alternativesOf(inside).flatMap((alternative) => throughSequence(starts, alternative));
}

/** `starts` followed by the literal text `run`. */
function throughCharacter(starts: readonly Start[], run: string): Start[] {
  return starts.map(({ text }) => {
    const longer = (text + run).slice(0, MAX_START_LENGTH);
    return { text: longer, open: longer.length < MAX_START_LENGTH };
  });
}

/** Characters that are themselves in a pattern (outside a class). */
const PLAIN = /[^\\[\]().^$|?*+{]/y;
/** A run of them, short of one a quantifier follows, read in one step. */
const PLAIN_RUN = /[^\\[\]().^$|?*+{]+(?![?*+{])/y;
/** A phrase of plain characters only: its one start is itself. */
const ALL_PLAIN = /^[^\\[\]().^$|?*+{]+$/;

/** `starts` followed by a text of `sequence` (an alternative of a pattern or a group). */
function throughSequence(from: readonly Start[], sequence: string): Start[] {
  let starts = [...from];
  let i = 0;
  while (i < sequence.length && starts.some((start) => start.open)) {
    const c = sequence[i] ?? '';
    let element: ((open: readonly Start[]) => Start[]) | undefined;
    let end: number;
    if (c === '(') {
      const close = closingBracket(sequence, i);
      if (close < 0) return closed(starts);
      const inside = sequence.slice(i + 1, close);
      end = close + 1;
      if (LOOKAROUND.test(inside)) {
        i = end;
        continue;
      }
      const body = inside.replace(GROUP_OPENING, '');
      element = (open) => throughGroup(open, body);
    } else if (c === '\\') {
      const escaped = sequence[i + 1] ?? '';
      end = i + 2;
      if (ZERO_WIDTH_ESCAPES.has(escaped)) {
        i = end;
        continue;
      }
      if (/^[^0-9A-Za-z]$/.test(escaped)) element = (open) => throughCharacter(open, escaped);
    } else if (c === '^' && i === 0) {
      i++;
      continue;
    } else {
      PLAIN_RUN.lastIndex = i;
      const run = PLAIN_RUN.exec(sequence)?.[0];
      PLAIN.lastIndex = i;
      end = i + (run?.length ?? 1);
      if (run !== undefined) element = (open) => throughCharacter(open, run);
      else if (PLAIN.test(sequence)) element = (open) => throughCharacter(open, c);
    }
    if (element === undefined) return closed(starts);
    const quantifier = quantifierAt(sequence, end);
    let next: Start[];
    if (quantifier === undefined) next = followedBy(starts, element);
    else {
      // A repeated element is read once, and what follows it cannot be known.
      const once = followedBy(starts, (open) => (quantifier.repeats ? closed(element(open)) : element(open)));
      next = quantifier.min === 0 ? [...starts, ...once] : once;
      end += quantifier.width;
    }
    next = unique(next);
    if (next.length > MAX_STARTS) return closed(starts);
    starts = next;
    i = end;
  }
  return starts;
}

/**
 * Texts one of which every match of `source` holds, from its start (a
 * group's choices, optional parts and all), each read no further than a
 * class, a repeat or `MAX_START_LENGTH` characters; or undefined if some
 * match may start otherwise (with a class, say). A start that holds another
 * of the starts adds nothing: it is left out.
 */
export function literalsOf(source: string): string[] | undefined {
  if (ALL_PLAIN.test(source)) return [source];
  const texts = [...new Set(throughGroup([{ text: '', open: true }], source).map(({ text }) => text))];
  if (texts.length === 0 || texts.includes('')) return undefined;
  return texts.filter((text) => !texts.some((other) => other !== text && text.includes(other)));
}

/**
 * What the needles are looked for in: a text in lower case (when the pattern
 * ignores case), and the pairs of adjacent characters in it as bits of a
 * hash. A needle one of whose pairs is missing is not in the text, and most
 * are turned away so without searching the text (a pattern of the rules has
 * up to some forty phrases, and every sentence is asked about all of them).
 */
interface Subject {
  text: string;
  pairs: Uint32Array;
}

const PAIR_BITS = 1 << 14;

function pairHash(first: number, second: number): number {
  return (first * 31 + second) & (PAIR_BITS - 1);
}

function hashesOf(text: string): number[] {
  const hashes: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) hashes.push(pairHash(text.charCodeAt(i), text.charCodeAt(i + 1)));
  return hashes;
}

function subjectOf(text: string): Subject {
  const pairs = new Uint32Array(PAIR_BITS / 32);
  for (let i = 0; i + 1 < text.length; i++) {
    const hash = pairHash(text.charCodeAt(i), text.charCodeAt(i + 1));
    pairs[hash >>> 5] = (pairs[hash >>> 5] ?? 0) | (1 << (hash & 31));
  }
  return { text, pairs };
}

/**
 * The subjects of the last few texts: the rules ask about a sentence, its
 * clause and the words around a figure in turn, each against many patterns.
 */
const RECENT = 8;
const recent = new Map<string, Subject>();

function recentSubject(text: string, ignoreCase: boolean): Subject {
  const key = ignoreCase ? `i${text}` : `-${text}`;
  let subject = recent.get(key);
  if (subject === undefined) {
    subject = subjectOf(ignoreCase ? text.toLowerCase() : text);
    if (recent.size === RECENT) recent.delete(recent.keys().next().value as string);
    recent.set(key, subject);
  }
  return subject;
}

interface Needle {
  /** Lower case when the pattern ignores case. */
  text: string;
  pairs: readonly number[];
  phrase: number;
}

function holds(subject: Subject, needle: Needle): boolean {
  for (const hash of needle.pairs) if (((subject.pairs[hash >>> 5] ?? 0) & (1 << (hash & 31))) === 0) return false;
  return subject.text.includes(needle.text);
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
 * holds. The matching itself is done by plain patterns, which V8 runs on
 * its fast path. A pattern made from this one by `matchAll` or `split`
 * (through `Symbol.species`) has no phrases and always runs whole.
 */
export class PhrasePattern extends RegExp {
  readonly #template: ((alternation: string) => string) | undefined;
  readonly #phrases: readonly string[];
  /**
   * The phrases' starts, and the phrases that have none (always tried);
   * read the first time the pattern runs, since most of the rules' patterns
   * never do in a run over one page.
   */
  #starts: { needles: readonly Needle[]; always: readonly number[] } | undefined;
  readonly #narrowed = new Map<string, RegExp>();
  #whole: RegExp | undefined;
  /** Whether a pattern of some of the phrases matches as this one does. */
  readonly #narrows: boolean;

  constructor(source: string | RegExp, flags?: string, template?: (alternation: string) => string, phrases?: readonly string[]) {
    super(source, flags);
    this.#template = template;
    this.#phrases = phrases ?? [];
    this.#narrows = template !== undefined && phrases !== undefined && !phrases.some((phrase) => CAPTURE.test(phrase));
  }

  #readStarts(): { needles: readonly Needle[]; always: readonly number[] } {
    const needles: Needle[] = [];
    const always: number[] = [];
    this.#phrases.forEach((phrase, index) => {
      const starts = literalsOf(phrase);
      if (starts === undefined) always.push(index);
      for (const start of starts ?? []) {
        const text = this.ignoreCase ? start.toLowerCase() : start;
        needles.push({ text, pairs: hashesOf(text), phrase: index });
      }
    });
    return { needles, always };
  }

  /** The phrases `text` could hold, by their index, in order; empty if none. */
  #present(text: string): number[] {
    const subject = recentSubject(text, this.ignoreCase);
    const { needles, always } = (this.#starts ??= this.#readStarts());
    let present: number[] | undefined;
    let last = -1;
    for (const needle of needles) {
      if (needle.phrase !== last && holds(subject, needle)) {
        (present ??= []).push(needle.phrase);
        last = needle.phrase;
      }
    }
    if (always.length === 0) return present ?? [];
    return [...always, ...(present ?? [])].sort((a, b) => a - b);
  }

  /** False only if the pattern cannot match `text`. */
  mayMatch(text: string): boolean {
    return this.#template === undefined || this.#present(text).length > 0;
  }

  /** The plain pattern to run on `text`, or undefined if nothing in it can match. */
  #patternFor(text: string): RegExp | undefined {
    const template = this.#template;
    if (template === undefined) return (this.#whole ??= new RegExp(this.source, this.flags));
    const present = this.#present(text);
    if (present.length === 0) return undefined;
    if (present.length === this.#phrases.length || !this.#narrows) return (this.#whole ??= new RegExp(this.source, this.flags));
    const key = present.join(',');
    let narrowed = this.#narrowed.get(key);
    if (narrowed === undefined) {
      narrowed = new RegExp(template(present.map((index) => this.#phrases[index]).join('|')), this.flags);
      this.#narrowed.set(key, narrowed);
    }
    return narrowed;
  }

  override exec(text: string): RegExpExecArray | null {
    return this.#run(text, 'exec') ?? null;
  }

  override test(text: string): boolean {
    return this.#run(text, 'test') ?? false;
  }

  #run<M extends 'exec' | 'test'>(text: string, method: M): ReturnType<RegExp[M]> | undefined {
    const subject = String(text);
    const pattern = this.#patternFor(subject);
    if (pattern === undefined) {
      if (this.global || this.sticky) this.lastIndex = 0;
      return undefined;
    }
    pattern.lastIndex = this.lastIndex;
    const result = pattern[method](subject) as ReturnType<RegExp[M]>;
    this.lastIndex = pattern.lastIndex;
    return result;
  }
}

/**
 * A pattern that matches one of `phrases` inside `template`
 * (`template(alternation)` gives the whole source); see `PhrasePattern`.
 */
export function phrasePattern(template: (alternation: string) => string, phrases: readonly string[], flags = 'i'): PhrasePattern {
  return new PhrasePattern(template(phrases.join('|')), flags, template, phrases);
}
