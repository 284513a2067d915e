import type { Language } from './numbers.js';
import { continuesFigure, cutFigures, findNumbers, markAfter, markedValue, marksAround, NUMBER_WORDS, numbersInWords, readNumbers, WORDS_JOINED, isStatedYear, SCALE_AFTER, type NumberToken, type UnclearFigure, type UnclearReason } from './numbers.js';
import { bareWeigher, inConflict, weighed, type ConflictingFigures } from './conflicts.js';
import { toSentences } from '../text/sentences.js';
import { withoutMarks } from '../text/marks.js';
import { withoutAll } from '../text/without.js';
import { asTyped, shownText, type Block } from '../text/blocks.js';
import { AFTERWARDS, CLOSES_RELATIVE, EITHER_ARRESTED_PERSONS, WHOLE_WORLD, DATED, IN_MONTH, MONTH_NUMBER, YEAR_LIKE, DIFFERENCE_AFTER, DIFFERENCE_BEFORE, DIFFERENCE_BETWEEN, NEGATION, PER_COUNTRY, RELATIVE, STATISTIC_RULES, UNDOING, WITHDRAWN, ruleOf, type StatisticRule } from '../rules/facts.js';
import { qualify } from './qualifier.js';
import { WORD_CHAR } from '../rules/letters.js';
import { endsDate, isDayOfMonth, isNamedYear } from './years.js';
import { clauseStart, figureWords, statingWords, type FigureBounds } from './clauses.js';
import { alternativeBeside, ANY_ARROW, ARROW_FIRST, ARROW_FIGURE, joins } from './alternatives.js';
import { unknownWordOf } from './unknownWord.js';
import { wordNotRead } from './wordNotRead.js';
import { countNoteMark } from './noteCounts.js';
import { amends, callsWrong, givesValueTo, heardBlocks, valueWordsOf, mayHoldFigure, mayStateFigure, namesFigureOf, onlyNotes, onlyThanks, speaksOfStatistic, unknownWordHeard, withoutAnyLabel, withoutNoteLabel, yearRestated, type HeardBlock } from './speaking.js';
import { givesOwnYear, unreadFigureTalkIn, type FigureTalk } from './figureTalk.js';
import { clipped } from '../text/clip.js';
import { controlsMayMoveDigits, controlsOpenAt, withoutBidiControls, withoutControls } from '../text/bidiControls.js';
import { marksFigure, withoutDigitMarks } from '../text/digitMarks.js';
import { figureSetElsewhere, figureValue, givesFigureBare, namesAnother, withoutCredit } from './bareFigure.js';
import { OTHER_LANGUAGE } from './language.js';
import { BY_POLICE, CHANGED_TO, REACHED, VALUE_SLOT, WHOLE_COUNT } from '../rules/bareFigure.js';
import { asideName, blocksAndAsides } from '../text/pageOrder.js';
import { besideProse } from '../rules/besideProse.js';
import { readAttributes, type Sentence, type UnclearField } from './attributes.js';
import { asLabelLine, cellLabel, cellYear, LABEL_END, labelledFigure, namingLabel, readLabel, withoutLabelNote } from './labels.js';
import { footnoteMark, partNoteMark, sourceOfNote } from './footnotes.js';
import type { Qualifier, StatisticId, Unit } from '../schema/output.js';
import type { Period } from '../rules/facts.js';

/**
 * No sentence of the post is longer than a few hundred characters; a longer
 * one is not prose, and no pattern needs to see it. A figure in one is not
 * read, and said so (`tooLong`).
 */
export const MAX_SENTENCE = 2000;
const AFTER_WINDOW = 80;
/**
 * How many blocks after a figure's are read for a word the lexicon lacks,
 * whatever they say: a correction stands right after what it corrects. Not
 * more: where a layout gives the post no container of its own, the site's
 * footer comes two blocks after the post's last figure (fixtures/br-bullets).
 * Further on, only a block that names the figure again is read (see
 * `laterMentions`).
 */
const LATER_BLOCKS = 1;

/** The values of the figures a block states plainly, by language: asked of every later block of a page once. */
const blockValues = new WeakMap<Block, Map<Language, ReadonlySet<number>>>();

function valuesOf(block: Block, language: Language): ReadonlySet<number> {
  let byLanguage = blockValues.get(block);
  if (!byLanguage) {
    byLanguage = new Map();
    blockValues.set(block, byLanguage);
  }
  let values = byLanguage.get(language);
  if (!values) {
    values = new Set(mayHoldFigure(block.text) ? readNumbers(block.text, language, block.cuts).tokens.map((token) => token.value) : []);
    byLanguage.set(language, values);
  }
  return values;
}

/**
 * For each value, in page order, the indices of the blocks that name a figure
 * of that value: a retraction that names the figure it retracts ("Rättelse:
 * siffran 252 ovan stämmer inte.", "Rättelse: 47, inte 48.") speaks of it
 * however far before or after it stands,
 * while a footer names none of the post's figures. Whether such a block has a
 * word the lexicon lacks is asked only of those that name a figure of the
 * post's, once for each (see `elsewhere` in `readStatistics`): a page's
 * comments are full of dates and counts.
 */
function laterMentions(blocks: readonly Block[], language: Language): Map<number, number[]> {
  const mentions = new Map<number, number[]>();
  for (const [index, block] of blocks.entries()) {
    for (const value of valuesOf(block, language)) {
      const indices = mentions.get(value);
      if (indices) indices.push(index);
      else mentions.set(value, [index]);
    }
  }
  return mentions;
}

export interface FoundStatistic {
  id: StatisticId;
  value: number;
  unit: Unit;
  qualifier: Qualifier | null;
  /** Only `year` is a statistic's period; a statement of another is read to contradict one per year (see `OTHER_PERIODS`), never kept. */
  period: Period | null;
  year: number | null;
  source: string | null;
  quote: string;
  /** Source offset of the paragraph the sentence belongs to. */
  start: number;
  /** A label's bare value ("Barn: 252", "<dt>Gripna</dt><dd>250</dd>"), weighed against the post's only when it may be another value of it (see `weighed`). */
  bare?: true;
  /**
   * Where it stands when that is another document than the post's — another
   * entry of a feed, the entry's <description> — whose offsets are not the post's.
   */
  elsewhere?: string;
}

/**
 * A figure that would have stated a statistic but for a cut through it (see
 * `Block.cuts`): left out, and said so, since the reader sees a figure there.
 */
export interface SplitFigure {
  id: StatisticId;
  /** The figure as the text has it, the cut-in text and all: "501 000" for "50<sup>1</sup> 000". */
  figure: string;
  /** Source offset of the paragraph the sentence belongs to. */
  start: number;
  /**
   * Why the figure is no figure the text states, where no cut runs through
   * it: it stands whole in struck words where the statistic's would, or a
   * bidirectional control or a combining mark touches it (see `struckFigure`, `overriddenFigure`).
   */
  reason?: string;
}

/**
 * A figure that would have stated a statistic, but that the tool does not
 * fully understand: left out, and said so.
 */
export interface UnclearStatistic {
  id: StatisticId;
  /** The expression as the text has it: "240 – 250", "half a million". */
  figure: string;
  /** Why it was not read: "it is a range, not one figure". */
  reason: string;
  /** Source offset of the paragraph the sentence belongs to. */
  start: number;
  /**
   * Where the figure is a label's value the tool does not read whole (`readLabel`), its value, or null where the figure
   * is no number the tool reads: the post's figure again agrees, and the label names the statistic in its words alone.
   */
  labelValue?: number | null;
  /**
   * Where the figure is one the tool does not read for a sign of about or a mark glued to it, or the marks it is set in
   * ("250¹ personer greps.", "Totalt greps "250" personer."), what it would state without them (`markedValue`): outside
   * the post's own paragraphs it is weighed by that, as a label's value is (the post's figure again agrees).
   */
  markedValue?: number;
}

/** A field of a statistic found that the sentence leaves unclear: it is `null`, and said so. */
export interface UnclearAttribute extends UnclearField {
  id: StatisticId;
  /** Source offset of the paragraph the sentence belongs to. */
  start: number;
}

export interface StatisticsRead {
  found: FoundStatistic[];
  /** Statistics stated more than once, differently: none of their statements is found. */
  conflicts: ConflictingFigures[];
  /** The fields of the statistics found that their sentences leave unclear. */
  attributes: UnclearAttribute[];
  /** For each statistic not found, the first figure that would have stated it but for a cut. */
  split: SplitFigure[];
  /** For each statistic stated with a figure the tool does not understand, the first such: the statistic is left out. */
  unclear: UnclearStatistic[];
  /** Every statement read, clear or not, each statistic's in the order read: to compare with statements read elsewhere. */
  statements: FoundStatistic[];
  /**
   * For each statistic, the first heading or list item of words the tool all reads that says of a figure what the
   * tool does not read as it ("<h1>54 länder är med</h1>"): of the post's topic, it leaves the statistic out. Read
   * with `unnamed`, a paragraph's sentence that does not name the statistic's topic counts as such a heading.
   */
  unreadHeadings: UnclearStatistic[];
  /**
   * Every heading or list item with a word the tool does not read that says of a figure what the tool does not read
   * as a statistic ("<h1>Globalallians: 54 länder</h1>"), with the values it names: around the post (its
   * title stands outside its container), one that names no value the post states leaves the statistic out.
   */
  strangeHeadings: StrangeHeading[];
}

export interface StrangeHeading {
  heading: UnclearStatistic;
  values: ReadonlySet<number>;
}

const UNCLEAR_NUMBER: Record<UnclearReason, string> = {
  range: 'it is a range, not one figure',
  compound: 'it is a compound of numbers, not one figure',
  fraction: 'it is a fraction, or has one',
  sign: 'a sign or a comparison stands before it',
  mark: 'a mark is glued to it (a footnote, whose note may qualify the figure, or an ordinal ending)',
  multiple: 'it is a multiple or a share of a figure, not the figure itself',
  decimal: 'it is a decimal that the scale word does not make a whole number',
  'too-large': 'it is too large to be read exactly (past 9 007 199 254 740 991)',
  unread: 'it is no whole number written as the language writes one (a decimal, or its digits joined by a mark the language does not group them with)',
  words: 'it is a number in words, which the tool does not read as a figure',
};

/**
 * The words after a figure that ends at `end`, less the footnote marks among
 * them: "bilder<sup>1</sup> ut" reads "bilder ut".
 */
function wordsAfter({ text, cuts }: Sentence, end: number): string {
  return withoutMarks(text, cuts, end, end + AFTER_WINDOW).slice(0, AFTER_WINDOW);
}

/** The word after what the figure counts that makes it a difference ("48 länder fler"; see `DIFFERENCE_AFTER`), else undefined. */
function differenceAfter(rule: StatisticRule, sentence: Sentence, end: number): string | undefined {
  const words = wordsAfter(sentence, end);
  const named = rule.after.exec(words);
  return named ? DIFFERENCE_AFTER.exec(words.slice(named[0].length))?.[0].replace(/^\*? ?/, '') : undefined;
}

/**
 * The word between the figure and what the rule's statistic counts that
 * makes it a difference or an addition ("48 nya länder"; see
 * `DIFFERENCE_BETWEEN`), else undefined: `words`, the words after the figure,
 * which the rule's `after` does not take as they stand. Not where another
 * rule, whose topic the sentence names, takes them, as the new images' does
 * ("50 000 nya bilder … varje år").
 */
