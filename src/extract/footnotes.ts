import { leavingOut, type PostFacts } from '../locate/post.js';
import { DOUBTED, FIGURE_WORDS, FOOTNOTE_ESTIMATE, FOOTNOTE_MARK, starMark, FOOTNOTE_PART, FOOTNOTE_PART_OPENING, FOOTNOTE_QUALIFIER, STATISTIC_RULES, TYPED_NOTE_NUMBER, ruleOf } from '../rules/facts.js';
import { isCountryWord } from '../countries/resolve.js';
import { countryNamedIn } from '../countries/named.js';
import { clipped } from '../text/clip.js';
import { asTyped, shownText, type Block } from '../text/blocks.js';
import { noteOpening, raised, withMarksRaised } from '../text/marks.js';
import { ROMAN_MARK, TYPED_ROMAN_MARK } from '../rules/noteMarks.js';
import { sourceGivenBy } from './sourceNote.js';
import { toSentences } from '../text/sentences.js';
import type { StatisticId } from '../schema/output.js';
import type { CountriesAmendment } from './amendedCountries.js';
import type { FoundStatistic, UnclearStatistic } from './statistics.js';
import { unknownWord, unknownWordOf } from './unknownWord.js';
import { datedAfter } from './years.js';
import { wordNotRead } from './wordNotRead.js';
import { countsOf } from './noteCounts.js';
import { givesOwnYear, unreadFigureTalkIn } from './figureTalk.js';

/** A footnote of the post that qualifies some of its figures in words the tool does not read. */
export interface QualifyingFootnote {
  /** The footnote's words, clipped, and how a message names its unread word. */
  text: string;
  said: string;
  start: number;
  qualifies: FoundStatistic[];
  /** Statistics left out already, unread, whose sentence carries its mark ("48 länder[1]" for "[1] Sex av länderna …"). */
  unread: StatisticId[];
}

/**
 * The statistics a footnote speaks of: those whose statement carries its mark (`byMark`, from `bearingMark`)
 * ("48 länder*" for "*Sex av länderna deltar bara som observatörer."), none more where only a figure the tool did
 * not read carries it, else those whose topic it names ("(1) Barnen räknas bara i EU."), else every
 * one — a note that qualifies "the figures" qualifies each.
 */
function marked(byMark: Bearing, text: string, statistics: readonly FoundStatistic[]): FoundStatistic[] {
  if (byMark.found.length > 0 || byMark.unread.length > 0) return [...byMark.found];
  // A topic of a statistic left out already names no other: "Note: the Rescue figures are provisional."
  const topics = STATISTIC_RULES.filter((rule) => rule.topic.test(text)).map(({ id }) => id);
  return topics.length > 0 ? statistics.filter(({ id }) => topics.includes(id)) : [...statistics];
}

type Marked = Pick<PostFacts, 'blocks' | 'statistics' | 'unclearFigures'>;
/** The statements that carry a note's mark: those read, and the statistics of those the tool could not read. */
interface Bearing {
  found: FoundStatistic[];
  unread: StatisticId[];
}

/** A note's number however it is set ("¹", "[1]", "(1)", a superscript's "1" or "1)", typed "1." or "1)"), as a figure's superscript reads raised. */
const NUMBERED = new RegExp(`^[[(]?([0-9]{1,2}|${ROMAN_MARK})(?:[\\]).:]|\\s*[-–—])?$`);
const RAISED_NUMBER = /^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|[ⁱᵛˣ]{1,4})$/;
/** A superscript's number as the note's text has it: as a digit it would be found in any figure of the sentence, and a roman numeral's letter in any word. */
const DIGITS_ONLY = new RegExp(`^(?:[0-9]+|${ROMAN_MARK})(?:[).:]|\\s*[-–—])?$`);

/**
 * The statistics whose statement carries a footnote's mark: "48 länder*" for "*…", and since 4 December "48
 * länder<sup>1</sup>" or "48 länder¹" for "¹ …", "<sup>1</sup> …" or "[1] …" — a number is a mark only as a
 * superscript (`withMarksRaised`), never as a digit of the sentence. Since 4 December a figure the tool could not read
 * carries it too ("48 länder[1]", whose "1" it reads as a number of the sentence): left out already, what it counts
 * the note still speaks of.
 */
