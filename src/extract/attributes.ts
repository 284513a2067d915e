import { cutFigures, cutTest } from './numbers.js';

const CONTAINS_YEAR = /(?:19|20)[0-9]{2}/;
import { clauseBefore, clauseEnd, governingHead, ownWords, type FigureBounds } from './clauses.js';
import { calendarYears, isNamedYear } from './years.js';
import { ATTRIBUTION, CONTRAST, CONTRAST_ENDS, CRITICS, OTHER_PERIODS, PER_YEAR, SOURCES, TIME_SHIFT, YEAR, YEAR_ASIDE, YEAR_ASIDE_ENDS, YEAR_BOUND, YEAR_GAP, type Period, type StatisticRule } from '../rules/facts.js';

/** A sentence of a block: its text, and the block's cuts that fall inside it, as offsets in it. */
export interface Sentence {
  text: string;
  cuts: number[];
}

/** A field the sentence leaves unclear: it is `null`, and a warning says why. */
export interface UnclearField {
  field: 'year' | 'period' | 'source';
  reason: string;
}

export interface Attributes {
  period: Period | null;
  year: number | null;
  source: string | null;
  unclear: UnclearField[];
}

/**
 * The calendar year the sentence gives the figure from `start` to `end`
 * ("År 2011"), when it names exactly one and states it as a year, unless a cut
 * runs through it ("År 20<sup>11</sup>"). A year stated as a bound ("Före år
 * 2011", "Mellan år 2011 och nu") or in an aside or relative clause before it
 * ("Operation Rescue, som inleddes år 2009, ledde…") is not the figure's. A sentence that names two years
 * ("Mellan år 2009 och 2011", "launched in 2009, led in 2011") or one it does
 * not state as a year ("2011-12") leaves it unclear.
 */
function yearOf({ text, cuts }: Sentence, start: number, end: number): { year: number | null; at?: number; unclear?: UnclearField } {
  // A year a mark is glued to ("År 2011<sup>1</sup>" is text "År 20111") looks like no year at all: it is one, cut.
  const cutYear = cutFigures(text, cuts).find((cluster) => (cluster.start < start || cluster.start >= end) && CONTAINS_YEAR.test(cluster.text));
  if (cutYear) return { year: null, unclear: { field: 'year', reason: `a superscript, a subscript, a footnote mark, hidden or struck-out text or a line break cuts "${cutYear.text}"` } };
  const named = new Set<string>();
  let firstAt = 0;
  for (const match of calendarYears(text)) {
    if (match.index >= start && match.index < end) continue;
    if (named.size === 0) firstAt = match.index;
    named.add(match[0]);
  }
  if (named.size === 0) {
    // "År <del>2011</del> ledde": the year the sentence states is in text the reader is not shown.
    const gap = cuts.find((cut) => YEAR_GAP.test(text.slice(0, cut)));
    if (gap === undefined) return { year: null };
    const words = text.slice(0, gap).trim().split(/\s+/).slice(-2).join(' ');
    return { year: null, unclear: { field: 'year', reason: `hidden or struck-out text stands where the sentence names its year ("${words} …")` } };
  }
  if (named.size > 1) return { year: null, unclear: { field: 'year', reason: `the sentence names ${named.size} years (${[...named].join(', ')})` } };
  const match = YEAR.exec(text);
  const year = match?.[1];
  // "år 2030-rapporten" is a name's year: no year the sentence states, whatever year it names besides.
  if (match && year !== undefined && !isNamedYear(text, match.index + match[0].length - year.length, match.index + match[0].length)) {
    const yearEnd = match.index + match[0].length;
    const head = clauseBefore(text, match.index);
    const aside = YEAR_ASIDE.test(head) || (head.trim() !== '' && YEAR_ASIDE_ENDS.test(text.slice(yearEnd)));
    if (YEAR_BOUND.test(head) || aside) {
      const phrase = [...head.trim().split(/\s+/).slice(-2), match[0]].join(' ').trim();
      return { year: null, unclear: { field: 'year', reason: `the sentence names ${year} as a bound or as another event's year ("${phrase}"), not as the figure's own` } };
    }
    if (!cutTest(cuts)(yearEnd - year.length, yearEnd)) return { year: Number(year), at: yearEnd };
  }
  const [only] = named;
  // "Since 2005", "as of 2010": a bound with no word of `YEAR` between it and the year is still a bound.
  const bound = YEAR_BOUND.exec(text.slice(0, firstAt));
  if (bound) return { year: null, unclear: { field: 'year', reason: `the sentence names ${only} as a bound ("${bound[0].trim()} ${only}"), not as the figure's own year` } };
  return { year: null, unclear: { field: 'year', reason: `the sentence names ${only}, but not as a year the tool reads` } };
}