function addedBetween(rule: StatisticRule, { text }: Sentence, words: string, heading: Heading): string | undefined {
  const added = DIFFERENCE_BETWEEN.exec(words);
  if (!added || !rule.after.test(words.slice(added[0].length))) return undefined;
  // A heading need not name the topic (see `readBlock`): another rule's words after the figure are enough.
  const another = STATISTIC_RULES.some((other) => other.after.test(words) && (heading !== false || other.context.every((pattern) => pattern.test(text))));
  return another ? undefined : added[0].trim();
}

/** How far before a figure a word that makes it an addition may start: "ytterligare", "återstående" and a space fit. */
const ADDED_WINDOW = 16;

/** A statement of a statistic, the fields its sentence leaves unclear, and its figure as the text has it. */
interface Statement {
  statistic: FoundStatistic;
  attributes: UnclearAttribute[];
  figure: string;
  /** A label's value ("Misstänkta: 780"): weighed against the post's sentences, never taken in their stead (see `labelStatement`). */
  heardOnly?: true;
}

/** What the sentence states of the rule's statistic with `figure`, or why it states nothing the tool reads. */
function statementOf(rule: StatisticRule, sentence: Sentence, figure: NumberToken | UnclearFigure, start: number, around: FigureBounds, heading: Heading, month?: number): Statement | UnclearStatistic {
  const { text } = sentence;
  if ('reason' in figure) {
    const value = markedValue(figure);
    return { id: rule.id, figure: figure.text, reason: UNCLEAR_NUMBER[figure.reason], start, ...(value !== undefined && { markedValue: value }) };
  }
  const qualified = qualify(text, figure.start, figure.end);
  if ('reason' in qualified) return { id: rule.id, figure: figure.text, reason: qualified.reason, start };
  const difference = differenceAfter(rule, sentence, figure.end);
  if (difference) return { id: rule.id, figure: figure.text, reason: `"${difference}" after what it counts makes it a difference (so many more or fewer than another figure), not the figure itself`, start };
  const added = DIFFERENCE_BEFORE.exec(text.slice(Math.max(0, figure.start - ADDED_WINDOW), figure.start));
  if (added) return { id: rule.id, figure: figure.text, reason: `"${added[0].replace(/^[^\p{L}]+/u, '').trim()}" before it makes it an addition to another figure, or the rest beside one, not the figure itself`, start };
  const read = readAttributes(rule, sentence, figure.start, figure.end, around);
  if ('reason' in read) return { id: rule.id, figure: figure.text, reason: read.reason, start };
  const said = saysIt(rule, sentence, figure, around, heading, month);
  if (said) return { id: rule.id, figure: figure.text, reason: said, start };
  const { period, year, source } = read;
  const statistic: FoundStatistic = { id: rule.id, value: figure.value, unit: rule.unit, qualifier: qualified.qualifier, period, year, source, quote: text, start };
  return { statistic, attributes: read.unclear.map((field) => ({ id: rule.id, ...field, start })), figure: figure.text };
}

/**
 * How a block speaks: a paragraph's sentence (`false`), a heading's or a list
 * item's that names the statistic's topic (`named`), or one that does not
 * (`bare`), whose topic the page gives — or one that does not but whose every
 * word the tool reads (`known`, src/rules/lexicon.ts: "54 länder har anslutit
 * sig"), which says nothing of another thing it could not read.
 */
type Heading = false | 'named' | 'bare' | 'known';


const HEADING_WORD = /[\p{L}\p{N}]+/gu;
const ANY_WORD = /[\p{L}\p{N}]/u;
/** The words a bare heading may hold besides its figure, what it counts and its stating words: "Nu deltar 54 länder". */
const MAX_OTHER_WORDS = 1;

/**
 * Why the sentence, whose words name the rule's statistic, does not say of
 * the figure what the statistic is — it calls its report withdrawn, it counts
 * another thing ("779 misstänkta nätverk"), no word of the figure's own says
 * it ("252 barn dog"), or one undoes it ("har lämnat initiativet", "kunde ha
 * skyddats") — else undefined. A negation or an `UNDOING` word is looked for
 * among the words that state it, however far after the figure they stand, so
 * that one after an aside ("48 länder*, alltså inte bara EU och USA, inte
 * längre bakom") undoes as it does without the aside; one that makes it to
 * come, hoped for, planned or merely possible only before the first of them,
 * where it governs the stating verb ("kan 48 länder stå bakom", "48 countries
 * will stand behind"; see `Reach`). A negation before the
 * figure is `qualify`'s, which tells it from a bound ("inte färre än"). The
 * rule's own undoing verbs say another thing of it wherever in its words
 * they stand ("250 greps, släpptes sedan"). A label that names the
 * statistic's topic says it too ("Alliansen: 54 länder"); a heading or a
 * list item that names no topic must be the bare statement (see `statesOnly`).
 */
function saysIt(rule: StatisticRule, { text, cuts }: Sentence, figure: NumberToken, around: FigureBounds, heading: Heading, month?: number): string | undefined {
  const withdrawn = WITHDRAWN.exec(text);
  if (withdrawn) return `the sentence calls what it reports withdrawn or refuted ("${withdrawn[0]}")`;
  const perCountry = PER_COUNTRY.exec(text);
  if (perCountry) return `the sentence gives what it reports per country ("${perCountry[0]}"), so the figure may be one country's share, not the total`;
  if (rule.counts && !rule.counts.test(wordsAfter({ text, cuts }, figure.end))) return `the words after it do not say it counts what ${rule.id} counts`;
  const { before, after, shared, head } = figureWords(text, figure.start, figure.end, around);
  const statedAfter = rule.states.test(after);
  if (!statedAfter && !rule.states.test(shared) && !labelled(rule, text, figure)) return `its clause does not say what ${rule.id} says of it`;
  // Where only the words it shares with a figure before state it ("År 2011 misslyckades operation Rescue med att skydda 252 barn"), those are its own.
  const own = statedAfter ? before : shared;
  const stating = statingWords(after, rule.states);
  const negation = NEGATION.exec(stating);
  if (negation) return `its clause is negated ("${negation[0]}")`;
  for (const [pattern, what] of AFTERWARDS) {
    const added = pattern.exec(text);
    if (added) return `"${added[1] ?? ''}" in its sentence says ${what}`;
  }
  const governing = stating.slice(0, rule.states.exec(stating)?.index ?? stating.length);
  for (const [pattern, what, reach, held] of UNDOING) {
    const words = reach === 'governing' ? governing : stating;
    const exec = what === DATED && month !== undefined ? (part: string) => otherTime(pattern, part, month) : (part: string) => pattern.exec(part);
    const undone = (head === own ? null : exec(head)) ?? exec(own) ?? (held === 'verb' ? undoingAfter(pattern, words, governing) : exec(words));
    if (undone) return `"${undone[0]}" in its clause says ${what}`;
  }
  const reversal = rule.reverses.exec(own) ?? rule.reverses.exec(after);
  if (reversal) return `"${reversal[0]}" in its clause says another thing of it than ${rule.id}`;
  if (heading === 'bare' && !statesOnly(rule, text, figure)) return `it names no topic, and says more of the figure than ${rule.id} says`;
  return undefined;
}

/**
 * The first match of a `DATED` pattern in `words` that dates the figure to
 * another time than the post's month (`month`, 1 to 12): "I december står 48
 * länder" in a post of December is stated now; "Den 5 december" is a day, and
 * "i januari" another month.
 */
function otherTime(pattern: RegExp, words: string, month: number): RegExpExecArray | null {
  for (const match of words.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) {
    // The words up to the month, not the match alone: "In December" is matched as "December" by the Swedish months too.
    const own = IN_MONTH.test(words.slice(0, match.index + match[0].length)) && MONTH_NUMBER.get(match[0].split(' ').at(-1)?.toLowerCase() ?? '') === month;
    if (!own) return match;
  }
  return null;
}

/**
 * The first match of an `UNDOING` verb (see `Held`) in `words`, a figure's
 * words after it (see `statingWords`), that does not stand in a relative
 * clause closed before the stating verb (`governing` is the words up to it):
 * "779 misstänkta som försökt gömma sig kunde identifieras" were identified,
 * "779 misstänkta som man försökte identifiera" were not.
 */
function undoingAfter(pattern: RegExp, words: string, governing: string): RegExpExecArray | null {
  for (let from = 0; from < words.length; ) {
    const match = pattern.exec(words.slice(from));
    if (!match) return null;
    const start = from + match.index;
    const end = start + match[0].length;
    const aside = end <= governing.length && RELATIVE.test(governing.slice(0, start)) && CLOSES_RELATIVE.test(governing.slice(end));
    if (!aside) return match;
    from = Math.max(end, start + 1);
  }
  return null;
}

/**
 * Whether a heading holds the statement and next to nothing else: its
 * figure, what it counts and the rule's stating words ("54 länder deltar",
 * "Nu deltar 54 länder"). One that goes on ("54 länder deltar i
 * klimatmötet") may be of another thing, which only the topic's words
 * would rule out.
 */
function statesOnly(rule: StatisticRule, text: string, figure: NumberToken): boolean {
  if (!rule.states.test(text)) return false;
  return (withoutAll(`${text.slice(0, figure.start)} ${text.slice(figure.end).replace(rule.after, '')}`, rule.states).match(HEADING_WORD)?.length ?? 0) <= MAX_OTHER_WORDS;
}

/**
 * Whether the text is a label that names the rule's topic, or the statistic in
 * its words alone (`namingLabel`), then the figure and what it counts, and
 * nothing more: "Alliansen: 54 länder", "Deltagare: 48 länder", a widget's or
 * a heading's way to state it.
 */
function labelled(rule: StatisticRule, text: string, figure: NumberToken): boolean {
  const label = text.slice(0, figure.start);
  if (!LABEL_END.test(label) || !(rule.context.every((pattern) => pattern.test(label)) || namingLabel(rule, label))) return false;
  return !ANY_WORD.test(text.slice(figure.end).replace(rule.after, ''));
}

/** The figures of a sentence in order, read as numbers or not understood: the same for every rule that reads it. */
type Figures = Array<NumberToken | UnclearFigure>;

function figuresOf({ text, cuts }: Sentence, language: Language): Figures {
  const { tokens, unclear } = readNumbers(text, language, cuts);
  return [...tokens, ...unclear].sort((a, b) => a.start - b.start);
}

/**
 * The numbers a sentence writes in words (`numbersInWords`) that no figure of it holds whole ("två" of "två miljoner" is
 * read with its scale word): read apart from its figures, so that a number word beside a figure changes nothing of
 * what the figure states, and each is a figure the tool does not read where a statistic's words follow it.
 */
function wordFiguresOf({ text, cuts }: Sentence, figures: Figures, language: Language): UnclearFigure[] {
  // A mark's digits set off by a cut end the word they are glued to ("sextio<sup>1</sup>" reads "sextio1").
  let words = text;
  for (const cut of cuts) if (/[0-9]/.test(words[cut] ?? '') && /\p{L}/u.test(words[cut - 1] ?? '')) words = `${words.slice(0, cut)} ${words.slice(cut + 1)}`;
  return numbersInWords(words, language).flatMap((word) => {
    const over = figures.filter((figure) => figure.start < word.end && word.start < figure.end);
    if (over.some((figure) => figure.end >= word.end)) return [];
    // The figure it goes on is of it ("one thousand two hundred", whose "one thousand" is read with its scale word),
    // and so is a mark glued to its end ("sextio<sup>1</sup> personer", "sextio* personer"), as to a figure's.
    const before = figures.findLast((figure) => figure.end <= word.start && WORDS_JOINED.test(text.slice(figure.end, word.start)));
    const start = Math.min(word.start, before?.start ?? word.start, ...over.map((figure) => figure.start));
    const end = markAfter(text, word, cuts)?.end ?? word.end;
    return [{ ...word, start, end, text: text.slice(start, end) }];
  });
}

