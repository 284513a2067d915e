/**
 * Patterns built from lists of phrases, that V8 compiles only for the
 * phrases a text could hold.
 *
 * V8 compiles a pattern the first time it runs, and again (to machine code)
 * once it runs twice; for the rules' case-insensitive patterns that was half
 * of what a cold run cost beyond Node's own start, and most of those phrases
 * never match the post (they are the words that would undo a figure). Most
 * phrases start with a literal ("beräkna", "försök", "a year"); a text that
 * holds none of a phrase's, in any case, cannot match it, and the phrase is
 * left out of the pattern run on that text. The starts are read only as far
 * as the first group, class or optional part: reading further ("kunde ha",
 * "beräknas år ") turned away a few more phrases, but reading that far cost
 * a cold run more time than the compiling it saved. The test that holds the
 * module to this (`test/phrasePattern.test.ts`) writes texts from each
 * pattern's syntax tree and compares every match with the whole pattern's.
 */

import { onPageEnd } from '../text/pageEnd.js';

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

/** What a pattern reads as syntax. */
const SYNTAX = /[\\[\](){}.^$+*?|]/;
/** The syntax that ends a literal start, and `OPTIONAL_AFTER` the character before it too. */
const ENDS_START = new Set(['[', '.', '^', '$', '+', ...OPTIONAL_AFTER]);

/** The literals one of which every match of `source` starts with, or undefined. */
export function literalsOf(source: string): string[] | undefined {
  // Most of the rules' phrases are a word or words, some with an ending after them ("felaktig[a-zåäö]*",
  // "arrests?"): their start is read with one search, as a cold run reads a thousand phrases before V8 has
  // compiled the reading character by character below, which then reads the rest.
  const at = source.search(SYNTAX);
  if (at < 0 || (ENDS_START.has(source[at] ?? '') && !source.includes('|'))) {
    const literal = at < 0 ? source : source.slice(0, OPTIONAL_AFTER.has(source[at] ?? '') ? Math.max(0, at - 1) : at);
    return literal === '' ? undefined : [literal];
  }
  const all: string[] = [];
  for (const alternative of alternativesOf(source)) {
    const starts = literalStarts(alternative);
    if (starts === undefined) return undefined;
    all.push(...starts);
  }
  return all;
}

/**
 * What the needles are looked for in: a text in lower case (when the pattern
 * ignores case), and the runs of three characters in it as bits of a hash.
 * A needle one of whose runs is missing is not in the text, and most are
 * turned away so, a bit or two read, without searching the text (the
 * patterns asked about a sentence have some thousand needles between them).
 */
interface Subject {
  text: string;
  triples: Uint32Array;
  /** The text as given, when lowering its case kept every character where it stood (else undefined). */
  given: string | undefined;
}

const TRIPLE_BITS = 1 << 14;

function tripleHash(text: string, at: number): number {
  return (text.charCodeAt(at) * 961 + text.charCodeAt(at + 1) * 31 + text.charCodeAt(at + 2)) & (TRIPLE_BITS - 1);
}

function hashesOf(text: string): number[] {
  const hashes = new Set<number>();
  for (let i = 0; i + 2 < text.length; i++) hashes.add(tripleHash(text, i));
  return [...hashes];
}

/** Marks `text`'s triples in `triples`, which it clears first. */
function subjectOf(given: string, text: string, triples: Uint32Array): Subject {
  triples.fill(0);
  for (let i = 0; i + 2 < text.length; i++) {
    const hash = tripleHash(text, i);
    triples[hash >>> 5] = (triples[hash >>> 5] ?? 0) | (1 << (hash & 31));
  }
  return { text, triples, given: given.length === text.length ? given : undefined };
}

/**
 * The subjects of the last few texts asked about, newest first, apart for
 * patterns that fold case and those that do not: the rules ask about a
 * sentence, its clause and the words around a figure in turn, each against
 * many patterns. Looked up by comparing texts, which for another text of
 * another length costs nothing (a map would hash every new substring whole).
 */
const RECENT = 8;
const recent = { folded: [] as Array<{ given: string; subject: Subject }>, asIs: [] as Array<{ given: string; subject: Subject }> };

onPageEnd(() => {
  recent.folded.length = 0;
  recent.asIs.length = 0;
});

function recentSubject(text: string, ignoreCase: boolean): Subject {
  const subjects = ignoreCase ? recent.folded : recent.asIs;
  for (const entry of subjects) if (entry.given === text) return entry.subject;
  const reused = subjects.length === RECENT ? subjects.pop() : undefined;
  const subject = subjectOf(text, ignoreCase ? text.toLowerCase() : text, reused?.subject.triples ?? new Uint32Array(TRIPLE_BITS / 32));
  subjects.unshift({ given: text, subject });
  return subject;
}

interface Needle {
  /** Lower case when the pattern ignores case. */
  text: string;
  triples: readonly number[];
  phrase: number;
}