function bearingMark(mark: string, { blocks, statistics, unclearFigures }: Marked): Bearing {
  const bare = starMark(mark.trim());
  if (bare === '') return { found: [], unread: [] };
  const number = NUMBERED.exec(bare)?.[1];
  const raisedMark = number === undefined ? (RAISED_NUMBER.test(bare) ? bare : undefined) : raised(number);
  const literal = !DIGITS_ONLY.test(bare);
  const carries = (statement: Statement) => (literal && statement.quote.includes(bare)) || (raisedMark !== undefined && asSeen(statement, blocks).includes(raisedMark));
  const unread = unclearFigures.filter(({ figure, start }) => sentencesOf(figure, start, blocks).some(carries)).map(({ id }) => id);
  return { found: statistics.filter(carries), unread };
}

type Statement = Pick<FoundStatistic, 'quote' | 'start'>;

/** The sentences of the paragraph at `start` that hold a figure the tool could not read. */
function sentencesOf(figure: string, start: number, blocks: readonly Block[]): Statement[] {
  const block = blocks.find((candidate) => candidate.start === start);
  if (block === undefined || figure === '') return [];
  return toSentences(block.text).flatMap(({ text }) => (text.includes(figure) ? [{ quote: text, start }] : []));
}

/** A statistic's sentence with the footnote marks it carries raised, as the reader sees them ("48 länder¹"). */
function asSeen({ quote, start }: Statement, blocks: readonly Block[]): string {
  const block = blocks.find((candidate) => candidate.start === start && candidate.cuts !== undefined && candidate.text.includes(quote));
  if (block === undefined) return quote;
  const at = block.text.indexOf(quote);
  // Raising a mark keeps its length: the sentence stands where it stood.
  return withMarksRaised(block.text, block.cuts).slice(at, at + quote.length);
}

/**
 * The mark that opens a footnote (`noteOpening`) as the text has it, with the space after it, or undefined for a
 * block that is none; a number typed (`TYPED_NOTE_NUMBER`) is `typed`, a mark only of a note under a figure that carries it.
 */
export function footnoteMark(block: Block): { mark: string; typed?: true } | undefined {
  const opening = noteOpening(block)?.opening;
  if (opening !== undefined) return { mark: opening };
  const typed = TYPED_NOTE_NUMBER.exec(block.text)?.[0] ?? TYPED_ROMAN_MARK.exec(block.text)?.[0];
  return typed === undefined ? undefined : { mark: typed, typed: true };
}

/**
 * The source a footnote only gives (`sourceGivenBy`), or undefined: "¹ Källa: regeringen.", "<sup>1</sup> Source: the
 * government.", "1) Källa: regeringen.", as a note on a listed country is read.
 */
export function sourceOfNote(item: Block): string | undefined {
  const block = asTyped(item);
  const opening = footnoteMark(block);
  // Since 4 December a number typed opens a source too: numbered as a note or as a paragraph, the words are only a source.
  if (opening === undefined) return undefined;
  return sourceGivenBy(block.text.slice(opening.mark.length));
}

/** A name in capitals names a grouping a part belongs to, not how it takes part: "*Of these, 27 are EU members." */
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,6}(?::s)?(?![\p{L}\p{N}])/gu;

/** The words of a footnote (after its `mark`) that count a part of what the figure counts (`FOOTNOTE_PART`, `FOOTNOTE_PART_OPENING`), or null. */
const partOf = (text: string, mark: string): RegExpExecArray | null => FOOTNOTE_PART.exec(text) ?? FOOTNOTE_PART_OPENING.exec(text.slice(mark.length));

/**
 * The word that makes a footnote under a figure's mark narrow it by a part of what it counts (`FOOTNOTE_PART`,
 * `FOOTNOTE_PART_OPENING`): the first the tool does not read beside the count, "principle" in "*Two of them in
 * principle.", "bekräfta" in "*Två återstår att bekräfta.".
 */
function partNotRead(text: string, mark: string, language: PostFacts['language']): string | undefined {
  const part = partOf(text, mark);
  if (part === null) return undefined;
  const rest = text.replace(part[0], ' ').replace(ACRONYM, ' ');
  return unknownWord(rest, language, isCountryWord);
}