/**
 * Text as its words are looked up (`unknownWordOf`): less its bidirectional controls, which are no words, and its
 * numbers in words, which the rules read as figures they cannot be sure of.
 */
const wordsOf = (text: string): string => withoutControls(text).replace(NUMBER_WORDS, ' ');

/**
 * Each statement of the rule's statistic in the sentence: each figure followed
 * by the rule's words, or why that figure is not read. `cutAt`: where the tail
 * of a figure cut off from the text before opens the sentence, else -1.
 */
function* matchRule(rule: StatisticRule, sentence: Sentence, figures: Figures, start: number, cutAt: number, heading: Heading, month?: number): Generator<Statement | UnclearStatistic> {
  // A footnote mark's digits ("48 länder<sup>1</sup>*") are no figure whose words would end the figure's own, nor is a
  // year ("År 2011 planeras operation Rescue leda till att 779"), nor a name's year ("Agenda 2030"), nor a day before its
  // month ("Den 5 mars står 48 länder"): its words are the clause's.
  let bounding: boolean[] | undefined;
  for (const [index, figure] of figures.entries()) {
    if (figure.start === cutAt) continue;
    const words = wordsAfter(sentence, figure.end);
    if (!rule.after.test(words)) {
      const marks = marksAround(sentence.text, figure.start, figure.end);
      if (marks !== undefined && labelFootnote(sentence.text, figure, marks)) continue;
      const marked = marks === undefined ? undefined : markedStatement(rule, sentence, figures, index, marks);
      if (marks !== undefined && marked !== undefined) {
        // With a sign before its marks, it has no value the tool weighs ("Gripna: > ⟦250⟧" said another than its digits).
        const value = marks.signed ? undefined : 'reason' in figure ? markedValue(figure) : figure.value;
        // A label's value in marks is weighed as a label's ("Barn: "3"" counts another thing), a sentence's as its own.
        const weighed = value === undefined ? {} : marked.label ? { labelValue: value } : { markedValue: value };
        yield { id: rule.id, figure: marked.text, reason: `it is set in marks the tool does not read ("${marked.text}"), which may doubt it, quote it or make it a note`, start, ...weighed };
        continue;
      }
      const label = readLabel(rule, sentence.text, figure.start, figure.end);
      if (label?.read === true) yield labelStatement(rule, sentence.text, figure, start, label);
      else if (label) {
        const unread = label.note !== undefined ? `the note in it ("${label.note}")` : `what follows it ("${label.after}")`;
        const reason = `its label ("${label.label}") names what it counts, but the tool does not read ${unread}`;
        // Corrected once: an arrow after the correction, before the next label ("Arrests: 260 → 250 → 270", "260 → 250,
        // → ca 270": helpers 188 and 189; not "…; barn: 262 -> 252": helper 190), leaves it no value.
        // An arrow that does not point forward ("Arrests: 250 ↑ 260", "250 ⇔ 260": helper 191) says no value either.
        const arrow = ARROW_FIGURE.exec(label.after);
        const corrected = arrow?.[1];
        const again = arrow === null ? ARROW_FIRST.test(label.after) : correctedAgain(rule, label.after.slice(arrow[0].length));
        const value = again ? null : corrected === undefined ? ('reason' in figure ? null : figure.value) : Number(corrected.replaceAll(' ', ''));
        yield { id: rule.id, figure: figure.text, reason, start, labelValue: value };
      }
      if (label) continue;
      const added = addedBetween(rule, sentence, words, heading);
      if (added) yield { id: rule.id, figure: figure.text, reason: `"${added}" before what it counts makes it a difference or an addition (so many more or fewer than another figure, new since one, or the rest beside one), not the figure itself`, start };
      else {
        // Since the morning of 6 December a figure the tool does not read as a number is one too ("Antalet gripna var
        // 26·0.", "Totalt greps 062 personer."): it was passed over, and the post's 250 printed.
        const counted = countedBefore(rule, sentence.text, figures, index, true);
        if (counted) yield { id: rule.id, figure: figure.text, reason: `what it counts ("${counted}") stands before it, an order the tool does not read as ${rule.id}`, start };
      }
      continue;
    }
    // Nor is a figure the tool does not read as a number ("MEMO/12/944": see `UnclearReason`).
    bounding ??= figures.map((other) => !sentence.cuts.includes(other.start) && !('reason' in other && other.reason === 'unread') && !isStatedYear(sentence.text, other.start, other.end) && !isNamedYear(sentence.text, other.start, other.end) && !isDayOfMonth(sentence.text, other.start, other.end) && !endsDate(sentence.text, other.start, other.end));
    const previous = index > 0 ? bounding.lastIndexOf(true, index - 1) : -1;
    const next = bounding.indexOf(true, index + 1);
    const from = clauseStart(sentence.text, figure.start);
    const first = figures.find((other, at) => bounding?.[at] === true && other.start >= from);
    const sentenceFirst = figures.find((_, at) => bounding?.[at] === true)?.start ?? figure.start;
    const around = { previousEnd: figures[previous]?.end ?? -1, nextStart: figures[next]?.start ?? sentence.text.length, from, firstStart: first?.start ?? figure.start, sentenceFirst };
    const statement = statementOf(rule, sentence, figure, start, around, heading, month);
    const alternative = 'reason' in statement ? undefined : alternativeBeside(sentence.text, figures, bounding, index, (at) => accountedFor(sentence.text, figures, at));
    yield alternative ? { id: rule.id, figure: figure.text, reason: `another number stands beside it in its clause ("${alternative}"), which gives it another value or may, and which the tool cannot tie to anything`, start } : statement;
  }
}

/**
 * Whether the words after a label's corrected value correct it again: an arrow before the next pair's label, or in a
 * later pair whose label names no other statistic ("Arrests: 260 → 250 – Arrests: 250 → 270", "…; Nu: → 270" printed
 * the 250: helper 192), not in another statistic's ("…; children safeguarded: 262 -> 252": helper 190).
 */
function correctedAgain(rule: StatisticRule, rest: string): boolean {
  const [own = '', ...pairs] = rest.split(NEXT_LABEL);
  const another = (label: string): boolean => !rule.countedBefore.test(label) && STATISTIC_RULES.some((other) => other.countedBefore.test(label));
  return ANY_ARROW.test(own) || pairs.some((pair) => ANY_ARROW.test(pair) && !another(pair.slice(0, pair.indexOf(':'))));
}

/**
 * A separator and the label of another pair after it ("; barn: 262", ", gripna:", " – barn:", a line's break before
 * "Barn:", which the block reads as a space after the value, a space opening the words after the value).
 */
const NEXT_LABEL = /(?:[;,|\u2028] ?| [–—] |^ )(?=\p{L}[^:;,|\u2028]{0,40}:)/u;

/** What ends a label right after a mark: its colon. */
const LABEL_AFTER = /^ ?:/;

/**
 * Whether the figure is a footnote's mark set in brackets at a label's end ("Gripna [1]: 260"), or ending a text as a
 * table's label cell does ("<th>Gripna [2]</th>": a digit or two in square brackets, one in round ones): no value,
 * `readLabel` reads it as the label's note.
 */
function labelFootnote(text: string, { start, end }: Figures[number], marks: Marks): boolean {
  if (marks.closing === '') return false;
  const after = text.slice(end + marks.closing.length);
  return LABEL_AFTER.test(after.slice(0, 2)) || (after.trim() === '' && CELL_FOOTNOTE.test(text.slice(start - 1, end + 1)));
}
/** A footnote's mark ending a label's cell. */
const CELL_FOOTNOTE = /^(?:\[[0-9]{1,2}\]|\([0-9]\))$/;

/** The marks a figure is set in (`marksAround`). */
type Marks = NonNullable<ReturnType<typeof marksAround>>;

/**
 * The figure at `index` with the marks it is set in, where without them it would be the rule's statistic, and whether
 * it is a label's value: a label's value ("Gripna: "260"", "Arrested: (260)"), before what it counts ("Totalt greps
 * "260" personer.") or after it ("Antalet gripna var *260*."); else undefined. Since the afternoon of 6 December such
 * a figure is one the tool does not read, weighed by its digits, as a label's value where it is one (`labelValue`),
 * else as the same value only (`markedValue`): the marks broke the label or the words, the figure was read as no
 * statement, and the post's 250 printed (helper 181).
 */
function markedStatement(rule: StatisticRule, sentence: Sentence, figures: Figures, index: number, marks: Marks): { text: string; label: boolean } | undefined {
  const figure = figures[index] as Figures[number];
  const [start, end] = [figure.start - marks.opening.length, figure.end + marks.closing.length];
  const marked = sentence.text.slice(start, end);
  // Its digits still say whether it is a year (`countedBefore`), which no marks make a count.
  const wide = figures.with(index, { ...figure, start, end });
  if (readLabel(rule, sentence.text, start, end) !== undefined) return { text: marked, label: true };
  const states = rule.after.test(wordsAfter(sentence, end)) || countedBefore(rule, sentence.text, wide, index, true) !== undefined;
  return states ? { text: marked, label: false } : undefined;
}

/**
 * What a label line states of the rule's statistic (see src/extract/labels.ts): its figure, with the qualifier, the
 * period and the year the label gives it and no source, which a label does not give; a figure the tool does not read
 * as one, or after a hedge, is no more clear there than in a sentence.
 */
function labelStatement(rule: StatisticRule, text: string, figure: NumberToken | UnclearFigure, start: number, { period, year }: { period: Period | null; year: number | null }): Statement | UnclearStatistic {
  // A label's value all the same, weighed as one where words the tool does not read stand beside it: "Gripna: −260" and
  // "Gripna: 260 (2011) enligt DN" printed the post's 250 (helper 181). A sign's or a mark's digits are its value
  // (`markedValue`), so that "Gripna: 250¹" agrees and "Barn: 3¹" counts another thing, as their bare twins do.
  if ('reason' in figure) return { id: rule.id, figure: figure.text, reason: UNCLEAR_NUMBER[figure.reason], start, labelValue: markedValue(figure) ?? null };
  const qualified = qualify(text, figure.start, figure.end);
  if ('reason' in qualified) return { id: rule.id, figure: figure.text, reason: qualified.reason, start, labelValue: null };
  const statistic: FoundStatistic = { id: rule.id, value: figure.value, unit: rule.unit, qualifier: qualified.qualifier, period, year, source: null, quote: text, start, bare: true };
  return { statistic, attributes: [], figure: figure.text, heardOnly: true };
}

/** A figure that is a year, not a count: "Länderna ses igen 2014" names no figure of the countries. */
const YEAR_ONLY = new RegExp(`^${YEAR_LIKE.source}$`);

/** Whether the tool reads what the figure at `index` is, bare as it stands: a year ("(2011)"), or a count of what stands before it ("de gripna var 250"). */
function accountedFor(text: string, figures: Figures, index: number): boolean {
  return YEAR_ONLY.test((figures[index] as Figures[number]).text) || STATISTIC_RULES.some((rule) => countedBefore(rule, text, figures, index) !== undefined);
}
const DIGIT_CODE = (code: number): boolean => code >= 0x30 && code <= 0x39;
/**
 * Since the evening of 5 December, the persons a figure of persons counts, after it: "Totalt greps 300 personer." is
 * "300 greps" in an order the tool does not read, where it was a figure of another thing and left the 250 in. So are
 * suspects, men and offenders, later that evening (`ARRESTED_PERSONS`): "Polisen grep 260 misstänkta." and "Police
 * arrested 260 suspects." printed the post's 250 (the English one left out only the suspects identified, whose word
 * follows the figure).
 */
