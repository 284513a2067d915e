import { CLAUSE_ENDS, CLAUSE_JOINS, CLAUSE_OPENS, FIGURES_PART } from '../rules/facts.js';

/** Where the clause that holds `start` opens in `sentence` (see `CLAUSE_OPENS`). */
export function clauseStart(sentence: string, start: number): number {
  const before = sentence.slice(0, start);
  let from = 0;
  const opens = new RegExp(CLAUSE_OPENS);
  for (let match = opens.exec(before); match; match = opens.exec(before)) from = match.index + match[0].length;
  return from;
}

/** Where a figure's words may reach in its sentence (see `figureWords`). */
export interface FigureBounds {
  /** Where the figure before it ends, -1 where it is the first. */
  previousEnd: number;
  /** Where the figure after it starts, the sentence's length where it is the last. */
  nextStart: number;
  /** Where its clause opens (`clauseStart`). */
  from: number;
  /** Where the first figure of its clause starts: its own start where it is the first. */
  firstStart: number;
  /** Where the first figure of the sentence starts (see `governingHead`). */
  sentenceFirst: number;
}

const FIGURES_PARTS = new RegExp(FIGURES_PART.source, `${FIGURES_PART.flags}g`);

/** The words of `sentence` before `start` that belong to the same clause. */
export function clauseBefore(sentence: string, start: number): string {
  return sentence.slice(clauseStart(sentence, start), start);
}

/** The clause of `sentence` that holds the figure from `start` to `end`, the figure and all. */
export function clauseOf(sentence: string, start: number, end: number): string {
  return sentence.slice(clauseStart(sentence, start), clauseEnd(sentence, end));
}

/** The words of `sentence` after `end` up to the next punctuation mark: what the figure's clause says of it. */
export function wordsToPunctuation(sentence: string, end: number): string {
  const after = sentence.slice(end);
  const stop = CLAUSE_ENDS.exec(after);
  return stop ? after.slice(0, stop.index) : after;
}

/** Where the clause that holds the figure ending at `end` closes in `sentence` (see `CLAUSE_OPENS`). */
export function clauseEnd(sentence: string, end: number): number {
  const opens = new RegExp(CLAUSE_OPENS);
  opens.lastIndex = end;
  const next = opens.exec(sentence);
  return next ? next.index : sentence.length;
}

/**
 * The words of `sentence` that speak of the figure from `start` to `end`: in
 * its clause, those after it up to the next figure (`nextStart`), and those
 * before it back to the figure before (`previousEnd`). "779 … kunde
 * identifieras, 250 greps och 252 barn kunde skyddas" says "greps" of 250
 * alone. `before` is empty where a figure before shares the clause, since
 * the words between them speak of that one: a word that undoes it
 * ("frikännas") is not said of the next. `head`: the clause's words before
 * its first figure (`firstStart`), which govern every figure of the clause
 * ("Om operation Rescue ledde till att 779 …, 250 greps och 252 barn…").
 */
export function figureWords(sentence: string, start: number, end: number, { previousEnd, nextStart, from, firstStart }: FigureBounds): { before: string; after: string; shared: string; head: string } {
  const after = sentence.slice(end, Math.min(nextStart, clauseEnd(sentence, end)));
  const shared = sentence.slice(Math.max(from, previousEnd), start);
  return { before: previousEnd > from ? '' : shared, after, shared, head: sentence.slice(from, Math.max(from, Math.min(firstStart, start))) };
}

/**
 * The words of `after` (a figure's own words after it, see `figureWords`)
 * that state it: up to the punctuation mark after the last of them that
 * `states` matches, or to the first mark where none does. "länder*, alltså
 * inte bara EU och USA, inte längre bakom initiativet" reaches past the aside
 * to its verb; "bilder ut varje månad, inte varje år" and "barn kunde
 * skyddas”, skrev en tidning" end at the comma after the words that state it.
 */
export function statingWords(after: string, states: RegExp): string {
  let reach = 0;
  for (let match = states.exec(after); match && match[0] !== ''; match = states.exec(after.slice(reach))) reach += match.index + match[0].length;
  const stop = CLAUSE_ENDS.exec(after.slice(reach));
  return stop ? after.slice(0, reach + stop.index) : after;
}

/**
 * Where the words of `sentence` before its first figure end, when they govern
 * every clause of it ("År 2011 ledde operation Rescue till att 779 …, och
 * hittills har 250 gripits": the year and the operation are the 250's too),
 * else 0: where a clause of its own is joined among them (`CLAUSE_JOINS`:
 * "…, and in 2011 the idea was born" dates no figure of the clause before).
 */
export function governingHead(sentence: string, { sentenceFirst }: FigureBounds): number {
  return CLAUSE_JOINS.test(sentence.slice(0, sentenceFirst)) ? 0 : sentenceFirst;
}

/**
 * The words of its clause that are the figure's own (see `figureWords`): the
 * clause's head, which governs each of its figures, and of the words it
 * shares with a figure before or after it only those on its side of the
 * comma or the conjunction that parts them (`FIGURES_PART`): "250 greps igår
 * och 252 barn" says "igår" of 250, "250 greps och därefter kunde 252 barn"
 * "därefter" of 252. `reach`: where the last of them ends.
 */
export function ownWords(sentence: string, start: number, end: number, bounds: FigureBounds): { words: string[]; reach: number } {
  const { before, after, head } = figureWords(sentence, start, end, bounds);
  let own = before;
  if (bounds.previousEnd > bounds.from) {
    const between = sentence.slice(bounds.previousEnd, start);
    let last = -1;
    for (const match of between.matchAll(FIGURES_PARTS)) last = match.index + match[0].length;
    own = last < 0 ? '' : between.slice(last);
  }
  let mine = after;
  if (bounds.nextStart < clauseEnd(sentence, end)) {
    const part = FIGURES_PART.exec(after);
    if (part) mine = after.slice(0, part.index);
  }
  return { words: [head, own, mine], reach: end + mine.length };
}