/**
 * The mark of a footnote that speaks of a part of what the figure under it counts (`FOOTNOTE_PART`): "*" for "*Two of
 * them in principle.", "*All countries here. Två av dem …"; undefined for any other block, and for a superscript's number.
 */
export function partNoteMark(item: Block): string | undefined {
  const block = asTyped(item);
  const mark = FOOTNOTE_MARK.exec(block.text)?.[0];
  return mark !== undefined && partOf(block.text, mark) !== null ? mark.trim() : undefined;
}

/** Whether a block's words, but for its mark, are all its links' ("*Alla länder här" linking to the list). */
function onlyLinks(block: Block): boolean {
  const bare = (text: string) => text.replace(FOOTNOTE_MARK, '').replace(/\s+/g, '');
  const linked = bare(block.links.map(({ text }) => text).join(' '));
  return linked !== '' && bare(block.text) === linked;
}

/**
 * The footnotes of the post (`FOOTNOTE_MARK`) that narrow what its figures
 * count (`FOOTNOTE_QUALIFIER`): "*Sex av länderna deltar bara som
 * observatörer." makes the post's "48 länder*" a count the tool cannot vouch
 * for, as "¹ Siffrorna avser enbart Europa." does every figure, and as
 * "*Av dessa är sex observatörer." does under that mark without naming the
 * count. The post's own "*Alla länder här" and its link, a list of the
 * countries, a source or a photo credit qualifies nothing.
 */