const PERSONS = ` ${EITHER_ARRESTED_PERSONS}`;

/** The words of the whole world (`WHOLE_WORLD`) or of the whole count, closing a figure's statement as "i hela världen" does. */
const WHOLE_WORDS = [...WHOLE_WORLD, 'totalt', 'sammanlagt', 'overall', 'altogether'].join('|');

/**
 * Since the evening of 6 December, the rest of the words that close a bare figure (`WHOLE_COUNT`, `BY_POLICE`) close a
 * statement too, where the sentence or its clause ends after them: "Police arrested 260 people so far.", "Totalt greps
 * 260 personer hittills.", "… av polisen." printed the post's 250. Not where words go on ("… so far since January.",
 * "Of the countries, 30 so far have signed.": helper 197 found such a first version heard them as statements).
 */
const WHOLE_THEN_END = `(?:${[...WHOLE_COUNT, ...BY_POLICE].join('|')})\\s*(?:[*,.;:!?)\\]]|$)`;

/**
 * What follows a figure that what it counts stands before: the clause's end, or a word that joins another clause
 * or a place ("De misstänkta var 780 och de gripna 251", "780 i hela världen"), or, since the morning of 6 December,
 * whom it is credited to, in brackets or after a dash too ("Totalt greps 260 personer enligt polisen.", "… 260 personer
 * (enligt polisen).", "… – enligt polisen."; a bracket or a dash before anything else may set the figure in another time,
 * "Antalet gripna var 30 (år 2010).", which a hostile check found a false alarm), or since the later afternoon the words of
 * the whole world or count (`WHOLE_WORDS`: "Police arrested 260 people worldwide." was no statement, and the post's 250
 * printed: helper 183). A word after it that it counts makes it a
 * figure of that ("Länderna möttes den 6 december", "Antalet länder i EU är 27 medlemsstater").
 */
export const ENDS_STATEMENT = new RegExp(
  `^(?:${PERSONS})?(?:\\s*(?:[*,.;:!?)\\]]|$)| (?:och|samt|men|medan|i|på|and|but|while|in|on|${WHOLE_WORDS})(?![${WORD_CHAR}])| ${WHOLE_THEN_END}|(?: ?[(–—])? ?(?:enligt|according to|as reported by)(?![${WORD_CHAR}]))`,
  'i',
);

/**
 * Whether the words after a figure end its statement (`ENDS_STATEMENT`), whom it is credited to aside (`withoutCredit`):
 * since the afternoon of 6 December a credit in any of its shapes, as "Totalt greps 260 personer – säger polisen." after
 * a dash, where only "enligt" and "according to" were read there, and the post's 250 printed.
 */
function endsStatement(after: string): boolean {
  return ENDS_STATEMENT.test(after) || ENDS_STATEMENT.test(withoutCredit(after));
}

/**
 * The words for what the rule's statistic counts (`StatisticRule.countedBefore`) where they stand before the
 * figure at `index`, in its clause and after the figure before it ("De misstänkta är nu 780", "The number of
 * suspects is now 780"), else undefined: the same statement as "780 misstänkta", in an order the tool does not
 * read. Not the words that follow the figure before as what any statistic counts ("779 misstänkta personer kunde
 * identifieras, 250 greps", "500 000 new images … ?p=1"), and not before a year. A figure the tool does not read as a
 * number only with `unreadToo`, and in its value's place (`givesValueAt`): `matchRule` asks so, to leave its statistic
 * out; `accountedFor` does not, as such a figure accounts for no number beside it.
 */
function countedBefore(rule: StatisticRule, text: string, figures: Figures, index: number, unreadToo = false): string | undefined {
  const figure = figures[index] as Figures[number];
  const unread = 'reason' in figure && figure.reason === 'unread';
  if (YEAR_ONLY.test(figure.text) || (unread && !unreadToo) || !endsStatement(text.slice(figure.end))) return undefined;
  // Figures joined to it by arrows, slashes or "=" are its other values, whose words it shares ("Police arrested 260 →
  // 250 → 270 people." named no statement, and the post's 250 printed: helper 189).
  // So is one a sign glues to the figure before it ("Polisen grep 260 ≈ 250 personer.": helper 191). Not a chain of the
  // same value alone, which says nothing otherwise ("Police arrested 250 / 250 people.": helper 190).
  const joined = (at: number): boolean => {
    const [previous, next] = [figures[at - 1] as Figures[number], figures[at] as Figures[number]];
    const gap = text.slice(previous.end, next.start);
    return joins(gap) || (gap.trim() === '' && 'reason' in next && next.reason === 'sign');
  };
  let head = index;
  while (head > 0 && joined(head)) head--;
  const same = (other: Figures[number]): boolean => 'value' in other && 'value' in figure && other.value === figure.value;
  if (figures.slice(head, index).every(same)) head = index;
  const chain = figures[head] as Figures[number];
  // Any digits before bound it, a figure not read too ("<del>7</del>79 misstänkta …, 250 greps").
  let lastDigit = chain.start - 1;
  while (lastDigit >= 0 && !DIGIT_CODE(text.charCodeAt(lastDigit))) lastDigit--;
  const previousEnd = Math.max(figures[head - 1]?.end ?? 0, lastDigit + 1);
  let from = clauseStart(text, chain.start);
  if (previousEnd > 0 && previousEnd >= from) {
    const between = text.slice(previousEnd, chain.start);
    from = previousEnd + Math.max(0, ...STATISTIC_RULES.map((other) => other.after.exec(between)?.[0].length ?? 0));
  }
  const words = text.slice(from, chain.start);
  const counted = rule.countedBefore.exec(words);
  if (counted === null || !unread) return counted?.[0];
  // A figure not read is the counted words' value only in their value's place; elsewhere it may be a section, a date
  // or a time ("Antalet gripna finns i tabell 3.1.", "uppdaterades 2012-05-12", "kl 09.00": helper 166), and a time
  // is none even there ("was updated at 14.30": helper 167).
  return givesValueAt(words, rule) && !CLOCK_TIME.test(figure.text) && !DATE.test(figure.text) ? counted[0] : undefined;
}

/** A time of day as a figure not read ("14.30", "9:30"). */
const CLOCK_TIME = /^(?:[01]?[0-9]|2[0-3])[.:][0-5][0-9]$/;
/** A date as a figure not read ("2012-12-06", "6.12.2012", "06/12/2012"): "The number arrested reached 2012-12-06." (helper 168). */
const DATE = /^(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4})$/;

/**
 * Whether the words before a figure end with what a statistic counts, its stating words or its topic's, and then at the
 * most a copula or a verb of change, with an adverb of time or of the whole: "greps ", "Antalet gripna var ", "The
 * number of children safeguarded is now ", "Antalet bilder på nätet är ", "Gripna totalt ", "steg till ", "reached ".
 */
function givesValueAt(words: string, { countedBefore, states, context }: StatisticRule): boolean {
  const ends = [countedBefore, states, ...context].map((pattern) => {
    let end = 0;
    for (let match = pattern.exec(words); match !== null; match = pattern.exec(words.slice(end))) end += match.index + match[0].length;
    return end;
  });
  const rest = words.slice(Math.max(...ends));
  return VALUE_SLOT.test(rest) || CHANGED_TO.test(rest) || REACHED.test(rest);
}

/**
 * A figure a cut runs through where a later sentence may state the statistic in other orders than the post's: after
 * what the rule counts, in its clause ("Totalt greps 3<span>00</span> personer."), or before a scale word and what it
 * counts ("Mer än 2<sup>1</sup> miljoner bilder", "<del>1</del> 2 million images"); since the morning of 6 December as
 * a label's value too ("Gripna: <del>250</del> 260", "Gripna: 2<b>6</b>0"), which the colon had set in a clause of
 * its own, and which printed the post's 250 (`labelledFigure`, as a whole value is read).
 */
function splitElsewhere(rule: StatisticRule, sentence: Sentence, start: number): SplitFigure | undefined {
  const { text } = sentence;
  const figure = cutFigures(text, sentence.cuts).find((cluster) => {
    if (rule.countedBefore.test(text.slice(clauseStart(text, cluster.start), cluster.start))) return true;
    if (labelledFigure(rule, text, cluster.start, cluster.end) !== undefined) return true;
    const scale = SCALE_AFTER.exec(text.slice(cluster.end));
    return scale !== null && rule.after.test(wordsAfter(sentence, cluster.end + scale[0].length));
  });
  return figure && { id: rule.id, figure: figure.text, start };
}

/**
 * The values a label's value that a cut runs through may be read as, where a label gives the sentence's cut figure
 * (`labelledFigure`): each run of its digits between cuts, and the runs beside each other joined ("9<sup>3</sup>": 9,
 * 3 and 93; "<del>250</del> 260": 250, 260 and 250260); and the year the label gives it. Undefined for any other cut
 * figure, and one of no digits.
 */
function labelSplit(rule: StatisticRule, { text, cuts }: Sentence): { readings: number[]; year: number | null } | undefined {
  const labelled = cutFigures(text, cuts)
    .map((cluster) => ({ cluster, label: labelledFigure(rule, text, cluster.start, cluster.end) }))
    .find(({ label }) => label !== undefined);
  if (labelled?.label === undefined) return undefined;
  const { cluster, label } = labelled;
  const bounds = [cluster.start, ...cuts.filter((cut) => cut > cluster.start && cut < cluster.end), cluster.end];
  const runs = bounds.slice(1).map((end, at) => text.slice(bounds[at], end).replace(/[^0-9]/g, ''));
  const readings: number[] = [];
  for (let from = 0; from < runs.length; from++) {
    for (let to = from + 1; to <= runs.length; to++) {
      const digits = runs.slice(from, to).join('');
      if (digits !== '') readings.push(Number(digits));
    }
  }
  return readings.length === 0 ? undefined : { readings, year: label.year };
}

/** The figure a cut runs through where the rule would have read its statistic. */
function splitFigure(rule: StatisticRule, sentence: Sentence, start: number): SplitFigure | undefined {
  const figure = cutFigures(sentence.text, sentence.cuts).find((cluster) => rule.after.test(wordsAfter(sentence, cluster.end)));
  return figure && { id: rule.id, figure: figure.text, start };
}

/**
 * A figure of the block's struck words (`Block.seen`) standing where the
 * rule would have read its statistic: at a cut, right before what the
 * statistic counts ("att <bdo dir=rtl>779</bdo> misstänkta"). No figure is
 * read from struck words, and a reader may see one there, reordered or not:
 * the statistic is left out, and this names the figure.
 */
function struckFigure(rule: StatisticRule, sentence: Sentence, block: Block, language: Language): SplitFigure | undefined {
  if (block.seen === undefined || sentence.cuts.length === 0) return undefined;
  const figures = findNumbers(block.seen, language);
  if (figures.length === 0) return undefined;
  // A cut stands after the space before it: what the figure counts follows a space.
  const atCut = sentence.cuts.some((cut) => rule.after.test(wordsAfter(sentence, /\s/.test(sentence.text[cut - 1] ?? '') ? cut - 1 : cut)));
  return atCut ? { id: rule.id, figure: figures.map((figure) => figure.text).join(', '), start: block.start, reason: STRUCK_FIGURE } : undefined;
}

