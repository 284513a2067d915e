/**
 * A figure stated as a label's value: a line ("Misstänkta personer: 780"), a
 * table row ("<tr><td>Misstänkta</td><td>780</td></tr>"), a column under its
 * header, or a definition
 * ("<dt>Gripna</dt><dd>251</dd>"). Such a restatement states what the figure
 * counts as plainly as a sentence, so it is weighed against the post's
 * sentences (see `matchRule` in src/extract/statistics.ts): the same value
 * agrees, another contradicts.
 */
import { EITHER_ARRESTED_PERSONS, HEDGES, LABEL_WORDS, MONTH_WORD, OTHER_PERIODS, PER_YEAR, QUALIFIERS, STATISTIC_RULES, type Period, type StatisticRule } from '../rules/facts.js';
import { withoutAll } from '../text/without.js';
import type { Block } from '../text/blocks.js';
import type { PageNode } from '../load/htmlPage.js';
import { mayStateFigure } from './speaking.js';
import { onPageEnd } from '../text/pageEnd.js';
import { CREDITED, withoutCredit } from './bareFigure.js';
import { creditsReporter, MEDIA, WHOLE_CLOSING } from '../rules/bareFigure.js';
import { SUPERSCRIPT_DIGITS } from './numbers.js';

/**
 * The words of the whole or of now that may stand between a label and its value ("Gripna: totalt 260.", "Arrested:
 * now 260.", "Arrested: a total of 260 people."): since the morning of 6 December, when each printed the post's 250;
 * since the afternoon "hittills", "i dag", "än så länge", "so far", "to date", "currently", "at present", and a comma
 * after them ("Gripna: totalt, 260.").
 */
const WHOLE_BEFORE = /(?<=[:\s])(?:(?:totalt sett|totalt|sammanlagt|allt som allt|hittills|än så länge|för närvarande|i dag|idag|just nu|nu|numera|in total|in all|altogether|overall|so far|thus far|to date|as of today|at present|currently|now|a total of|total),? ){1,2}$/i;

/** The words that may stand before a year a label or a note gives ("Gripna år 2011", "(in 2011)"). */
const BEFORE_YEAR = '(?:år |in |during |under )';

/**
 * A label's end before a figure, a colon or a dash: "Alliansen: 54 länder", "Antal gripna – 251"; since the afternoon
 * of 6 December with no space before the figure too ("Gripna:260 år 2011" printed the post's 250, helper 178).
 */
export const LABEL_END = /(?::|\s[-–—])\s?$/;

const ANY_WORD = /[\p{L}\p{N}]/u;

/**
 * The persons a count of persons may name after a label's figure, as a sentence names them after its figure
 * (`ARRESTED_PERSONS`): "Gripna: 260 personer", "Arrested: 260 people". Since the morning of 6 December: before, such a
 * value was no label's, the colon ended the clause where the label's words stood, and the post's 250 printed.
 */
export const PERSONS_AFTER = new RegExp(`^ ${EITHER_ARRESTED_PERSONS}(?![\\p{L}\\p{N}])`, 'iu');

/**
 * Whether the text after a label's figure holds no word but the persons a count of persons names (`PERSONS_AFTER`) and
 * the whole's words ("totalt", "in total": `WHOLE_CLOSING`, since the morning of 6 December, when "Gripna: 260 totalt."
 * printed the post's 250), and whom it is credited to (`withoutCredit`: "Gripna: 260 personer, enligt polisen.", the same
 * morning).
 */
function endsValue(rule: StatisticRule, after: string): boolean {
  if (!ANY_WORD.test(after)) return true;
  // What may close a value is a few words: a longer text is read no further (each figure of a line asks).
  if (after.length > VALUE_TAIL) return false;
  const uncredited = withoutCredit(after);
  const persons = rule.unit === 'persons' ? (PERSONS_AFTER.exec(uncredited)?.[0] ?? '') : '';
  const rest = uncredited.slice(persons.length);
  return !ANY_WORD.test(rest) || WHOLE_CLOSING.test(rest) || NOTE_AFTER.test(rest) || creditedInBrackets(rest);
}

/**
 * What else may close a label's value, since the afternoon of 6 December, when each printed the post's 250: a time of
 * now or a unit ("Gripna: 260 i dag", "Gripna: 260 st", "Arrested: 260 total"), or a note in brackets that it is new,
 * whole, what it was, or whose it is, with a number or a date at the most ("Gripna: 260 (uppdaterat 7/12)",
 * "(hittills)", "(so far)", "(var 250)", "(up from 250)", "(Europol)", "(TT)", "(källa: Europol)", "Gripna: 260
 * (tidigare <del>250</del>)" — struck, its figure is no text). Not another time's words ("(hittills i år)").
 */
