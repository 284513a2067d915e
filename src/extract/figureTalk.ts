/**
 * Since the evening of 5 December, the guard on what is said of the figures. The readers of amendments hear a
 * correction, a label, a withdrawal "since" or a value given; every hostile round found sentences of doubt, retraction,
 * time or scope that none of them hears ("UNODC:s siffra har ifrågasatts.", "Siffrorna gäller 2010.", "The UNODC
 * estimate was retracted in 2013.", "I made an error in the figures above.", "*The figure includes the European
 * Commission."), each of which printed the figure with exit 0. So a sentence that speaks of the figures as the post's
 * (`FIGURES_SPOKEN_OF`) with a word that doubts, corrects, changes, dates or narrows them (`DOUBTS`, `DATED_TO`), or
 * that gives them another source (`OTHER_SOURCE`), leaves out the figures it names, or every one where it names none.
 * The words are ordered data in src/rules/figureTalk.ts.
 */
import { DENIED_SINCE, FIGURE_OF_AFTER, FIGURE_OF_BEFORE, OWN, STATISTIC_RULES, type StatisticRule } from '../rules/facts.js';
import {
  ANOTHER_LIST, OWNERS_OF_ALL, DATED_TO, DOUBT_PHRASES, DOUBTS, ESTIMATE_WORD, FIGURES_SPOKEN_OF, LIST_SPOKEN_OF, MAY_SPEAK_OF_FIGURES, MAY_SPEAK_OF_LIST, NOTE_SCOPE, OTHER_SOURCE,
  FIGURES_OF_SOURCE, SOURCE_DOUBTED, SPARED_BEFORE, UNDERSTOOD,
} from '../rules/figureTalk.js';
import { WORD_CHAR } from '../rules/letters.js';
import { toSentences } from '../text/sentences.js';
import { MAX_SENTENCE } from './statistics.js';
import { withoutAnyLabel, yearOfFigures } from './speaking.js';

/** One sentence that says of figures what the tool does not read: the word that says it, and the statistics whose figures it names. */
export interface FigureTalk {
  sentence: string;
  word: string;
  rules: readonly StatisticRule[];
}

/** Longer than a figure's phrase and what it is of after it ("siffrorna om operation Rescue", "the figure for children safeguarded"). */
const OF_REACH = 48;
/** What a figure's phrase is of after "från" or "from" ("Siffrorna från operation Rescue"), which `FIGURE_OF_AFTER` leaves to a source. */
export const FROM_AFTER = new RegExp(`^ (?:från|from) (?:(?:the|operation|operationen) )?([${WORD_CHAR}]+)`, 'i');
/** The three words right after a figure's phrase, within its clause: what it counts ("antalet räddade barn", "the number of rescued children"). */
export const WORDS_AFTER = new RegExp(`^(?: [${WORD_CHAR}:'’-]+){1,3}`);
/** A figure's phrase's owner in the genitive ("UNODC:s uppskattning", "Europols siffror", "the UN's estimate"). */
export const OWNER = new RegExp(`^([${WORD_CHAR}]+)(?::s|['’]s|s['’])? `, 'i');
const ALL_FIGURES_SPOKEN_OF = FIGURES_SPOKEN_OF.map((pattern) => new RegExp(pattern.source, 'gi'));
const ALL_UNDERSTOOD = new RegExp(UNDERSTOOD.source, 'gi');
const ALL_LIST_SPOKEN_OF = LIST_SPOKEN_OF.map((pattern) => new RegExp(pattern.source, 'gi'));
/** Longer than a contrast and a word before a phrase ("men inte de ", `SPARED_BEFORE`). */
const SPARED_REACH = 32;

/** A word for a count, closing its phrase, which says what it counts after it ("antalet hotlines", "the number of reports"; not "the numbers above", which are figures). */
const COUNT_WORD = /(?:antalet|number|count|total)$/i;
/** What a count's word counts, right after it: a preposition or a word that is no verb of its clause. */
export const COUNTS_WHAT = /^ (?!(?:är|var|blev|har|hade|kan|kunde|ska|skulle|måste|bör|is|was|were|are|has|have|had|can|could|may|might|must|should|will|would|ovan|nedan|här|above|below|here)(?![\p{L}\p{N}]))\p{L}/iu;
/** The statistics whose figures the post gives as estimates: "the estimate" is of them ("beräknas", "are estimated"; "UNODC:s uppskattning"). */
const ESTIMATED = STATISTIC_RULES.filter(({ unit }) => unit === 'images');