/** The figure a reading's sentence states where the rule would read it, but not whole: cut, struck or overridden. */
function cutFigureOf(reading: RuleReading, block: Block, language: Language): SplitFigure | undefined {
  const { rule, sentence } = reading;
  return splitOf(reading, block.start) ?? struckFigure(rule, sentence, block, language) ?? reading.overridden;
}

/**
 * Since the evening of 5 December, a figure of a statistic that a later sentence of the post states in its rule's
 * words but not whole — a cut runs through it ("Sammanlagt 3<span>00</span> personer greps."), it stands in struck
 * words where the statistic's would ("Det var <del>250</del> 260 gripna."), a bidirectional control touches it — as a
 * correction is often written: the statistic is left out, as for one the sentence states in words the tool does not
 * read (`unread`). Until then only the post's own sentence was weighed so, and the later one printed the post's figure.
 */
function laterSplit(reading: RuleReading, block: Block, language: Language, where = 'a sentence of the post'): UnclearStatistic | undefined {
  const { rule, sentence } = reading;
  const figure = cutFigureOf(reading, block, language) ?? splitElsewhere(rule, sentence, block.start);
  if (figure === undefined) return undefined;
  const why = figure.reason ?? `a cut runs through its figure ("${figure.figure}")`;
  return { id: rule.id, figure: figure.figure, reason: `${where} states a figure of it that the tool cannot read whole ("${clipped(sentence.text)}"): ${why}`, start: block.start };
}

const STRUCK_FIGURE =
  "it stands in struck-out text, or in text that a bidirectional override (<bdo>, unicode-bidi) or a style may show otherwise than as written, or hide, where the statistic's figure would, so the post states no figure the tool can read";

const OVERRIDDEN_FIGURE = 'a bidirectional control character stands beside it or around it, which may show its digits otherwise than as written, so its value is not certain';

const MARKED_FIGURE = 'a combining mark stands on one of its digits or right before one, which shows it otherwise than as written, so its value is not certain';

/**
 * What the rule reads of its statistic in a sentence whose bidirectional controls may show a digit otherwise than
 * as written, or split a figure (`controlsMayMoveDigits`: "att \u202e779\u202c misstänkta", which a reader sees as
 * 977; "Totalt greps 2\u200e60 personer", whose "60" the rules would read as written): read with the controls taken
 * out, each statement is no figure the tool can be sure of, and the statistic is left out with this naming the first,
 * for `reason`. So too where a combining mark stands on a digit ("260\u0301"), read with the marks on digits taken out:
 * there only a figure a mark touches (`touched`, the figures' texts) is unsure, which a mark does not move.
 */
function overriddenFigure(rule: StatisticRule, sentence: Sentence, { figures, inWords }: { figures: Figures; inWords: UnclearFigure[] }, start: number, language: Language, voice: Heading, cutAt: number, reason: string, month?: number, touched?: ReadonlySet<string>): SplitFigure | undefined {
  const reads = [matchRule(rule, sentence, figures, start, cutAt, voice, month), matchRule(rule, sentence, inWords, start, -1, voice, month)];
  for (const read of reads.flatMap((each) => [...each])) {
    if (touched !== undefined && !touched.has(read.figure)) continue;
    // A sentence that does not name the topic and opens in another setting states nothing of it, controls or not (`readBlock`).
    if (voice !== false && voice !== 'named' && figureSetElsewhere(sentence.text, read.figure, language)) continue;
    return { id: rule.id, figure: read.figure, start, reason };
  }
  return undefined;
}

/**
 * The cuts of a block (`Block.cuts`) that fall inside each of its sentences,
 * as offsets in the sentence, asked for sentence by sentence in order: one
 * pass over the cuts for the whole block.
 */
function sentenceCuts(cuts: readonly number[] = []): (offset: number, length: number) => number[] {
  let next = 0;
  return (offset, length) => {
    while (next < cuts.length && (cuts[next] as number) <= offset) next++;
    const inside: number[] = [];
    for (; next < cuts.length && (cuts[next] as number) < offset + length; next++) inside.push((cuts[next] as number) - offset);
    return inside;
  };
}

/** What a rule reads in one sentence whose context words it found. */
interface RuleReading {
  rule: StatisticRule;
  sentence: Sentence;
  statements: Array<Statement | UnclearStatistic>;
  /** The figure a cut runs through, read only when asked (see `splitOf`); undefined: not read yet. */
  split?: SplitFigure | null;
  /** A paragraph's sentence that does not name the statistic's topic: what it states is heard, never taken (see `readStatistics`). */
  unnamed: boolean;
  /** What the rule reads where the sentence's bidirectional controls may move its digits, or marks stand on them (see `overriddenFigure`). */
  overridden?: SplitFigure;
}

/** A paragraph read sentence by sentence, for one language and one answer to whether its first sentence goes on a figure. */
interface BlockReading {
  readings: RuleReading[];
}

/**
 * Readings of each block, kept while the block lives: the candidate
 * containers of a page are nested ranges of its blocks, and each is read for
 * the post's facts, so the post's paragraphs would be read several times. A
 * paragraph's reading depends on nothing but its text, the language and
 * whether the text before it ends in digits its first sentence goes on.
 */
const blockReadings = new WeakMap<Block, { sentences: ReturnType<typeof toSentences>; byKey: Map<string, BlockReading> }>();

/** A block's sentences, split once while the block lives (see `blockReadings`). */
export function sentencesOf(block: Block) {
  let entry = blockReadings.get(block);
  if (!entry) {
    entry = { sentences: toSentences(block.text), byKey: new Map() };
    blockReadings.set(block, entry);
  }
  return entry;
}

function readBlock(block: Block, language: Language, continues: boolean, readUnnamed: boolean, month?: number): BlockReading {
  const entry = sentencesOf(block);
  const key = `${language}${continues ? '+' : '-'}${readUnnamed ? '' : '~'}${month ?? ''}`;
  const cached = entry.byKey.get(key);
  if (cached) return cached;
  const readings: RuleReading[] = [];
  const cutsOf = sentenceCuts(block.cuts);
  const heading = block.kind !== 'paragraph';
  let known: boolean | undefined;
  const knownHeading = () => (known ??= unknownWordOf(block, language, { text: withoutControls(block.text) }) === undefined);
  let before: string | undefined;
  // The embeddings, overrides and isolates open where the block's text was last asked (`controlsOpenAt`).
  let controls = { at: 0, open: 0 };
  for (const { text: written, offset } of entry.sentences) {
    const goesOn = before === undefined ? continues : continuesFigure(before, written);
    before = written;
    const writtenCuts = cutsOf(offset, written.length);
    const uncontrolled = withoutBidiControls(written, writtenCuts);
    if (!mayStateFigure(uncontrolled?.text ?? written)) continue;
    if (written.length > MAX_SENTENCE) {
      readings.push(...tooLong({ text: written, cuts: writtenCuts }, block.start, readUnnamed));
      continue;
    }
    // Since the night of 5 December a sentence is read as it reads without its bidirectional controls, which show
    // nothing themselves: "Totalt greps 260 personer\u200e." printed the post's 250, where the sentence without the
    // mark left it out (the mark kept the rules from its words). Where they may show a digit otherwise than as written,
    // or split a figure, what the rules read is no figure the tool can be sure of (`overriddenFigure`).
    // Since the morning of 6 December a combining mark on a digit is read so too: "260\u0301 men were arrested."
    // printed the post's 250, where the same mark on the post's own figure left it out; and a mark on nothing (after
    // white space) is taken out with its space, which shows no letter otherwise ("260 \u0301 men were arrested.").
    if (uncontrolled) controls = { at: offset, open: controlsOpenAt(block.text, offset, controls.at, controls.open) };
    const overriding = uncontrolled !== undefined && controlsMayMoveDigits(written, controls.open);
    const unmarked = withoutDigitMarks(uncontrolled ?? { text: written, cuts: writtenCuts });
    const moved = overriding ? OVERRIDDEN_FIGURE : unmarked ? MARKED_FIGURE : undefined;
    const sentence = unmarked ?? uncontrolled ?? { text: written, cuts: writtenCuts };
    const { text } = sentence;
    const cutAt = goesOn ? text.search(/[0-9]/) : -1;
    let figures: Figures | undefined;
    let inWords: UnclearFigure[] | undefined;
    // A mark shows its own digit otherwise, not the sentence's others: only the figures it touches are unsure.
    let touched: ReadonlySet<string> | undefined;
    const touchedFigures = (all: Figures, words: UnclearFigure[]) => (touched ??= new Set([...all, ...words].filter((figure) => unmarked !== undefined && marksFigure(unmarked, figure.start, figure.end)).map((figure) => figure.text)));
    for (const rule of STATISTIC_RULES) {
      const named = rule.context.every((pattern) => pattern.test(text));
      // A heading or a list item is too short to name the topic as a paragraph does: the page names it, and it need only
      // state the figure. A paragraph's sentence that does not name it may still state a figure of it in the rule's
      // words ("780 misstänkta personer kunde identifieras."), which the paragraph's own are then set against.
      const unnamed = !named && !heading;
      if (unnamed && !(readUnnamed && namesFigureOf(rule, text))) continue;
      figures ??= figuresOf(sentence, language);
      // An unnamed sentence is heard as a heading is: as the bare statement unless the tool reads its every word.
      const voice: Heading = (heading || unnamed) && (named ? 'named' : knownHeading() ? 'known' : 'bare');
      inWords ??= wordFiguresOf(sentence, figures, language);
      if (moved) {
        const overridden = overriddenFigure(rule, sentence, { figures, inWords }, block.start, language, voice, cutAt, moved, month, overriding ? undefined : touchedFigures(figures, inWords));
        if (overriding || overridden) {
          readings.push({ rule, sentence, statements: [], unnamed, ...(overridden && { overridden }) });
          continue;
        }
      }
      const statements = [...matchRule(rule, sentence, figures, block.start, cutAt, voice, month)];
      if (inWords.length > 0) statements.push(...matchRule(rule, sentence, inWords, block.start, -1, voice, month));
      // Since the evening of 5 December, one whose opening sets its figure in another event, place or time ("Usually 20
      // suspects are apprehended.", "I Sverige greps 260 personer.", `figureSetElsewhere`) states nothing of the
      // statistic, clearly or not, in the post's paragraphs and asides alike.
      const own = unnamed ? statements.filter(({ figure }) => !figureSetElsewhere(text, figure, language)) : statements;
      readings.push({ rule, sentence, statements: own, unnamed });
    }
  }
  const reading = { readings };
  entry.byKey.set(key, reading);
  return reading;
}

/**
 * A sentence too long to read (`MAX_SENTENCE`) that may hold a figure and
 * names what a statistic counts: the statistic is left out, and said so,
 * rather than missing with no word of why. Only the rules' context words are
 * looked for, which any length of text is safe to search.
 */
function tooLong(sentence: Sentence, start: number, readUnnamed: boolean): RuleReading[] {
  const { text } = sentence;
  const reason = `its sentence is too long to read (${text.length} characters, more than ${MAX_SENTENCE})`;
  // Since the evening of 5 December, so is one that names what a statistic counts in its rule's own words ("Det var
  // <del>250</del> 260 gripna, ---…"), where a sentence that does not name the topic is read (`readUnnamed`): a hostile
  // check found "gripna", "barn kunde skyddas" and "misstänkta" past 2 000 characters printing the post's figures.
  const names = (rule: StatisticRule): boolean => rule.context.every((pattern) => pattern.test(text)) || (readUnnamed && rule.countedBefore.test(text));
  return STATISTIC_RULES.filter(names).map((rule) => ({
    rule,
    sentence,
    statements: [{ id: rule.id, figure: clipped(text), reason, start }],
    unnamed: false,
  }));
}