/** `SOURCES`' patterns made sticky once: does one name a body right where an attribution leaves off. */
const SOURCES_AT = SOURCES.map(([pattern]) => new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`));

/** The body the sentence credits at each `ATTRIBUTION` that no entry of `SOURCES` names: "operation Icarus", "Interpol". */
function unknownBodies(text: string): string[] {
  const unknown: string[] = [];
  for (const match of text.matchAll(new RegExp(ATTRIBUTION))) {
    const at = match.index + match[0].length;
    const known = SOURCES_AT.some((sticky) => {
      sticky.lastIndex = at;
      return sticky.test(text);
    });
    if (!known) unknown.push(text.slice(at).split(/[,.;:()]/)[0]?.split(/\s+/).slice(0, match[1] === undefined ? 2 : 4).join(' ') ?? '');
  }
  return unknown;
}

/**
 * A known source the sentence names right after a `CONTRAST` ("Tvärtemot
 * UNODC", "Contrary to UNODC's estimate") or right before its `CRITICS`
 * ("UNODC:s kritiker"), and the words that name it: the sentence sets the
 * figure against it.
 */
function contradicted(text: string): { name: string; words: string } | undefined {
  for (let rest = text, match = CONTRAST.exec(rest); match; match = CONTRAST.exec(rest)) {
    rest = rest.slice(match.index + match[0].length);
    const stop = rest.search(CONTRAST_ENDS);
    const object = stop < 0 ? rest : rest.slice(0, stop);
    const named = SOURCES.find(([pattern]) => pattern.test(object));
    if (named) return { name: named[1], words: `${match[0]}${object}`.trim() };
  }
  for (const [pattern, name] of SOURCES) {
    const named = pattern.exec(text);
    const critics = named && CRITICS.exec(text.slice(named.index + named[0].length));
    if (named && critics) return { name, words: `${named[0]}${critics[0]}` };
  }
  return undefined;
}

/**
 * The organisation or operation the sentence credits, when it names exactly
 * one, credits no body the tool does not know ("Enligt Interpol, som
 * granskat UNODC:s siffror" is no UNODC figure) and names none only to
 * contradict it ("Tvärtemot UNODC" is no UNODC figure either).
 */
function sourceOf(text: string): { source: string | null; unclear?: UnclearField } {
  const against = contradicted(text);
  if (against) return { source: null, unclear: { field: 'source', reason: `the sentence names ${against.name} only to contradict it ("${against.words}")` } };
  const unknown = unknownBodies(text);
  if (unknown.length > 0) return { source: null, unclear: { field: 'source', reason: `the sentence credits "${unknown[0]}", which is no source the tool knows` } };
  const named = [...new Set(SOURCES.flatMap(([pattern, name]) => (pattern.test(text) ? [name] : [])))];
  if (named.length <= 1) return { source: named[0] ?? null };
  return { source: null, unclear: { field: 'source', reason: `the sentence names ${named.length} sources (${named.join(', ')})` } };
}

/** The part of the sentence from `from` to `to`, as a sentence of its own: its cuts there, shifted. */
function part({ text, cuts }: Sentence, from: number, to: number): Sentence {
  return { text: text.slice(from, to), cuts: cuts.filter((cut) => cut >= from && cut <= to).map((cut) => cut - from) };
}

/** Where the sentence may give the figure a year or a source: its own clause, then the words that govern every clause. */
interface Scope {
  clause: readonly [number, number];
  head: number;
}

/**
 * The year the figure's own clause gives it, else the one the words before
 * the sentence's first figure give every clause (see `governingHead`), read
 * as `yearOf` reads it; a year of another clause only ("…, and in 2011 the
 * idea was born") is no year of the figure's, which is said. A time word
 * after the year and up to the figure's last own word (`TIME_SHIFT`, `reach`)
 * moves the figure out of it: "In 2011 … 779 …, and since then 250 arrested";
 * so does a year after the figure with the words that state the figure still
 * to come ("images published in 2005 are online": when they were published).
 */
function scopedYear(sentence: Sentence, start: number, end: number, { clause: [from, to], head }: Scope, reach: number, states: RegExp): { year: number | null; unclear?: UnclearField } {
  let read = yearOf(part(sentence, from, to), start - from, end - from);
  let offset = from;
  if (read.year === null && read.unclear === undefined && head > 0) {
    read = yearOf(part(sentence, 0, head), head, head);
    offset = 0;
  }
  if (read.year === null && read.unclear === undefined) {
    const elsewhere = yearOf(sentence, start, end);
    if (elsewhere.year === null) return elsewhere;
    return { year: null, unclear: { field: 'year', reason: `the sentence names ${elsewhere.year} in another clause than the figure's` } };
  }
  if (read.year === null || read.at === undefined) return read;
  const yearEnd = offset + read.at;
  const moved = TIME_SHIFT.exec(sentence.text.slice(yearEnd, Math.max(yearEnd, reach)));
  if (moved) return { year: null, unclear: { field: 'year', reason: `the sentence names ${read.year}, but "${moved[0]}" after it moves the figure out of that year` } };
  // Between the figure and the words that state it, the year is inside what it counts: "images published in 2005 are online".
  const stated = yearEnd > end ? states.exec(sentence.text.slice(yearEnd, to)) : null;
  if (stated) return { year: null, unclear: { field: 'year', reason: `the sentence names ${read.year} between the figure and "${stated[0]}", which states it: the year of what it counts, not of the figure` } };
  return read;
}