/**
 * A pattern's needles by the hash of their first three characters, so that
 * phrases that start alike ("avslutat sitt", "avslutade sitt") are turned
 * away by one bit; the phrases with no start; and a mark for each phrase,
 * reused by every run. Held in flat typed arrays rather than objects: a
 * page's run asks some two thousand pattern-and-text pairs, each reading
 * a few dozen of them between the rules' other work, and objects scattered
 * on the heap cost a cache miss each where these are read in a row.
 */
interface Starts {
  /** Each group's first hash (-1: a needle too short to have one), and where its needles start in `phrase` (one more entry: the end). */
  firsts: Int32Array;
  needlesAt: Uint32Array;
  /** Each needle's text, phrase, and where its hashes start in `hashes` (one more entry: the end). */
  texts: readonly string[];
  phrase: Uint32Array;
  hashesAt: Uint32Array;
  hashes: Uint32Array;
  always: readonly number[];
  found: Uint8Array;
}

function flatten(groups: ReadonlyMap<number, readonly Needle[]>, always: readonly number[], phrases: number): Starts {
  const needles = [...groups.values()].flat();
  const firsts = Int32Array.from(groups.keys());
  const needlesAt = new Uint32Array(groups.size + 1);
  let at = 0;
  [...groups.values()].forEach((group, index) => {
    needlesAt[index] = at;
    at += group.length;
  });
  needlesAt[groups.size] = at;
  const hashesAt = new Uint32Array(needles.length + 1);
  needles.forEach((needle, index) => {
    hashesAt[index + 1] = (hashesAt[index] ?? 0) + needle.triples.length;
  });
  return {
    firsts,
    needlesAt,
    texts: needles.map((needle) => needle.text),
    phrase: Uint32Array.from(needles, (needle) => needle.phrase),
    hashesAt,
    hashes: Uint32Array.from(needles.flatMap((needle) => needle.triples)),
    always,
    found: new Uint8Array(phrases),
  };
}

const NONE: readonly number[] = [];