function splitOf(reading: RuleReading, start: number): SplitFigure | undefined {
  if (reading.split === undefined) reading.split = splitFigure(reading.rule, reading.sentence, start) ?? null;
  return reading.split ?? undefined;
}

/**
 * Each statistic as the post's paragraphs state it: the first statement,
 * unless another contradicts it (see src/extract/conflicts.ts), when none is
 * taken. Each rule asks for its own context words, so a figure is only taken
 * from a sentence that says what it counts. `asides`: runs of blocks that the
 * post holds as furniture (an <aside>, a widget inside its body), which state
 * none of its figures but may amend one (see `speakingOf`). `month`: the
 * month the post is dated in (1 to 12), which a figure may be dated to as
 * the post's own time ("I december står 48 länder"; see `otherTime`).
 */
export function readStatistics(
  blocks: readonly Block[],
  language: Language,
  before = '',
  { unnamed = true, asides = [], month }: { unnamed?: boolean; asides?: ReadonlyArray<readonly Block[]>; month?: number } = {},
): StatisticsRead {
  const found = new Map<StatisticId, FoundStatistic[]>();
  const attributesOf = new Map<StatisticId, UnclearAttribute[]>();
  const split = new Map<StatisticId, SplitFigure>();
  const unclear = new Map<StatisticId, UnclearStatistic>();
  const strangers = new Map<StatisticId, UnclearStatistic>();
  // A retraction or a correction need not stand in the figure's paragraph
  // ("Rättelse: uppgiften ovan … har dragits tillbaka.", the footnote): it
  // follows what it retracts, or heads it, so a word the lexicon lacks in the
  // block after the figure's (`LATER_BLOCKS`) or in a heading right above it
  // leaves the figure out too. A country's name is read there, as the post's
  // footnote may list the countries. Further off, a block speaks of the figure
  // when it names its value again, or what it counts (`StatisticRule.topic`).
  // An aside the post holds is read where it stands among its blocks (`blocksAndAsides`): "<aside>Rättelse: siffran 252
  // ovan stämmer inte.</aside>" is the post's correction as the same words in a paragraph are.
  const read = blocksAndAsides(blocks, asides);
  let places: Map<Block, number> | undefined;
  const placeOf = (index: number): number => {
    if (read === blocks) return index;
    places ??= new Map(read.map((block, at) => [block, at]));
    return places.get(blocks[index] as Block) as number;
  };
  let inAsides: Set<Block> | undefined;
  const isAside = (block: Block): boolean => (inAsides ??= new Set(asides.flat())).has(block);
  let mentions: Map<number, number[]> | undefined;
  // A block that only thanks or greets, or notes the figure as the post does ("Observera: 48 länder deltar."), and
  // names no figure but this one ("PS: Tack till alla 48 länder!") says nothing of it.
  const thanksFor = (block: Block, text: string, value: number): boolean =>
    block.seen === undefined && [...valuesOf(block, language)].every((named) => named === value) && (onlyThanks(text, language) || onlyNotes(text, language));
  // A caption, a signature or a line of links beside the prose (src/rules/besideProse.ts) says nothing of a figure unless
  // it amends the post or names a figure of another value ("Foto: Europol", "/Cecilia", "Läs mer: Europol").
  // Since 4 December so does a footnote that only gives a source ("<sup>1</sup> Källa: regeringen."), as it does at the
  // post's end: the number of its mark is no figure it names.
  const besideOnly = (block: Block, value: number): boolean => {
    if (block.seen !== undefined || amends(block.text)) return false;
    if (besideProse(block) !== undefined) return [...valuesOf(block, language)].every((named) => named === value);
    const source = sourceOfNote(block);
    return source !== undefined && readNumbers(source, language).tokens.every((token) => token.value === value);
  };
  // For each value, the later mentions with a word the lexicon lacks: asked once a value, so that a page that repeats a figure stays linear.
  const unreadMentions = new Map<number, number[]>();
  // An aside is furniture: its widget's title and text have words the tool does not read, and its title may be a label's
  // word ("Uppdateringar via e-post"). Beside a figure it speaks of it only when it amends the post and calls something
  // wrong, holds a figure or speaks of the statistic ("<aside><p>Rättelse: meningen ovan stämmer inte.</p></aside>").
  const asideSilent = (block: Block, rule: StatisticRule): boolean => {
    if (!isAside(block)) return false;
    const text = shownText(block);
    return !(amends(text) && (callsWrong(text) || mayHoldFigure(text) || speaksOfStatistic(rule, text)));
  };
  // A note that only gives the figures the year the post's sentence gives them ("Fotnot: Siffrorna för Rescue gäller
  // 2011."; `yearRestated`) agrees with the post; one that gives another year differs from it.
  const restates = (text: string, rule: StatisticRule, { year }: FoundStatistic): boolean => year !== null && yearRestated(rule, text) === year;
  // Every sentence of the post's blocks, its figures' own too, and of the asides that amend it, that speaks of figures in
  // words the tool does not read: found once a page, in order, when a figure is first weighed.
  let figureTalk: Array<FigureTalk & { where: string }> | undefined;
  const talkOfFigures = (): Array<FigureTalk & { where: string }> =>
    read.flatMap((block) => {
      const text = shownText(block);
      // A footnote is the footnotes' reader's, under the mark of the figure it speaks of (`findQualifyingFootnotes`).
      if ((isAside(block) && !amends(text)) || footnoteMark(asTyped(block)) !== undefined) return [];
      const where = isAside(block) ? asideName(block, true) : 'a sentence of the post';
      return [...unreadFigureTalkIn(text)].map((talk) => ({ ...talk, where }));
    });
  const elsewhere = (index: number, rule: StatisticRule, statistic: FoundStatistic): string | undefined => {
    const { value } = statistic;
    const here = placeOf(index);
    // A heading right above the figure's paragraph speaks of it too ("<h3>Correction: the figures below are not right</h3>").
    const above = read[here - 1];
    const overhead = above && !asideSilent(above, rule) ? unknownWordOf(above, language, { countries: true }) : undefined;
    if (above && overhead !== undefined && !besideOnly(above, value) && !restates(shownText(above), rule, statistic)) {
      if (above.kind === 'heading') return `the heading above it has ${wordNotRead(overhead, shownText(above), clipped(shownText(above)))}`;
      // A paragraph right above heads it as a correction only when it amends the post or names a figure of what it counts
      // ("OBS: 780 identifierades", "De misstänkta var i själva verket 780."): the post's own lead-in has words the tool does not read.
      const text = shownText(above);
      const block = `${isAside(above) ? asideName(above, true) : 'the block'} right above it`;
      if (amends(text) || namesFigureOf(rule, text)) return `${block} amends the post or names a figure of it, with ${wordNotRead(overhead, text, clipped(text))}`;
    }
    // What stands beside the prose there takes the place of a correction, as a paragraph the tool reads whole does: the
    // block after it is not read on its account, or a page with no container of its own would reach its footer (the
    // footnote's link in fixtures/br-bullets).
    for (const later of read.slice(here + 1, here + 1 + LATER_BLOCKS)) {
      if (asideSilent(later, rule)) continue;
      // A footnote that speaks of a part of what another figure counts, under the mark that figure bears ("48 länder*"
      // and "*Alla länder här. Två av dem återstår att bekräfta."), qualifies that one (`findQualifyingFootnotes`).
      // Since 4 December so does one that gives another count of it, amending nothing of this one's: "*Alla länder här
      // (uppdaterad lista, 49 länder)" under "48 länder*" (`countOfMarked`).
      const mark = partNoteMark(later) ?? countNoteMark(later, amends);
      if (mark !== undefined && !statistic.quote.includes(mark) && read.some((other) => other !== later && other.text.indexOf(mark) > 0)) continue;
      const word = unknownWordOf(later, language, { countries: true });
      const block = isAside(later) ? `${asideName(later)} right after it` : 'a later block of the post';
      if (word !== undefined && !thanksFor(later, later.text, value) && !besideOnly(later, value) && !restates(shownText(later), rule, statistic)) return `${block} has ${wordNotRead(word, shownText(later), clipped(shownText(later)))}`;
    }
    mentions ??= laterMentions(read, language);
    let unread = unreadMentions.get(value);
    if (unread === undefined) {
      unread = (mentions.get(value) ?? []).filter((at) => {
        const block = read[at] as Block;
        // An aside that restates a figure without amending the post is furniture saying it again (a related post's teaser).
        if (isAside(block) && !amends(shownText(block))) return false;
        return unknownWordOf(block, language, { countries: true }) !== undefined && !thanksFor(block, block.text, value) && !besideOnly(block, value);
      });
      unreadMentions.set(value, unread);
    }
    // Before the figure as after it: "Rättelse: 47, inte 48." above the paragraph corrects it as below it does. The
    // figure's own paragraph is no such block, having no word the tool does not read.
    const at = unread.find((mentioned) => mentioned !== here);
    const mention = read[at ?? -1];
    if (at !== undefined && mention) {
      const word = unknownWordOf(mention, language, { countries: true }) ?? '';
      const block = isAside(mention) ? asideName(mention) : `${at < here ? 'an earlier' : 'a later'} block of the post`;
      return `${block} names the figure again, with ${wordNotRead(word, shownText(mention), clipped(shownText(mention)))}`;
    }
    const own = blocks[index];
    const speaking = speakingOf(rule).find((heard) => heard.block !== own && heard.thanks !== value && heard.year !== statistic.year);
    if (speaking) {
      const where = isAside(speaking.block) ? asideName(speaking.block) : 'another block of the post';
      return `${where} speaks of it, with ${wordNotRead(speaking.word, speaking.text, clipped(speaking.text))}`;
    }
    // Since the evening of 5 December, what a sentence says of the figures that no reader above hears ("UNODC:s siffra
    // har ifrågasatts.", `unreadFigureTalk`), unless it gives them only the year the post gives this one.
    const talk = (figureTalk ??= talkOfFigures()).find(({ rules, sentence }) => rules.includes(rule) && !givesOwnYear(sentence, rule, statistic.year));
    return talk && `${talk.where} says of its figures what the tool does not read ("${talk.word}", in "${clipped(talk.sentence)}")`;
  };
  // For each statistic, the first two blocks that speak of it (`speaksOfStatistic`) with a word the lexicon lacks: one
  // that is not the figure's own speaks of it, before it or after it. Found for all in one pass, block by block, as a
  // block's text is asked of every rule's words in turn; each heard after the label of the block before it, if that
  // one is only a label (`heardBlocks`), and the asides in the post (`asides`) after the post's blocks. A block that
  // only thanks and names one figure (`thanks`: see `thanksFor`) speaks of every other value: kept apart from the two,
  // one for each of two values at the most, as one of two values differs from any figure's. So is a note that only gives
  // the figures a year (`year`: see `restates`), for each of two years at the most.
  type Speaker = HeardBlock & { word: string; thanks?: number; year?: number };
  let speakers: Map<StatisticId, Speaker[]> | undefined;
  const speakingOf = (rule: StatisticRule): Speaker[] => {
    if (speakers === undefined) {
      const found = new Map(STATISTIC_RULES.map(({ id }) => [id, [] as Speaker[]]));
      const regular = (id: StatisticId) => (found.get(id) as Speaker[]).filter((speaker) => speaker.thanks === undefined && speaker.year === undefined).length;
      let open = STATISTIC_RULES.length;
      runs: for (const run of [blocks, ...asides]) {
        for (const heard of heardBlocks(run)) {
          // Every way a block speaks of a statistic amends the post or gives a figure a value (`speaksOf`): a block that
          // does neither is asked of no rule. One whose every word the tool reads gives a value it does not weigh.
          if (!amends(heard.text) && !givesValueTo(heard.text)) continue;
          const spoken = STATISTIC_RULES.filter(({ id }) => regular(id) < 2).filter((other) => speaksOfStatistic(other, heard.text));
          const word = spoken.length === 0 ? undefined : (unknownWordHeard(heard, language) ?? valueWordsOf(heard.text));
          if (word === undefined) continue;
          const values = [...valuesOf(heard.block, language)];
          const thanks = values.length === 1 && thanksFor(heard.block, heard.text, values[0] as number) ? values[0] : undefined;
          for (const rule of spoken) {
            const { id } = rule;
            const speaking = found.get(id) as Speaker[];
            if (thanks !== undefined) {
              const thanked = speaking.flatMap((speaker) => (speaker.thanks === undefined ? [] : [speaker.thanks]));
              if (thanked.length < 2 && !thanked.includes(thanks)) speaking.push({ ...heard, word, thanks });
              continue;
            }
            const year = yearRestated(rule, heard.text);
            if (year !== undefined) {
              const years = speaking.flatMap((speaker) => (speaker.year === undefined ? [] : [speaker.year]));
              if (years.length < 2 && !years.includes(year)) speaking.push({ ...heard, word, year });
              continue;
            }
            speaking.push({ ...heard, word });
            if (regular(id) === 2) open--;
          }
          if (open === 0) break runs;
        }
      }
      speakers = found;
    }
    return speakers.get(rule.id) ?? [];
  };
  // The text before each sentence, be it in the block before (`before`: the
  // page's block before the first): a figure cut by a tag or a full stop
  // ("50</p><p>000", "50. 000") must not be read as its tail.
  // A heading or a list item ("<h2>54 länder bakom initiativet</h2>") is no
  // place the post's figures are taken from, but what it states the page
  // states: its clear statements count against the paragraphs' (`heard`).
  // Whether the tool reads every word of a block, in the post's language or the other edition's, less a label it may
  // not know ("Kommentar:"), which makes the block say no less than it says alone; and less its bidirectional controls,
  // which are no words ("780 misstänkta\u200e har identifierats." says what its twin without the mark says), and its
  // numbers in words, which the rules read as figures they cannot be sure of ("Gripna: sextio" says what "Gripna: 60"
  // says, less the value). Every use of it leaves a statistic out; both since the night of 5 December.
  // Asked once a block: a paragraph of many sentences asks it for each (a page of 2 000 such took seconds).
  const wholeRead = new Map<Block, boolean>();
  const readWhole = (block: Block): boolean => {
    let whole = wholeRead.get(block);
    if (whole === undefined) {
      const words = wordsOf(withoutAnyLabel(block.text));
      whole = [language, OTHER_LANGUAGE[language]].some((either) => unknownWordOf(block, either, { text: words }) === undefined);
      wholeRead.set(block, whole);
    }
    return whole;
  };
  const heard = new Map<StatisticId, FoundStatistic[]>();
  // One whose every word the tool reads is of the post's topic (see `Heading`), so one that says of a figure what
  // the tool does not read as the statistic ("<h1>54 länder är med</h1>") says a thing of it that the tool cannot
  // weigh against the paragraphs': the statistic is left out (`unread`), as for a paragraph's word it does not read.
  // So is a paragraph's sentence that does not name the statistic's topic, read as a heading is ("Nu är de 780
  // misstänkta."; see `readBlock`).
  const unread = new Map<StatisticId, UnclearStatistic>();
  // Such a sentence of a paragraph or an aside with a word the tool does not read, weighed once every figure the post
  // states is known (below).
  const withUnknownWords = new Map<StatisticId, UnclearStatistic>();
  // One with a word the tool does not read may be of another topic ("<h2>Klimatmötet: 54 länder</h2>" in the post): it
  // is only returned (`strangeHeadings`), for the page around the post to weigh (see `withoutContradictions`).
  const strange: StrangeHeading[] = [];
  // A figure a later sentence states through a cut (`laterSplit`) is weighed where the tool reads its every word, it
  // gives the figure bare, or it names no place, body or person but the post's own ("I Malmö greps <del>3</del> 4
  // personer förra veckan." is of another place, as the same words unstruck are).
  const weighsSplit = (block: Block, { rule, sentence }: RuleReading, { figure }: UnclearStatistic): boolean =>
    readWhole(block) || givesFigureBare(sentence.text, figure, rule, language) || !namesAnother(sentence.text);
  // One with a word the tool does not read is weighed where it gives its figure bare, or where a label names the
  // statistic alone before it and the sentence names no place, body or person but the post's own: "Arrested: 260 (so
  // far this year)" and "Gripna: 260 förra året" printed the 250 (helper 178); "Misstänkta: 600, gripna: 180, barn: 200
  // (Operation Icarus)" is of another operation, and stays unheard.
  const weighsUnknown = (statement: UnclearStatistic, sentence: string, rule: StatisticRule): boolean =>
    givesFigureBare(sentence, statement.figure, rule, language) || (weighable(statement) && !namesAnother(withoutLabelNote(sentence)));
  // Left out for such a figure, unless its statistic is unread already. A label's value and a year-by-year table's cell
  // (`year`) are weighed once the post's statements are all read, as a whole value is (`weighed` in
  // src/extract/conflicts.ts): "2010 | 180<sup>1</sup>" and "Gripna 2010: 180<sup>1</sup>" beside the post's 250 of
  // 2011 are another year's figure; "Barn: 9<sup>3</sup>" is no count of its 252 children, whichever way it is read
  // (`labelSplit`), and "Gripna: 250<sup>1</sup>" the post's value again or of another order.
  const weighedLater: Array<{ later: UnclearStatistic; year: number | undefined; readings: number[] | undefined }> = [];
  // A label's value the tool does not read whole is weighed once the post's statements are all read, as a whole value
  // is (`bareWeigher`): its figure the post's again agrees, whatever follows it, and one of another order counts another
  // thing ("Gripna: 250 år 2011", "Barn: 252 räddades", "Barn – 3 år": hostile checks' false alarms of the first
  // version, since the afternoon of 6 December). Any other statement the tool does not read leaves its statistic out
  // (`into`) at once.
  // A marked figure of a sentence (`markedValue`, no label's) agrees only as the same value: its unmarked twin is
  // weighed at any order ("The number of suspects was **7**." printed the 779, where "… was 7." leaves it out: helper 185).
  const agreeing: Array<{ into: Map<StatisticId, UnclearStatistic>; value: number; said: UnclearStatistic; exact: boolean }> = [];
  const leaveOut = (into: Map<StatisticId, UnclearStatistic>, statement: UnclearStatistic, said = statement): void => {
    if (into.has(statement.id)) return;
    // A marked figure of the post's own paragraphs stays out: its mark may be the post's note on it ("779* misstänkta").
    const value = statement.labelValue ?? (into === unclear ? undefined : statement.markedValue);
    if (value === undefined || value === null) into.set(statement.id, said);
    else agreeing.push({ into, value, said, exact: statement.labelValue === undefined || statement.labelValue === null });
  };
  const weighLaterSplit = (reading: RuleReading, block: Block, where?: string, cellYear?: number): void => {
    if (unread.has(reading.rule.id)) return;
    const later = laterSplit(reading, block, language, where);
    if (later === undefined || !weighsSplit(block, reading, later)) return;
    const label = labelSplit(reading.rule, reading.sentence);
    const year = cellYear ?? label?.year ?? undefined;
    if (year === undefined && label === undefined) unread.set(reading.rule.id, later);
    else weighedLater.push({ later, year, readings: label?.readings });
  };
  for (const [blockIndex, own] of blocks.entries()) {
    // A table cell or a definition is read after its label's cell, as a label line ("Misstänkta: 780"; see `cellLabel`).
    const label = cellLabel(blocks, blockIndex);
    const block = label === undefined ? own : asLabelLine(own, label);
    // A year-by-year table's cell states its year's figure, weighed as such (see `weighed`).
    const year = label === undefined ? undefined : cellYear(blocks, blockIndex);
    const ofYear = (statistic: FoundStatistic): FoundStatistic => (year === undefined ? statistic : { ...statistic, year });
    if (!mayStateFigure(withoutControls(block.text))) {
      // Its sentences state nothing, and the text before the next one ends in no figure that one could go on (`continuesFigure`).
      // Struck words alone (`Block.seen`) are no text between: the figure before them is not cut off.
      if ((block.kind !== 'paragraph' && block.seen === undefined) || block.text.trim() !== '') before = block.text;
      continue;
    }
    const { sentences } = sentencesOf(block);
    const [first, last] = [sentences[0]?.text, sentences.at(-1)?.text];
    const { readings } = readBlock(block, language, first !== undefined && continuesFigure(before, first), unnamed, month);
    if (block.kind !== 'paragraph') {
      before = block.text;
      for (const reading of readings) {
        const { rule, statements, sentence } = reading;
        const heardOf = heard.get(rule.id) ?? [];
        for (const statement of statements) {
          if (!('reason' in statement)) heardOf.push(statement.statistic);
          else if (!unread.has(rule.id)) {
            // Its numbers in words and its bidirectional controls are no words it lacks, as in `readWhole` ("<li>Gripna:
            // sextio</li>" printed the post's 250); a label of another topic still makes it strange ("<h2>Klimatmötet: 54
            // länder</h2>"). Since the night of 5 December one with no label that gives its figure bare is weighed as a
            // paragraph's sentence is (`withUnknownWords`, below): "<h3>Totalt greps 260 personer</h3>" printed the 250.
            // A label that names the statistic alone is read, as in a paragraph: "<li>Anhållna: 260 år 2011</li>" and
            // "<li>Gripanden - 260 år 2011</li>" printed the 250 (helper 178).
            const word = unknownWordOf(block, language, { text: wordsOf(statement.labelValue === undefined ? block.text : withoutAnyLabel(block.text)) });
            if (word === undefined) leaveOut(unread, statement, unreadHeading(block, statement));
            // A label's value is weighed as one (below), whether or not the tool takes its label for one: "<li>Barn
            // (preliminärt): 2</li>" is no count of the 252 children, as "<li>Barn: 2</li>" is none (helper 182).
            else if (statement.labelValue === undefined && withoutAnyLabel(block.text) === block.text && givesFigureBare(sentence.text, statement.figure, rule, language)) {
              if (!withUnknownWords.has(rule.id)) withUnknownWords.set(rule.id, unreadHeading(block, statement));
            } else if (weighable(statement) && weighsUnknown(statement, sentence.text, rule)) {
              leaveOut(withUnknownWords, statement, unreadHeading(block, statement));
            }
            else strange.push({ heading: strangeHeading(block, statement, word), values: valuesOf(block, language) });
          }
        }
        if (heardOf.length > 0) heard.set(rule.id, heardOf);
        if (statements.length === 0) weighLaterSplit(reading, block, undefined, year);
      }
      continue;
    }
    if (last !== undefined) before = last;
    // A paragraph's words are looked up once one of its figures would be read, and only then.
    let unknown: { word: string | undefined } | undefined;
    for (const reading of readings) {
      const { rule, statements } = reading;
      if (reading.unnamed) {
        // A sentence that does not name the statistic's topic is no place its figure is taken from, but a figure it
        // states clearly is one the page states, as a heading's is (`heard`).
        for (const statement of statements) {
          if ('reason' in statement) {
            // One it states in words the tool does not read as the statistic ("Nu är de 780 misstänkta.", "De misstänkta
            // är nu 780.") says another thing of it than the post's own sentence, when the tool reads its every word —
            // in the post's language or the other edition's ("The number of suspects is now 780.") — and it is so of the
            // post's topic, as a heading is (`unread`): the statistic is left out. One with a word the tool does not read
            // may be of another topic ("27 länder i EU deltar i klimatmötet."), and is weighed only where it gives its
            // figure bare (`withUnknownWords`, below).
            if (!unread.has(rule.id) && readWhole(block)) leaveOut(unread, statement, unreadSentence(statement));
            else if (weighsUnknown(statement, reading.sentence.text, rule)) leaveOut(withUnknownWords, statement, unreadSentence(statement));
            continue;
          }
          const statistic = ofYear(statement.statistic);
          const heardOf = heard.get(rule.id);
          if (heardOf) heardOf.push(statistic);
          else heard.set(rule.id, [statistic]);
        }
        if (statements.length === 0) weighLaterSplit(reading, block, undefined, year);
        continue;
      }
      for (const statement of statements) {
        if ('reason' in statement) {
          leaveOut(unclear, statement);
        } else if (statement.heardOnly) {
          const statistic = ofYear(statement.statistic);
          const heardOf = heard.get(rule.id);
          if (heardOf) heardOf.push(statistic);
          else heard.set(rule.id, [statistic]);
        } else {
          // A footnote mark is no word of the paragraph: "48 länder*<sup>ii</sup>" reads "48 länder*".
          unknown ??= { word: unknownWordOf(block, language, { text: withoutNoteLabel(withoutMarks(block.text, block.cuts)) }) };
          if (!strangers.has(rule.id)) {
            const reason = unknown.word === undefined ? elsewhere(blockIndex, rule, statement.statistic) : `its paragraph has ${wordNotRead(unknown.word, shownText(block))}`;
            if (reason) strangers.set(rule.id, { id: rule.id, figure: statement.figure, reason, start: block.start });
          }
          const all = found.get(rule.id);
          if (all) all.push(statement.statistic);
          else {
            found.set(rule.id, [statement.statistic]);
            attributesOf.set(rule.id, statement.attributes);
          }
        }
      }
      if (statements.length === 0 && !found.has(rule.id) && !unclear.has(rule.id) && !split.has(rule.id)) {
        const figure = cutFigureOf(reading, block, language);
        if (figure) split.set(rule.id, figure);
      } else if (statements.length === 0 && found.has(rule.id)) {
        weighLaterSplit(reading, block, undefined, year);
      }
    }
  }
  // An aside the post holds is no place its figures are taken from, but one that amends it is the post's (see
  // `withAsides` in src/locate/post.ts): what it states of a figure counts as a paragraph's sentence that does not name
  // the topic does ("<aside><p>PS: Tack för kommentarerna.</p><p>Det var 780 misstänkta.</p></aside>"), clearly against the
  // paragraphs' (`heard`), else in words the tool reads but not as the statistic (`unread`).
  for (const block of asides.flat()) {
    if (!mayStateFigure(withoutControls(block.text))) continue;
    for (const reading of readBlock(block, language, false, unnamed, month).readings) {
      const { rule, statements, sentence } = reading;
      for (const statement of statements) {
        if (!('reason' in statement)) {
          const heardOf = heard.get(rule.id);
          if (heardOf) heardOf.push(statement.statistic);
          else heard.set(rule.id, [statement.statistic]);
        } else if (!unread.has(rule.id) && readWhole(block)) leaveOut(unread, statement, unreadSentence(statement, asideName(block)));
        else if (weighsUnknown(statement, sentence.text, rule)) leaveOut(withUnknownWords, statement, unreadSentence(statement, asideName(block)));
      }
      // As in the post's paragraphs (`laterSplit`).
      if (statements.length === 0) weighLaterSplit(reading, block, asideName(block));
    }
  }
  for (const { later, year = null, readings } of weighedLater) {
    const worded = found.get(later.id) ?? [];
    const weighs = bareWeigher(worded);
    // A reading that is the post's value again agrees with it; another is weighed as a label's whole value would be.
    const contradicts =
      readings === undefined ? weighs({ period: null, year }) : readings.some((value) => !worded.some((statistic) => statistic.value === value) && weighs({ value, period: null, year }));
    if (!unread.has(later.id) && contradicts) unread.set(later.id, later);
  }
  for (const { into, value, said, exact } of agreeing) {
    const worded = found.get(said.id) ?? [];
    if (!into.has(said.id) && !worded.some((statistic) => statistic.value === value) && (exact || bareWeigher(worded)({ value, period: null, year: null }))) into.set(said.id, said);
  }
  // Since the evening of 5 December, one with a word the tool does not read is weighed too where it gives its figure
  // bare (`givesFigureBare`), unless the figure is one the post states of the statistic: "Egentligen är det 47 länder."
  // beside the post's 48 was taken to be of another topic, and the 48 printed.
  for (const [id, statement] of withUnknownWords) {
    const value = figureValue(statement.figure, language);
    const stated = (found.get(id) ?? []).some((statistic) => statistic.value === value);
    if (!unread.has(id) && !stated) unread.set(id, statement);
  }
  // A statement the tool does not understand may say another thing than the
  // others, as one that contradicts them does: the statistic is left out.
  const inPageOrder = new Map(STATISTIC_RULES.map((rule) => [rule.id, inOrder(found.get(rule.id) ?? [], heard.get(rule.id) ?? [])]));
  const stated = STATISTIC_RULES.flatMap((rule) => {
    const statements = found.get(rule.id);
    return statements && !unclear.has(rule.id) ? [{ id: rule.id, statements, all: inPageOrder.get(rule.id) ?? [] }] : [];
  });
  const agreed = stated.filter(({ all }) => !inConflict(all));
  // A figure per month, week or day is no statistic the output has, and no
  // guess makes it one per year: left out, and said so.
  for (const { id, statements } of agreed) {
    const other = statements.find(({ period }) => period !== null && period !== 'year');
    if (other) unclear.set(id, { id, figure: String(other.value), reason: `it is stated per ${other.period ?? ''}, a period no statistic of the output has`, start: other.start });
  }
  // Only a statement the tool reads every word of may be taken (see
  // src/rules/lexicon.ts); one that is not still counts in the checks above,
  // which say more of why the statistic is left out.
  for (const { id } of agreed) {
    const stranger = strangers.get(id);
    if (stranger && !unclear.has(id)) unclear.set(id, stranger);
    const heading = unread.get(id);
    if (heading && !unclear.has(id)) unclear.set(id, heading);
  }
  const clear = agreed.filter(({ id }) => !unclear.has(id));
  return {
    found: clear.map(({ statements }) => statements[0] as FoundStatistic),
    conflicts: stated.filter(({ all }) => inConflict(all)).map(({ id, all }) => ({ id, statements: [...weighed(all)] })),
    attributes: clear.flatMap(({ id }) => attributesOf.get(id) ?? []),
    split: STATISTIC_RULES.flatMap((rule) => (found.has(rule.id) || unclear.has(rule.id) ? [] : (split.get(rule.id) ?? []))),
    unclear: STATISTIC_RULES.flatMap((rule) => unclear.get(rule.id) ?? []),
    statements: [...inPageOrder.values()].flat(),
    unreadHeadings: [...unread.values()],
    strangeHeadings: strange,
  };
}