/** The source the figure's own clause credits, else the one the words that govern every clause do (see `scopedYear`). */
function scopedSource({ text }: Sentence, { clause: [from, to], head }: Scope): { source: string | null; unclear?: UnclearField } {
  const own = sourceOf(text.slice(from, to));
  if (own.source !== null || own.unclear) return own;
  const governing = head > 0 ? sourceOf(text.slice(0, head)) : own;
  if (governing.source !== null || governing.unclear) return governing;
  const elsewhere = sourceOf(text);
  if (elsewhere.source === null) return elsewhere;
  return { source: null, unclear: { field: 'source', reason: `the sentence names ${elsewhere.source} in another clause than the figure's` } };
}

/**
 * What the sentence says of the figure from `start` to `end` besides its
 * value: its period, year and source, each only where the sentence leaves no
 * doubt; else `null`, and the field in `unclear`. A period is the figure's
 * in its own words (`ownWords`: "779 …, 250 greps varje år och 252 barn"
 * gives 250 alone one); a year and a source in its clause, or in the words
 * that govern the sentence (`scopedYear`). A figure per year that the
 * sentence does not say is one (`rule.perYear`, "varje år" in another clause)
 * is no such figure: then a reason, and the statistic is left out.
 */
export function readAttributes(rule: StatisticRule, sentence: Sentence, start: number, end: number, around: FigureBounds): Attributes | { reason: string } {
  const { text } = sentence;
  const unclear: UnclearField[] = [];
  let period: Period | null = null;
  const to = clauseEnd(text, end);
  const clause = text.slice(around.from, to);
  const { words, reach } = ownWords(text, start, end, around);
  // Another period in the figure's words is what it says of it, even beside "varje år" ("varje månad, inte varje år").
  const other = OTHER_PERIODS.find(([pattern]) => words.some((own) => pattern.test(own)));
  const otherElsewhere = OTHER_PERIODS.find(([pattern]) => pattern.test(clause));
  if (other) period = other[1];
  else if (words.some((own) => PER_YEAR.test(own))) period = 'year';
  else if (PER_YEAR.test(text) || otherElsewhere) {
    const said = PER_YEAR.exec(clause) ?? otherElsewhere?.[0].exec(clause);
    const reason = said ? `its clause says "${said[0]}" of another figure than this one` : `the sentence says "${PER_YEAR.exec(text)?.[0] ?? ''}" in another clause than the figure's`;
    if (rule.perYear) return { reason };
    unclear.push({ field: 'period', reason });
  }
  // Of every statistic, not only those the post gives one: a year or a source its sentence states is read or said unclear, never dropped unsaid.
  const scope: Scope = { clause: [around.from, to], head: governingHead(text, around) };
  const { year, unclear: yearUnclear } = scopedYear(sentence, start, end, scope, reach, rule.states);
  if (yearUnclear) unclear.push(yearUnclear);
  const { source, unclear: sourceUnclear } = scopedSource(sentence, scope);
  if (sourceUnclear) unclear.push(sourceUnclear);
  return { period, year, source, unclear };
}