/**
 * The statistics a figure's phrase names: a topic or an owner in the phrase ("UNODC:s uppskattning", "the Rescue
 * figures", "Europols siffror"), right before it ("Rescue-siffrorna"), right after it ("siffrorna om barnen", "the
 * figures from operation Rescue", "the number of arrests") or in the three words after it ("antalet räddade barn"),
 * or, for one owned by its clause's subject ("UNODC har reviderat sin uppskattning"), before it; an estimate names
 * the images' ("the estimate"). None named is every one; another's own figures ("Kommissionen reviderar sin
 * statistik", "Sveriges siffror") are none of the post's.
 */
function statisticsNamed(sentence: string, start: number, end: number): readonly StatisticRule[] {
  const phrase = sentence.slice(start, end);
  const after = sentence.slice(end, end + OF_REACH);
  const owner = OWNER.exec(phrase)?.[1];
  const owned = phrase.split(/\s+/).some((word) => OWN.test(word));
  const before = FIGURE_OF_BEFORE.exec(sentence.slice(Math.max(0, start - OF_REACH), start))?.[1];
  const parts = [phrase, before, FIGURE_OF_AFTER.exec(after)?.[1], FROM_AFTER.exec(after)?.[1], WORDS_AFTER.exec(after)?.[0], owned ? sentence.slice(0, start) : undefined];
  const named = STATISTIC_RULES.filter(({ topic, creditedTo }) => parts.some((part) => part !== undefined && (topic.test(part) || (creditedTo?.test(part) ?? false))));
  if (named.length > 0) return named;
  if (owned || (owner !== undefined && !OWNERS_OF_ALL.test(owner))) return [];
  // A count of what no statistic counts is another count ("Antalet hotlines är för lågt.", "The number of hotlines has grown.").
  if (COUNT_WORD.test(phrase) && COUNTS_WHAT.test(after)) return [];
  return ESTIMATE_WORD.test(phrase) ? ESTIMATED : STATISTIC_RULES;
}

/**
 * The phrases `patterns` find in a sentence, in order, each with where it ends: not one a contrast sets apart from
 * what the sentence says ("… reviderat planen men inte målen", `SPARED_BEFORE`).
 */
function phrasesIn(sentence: string, patterns: readonly RegExp[]): Array<{ start: number; end: number }> {
  return patterns
    .flatMap((pattern) => [...sentence.matchAll(pattern)].map((found) => ({ start: found.index, end: found.index + found[0].length })))
    .filter(({ start }) => !SPARED_BEFORE.test(sentence.slice(Math.max(0, start - SPARED_REACH), start)))
    .sort((a, b) => a.start - b.start);
}

/**
 * Whether one of `patterns` stands in the opening of a sentence too long to read (`MAX_SENTENCE`): such a sentence is
 * unread where a phrase of what it may speak of opens it, and the rest of it is not searched.
 */
const opensWith = (patterns: readonly RegExp[], sentence: string): boolean => patterns.some((pattern) => pattern.test(sentence.slice(0, MAX_SENTENCE)));
const TOO_LONG = 'a sentence too long to read';