/** Whether an unread statement has a value to be weighed by: a label's, or a marked figure's digits. */
const weighable = ({ labelValue, markedValue }: UnclearStatistic): boolean => labelValue !== undefined || markedValue !== undefined;

function headingKind(block: Block): string {
  return block.kind === 'heading' ? 'a heading' : 'a list item';
}

/** Why a statistic is left out beside a heading or a list item of known words that says of a figure what the tool does not read (see `readStatistics`). */
function unreadHeading(block: Block, { id, figure, reason, labelValue }: UnclearStatistic): UnclearStatistic {
  const read = labelValue === undefined ? 'every word of which the tool reads' : 'whose label names it and every other word of which the tool reads';
  return { id, figure, reason: `${headingKind(block)} of the page ("${clipped(block.text)}"), ${read}, says of it what the tool does not read as ${id} (${reason})`, start: block.start };
}

/** Why a statistic is left out beside a sentence of the post, or of an aside it holds (`where`), of known words that names a figure of it without its topic and says of it what the tool does not read (see `readStatistics`). */
function unreadSentence({ id, figure, reason, start }: UnclearStatistic, where = 'another sentence of the post'): UnclearStatistic {
  return { id, figure, reason: `${where} names ${figure} of what it counts, in words the tool does not read as ${id} (${reason})`, start };
}