const NOTE_WORDS = [
  'uppdaterat', 'uppdaterad', 'rättat', 'rättad', 'korrigerat', 'tidigare', 'förut', 'updated', 'corrected', 'revised', 'previously', 'earlier',
  'formerly', 'totalt', 'hittills', 'i dag', 'idag', 'so far', 'to date', 'in total', 'total', 'var', 'was', 'från', 'up from', 'down from',
];
export const NOTE_AFTER = new RegExp(
  `^ (?:i dag|idag|today|nu|now|st|total)[.!]?$|^ ?\\((?:(?:${NOTE_WORDS.join('|')})(?: [0-9]+(?:[/.-][0-9]+)*)*|(?:källa|source): [\\p{L}-]+) ?\\)[.!]?$`,
  'iu',
);
/** A credit alone in brackets after the value ("(Europol)", "(TT)"): whose it is, when `creditsReporter` says so. */
const BRACKETED = /^ ?\(([\p{L}'’ -]{1,40})\)[.!]?$/u;

const creditedInBrackets = (rest: string): boolean => creditsReporter(BRACKETED.exec(rest)?.[1]?.trim() ?? '');

/** The words that may bound or hedge a figure right before it ("omkring", "mer än", "nästan"): `qualify` reads them. */
const BOUNDS: readonly RegExp[] = [...QUALIFIERS.map(([pattern]) => pattern), HEDGES];

/** `text` less the bounds and hedges that end it ("Misstänkta: mer än omkring " → "Misstänkta: "). */
function withoutBounds(text: string): string {
  for (let rest = text; ; ) {
    const bound = BOUNDS.map((pattern) => pattern.exec(rest)).find((match) => match !== null);
    if (!bound) return rest;
    const next = rest.slice(0, bound.index + (/^[^\p{L}]/u.test(bound[0]) ? 1 : 0));
    if (next.length === rest.length) return rest;
    rest = next;
  }
}

/** The period a label's words give its figure ("Nya bilder per år"), else null. */
function periodOf(label: string): Period | null {
  if (PER_YEAR.test(label)) return 'year';
  return OTHER_PERIODS.find(([pattern]) => pattern.test(label))?.[1] ?? null;
}

/**
 * Whether the text is a label that names what the rule's statistic counts,
 * then the figure (from `start` to `end`) and nothing more but the words that
 * bound or hedge it ("Misstänkta: omkring 780", which `qualify` reads) or of the whole (`WHOLE_BEFORE`), and if
 * so the period the label gives it. The label holds no word but what the statistic
 * counts, its stating words, its topic's, a period and `LABEL_WORDS`: one that
 * says more ("Misstänkta i Sverige: 3", "Länder i EU: 27") may count another
 * thing. "Telefon: 112" names nothing the post counts.
 */
export function labelledFigure(rule: StatisticRule, text: string, start: number, end: number): { period: Period | null; year: number | null } | undefined {
  const label = readLabel(rule, text, start, end);
  return label?.read === true ? label : undefined;
}

/**
 * What `readLabel` reads of a figure after a label: its value's period and year, or what it does not read of it: the
 * words after it (`after`), or a note in its label (`note`).
 */
export type LabelReading = { read: true; period: Period | null; year: number | null } | { read: false; label: string; after: string; note?: string };

/**
 * A figure right after a label that names the rule's statistic: its value (`labelledFigure`), or, where the words
 * after it are none that may close a value, the label and those words ("Gripna: 260 (hittills i år)", "Gripna: 260 |
 * Barn 2011: 252": its value may be of another time, or the line of another year). Since the afternoon of 6 December
 * the latter is a figure the tool does not read: it was passed over as no label's, and the post's 250 printed.
 */
export function readLabel(rule: StatisticRule, text: string, start: number, end: number): LabelReading | undefined {
  // Most figures stand in no label line: no colon or dash before them spares them the bounds' patterns.
  const { labelMarkAt } = pairLine(text);
  if (labelMarkAt < 0 || labelMarkAt >= start) return undefined;
  const next = pairsAfter(text, end);
  const label = labelBefore(rule, text, start);
  if (!label) return undefined;
  const after = text.slice(end, next.end);
  if (label.note !== undefined) return { read: false, label: label.words, after: after.trim(), note: label.note };
  const year = yearAfter(after, label.year);
  if (year !== undefined) return { read: true, period: label.period, year };
  return endsValue(rule, after) ? { read: true, period: label.period, year: label.year ?? next.year } : { read: false, label: label.words, after: after.trim() };
}

/**
 * A bracket after a label's value that gives its year, whom it is credited to, or both ("Gripna: 260 (2011)", "(dec
 * 2011)", "(DN, 2011)", "(SVT 2011)"; "Misstänkta: 779 (2011), gripna: 260"): the year is the value's, as a year in its
 * label is (`LABEL_YEAR`), since the afternoon of 6 December, when it was read as part of the figure and the post's 250
 * printed (helpers 178 and 179). Of that value alone: a line of pairs takes no year from it.
 */
const VALUE_NOTE = /^ ?\(([^()]{1,60})\)[.!]?$/;
/** A year alone, after its month or its word ("2011", "dec 2011", "år 2011", "in 2011") closing a part of such a bracket. */
export const NOTE_YEAR = new RegExp(`(?:^| )((?:${BEFORE_YEAR})?(?:${MONTH_WORD} )?((?:19|20)[0-9]{2}))$`, 'i');

/** The year such a bracket gives a value, where its label gives none or the same one; else undefined. */
function yearAfter(after: string, labelYear: number | null): number | undefined {
  const inner = VALUE_NOTE.exec(after)?.[1];
  if (inner === undefined) return undefined;
  const years = new Set<number>();
  for (const part of inner.split(/, ?/)) {
    const dated = NOTE_YEAR.exec(part);
    const credit = dated === null ? part : part.slice(0, dated.index);
    if (dated !== null) years.add(Number(dated[2]));
    if (credit.trim() !== '' && !creditsReporter(credit.trim())) return undefined;
  }
  const [year] = years;
  return years.size === 1 && (labelYear === null || labelYear === year) ? year : undefined;
}

/** The most characters a label with its bounds, and what closes a value, may take: each figure of a long line asks. */
const [LABEL_REACH, VALUE_TAIL] = [120, 160];

/** What may end a label (`LABEL_END`). */
const LABEL_MARK = /[:\-–—]/;

/** A footnote's mark after a label's words or its note: "¹", "*", "§", "[1]", "[a]", "(1)", "⁽¹⁾". */
const FOOTNOTE_AFTER = `(?:[${SUPERSCRIPT_DIGITS}*†‡§]{1,3}|\\[[0-9a-z]{1,2}\\]|\\([0-9]{1,2}\\)|⁽[${SUPERSCRIPT_DIGITS}]{1,2}⁾)`;

/**
 * A note that ends a label, before its mark, or a footnote's mark there: "Gripna (preliminärt): 260", "Arrested
 * (provisional): 260", "Gripna (final): 260", "Gripna [1]: 260", "Gripna¹: 260". The label names the statistic without
 * it, and the note may say anything of the value: since the afternoon of 6 December such a value is one the tool does
 * not read (it was no label's, and the post's 250 printed: helpers 181 and 182), where the note says only what
 * `LABEL_NOTE_WORDS` say. A year in brackets is the label's year (`LABEL_YEAR`). A footnote's mark may follow the note
 * ("Gripna (final)[1]: 260", which printed the 250 until the afternoon of 6 December: helper 186).
 */
export const LABEL_NOTE = new RegExp(` ?(?:\\p{Ps}([^\\p{Ps}\\p{Pe}]{1,40})\\p{Pe}|${FOOTNOTE_AFTER})$`, 'u');

/** A label's note (`LABEL_NOTE`): where it starts, as written, and its words, or none for a footnote's mark alone. */
interface LabelNote {
  index: number;
  text: string;
  words: string | undefined;
}

/**
 * The note that ends a label, with the footnote's mark after it, if one is ("(final)[1]", "(final)(1)"): read as two
 * notes in a row, since one pattern for both was too costly for the regex check to prove safe.
 */
export function labelNote(label: string): LabelNote | undefined {
  const last = LABEL_NOTE.exec(label);
  if (last === null) return undefined;
  const note = { index: last.index, text: last[0].trim(), words: last[1] };
  if (note.words !== undefined && !FOOTNOTE_MARK.test(note.words.trim())) return note;
  const before = LABEL_NOTE.exec(label.slice(0, last.index));
  return before?.[1] === undefined ? note : { index: before.index, text: label.slice(before.index).trim(), words: before[1] };
}

/** A text less the note that ends it (`labelNote`). */
const withoutNote = (text: string): string => text.slice(0, labelNote(text)?.index ?? text.length);

/**
 * The words of a label's note that says of its value only that it is not final, whole or exact, or bounds it, or whose
 * it is, or where its note is, or that it is the post's own whole ("(preliminärt)", "(ca)", "(final)", "(Europol)",
 * "(se not 1)", "(i hela världen)"), with its year at the most; matched without regard to case ("(Ca)", "(Prel.)").
 * A note of other words says what part or what else is counted ("Gripna (kvinnor): 120", "Länder (EU): 27", "Gripna
 * (förra året): 120"): the label says more than the statistic, as the same words without brackets do, and is not read.
 * Helper 182 found a version that read every note leave such breakdowns out, helper 183 one that read a shorter list
 * of words pass "(final)", "(interim)", "(see note 1)" over (now listed), and helper 184 one that read every note but a
 * list of breakdowns leave out 1 573 more.
 */
const LABEL_NOTE_WORDS = [
  'preliminärt', 'preliminär', 'preliminära', 'prel', 'prel.', 'preliminary', 'prelim', 'prelim.', 'provisional', 'provisionally', 'interim', 'partial', 'partiell',
  'uppdaterat', 'uppdaterad', 'updated', 'rättat', 'rättad', 'corrected', 'revised', 'reviderat', 'final', 'slutlig', 'slutligt', 'slutgiltig', 'slutgiltigt', 'official', 'officiell', 'officiellt',
  'beräknat', 'beräknad', 'beräknade', 'estimated', 'estimate', 'est.', 'uppskattat', 'uppskattning', 'ungefär', 'ca', 'ca.', 'cirka', 'approx', 'approx.', 'approximately', 'about', 'circa',
  'avrundat', 'rounded', 'ofullständigt', 'ofullständig', 'incomplete', 'delsumma', 'subtotal', 'minst', 'högst', 'över', 'mer', 'än', 'fler', 'at', 'least', 'most', 'more', 'than', 'up', 'upp', 'till', 'to',
  'obekräftat', 'obekräftad', 'obekräftade', 'unconfirmed', 'ej', 'inte', 'bekräftat', 'not', 'confirmed', 'hittills', 'så', 'långt', 'so', 'far', 'date', 'senaste', 'latest',
  'siffra', 'siffror', 'figure', 'figures', 'totalt', 'total', 'alla', 'all', 'overall', 'sammanlagt', 'worldwide', 'globalt', 'globally', 'i', 'hela', 'världen', 'in',
  'se', 'see', 'not', 'note', 'fotnot', 'footnote', 'nb', 'obs', 'källa', 'källa:', 'source', 'source:', 'enligt', 'according', 'per', 'via', 'från', 'from', 'by', 'av', 'sic', '?', '!',
  'finalised', 'finalized', 'definitivt', 'definitiv', 'definitive',
];
const NOTE_WORD: ReadonlySet<string> = new Set(LABEL_NOTE_WORDS);
/** The names a label's note may give as whose its value is, or as the post's own: the bodies that report it, the media, the post's operation. */
const NOTE_NAMES: ReadonlySet<string> = new Set([...CREDITED.map((name) => name.toLowerCase()), 'europols', 'fbi', 'polisen', 'police', 'operationen', ...MEDIA]);
/** A footnote's mark in brackets: "[1]", "(a)", "[iv]", "(*)"; not a name's letters ("(EU)"). */
const FOOTNOTE_MARK = /^(?:[0-9]{1,2}|[a-z]|[ivx]{1,4}|[*†‡]{1,3})$/i;

/** Whether a label's note (`labelNote`) is a footnote's mark, or says only what `LABEL_NOTE_WORDS` and `NOTE_NAMES` say, with a year or a note's number. */
function notesValue(note: LabelNote): boolean {
  const words = note.words?.replace(/["“”„«»'‘’]/g, '').replace(POINTS_ON, '$1').trim();
  if (words === undefined || FOOTNOTE_MARK.test(words)) return true;
  // A word with a full stop or a mark after it is that word ("(final.)", "(preliminärt!)": helper 186).
  return words
    .toLowerCase()
    .split(/[\s,]+/)
    .every((word) => {
      const bare = withoutClosing(word);
      return word === '' || NOTE_WORD.has(word) || NOTE_WORD.has(bare) || NOTE_NAMES.has(bare) || NOTE_NUMBER.test(bare);
    });
}
/**
 * A text without the note of the label that opens it, where the note says only what a label's note may
 * (`notesValue`): a capital in it is no name ("Gripna (Preliminärt): 260", "Arrested (FINAL): 260" were read as of
 * another place, and the post's 250 printed until the afternoon of 6 December: helper 186). Else the text.
 */
export function withoutLabelNote(text: string): string {
  const colon = text.indexOf(':');
  if (colon < 0 || colon > LABEL_REACH) return text;
  const label = text.slice(0, colon).trimEnd();
  const note = labelNote(label);
  return note !== undefined && notesValue(note) ? label.slice(0, note.index) + text.slice(label.length) : text;
}

/** Where a note points ("se nedan", "see below"): the words are read as the pointing word alone, as "below" or "ovan" alone may bound a part ("(below 18)": helper 187). */
const POINTS_ON = /\b(se|see) (?:nedan|ovan|below|above)\b/gi;
/** A note's word less what may close it: a full stop, a question or an exclamation, a colon, a semicolon. */
function withoutClosing(word: string): string {
  let end = word.length;
  while (end > 0 && '.!?:;'.includes(word.charAt(end - 1))) end--;
  return word.slice(0, end);
}
/** A note's number or a year, in a label's note ("(se not 1)", "(2011, preliminärt)"). */
const NOTE_NUMBER = /^(?:[0-9]{1,2}|(?:19|20)[0-9]{2})$/;

/**
 * The label that names the rule's statistic right before the figure at `start` (after the pairs before it on its line,
 * less bounds and words of the whole), with the period and the year it or its line gives it; else undefined.
 */
function labelBefore(rule: StatisticRule, text: string, start: number): { words: string; period: Period | null; year: number | null; note?: string } | undefined {
  const line = pairsBefore(text, start);
  // A label is a few words, with bounds and words of the whole after it: a longer text is read no further.
  if (start - line.labelAt > LABEL_REACH) return undefined;
  const before = withoutBounds(text.slice(line.labelAt, start)).replace(WHOLE_BEFORE, '');
  const label = LABEL_END.exec(before);
  if (!label) return undefined;
  const labelled = before.slice(0, label.index);
  const year = LABEL_YEAR.exec(labelled);
  const words = year === null ? labelled : labelled.slice(0, year.index);
  if (!rule.countedBefore.test(words)) return undefined;
  const read = { words: labelled.trim(), period: periodOf(words), year: year === null ? line.year : Number(year[1]) };
  if (namesOnlyStatistic(rule, words)) return read;
  const note = year === null ? labelNote(labelled.trimEnd()) : undefined;
  return note !== undefined && notesValue(note) && namesOnlyStatistic(rule, labelled.slice(0, note.index)) ? { ...read, note: note.text } : undefined;
}

/**
 * A year a label gives its value ("Gripna 2011: 260", "Gripna år 2011:", "Arrests (2011):", "Arrests in 2011:"): since
 * the afternoon of 6 December the value's year, weighed as a year-by-year table's cell is (`FoundStatistic.year`), where
 * such a label was read as no label and the post's 250 printed. "per år" is a period, not the year's word.
 */
export const LABEL_YEAR = new RegExp(` \\(?(?:(?<!per )${BEFORE_YEAR})?((?:19|20)[0-9]{2})\\)?$`);

/**
 * What parts two label lines on one line ("Misstänkta: 779, gripna: 260, barn: 252", "Gripna: 260 | Barn: 252"): since
 * the afternoon of 6 December each is read as a line of its own, where the value read on to the next label, the label
 * began at the line's start, and the post's 250 printed.
 */
const PAIR_SEPARATORS = [', ', '; ', ' | ', ' · ', ' • ', ' / '] as const;
/** Any of `PAIR_SEPARATORS`, to find and split at them. */
const BETWEEN_PAIRS = new RegExp(PAIR_SEPARATORS.map((separator) => separator.replace(/[|/]/, '\\$&')).join('|'), 'g');
/** A pair's label and its value of digits, with what it counts at the most ("Misstänkta: 779", "Gripna: 260 personer"). */
const PAIR = /^([^:]{1,40}): ?([0-9][0-9 ]*?)(?: (?:personer|people|persons|misstänkta|suspects|barn|children|länder|countries|bilder|images|st))?$/;
/**
 * A source's or a date's label, which may close a line of pairs ("Gripna: 260 | Källa: Europol", "… | Uppdaterad:
 * 2012-12-07"): whatever it names, the pairs before it are read (helper 175 found a line closed by "Uppdaterad: 2011"
 * or "Källa: Europol 2012" printed the post's figures where a first version read it only for a source on the
 * credits' list; "… | Källa: FBI 2010" leaving them out is the cautious failure).
 */
const CLOSING_PAIR = /^(?:källa|source|uppdaterad|uppdaterat|updated): [^:,;|·•/]{1,40}$/iu;
/** The mark that may close a line of pairs ("…, barn: 252."). */
const CLOSING_MARK = /[.!;]$/;
/** A year's label alone, whose pair opens a line of pairs ("År: 2011 | Misstänkta: 779 | Gripna: 260"). */
const YEAR_WORD = /^(?:år|year)$/i;

/**
 * A sentence as a line of pairs, read once a sentence (a figure's label is asked of every figure by every rule: a first
 * version read the whole line again for each, and a paragraph of 2 000-character lines of pairs took ten times as
 * long; a hostile check's finding): where its separators stand, and for each pair whether the pairs before it are all
 * plain and the year they give it, and whether the pairs from it to the line's end may follow a value (`pairsAfter`).
 */
interface PairLine {
  separators: ReadonlyArray<{ at: number; end: number }>;
  /** For the pair after the nth separator (index n + 1; 0 the first): whether every pair before it is plain, and their nearest year. */
  plainBefore: readonly boolean[];
  yearBefore: ReadonlyArray<number | null>;
  /** Whether the pairs from the nth to the last are plain with no year, the last a year's, a source's or a date's pair too. */
  closesFrom: readonly boolean[];
  closingYear: number | null;
  /** Where the first colon or dash of the sentence stands, else -1: no figure before it has a label. */
  labelMarkAt: number;
}

const pairLines = new Map<string, PairLine>();
onPageEnd(() => pairLines.clear());

function pairLine(text: string): PairLine {
  const known = pairLines.get(text);
  if (known !== undefined) return known;
  const labelMarkAt = text.search(LABEL_MARK);
  // Every pair's label ends in a colon (`PAIR`): a sentence with none is no line of pairs, whatever its commas.
  if (!text.includes(':')) {
    const none = { separators: [], plainBefore: [true], yearBefore: [null], closesFrom: [false], closingYear: null, labelMarkAt };
    pairLines.set(text, none);
    return none;
  }
  const bracketed = inBrackets(text);
  const separators = [...text.matchAll(BETWEEN_PAIRS)].filter(({ index }) => !bracketed[index]).map((match) => ({ at: match.index, end: match.index + match[0].length }));
  const pairs = [0, ...separators.map(({ end }) => end)].map((from, index) => text.slice(from, separators[index]?.at ?? text.length));
  const last = pairs.length - 1;
  pairs[last] = (pairs[last] ?? '').replace(CLOSING_MARK, '');
  const scopes = pairs.map(scopeOf);
  const plainBefore: boolean[] = [true];
  const yearBefore: Array<number | null> = [null];
  scopes.forEach((scope, index) => {
    plainBefore.push((plainBefore[index] as boolean) && scope !== undefined);
    yearBefore.push(scope?.year ?? yearBefore[index] ?? null);
  });
  // A year's pair that closes the line gives every pair its year ("Misstänkta: 780 | Gripna: 260 | År: 2011").
  const closingYear = yearPair(pairs[last] ?? '');
  // A line that opens with a year's pair ("År: 2011 | Misstänkta: 779 | År: 2010 | Gripna: 180") is read as groups,
  // each year's pair opening the next: it ends the values before it. On another line a year's pair between two values
  // may be of either, and the value before it is left unread (`readLabel`).
  const opensGroups = yearPair(pairs[0] ?? '') !== undefined;
  const opensGroup = (index: number): boolean => opensGroups && index > 0 && yearPair(pairs[index] ?? '') !== undefined;
  const closesFrom: boolean[] = [];
  closesFrom[last] = scopes[last]?.year === null || closingYear !== undefined || CLOSING_PAIR.test(pairs[last] ?? '');
  for (let index = last - 1; index >= 0; index--) closesFrom[index] = opensGroup(index) || ((closesFrom[index + 1] as boolean) && scopes[index]?.year === null);
  const line = { separators, plainBefore, yearBefore, closesFrom, closingYear: closingYear ?? null, labelMarkAt };
  pairLines.set(text, line);
  return line;
}

/**
 * For each place of a text, whether it stands inside brackets: a separator there is a note's ("Gripna: 260 (DN, 2011),
 * misstänkta: 779"), not one between pairs (helper 180 found the pair cut at the note's comma, and the 260 unread).
 */
function inBrackets(text: string): boolean[] {
  const inside: boolean[] = [];
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    if (text[at] === '(') depth++;
    else if (text[at] === ')' && depth > 0) depth--;
    inside.push(depth > 0);
  }
  return inside;
}

/**
 * Where the value that ends at `end` ends as a pair's, and the year a year's pair closing the line gives it: at the
 * next separator, where every pair after it is a plain pair of a statistic with no year (`scopeOf`), the last one a
 * year's pair or a source's or a date's label too; else at the text's end. A scope at the line's end is of every pair
 * before it: "Misstänkta: 600, gripna: 180, barn: 200 (Operation Icarus)" is no line of pairs, "… | År: 2010" a line of
 * 2010.
 */
function pairsAfter(text: string, end: number): { end: number; year: number | null } {
  const { separators, closesFrom, closingYear } = pairLine(text);
  const next = firstFrom(separators, ({ at }) => at >= end);
  return next < separators.length && closesFrom[next + 1] === true ? { end: (separators[next] as { at: number }).at, year: closingYear } : { end: text.length, year: null };
}

/** Where the first of `items` that `from` holds for stands, else their count, where it holds for every item after one it holds for. */
function firstFrom<T>(items: readonly T[], from: (item: T) => boolean): number {
  // Halved each step: a figure asks of a line of hundreds of pairs (a hostile check).
  let [low, high] = [0, items.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (from(items[middle] as T)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The year of a year's own pair ("År: 2011"), else undefined. */
function yearPair(text: string): number | undefined {
  const [, label = '', value = ''] = PAIR.exec(text) ?? [];
  return YEAR_WORD.test(label.trim()) && YEAR_CELL.test(value.trim()) ? Number(value) : undefined;
}

/**
 * Where the label of the pair whose value starts at `start` starts, and the year the line gives it: after the
 * separator that ends the pairs before it, where the line opens with those pairs and each is a plain label line of a
 * statistic or a year's (`scopeOf`). A place, a body or an event in the first one is of the whole line ("Gripna i
 * Europa: 180, barn: 200", "Operation Icarus: misstänkta: 600, gripna: 112"), and the pairs after it are not the post's
 * (a hostile check found them read as the post's statistics in a first version); the nearest year there is theirs
 * ("Misstänkta 2010: 600, gripna: 180", "År: 2011 | Misstänkta: 779 | År: 2010 | Gripna: 180").
 */
function pairsBefore(text: string, start: number): { labelAt: number; year: number | null } {
  const { separators, plainBefore, yearBefore } = pairLine(text);
  const pair = firstFrom(separators, ({ end }) => end > start);
  return pair > 0 && plainBefore[pair] === true ? { labelAt: (separators[pair - 1] as { end: number }).end, year: yearBefore[pair] ?? null } : { labelAt: 0, year: null };
}

/**
 * The year a pair gives the line, or null, where it is a plain label line of some statistic or a year's, with a note
 * that may close a value at the most (`NOTE_AFTER`, a credit in brackets); else undefined. Since the afternoon of 6
 * December a note makes a pair no less plain: "Gripna: 260 | Barn: 252 (uppdaterat 7/12)" and "Gripna: 260 (var 250),
 * barn: 253" printed the post's figure where the noted pair stood beside another.
 */
function scopeOf(pair: string): { year: number | null } | undefined {
  const noteAt = pair.lastIndexOf(' (');
  const note = noteAt > 0 ? pair.slice(noteAt) : '';
  const noteYear = yearAfter(note, null);
  const text = noteYear !== undefined || NOTE_AFTER.test(note) || creditedInBrackets(note) ? pair.slice(0, noteAt) : pair;
  const own = yearPair(text);
  if (own !== undefined) return { year: own };
  const label = PAIR.exec(text)?.[1];
  if (label === undefined) return undefined;
  const found = LABEL_YEAR.exec(label);
  const words = found === null ? label : label.slice(0, found.index);
  const year = found === null ? null : Number(found[1]);
  // A value's year of its own (`yearAfter`) is no year of the line: "Gripna: 180 (2010), gripna: 260" printed the 250.
  if (noteYear !== undefined && year !== null && noteYear !== year) return undefined;
  return STATISTIC_RULES.some((rule) => rule.countedBefore.test(words) && namesOnlyStatistic(rule, words)) ? { year } : undefined;
}

/** Whether a label's words are all of the rule's statistic: its own whole's (`labelScope`), what it counts, its stating words, its topic's, a period and `LABEL_WORDS`. */
function namesOnlyStatistic(rule: StatisticRule, words: string): boolean {
  // The scope first: "i operation Rescue" would leave its "i" once the context's "operation Rescue" were taken out.
  const others = [...(rule.labelScope === undefined ? [] : [rule.labelScope]), rule.countedBefore, rule.states, ...rule.context, PER_YEAR, ...OTHER_PERIODS.map(([pattern]) => pattern), LABEL_WORDS].reduce(withoutAll, words);
  return !ANY_WORD.test(others);
}

/**
 * Whether `label`, the text before a figure that what the statistic counts follows, is a label that names the
 * statistic in its words alone ("Deltagare: 48 länder", "Members: 48 countries"): a restatement, which the same value
 * agrees with and another contradicts. One with any other word ("Observatörer: 48 länder", "Lämnat: 6 länder") may
 * say another thing of the figure, and is not.
 */
export function namingLabel(rule: StatisticRule, label: string): boolean {
  const end = LABEL_END.exec(label);
  return end !== null && ANY_WORD.test(label.slice(0, end.index)) && namesOnlyStatistic(rule, label.slice(0, end.index));
}

const CELL_NAMES: ReadonlySet<string> = new Set(['td', 'th', 'dd', 'dt']);

/**
 * The table cell or definition list's entry the block at `index` is the content of: its owner, or the one its owner
 * stands in when the block stands alone there ("<td><p>260</p></td>", "<dd><div>260</div></dd>", up to `CELL_REACH`
 * elements up), since the afternoon of 6 December, when such a value was read as no label's and the post's 250
 * printed. Another block beside it in the cell says what it is of ("<td><p>180</p><p>i Europa</p></td>", "<td><h3>Barn
 * </h3><p>200</p></td>", a hostile check's false alarms of a first version).
 */
function cellOf(blocks: readonly Block[], index: number): PageNode | undefined {
  const block = blocks[index];
  const cell = enclosingCell(block);
  if (cell === undefined || cell === block?.owner) return cell;
  // A layout table's cell holds a page's parts, the post's one paragraph among them: only a short text is a value or a label.
  if ((block?.text.length ?? 0) > NESTED_CELL_TEXT) return undefined;
  return enclosingCell(blocks[index - 1]) === cell || enclosingCell(blocks[index + 1]) === cell ? undefined : cell;
}

const NESTED_CELL_TEXT = 60;

function enclosingCell(block: Block | undefined): PageNode | undefined {
  let node: PageNode | null | undefined = block?.owner;
  // A few elements up at the most: every block asks, and a page may nest its post 200 000 deep.
  for (let up = 0; node && up <= CELL_REACH; up++, node = node.parent) if (CELL_NAMES.has(node.name)) return node;
  return undefined;
}

const CELL_REACH = 3;

/** The cells a value's cell may be labelled by, the one right before it in the same row or list. */
const LABEL_CELLS: Readonly<Record<string, readonly string[]>> = { td: ['th', 'td'], th: ['th'], dd: ['dt'] };

/**
 * The text of the cell that labels the block at `index`, else undefined: a
 * reader reads the two as "Misstänkta: 780". The label is the cell right
 * before it in its row or list when that is a label ("<tr><th>Misstänkta</th>
 * <td>780</td></tr>", "<dt>Gripna</dt><dd>251</dd>"), else the header over its
 * column (`columnLabel`), else the header that starts a row of figures (`rowHeader`).
 */
export function cellLabel(blocks: readonly Block[], index: number): string | undefined {
  return rowLabel(blocks, index) ?? columnLabel(blocks, index) ?? rowHeader(blocks, index);
}

function rowLabel(blocks: readonly Block[], index: number): string | undefined {
  const value = blocks[index];
  const label = blocks[index - 1];
  const cell = cellOf(blocks, index);
  const labelCell = cellOf(blocks, index - 1);
  if (!value || !label || !cell || !labelCell || labelCell.parent !== cell.parent) return undefined;
  if (!LABEL_CELLS[cell.name]?.includes(labelCell.name)) return undefined;
  return labelText(value, label);
}

/**
 * A label cell's text, without a colon that ends it; undefined where the label is no plain one. The value's cell is
 * read as a label line's value, with its cuts and struck words (`asLabelLine`): until the morning of 6 December a
 * value with either was read as no label's, and "<td>Gripna</td><td><del>250</del> 260</td>" printed the post's 250,
 * where the same as a line ("Gripna: <del>250</del> 260") is a figure the tool cannot read whole.
 */
function labelText(value: Block, label: Block): string | undefined {
  const trimmed = label.text.trim();
  const text = trimmed.endsWith(':') ? trimmed.slice(0, -1).trimEnd() : trimmed;
  // A cell in words is a figure too, no label ("<td>sextio</td><td>900</td>" under "Gripna", "Misstänkta"); a year
  // in it is the value's, since the afternoon of 6 December ("<td>Gripna 2011</td><td>260</td>", `LABEL_YEAR`), and so
  // is a note or a footnote's mark ending it (`LABEL_NOTE`: "<th>Gripna [2]</th><td>260</td>" printed the 250, helper 185).
  if (label.seen !== undefined || mayStateFigure(withoutNote(text.replace(LABEL_YEAR, '')))) return undefined;
  return text;
}

/** A value's cell as the line "label: value" a reader reads it as, its cuts where they stand in that line. */
export function asLabelLine(value: Block, label: string): Block {
  const text = value.text.trim();
  const head = `${label}: `;
  const shift = head.length - (value.text.length - value.text.trimStart().length);
  const line: Block = { ...value, text: `${head}${text}` };
  if (value.cuts !== undefined) line.cuts = value.cuts.map((cut) => cut + shift);
  return line;
}

const CELLS = new Set(['td', 'th']);
const cellsOf = (row: PageNode) => row.children.filter((child) => CELLS.has(child.name));
/** A cell that spans rows or columns moves the cells after it out of their header's column: such a table is not read so. */
const spans = (cell: PageNode) => ['colspan', 'rowspan'].some((name) => (cell.attribs[name] ?? '1').trim() !== '1');

/** The table's first row: in its <thead> if it has one, else in its first section, or the table itself. */
function firstRow(table: PageNode): PageNode | undefined {
  for (const child of table.children) {
    if (child.name === 'tr') return child;
    if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      const row = child.children.find((node) => node.name === 'tr');
      if (row) return row;
    }
  }
  return undefined;
}

/**
 * What the rules below ask of a table row, read once a row: each of its cells asked it again, and a row of 8 000 cells
 * took 40 s (a hostile check, the evening of 5 December); now the cost grows with the row.
 */
interface Row {
  readonly cells: readonly PageNode[];
  /** Each cell's place in the row. */
  readonly column: ReadonlyMap<PageNode, number>;
  readonly anySpans: boolean;
  /** Whether every cell is a header (`<th>`). */
  readonly allHeaders: boolean;
  /** Whether every cell but the first holds a figure, in digits or in words: a row of figures alone, with no label of its own. */
  readonly figuresAfterFirst: boolean;
  readonly figures: boolean;
  /** The header row over this one: the table's first row, when it is another. */
  readonly header: Row | undefined;
}

const rows = new WeakMap<readonly Block[], Map<PageNode, Row>>();

function rowOf(blocks: readonly Block[], row: PageNode): Row {
  let known = rows.get(blocks);
  if (!known) rows.set(blocks, (known = new Map()));
  let facts = known.get(row);
  if (!facts) {
    const cells = cellsOf(row);
    const figure = cells.map((node) => mayStateFigure(blockOwnedBy(blocks, node)?.text ?? ''));
    const figuresAfterFirst = figure.every((holds, at) => at === 0 || holds);
    const section = row.parent;
    const table = section?.name === 'table' ? section : section?.parent;
    const first = table?.name === 'table' ? firstRow(table) : undefined;
    facts = {
      cells,
      column: new Map(cells.map((cell, at) => [cell, at])),
      anySpans: cells.some(spans),
      allHeaders: cells.every((node) => node.name === 'th'),
      figuresAfterFirst,
      figures: figuresAfterFirst && (figure[0] ?? true),
      header: first && first !== row ? rowOf(blocks, first) : undefined,
    };
    known.set(row, facts);
  }
  return facts;
}

/** A block that is a data cell of a table row, with its cell and row; else undefined. */
function dataCell(blocks: readonly Block[], index: number): { value: Block; cell: PageNode; row: Row } | undefined {
  const value = blocks[index];
  const cell = cellOf(blocks, index);
  const row = cell?.parent;
  return value && cell?.name === 'td' && row?.name === 'tr' ? { value, cell, row: rowOf(blocks, row) } : undefined;
}

/** Each block by the element that holds it, for a list of blocks: asked once a list, and only of one with a column to label. */
const ownedBlocks = new WeakMap<readonly Block[], Map<PageNode, Block>>();

function blockOwnedBy(blocks: readonly Block[], node: PageNode): Block | undefined {
  let owned = ownedBlocks.get(blocks);
  if (!owned) {
    owned = new Map();
    for (const [index, block] of blocks.entries()) {
      const cell = cellOf(blocks, index) ?? block.owner;
      if (cell && !owned.has(cell)) owned.set(cell, block);
    }
    ownedBlocks.set(blocks, owned);
  }
  return owned.get(node);
}

/**
 * The header over a data cell's column ("<tr><th>Misstänkta</th><th>Gripna</th></tr><tr><td>800</td><td>260</td></tr>"):
 * the cell in the same place of the table's first row, when every cell of that row is a header and none spans. Only
 * for a row of figures alone: a row with a label of its own ("Sverige", "Under 2010") says what its figures are of,
 * which the header does not.
 */
function columnLabel(blocks: readonly Block[], index: number): string | undefined {
  const data = dataCell(blocks, index);
  if (!data) return undefined;
  const { value, cell, row } = data;
  const { header } = row;
  if (!header || header.anySpans || row.anySpans || !row.figures || !header.allHeaders) return undefined;
  const over = header.cells[row.column.get(cell)!];
  const label = over && blockOwnedBy(blocks, over);
  return label ? labelText(value, label) : undefined;
}

/**
 * The header that starts a data cell's row when every other cell of it holds a figure ("<tr><th>Misstänkta</th>
 * <td>779</td><td>780</td></tr>", years over the columns): each figure is one of what the header names. The first
 * of them has the header right before it (`rowLabel`); this labels the rest. Under a year heading the cell's column
 * a plain first cell names the row as a header does ("<tr><td>Arrested</td><td>180</td><td>251</td></tr>" under
 * "2010 | 2011"), as it labels the first figure.
 */
function rowHeader(blocks: readonly Block[], index: number): string | undefined {
  const data = dataCell(blocks, index);
  if (!data) return undefined;
  const { value, cell, row } = data;
  const first = row.cells[0];
  if (!first || row.anySpans || !row.figuresAfterFirst) return undefined;
  if (first.name !== 'th' && (first.name !== 'td' || columnYear(blocks, row, cell) === undefined)) return undefined;
  const label = blockOwnedBy(blocks, first);
  return label ? labelText(value, label) : undefined;
}

/** A cell that holds a year alone ("2011"): it labels a year-by-year table's row or column. */
const YEAR_CELL = /^(?:19|20)[0-9]{2}$/;

/** The year a cell of the table holds alone, else undefined. */
function yearIn(blocks: readonly Block[], node: PageNode | undefined): number | undefined {
  const text = node === undefined ? undefined : blockOwnedBy(blocks, node)?.text.trim();
  return text !== undefined && YEAR_CELL.test(text) ? Number(text) : undefined;
}

/** The year heading a cell's column ("<th>2011</th>" over it), else undefined; none where a header spans. */
function columnYear(blocks: readonly Block[], row: Row, cell: PageNode): number | undefined {
  const { header } = row;
  return header && !header.anySpans ? yearIn(blocks, header.cells[row.column.get(cell)!]) : undefined;
}

/** For each column of a row, the nearest column at or before it that opens a year/value pair (see `rowYear`). */
const yearColumns = new WeakMap<Row, readonly number[]>();

function openingColumns(blocks: readonly Block[], row: Row): readonly number[] {
  let opening = yearColumns.get(row);
  if (!opening) {
    const { cells } = row;
    const headers = row.header?.cells ?? [];
    const firstHeader = headers[0] && blockOwnedBy(blocks, headers[0])?.text.trim();
    const repeatsFirst = (column: number): boolean => {
      const header = headers[column];
      return firstHeader !== undefined && firstHeader !== '' && header !== undefined && blockOwnedBy(blocks, header)?.text.trim() === firstHeader;
    };
    const found: number[] = [];
    for (let column = 0; column < cells.length; column++) found.push(column === 0 || repeatsFirst(column) ? column : found[column - 1]!);
    yearColumns.set(row, (opening = found));
  }
  return opening;
}

/**
 * The year that opens a cell's row or its pair in the row, else undefined: the first cell's year ("2010 | 180"), or,
 * in a row of year/value pairs under a header that repeats the first column's ("Year | Arrested | Year | Arrested"
 * over "2010 | 180 | 2011 | 251"), the year of the nearest such column before the cell.
 */
function rowYear(blocks: readonly Block[], row: Row, at: number): number | undefined {
  if (at <= 0) return undefined;
  return yearIn(blocks, row.cells[openingColumns(blocks, row)[at - 1]!]);
}

/**
 * The year a data cell of a year-by-year table is of, else undefined: the year that opens its row ("<tr><td>2010</td>
 * <td>180</td></tr>" under "År | Gripna") or its year/value pair ("2010 | 180 | 2011 | 251" under "Year | Arrested |
 * Year | Arrested"), or heads its column ("<th>2011</th>" over "Arrested | 250", the row's label a header or a plain
 * cell). Its figure is that year's, as the label its header gives (`cellLabel`) says what it counts. A table whose row
 * and column give two years, or whose cells span, gives none.
 */
export function cellYear(blocks: readonly Block[], index: number): number | undefined {
  const data = dataCell(blocks, index);
  if (!data) return undefined;
  const { cell, row } = data;
  if (row.anySpans) return undefined;
  const [ofRow, ofColumn] = [rowYear(blocks, row, row.column.get(cell)!), columnYear(blocks, row, cell)];
  if (ofRow !== undefined && ofColumn !== undefined) return undefined;
  return ofRow ?? ofColumn;
}