/** A year, which names no figure of a statistic ("drogs tillbaka 2013", "gäller 2010"). */
const YEARS = /(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/g;
const DIGIT = /[0-9]/;

/** What says of figures what the tool does not read; in a note under a figure's mark, scope alone too (`NOTE_SCOPE`). */
const SAYS = [...DOUBTS, ...DOUBT_PHRASES, DATED_TO, OTHER_SOURCE];
const NOTE_SAYS = [...SAYS, NOTE_SCOPE];

/** The words of a sentence that doubt, correct, change, date or narrow figures, or give them another source, if any. */
function doubtIn(sentence: string, note: boolean): string | undefined {
  const said = sentence.replace(ALL_UNDERSTOOD, ' ');
  for (const pattern of note ? NOTE_SAYS : SAYS) {
    const found = pattern.exec(said);
    if (found) return found[0];
  }
  return undefined;
}

/**
 * What a sentence says of figures the tool does not read, or undefined when it speaks of none or says nothing of them
 * that doubts, corrects, changes, dates or narrows them; `note`: the sentence is a footnote's, under a figure's mark.
 * One that states a number other than a year is the statistics' readers' ("Siffran 779 gäller fortfarande.",
 * "Rättelse: siffran 252 ovan stämmer inte." leaves out that figure alone), and a withdrawal since whose subject is a
 * denial the withdrawals' reader's (`DENIED_SINCE`: "None of the figures have since been withdrawn."). A correction
 * the amendments' readers hear too ("Siffrorna ovan är fel.") is heard here as well: in a figure's own paragraph they
 * read it as a statement of that figure alone.
 */
export function unreadFigureTalk(sentence: string, { note = false }: { note?: boolean } = {}): FigureTalk | undefined {
  if (!MAY_SPEAK_OF_FIGURES.test(sentence)) return undefined;
  // Before the test for a figure: the statistics' readers do not read one in a sentence too long (a hostile check's
  // "Siffrorna är osäkra, 111…" past 2 000 characters printed every figure).
  if (sentence.length > MAX_SENTENCE) return opensWith(FIGURES_SPOKEN_OF, sentence) ? { sentence, word: TOO_LONG, rules: STATISTIC_RULES } : undefined;
  if (DIGIT.test(sentence.replace(YEARS, ' '))) return undefined;
  // A source doubted, with no word for figures ("Operation Rescue har ifrågasatts."): the figures it names.
  const source = SOURCE_DOUBTED.exec(sentence)?.[0];
  if (source !== undefined) {
    const ids = FIGURES_OF_SOURCE.flatMap(([name, given]) => (name.test(source) ? given : []));
    return { sentence, word: source.trim(), rules: STATISTIC_RULES.filter(({ id }) => ids.includes(id)) };
  }
  const phrases = phrasesIn(sentence, ALL_FIGURES_SPOKEN_OF);
  // The denial's pattern is the costliest here: asked only of a sentence that speaks of figures.
  if (phrases.length === 0 || sentence.search(DENIED_SINCE) >= 0) return undefined;
  const word = doubtIn(sentence, note);
  if (word === undefined) return undefined;
  const rules = new Set(phrases.flatMap(({ start, end }) => statisticsNamed(sentence, start, end)));
  return rules.size > 0 ? { sentence, word, rules: STATISTIC_RULES.filter((rule) => rules.has(rule)) } : undefined;
}

/** Each sentence of a text that says of figures what the tool does not read (`unreadFigureTalk`), in order. */
export function* unreadFigureTalkIn(text: string, options: { note?: boolean } = {}): Generator<FigureTalk> {
  if (!MAY_SPEAK_OF_FIGURES.test(text)) return;
  for (const { text: sentence } of toSentences(text)) {
    const talk = unreadFigureTalk(sentence, options);
    if (talk !== undefined) yield talk;
  }
}

/**
 * The first sentence of a text that speaks of the commitments' list as the post's (`LIST_SPOKEN_OF`: "Målen ovan har
 * ändrats sedan dess.", "The commitments are provisional.") and says of it what the tool does not read, as
 * `unreadFigureTalk` hears of the figures: the same words, read once for both.
 */
export function unreadListTalk(text: string): { sentence: string; word: string } | undefined {
  if (!MAY_SPEAK_OF_LIST.test(text)) return undefined;
  for (const { text: sentence } of toSentences(text)) {
    if (sentence.length > MAX_SENTENCE) {
      if (opensWith(LIST_SPOKEN_OF, sentence)) return { sentence, word: TOO_LONG };
      continue;
    }
    // Another's goal or point is none of the list's ("punkten på dagordningen", "the goal of the trip").
    const own = phrasesIn(sentence, ALL_LIST_SPOKEN_OF).some(({ end }) => !ANOTHER_LIST.test(sentence.slice(end, end + OF_REACH)));
    if (!own || sentence.search(DENIED_SINCE) >= 0) continue;
    const word = doubtIn(sentence, false);
    if (word !== undefined) return { sentence, word };
  }
  return undefined;
}

/**
 * Whether a sentence gives a statistic's figures the year the post gives them, and says nothing more of them
 * (`yearOfFigures`: "Siffrorna för Rescue gäller 2011.", "PS: Rescue-siffrorna gäller år 2011."): it agrees with the post.
 */
export const givesOwnYear = (sentence: string, rule: StatisticRule, year: number | null): boolean => year !== null && yearOfFigures(rule, withoutAnyLabel(sentence)) === year;