/** Why a statistic is left out beside a heading or a list item with a word the tool does not read that names another figure for it (see `readStatistics`). */
function strangeHeading(block: Block, { id, figure }: UnclearStatistic, word: string): UnclearStatistic {
  return { id, figure, reason: `${headingKind(block)} of the page ("${clipped(block.text)}") names ${figure} for ${id}, not a figure the post states, with a word the tool does not read ("${word}")`, start: block.start };
}

/**
 * The statistics of `found` that a block right outside the post's element
 * (`edges`: the page's block before it, and after it) speaks of with a word
 * the lexicon lacks: a correction set just outside the entry's content ("<p>Rättelse:
 * det var 780 misstänkta personer, inte 779.</p>" before its footer) speaks
 * of a figure as the block after the figure's paragraph inside it does (see
 * `readStatistics`) — by naming its value, or what it counts
 * (`speaksOfStatistic`); `stated`: the clear statements read around the post.
 * An edge may come with the label alone that heads it (its third part: "<h3>Rättelse</h3>" right after the post, over
 * "<p>Antalet misstänkta var 780.</p>"), heard with it as inside the post (`heardBlocks`).
 */
export function doubtedFromOutside(
  found: readonly FoundStatistic[],
  edges: ReadonlyArray<readonly [Block | undefined, string, Block?]>,
  stated: readonly FoundStatistic[],
  language: Language,
): UnclearStatistic[] {
  const doubted: UnclearStatistic[] = [];
  for (const statistic of found) {
    const rule = ruleOf(statistic.id);
    for (const [block, where, label] of edges) {
      // One that states the statistic clearly is set against the post's statements as they are (see `withoutContradictions`).
      if (!block || stated.some((statement) => statement.id === statistic.id && statement.start === block.start)) continue;
      const heard = [...heardBlocks(label ? [label, block] : [block])].at(-1) as HeardBlock;
      const word = unknownWordHeard(heard, language);
      if (word === undefined) continue;
      const { text } = heard;
      if (!valuesOf(block, language).has(statistic.value) && !speaksOfStatistic(rule, text)) continue;
      const which = label ? `a label right ${where} the post heads a block that` : `the block right ${where} the post`;
      const reason = `${which} speaks of it, with ${wordNotRead(word, text, clipped(text))}`;
      doubted.push({ id: statistic.id, figure: String(statistic.value), reason, start: statistic.start });
      break;
    }
  }
  return doubted;
}

/** Two statistics' statements read in page order, merged in page order (a stable sort: a block's statements keep theirs). */
function inOrder(statements: readonly FoundStatistic[], added: readonly FoundStatistic[]): FoundStatistic[] {
  return added.length === 0 ? [...statements] : [...statements, ...added].sort((a, b) => a.start - b.start);
}

/** The statistics `readStatistics` finds. */
export function extractStatistics(blocks: readonly Block[], language: Language, before = ''): FoundStatistic[] {
  return readStatistics(blocks, language, before).found;
}