/** A capturing group, whose number would shift in a pattern made of only some of the phrases. */
const CAPTURE = /\((?!\?)|\(\?<(?![=!])/;

/**
 * An optional part of a template that is costly for V8 to compile and that
 * few texts can hold, as a stamp before an amendment's label: a text where
 * `mayHold` finds nothing cannot match the part, and the pattern runs on it
 * as `without`, the template with the part left out, which matches there as
 * the whole template does. `mayHold` must match wherever a match of the part
 * could start (it is tested on the whole text).
 */
export interface RarePart {
  mayHold: RegExp;
  without: (alternation: string) => string;
}

/**
 * Whether `needle` stands in `subject` where a phrase may start: anywhere, or
 * (given `wordChar`, the template's test for the characters no phrase may
 * follow) at the start of the text or after a character it does not match.
 * That character is asked of the text as given, with the pattern's flags, as
 * V8 asks it; a text whose case-lowering moved its characters cannot be asked
 * so, and the needle anywhere is enough there.
 */
function startsPhrase(subject: Subject, needle: string, wordChar: RegExp | undefined): boolean {
  const { text, given } = subject;
  if (wordChar === undefined || given === undefined) return text.includes(needle);
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (at === 0 || !wordChar.test(given[at - 1] as string)) return true;
  }
  return false;
}

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
  #starts: Starts | undefined;
  readonly #narrowed = new Map<string, RegExp>();
  #whole: RegExp | undefined;
  /** Whether a pattern of some of the phrases matches as this one does. */
  readonly #narrows: boolean;
  /** The template's rare part's test, and the pattern without the part (see `RarePart`), made the first time it is needed. */
  readonly #rare: RarePart | undefined;
  #withoutRare: PhrasePattern | undefined;
  /** The flags, read once: their getters cost a call on every run. */
  readonly #folds: boolean;
  readonly #resets: boolean;
  /** The characters no phrase may follow (see `startsPhrase`), as a test of one character. */
  readonly #wordChar: RegExp | undefined;
  readonly #wordChars: string | undefined;

  constructor(source: string | RegExp, flags?: string, template?: (alternation: string) => string, phrases?: readonly string[], rare?: RarePart, wordChars?: string) {
    super(source, flags);
    this.#folds = this.ignoreCase;
    this.#resets = this.global || this.sticky;
    this.#wordChars = wordChars;
    this.#wordChar = wordChars === undefined ? undefined : new RegExp(`^[${wordChars}]$`, this.flags.replace(/[gy]/g, ''));
    this.#template = template;
    this.#phrases = phrases ?? [];
    this.#narrows = template !== undefined && phrases !== undefined && !phrases.some((phrase) => CAPTURE.test(phrase));
    this.#rare = template === undefined ? undefined : rare;
  }

  #readStarts(): Starts {
    const groups = new Map<number, Needle[]>();
    const always: number[] = [];
    this.#phrases.forEach((phrase, index) => {
      const starts = literalsOf(phrase);
      if (starts === undefined) always.push(index);
      for (const start of starts ?? []) {
        const text = this.#folds ? start.toLowerCase() : start;
        const needle = { text, triples: hashesOf(text), phrase: index };
        const first = needle.triples[0] ?? -1;
        const group = groups.get(first);
        if (group) group.push(needle);
        else groups.set(first, [needle]);
      }
    });
    return flatten(groups, always, this.#phrases.length);
  }

  /**
   * The last text asked about and the phrases it could hold: the rules ask
   * one pattern about the same block or sentence for each statistic in turn.
   */
  #lastText: string | undefined;
  #lastPresent: readonly number[] = NONE;

  /** The patterns that keep a text of the page being read, to forget it when the page ends. */
  static readonly #holding = new Set<PhrasePattern>();

  static {
    onPageEnd(() => {
      for (const pattern of PhrasePattern.#holding) {
        pattern.#lastText = undefined;
        pattern.#lastPresent = NONE;
      }
      PhrasePattern.#holding.clear();
    });
  }

  /** The phrases `text` could hold, by their index, in order; empty if none. */
  #present(text: string): readonly number[] {
    if (text === this.#lastText) return this.#lastPresent;
    const present = this.#find(text);
    if (this.#lastText === undefined) PhrasePattern.#holding.add(this);
    this.#lastText = text;
    this.#lastPresent = present;
    return present;
  }

  #find(text: string): readonly number[] {
    const subject = recentSubject(text, this.#folds);
    const { triples } = subject;
    const wordChar = this.#wordChar;
    const { firsts, needlesAt, texts, phrase, hashesAt, hashes, always, found } = (this.#starts ??= this.#readStarts());
    let held: number[] | undefined;
    for (let group = 0; group < firsts.length; group++) {
      const first = firsts[group] as number;
      if (first >= 0 && ((triples[first >>> 5] as number) & (1 << (first & 31))) === 0) continue;
      needles: for (let needle = needlesAt[group] as number, end = needlesAt[group + 1] as number; needle < end; needle++) {
        const index = phrase[needle] as number;
        if (found[index] === 1) continue;
        for (let at = hashesAt[needle] as number, last = hashesAt[needle + 1] as number; at < last; at++) {
          const hash = hashes[at] as number;
          if (((triples[hash >>> 5] as number) & (1 << (hash & 31))) === 0) continue needles;
        }
        if (!startsPhrase(subject, texts[needle] as string, wordChar)) continue;
        found[index] = 1;
        (held ??= []).push(index);
      }
    }
    if (held === undefined) return always;
    // Only the phrases found are unmarked, not every phrase of a long list; a phrase with no start has no needle.
    for (const index of held) found[index] = 0;
    held.push(...always);
    return held.sort((a, b) => a - b);
  }

  /** False only if the pattern cannot match `text`. */
  mayMatch(text: string): boolean {
    return this.#template === undefined || this.#present(text).length > 0;
  }

  /** The pattern last narrowed to, and for which phrases: the same text asked again is not keyed again. */
  #lastNarrowed: { present: readonly number[]; pattern: RegExp } | undefined;

  /** The plain pattern to run on `text`, or undefined if nothing in it can match. */
  #patternFor(text: string): RegExp | undefined {
    const template = this.#template;
    if (template === undefined) return (this.#whole ??= new RegExp(this.source, this.flags));
    // A plain pattern from the one without the rare part, so that what runs it sees plain patterns alone.
    const rare = this.#rare;
    if (rare !== undefined && !rare.mayHold.test(text)) return (this.#withoutRare ??= phrasePattern(rare.without, this.#phrases, this.flags, undefined, this.#wordChars)).#patternFor(text);
    const present = this.#present(text);
    if (present.length === 0) return undefined;
    if (present.length === this.#phrases.length || !this.#narrows) return (this.#whole ??= new RegExp(this.source, this.flags));
    if (present === this.#lastNarrowed?.present) return this.#lastNarrowed.pattern;
    const key = present.join(',');
    let narrowed = this.#narrowed.get(key);
    if (narrowed === undefined) {
      narrowed = new RegExp(template(present.map((index) => this.#phrases[index]).join('|')), this.flags);
      this.#narrowed.set(key, narrowed);
    }
    this.#lastNarrowed = { present, pattern: narrowed };
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
      if (this.#resets) this.lastIndex = 0;
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
 * (`template(alternation)` gives the whole source), with a rare part that
 * most texts are spared compiling (`RarePart`); see `PhrasePattern`.
 * `wordChars`, a character class's inside: the characters the template
 * forbids right before every phrase (a word boundary), so that a phrase
 * whose start a text holds only inside words ("ska" in "europeiska") is
 * turned away too.
 */
export function phrasePattern(template: (alternation: string) => string, phrases: readonly string[], flags = 'i', rare?: RarePart, wordChars?: string): PhrasePattern {
  return new PhrasePattern(template(phrases.join('|')), flags, template, phrases, rare, wordChars);
}