export function findQualifyingFootnotes(read: Pick<PostFacts, 'blocks' | 'language' | 'statistics' | 'statements' | 'unclearFigures'>, published: string | null = null): QualifyingFootnote[] {
  // A note qualifies the statements under its mark whether or not they were left out for another reason: one on a count
  // of countries left out already ("*Två av dem…" right after its paragraph) still says the list is not who takes part.
  const post = { blocks: read.blocks, language: read.language, statistics: read.statements, unclearFigures: read.unclearFigures };
  const notes: QualifyingFootnote[] = [];
  // A line typed as a bulleted item ("* Sex av länderna …") is read as the note it may be too.
  for (const block of post.blocks.map(asTyped)) {
    const opening = footnoteMark(block);
    if (opening === undefined) continue;
    const { mark } = opening;
    const text = shownText(block);
    // A footnote narrows a figure when it says what it counts, or that it is a figure, and narrows it ("Sex av länderna
    // deltar bara som observatörer."); a source, a photo credit, a link on ("¹ Källa: Europol.", "** Läs mer hos Europol")
    // or a list of the countries ("*Alla länder utom följande: Albanien, …", read by the countries' own rules) does not.
    const narrows = FOOTNOTE_QUALIFIER.exec(text)?.[0] ?? FOOTNOTE_ESTIMATE.exec(text)?.[0];
    // Since 4 December, a part of what the marked figure counts in words the tool does not read narrows it too, in the
    // post's own footnote as in a note of its own: "*Two still to be confirmed.", "*Alla länder här. Två av dem återstår att bekräfta."
    const bearing = bearingMark(mark, post);
    // Since 4 December a note numbered as typed ("1) Sex av länderna …") is one under a figure that carries its number
    // raised ("48 länder<sup>1</sup>"); elsewhere the number counts or numbers a paragraph ("1) Minska tillgången …").
    const bears = bearing.found.length > 0 || bearing.unread.length > 0;
    if (opening.typed && !bears) continue;
    // Since 4 December a note under a figure's mark that gives another count of what it counts ("*Alla länder här
    // (uppdaterad lista, 49 länder)" under "48 länder*") contradicts it: the figure, and the list, are left out.
    const recounted = bearing.found.filter(({ id, value }) => countsOf(id, text).some((count) => count !== value));
    if (recounted.length > 0) {
      const counts = [...new Set(recounted.flatMap(({ id }) => countsOf(id, text)))].join(', ');
      notes.push({ text: clipped(text), said: `another count of what it counts (${counts})`, start: block.start, qualifies: recounted, unread: bearing.unread });
      continue;
    }
    const part = narrows === undefined && bears ? partNotRead(text, mark, post.language) : undefined;
    // Since 4 December a note under a figure's mark that doubts it or its source ("¹ Källa: utkast.", "¹ Unconfirmed.")
    // leaves it out, as such a note under a listed country leaves the country out.
    const doubt = narrows === undefined && part === undefined && bears ? DOUBTED.exec(text)?.[0] : undefined;
    if (doubt !== undefined) {
      notes.push({ text: clipped(text), said: `a word that doubts it ("${doubt}")`, start: block.start, qualifies: marked(bearing, text, post.statistics), unread: bearing.unread });
      continue;
    }
    // Since 4 December a source dated after the post under a figure's mark ("¹ Källa: regeringen 2013.") is not where
    // the figure came from, as under a listed country.
    const source = bears && published !== null ? sourceGivenBy(block.text.slice(mark.length)) : undefined;
    if (narrows === undefined && part === undefined && source !== undefined && published !== null && datedAfter(source, published)) {
      notes.push({ text: clipped(text), said: `a source dated after the post ("${source}")`, start: block.start, qualifies: marked(bearing, text, post.statistics), unread: bearing.unread });
      continue;
    }
    if (onlyLinks(block) || countryNamedIn(text, post.language) !== undefined) continue;
    // Since the evening of 5 December a note that says of figures what the tool does not read (`unreadFigureTalk`: "*The
    // figure includes the European Commission.", "¹ Siffrorna har ifrågasatts.") qualifies those it speaks of, as one
    // that narrows them does; one that only gives their source (`sourceGivenBy`) does not.
    const talk = narrows === undefined && part === undefined && sourceGivenBy(block.text.slice(mark.length)) === undefined ? unreadFigureTalkIn(block.text.slice(mark.length), { note: true }).next().value : undefined;
    // The figures it gives only the year the post gives them it agrees with ("¹ Siffrorna för Rescue gäller 2011.").
    const doubted = talk && marked(bearing, text, post.statistics).filter(({ id, year }) => !givesOwnYear(talk.sentence, ruleOf(id), year));
    if (doubted !== undefined && (doubted.length > 0 || bearing.unread.length > 0)) {
      notes.push({ text: clipped(text), said: `what the tool does not read of the figures ("${talk.word}")`, start: block.start, qualifies: doubted, unread: bearing.unread });
      continue;
    }
    if (narrows === undefined && part === undefined) continue;
    // Under a figure's mark the note speaks of that figure without naming it: "*Av dessa är sex observatörer.", "*Estimate."
    const named = bears || FIGURE_WORDS.test(text) || STATISTIC_RULES.some((rule) => rule.topic.test(text));
    if (!named) continue;
    // Its mark is no word of it: "<sup>ii</sup> Två av dem …" has none the tool does not read.
    const word = part ?? unknownWordOf(block, post.language, { countries: true, text: block.text.slice(mark.length) });
    const said = word === undefined ? `words that narrow what it counts ("${narrows}")` : wordNotRead(word, text);
    notes.push({ text: clipped(text), said, start: block.start, qualifies: marked(bearing, text, post.statistics), unread: bearing.unread });
  }
  return notes;
}

/** The post without the figures its footnotes qualify (see `findQualifyingFootnotes`). */
export function withoutQualifiedFigures(post: PostFacts, notes: readonly QualifyingFootnote[]): PostFacts {
  const unclear: UnclearStatistic[] = [];
  for (const note of notes) {
    for (const { id, value, start } of note.qualifies) {
      // One left out already (for who takes part, `footnoteOnCountries`) is said once.
      if (unclear.some((figure) => figure.id === id) || !post.statistics.some((statistic) => statistic.id === id)) continue;
      unclear.push({ id, figure: String(value), reason: `a footnote of the post qualifies it, with ${note.said} ("${note.text}")`, start });
    }
  }
  return unclear.length === 0 ? post : leavingOut(post, () => null, unclear);
}

/** A footnote that qualifies the number of countries qualifies who takes part: the list is left out beside it. */
export function footnoteOnCountries(notes: readonly QualifyingFootnote[]): CountriesAmendment | undefined {
  const counted = (id: StatisticId) => STATISTIC_RULES.some((rule) => rule.id === id && rule.unit === 'countries');
  const note = notes.find(({ qualifies, unread }) => qualifies.some(({ unit }) => unit === 'countries') || unread.some(counted));
  return note && { text: note.text, start: note.start, why: `is a footnote that qualifies who takes part, with ${note.said}` };
}
