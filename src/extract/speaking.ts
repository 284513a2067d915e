/**
 * Whether a block speaks of one of the post's facts without stating it: a
 * correction or an update ("Rättelse: siffrorna om operation Rescue ovan
 * stämmer inte", "Uppdatering: målen ovan har ändrats") need not stand beside
 * what it corrects nor repeat it. Such a block with a word the lexicon lacks
 * leaves the fact out (see `readStatistics`, `extractCommitments`).
 */
import {
  AMENDMENT_LABEL,
  AMENDMENT_WORD,
  ANY_LABEL,
  COMMITMENTS_TOPIC,
  COUNT_IN_WORDS,
  FREQUENCY_AFTER,
  COUNTRIES_TOPIC,
  COUNTRY_LIST_CHANGE,
  COUNTRY_MEMBERSHIP,
  COUNTRIES_SUBJECT_WORDS,
  COUNT_NOW,
  CORRECTION_LABEL,
  CORRECTS_VALUE,
  DATELINE,
  ERROR_IN_POST,
  DENIAL_EXCEPTED,
  DENIED_SINCE,
  ERROR_WORDS,
  ERROR_WORDS_UNDER_LABEL,
  EVENT_ATTENDANCE,
  EVENT_JOINED,
  EVENT_MISSED,
  FACT_WORDS,
  FIGURES_NAMED,
  FIGURE_OF_AFTER,
  FIGURE_OF_BEFORE,
  FIGURE_OR_FACT_WORD,
  FIGURE_SUBJECT_WORDS,
  FIGURE_WORDS,
  IN_RESPECTS,
  JOINED,
  LEFT,
  COUNT_PASSED,
  DATED_AFTER,
  NO_LONGER,
  PERFECT_BEFORE,
  WELCOME_TO,
  MORE_IN_WORDS,
  WITHDRAWN_SINCE,
  LABEL_STAMP,
  LIST_WORDS,
  MEMBERSHIP_STATED,
  NEGATION,
  NEWS,
  NOTE_LABEL,
  OF_THE_POST,
  OTHER_QUANTITY,
  OWN,
  RESTATING_LABEL,
  STATISTIC_RULES,
  THANKS,
  VALUE_ALONE_AFTER,
  VALUE_ALONE_BEFORE,
  VALUE_GIVEN_AFTER,
  VALUE_CALLED_RIGHT,
  VALUE_GIVEN_BEFORE,
  YEAR_OF_FIGURES,
  type StatisticRule,
} from '../rules/facts.js';
import { countriesNamedIn, countryNamedIn } from '../countries/named.js';
import { governmentsAsCountries } from '../countries/governments.js';
import { ANY_SCALE_WORD, NUMBER_WORD, NUMBER_WORDS, SCALE_AFTER, SCALE_WORD, readNumbers } from './numbers.js';
import { mayStateAny } from './statingWords.js';
import { WORD_CHAR } from '../rules/letters.js';
import { unknownWord, unknownWordOf } from './unknownWord.js';
import { isCountryWord } from '../countries/resolve.js';
import { shownText, type Block } from '../text/blocks.js';
import { withoutAll } from '../text/without.js';
import { clipped } from '../text/clip.js';
import { onPageEnd } from '../text/pageEnd.js';
import { welcomedOtherwise } from './unnamedJoin.js';
import type { Language } from './numbers.js';

const DIGIT = /[0-9]/;

/**
 * Whether text may hold a figure: `readNumbers` reads none, clear or not,
 * without a digit or a scale word, and no cut runs through one there, so a
 * sentence or a block without either is spared every rule's words.
 */
export const mayHoldFigure = (text: string): boolean => DIGIT.test(text) || ANY_SCALE_WORD.test(text);

/** Whether text may state a figure in digits, a scale word or words (`mayHoldFigure`, `NUMBER_WORD`: "sextio"). */
export const mayStateFigure = (text: string): boolean => mayHoldFigure(text) || NUMBER_WORD.test(text);

/** What each fact is about (`StatisticRule.topic`, `COMMITMENTS_TOPIC`). */
const TOPICS: readonly RegExp[] = [...STATISTIC_RULES.map((rule) => rule.topic), COMMITMENTS_TOPIC];
/** Whom figures are credited to, as their owner right before a word for one (`StatisticRule.creditedTo`: "Europols siffror"). */
const CREDITED: readonly RegExp[] = [...new Set(STATISTIC_RULES.flatMap((rule) => (rule.creditedTo ? [rule.creditedTo] : [])))];

/** Whether an amendment's label opens text (`AMENDMENT_LABEL`); a theme's dateline (`DATELINE`) is none. */
const labelled = (text: string): boolean => AMENDMENT_LABEL.test(text) && !DATELINE.test(text);

/**
 * Whether text calls something the post said wrong, or corrected (`ERROR_WORDS`), or does so under a label with a
 * word that may judge anything in prose (`ERROR_WORDS_UNDER_LABEL`: "misstag", "reviderar").
 */
export const callsWrong = (text: string): boolean =>
  ERROR_WORDS.some((pattern) => pattern.test(text)) || withdrawnSince(text) || (ERROR_WORDS_UNDER_LABEL.test(text) && labelled(text));

/**
 * Whether text says what was withdrawn, disputed or left since the post (`WITHDRAWN_SINCE`) with no denial as its
 * subject (`DENIED_SINCE`: "None of the figures have since been withdrawn."); a denial that excepts a part after it
 * (`DENIAL_EXCEPTED`: "…, except the Rescue figures.") says that part was.
 */
function withdrawnSince(text: string): boolean {
  if (!WITHDRAWN_SINCE.test(text)) return false;
  const undenied = text.replace(DENIED_SINCE, (denial: string, at: number) => (DENIAL_EXCEPTED.test(sentenceFrom(text, at + denial.length)) ? denial : ' '));
  return WITHDRAWN_SINCE.test(undenied);
}

/** The rest of text's sentence from `from`. */
function sentenceFrom(text: string, from: number): string {
  const rest = text.slice(from);
  const end = rest.search(/[.!?]/);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * Whether text amends the post: it opens with an amendment's label
 * (`AMENDMENT_LABEL`: "Rättelse:", "PS:", "Update:") or calls something
 * wrong or corrected (`ERROR_WORDS`: "felaktiga", "stämmer inte", "was in
 * error"). A theme's dateline ("Updated: December 7, 2012", `DATELINE`)
 * says when, not what, and amends nothing.
 */
export const amends = (text: string): boolean => labelled(text) || callsWrong(text);

/**
 * Whether HTML, or text, may hold an amendment anywhere (`amends`): a word of
 * a label or an error word. Furniture without one is not read for one.
 */
export const mayAmend = (html: string): boolean => AMENDMENT_WORD.test(html) || callsWrong(html) || givesValue(html);

/** How far after `CORRECTS_VALUE`'s words the value it gives stands: "ska vara 780", "nu är vi 49", "should read 780", "ska vara, som sagt, 780". */
const VALUE_AFTER = 24;
const DIGIT_RUNS = /[0-9]+/g;
const COLON_NEXT = /^\s*:/;

/**
 * Whether `CORRECTS_VALUE`'s words give a number right after them that is no year, in figures or in words, or announce
 * one with a colon: "Siffran ska vara 780.", "Det ska vara sjuhundraåttio.", "Det ska vara:" do; a related post's
 * "programmet ska vara på plats under 2013" and "Det ska vara roligt." do not, and are read as no amendment.
 */
function givesValue(text: string): boolean {
  const words = CORRECTS_VALUE.exec(text);
  if (!words) return false;
  const after = text.slice(words.index + words[0].length, words.index + words[0].length + VALUE_AFTER);
  if (COLON_NEXT.test(after) || NUMBER_WORD.test(after)) return true;
  return (after.match(DIGIT_RUNS) ?? []).some((run) => !(run.length === 4 && (run.startsWith('19') || run.startsWith('20'))));
}

/**
 * What follows `CORRECTS_VALUE`'s words and a colon after them, which a reader takes for the value ("Det ska vara:
 * 780", "It should be: 780"); undefined if no colon follows them.
 */
function afterValueColon(text: string): string | undefined {
  const words = CORRECTS_VALUE.exec(text);
  if (!words) return undefined;
  const rest = text.slice(words.index + words[0].length);
  const colon = COLON_NEXT.exec(rest);
  return colon ? rest.slice(colon[0].length) : undefined;
}

/** Whether text ends in the words that give a value and a colon ("Det ska vara:"): the block after it gives the value. */
export const announcesValue = (text: string): boolean => text.trimEnd().endsWith(':') && afterValueColon(text)?.trim() === '';

/** Whether text may give a figure a value: a figure, a number in words ("sjuhundraåttio"), or a colon that announces one. */
const mayGiveValue = (text: string): boolean => mayStateFigure(text) || (text.includes(':') && afterValueColon(text) !== undefined);

/**
 * Whether a sentence of text gives a value with `CORRECTS_VALUE`'s words, as what a figure should be or now is:
 * "Antalet gripna ska vara 251.", "… ska vara, som sagt, 251.", "… ska vara tvåhundrafemtioen.", "… ska vara:".
 * Unlike `givesValue`, the value must be given (`givenAsValue`): "Barnen ska vara 12 år." gives the children an age.
 * Such a sentence that names a fact's topic speaks of that fact (`speaksOf`) with no label.
 */
export function givesValueTo(text: string): boolean {
  return valueGiven(text) !== undefined;
}

/** How a text gives a value (`givesValueTo`): bare ("ska vara 780"), or with what it counts after it ("ska vara 780 misstänkta"). */
type Given = 'bare' | 'counted';

function valueGiven(text: string): Given | undefined {
  // Asked of one text by each rule in turn (`speaksOf`): the last answer is kept.
  if (text !== valueGivenIn.text) valueGivenIn = { text, gives: readsValueGiven(text) };
  return valueGivenIn.gives;
}

let valueGivenIn: { text: string; gives: Given | undefined } = { text: '', gives: undefined };
onPageEnd(() => {
  valueGivenIn = { text: '', gives: undefined };
});

function readsValueGiven(text: string): Given | undefined {
  if (!givesValue(text)) return undefined;
  let gives: Given | undefined;
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const words = CORRECTS_VALUE.exec(sentence);
    if (!words) continue;
    if (afterValueColon(sentence) !== undefined) return 'bare';
    const from = words.index + words[0].length;
    const values = [...sentence.slice(from).matchAll(DIGITS)].map((digits) => ({ start: from + digits.index, end: from + digits.index + digits[0].length, text: digits[0] }));
    for (const { start, end, text: value } of [...values, ...numbersInWords(sentence, []).filter((run) => run.start >= from)]) {
      if (YEAR.test(value)) continue;
      if (givenAsValue(sentence, start, end)) return 'bare';
      const counted = countedAfter(sentence.slice(end, end + VALUE_REACH));
      if (counted !== '' && givenAsValue(sentence, start, end, counted.length)) gives = 'counted';
    }
  }
  return gives;
}

/** The people a count of persons may go on to name ("780 misstänkta personer", "251 arrested persons"). */
const PERSONS_NEXT = /^ (?:personer|people|persons|individer|individuals)(?![\p{L}\p{N}])/iu;

/**
 * The words right after a value that say what a statistic counts (`StatisticRule.after`, or its `countedBefore` right
 * there: "780 misstänkta", "251 gripna", "49 countries", "två miljoner bilder"), else '': with no label, "Det ska vara
 * 780 misstänkta." gives the suspects a value as "Antalet misstänkta ska vara 780." does.
 */
function countedAfter(text: string): string {
  const scale = SCALE_AFTER.exec(text)?.[0] ?? '';
  const rest = text.slice(scale.length);
  for (const rule of STATISTIC_RULES) {
    const named = countedRightAfter(rule, rest);
    if (named !== undefined) return `${scale}${named}${PERSONS_NEXT.exec(rest.slice(named.length))?.[0] ?? ''}`;
  }
  return '';
}

/** What the rule's statistic counts, opening the text: its `after`, or its `countedBefore` after a space ("251 gripna"). */
function countedRightAfter({ after, countedBefore }: StatisticRule, text: string): string | undefined {
  const named = after.exec(text);
  if (named) return named[0];
  const counted = text.startsWith(' ') ? countedBefore.exec(text) : null;
  return counted?.index === 1 ? ` ${counted[0]}` : undefined;
}

/**
 * The words that give a value in text that gives one (`givesValueTo`: "ska vara"), for a message where every word of
 * it is one the tool reads: what it does not read is the value given, which the post does not state.
 */
export function valueWordsOf(text: string): string | undefined {
  const given = valueGiven(text);
  // A value with what it counts in a statistic's own words ("It should actually be 780 suspects.") names a figure of
  // it: `readStatistics` weighs that sentence itself, and says more of what it does not read as the statistic.
  if (given === undefined || (given === 'counted' && STATISTIC_RULES.some((rule) => statesFigureOf(rule, text)))) return undefined;
  const words = CORRECTS_VALUE.exec(text)?.[0] ?? '';
  return words.slice(words.search(ANY_WORD_CHAR));
}

/** Whether text amends the post (`amends`) or gives a value as what a figure should be (`CORRECTS_VALUE`: "Siffran ska vara 780."). */
export const amendsOrCorrects = (text: string): boolean => amends(text) || givesValue(text);

/**
 * How many counts in words followed by how often a text may hold before it is heard as naming a count: each is sought
 * again from where the last ended, so a hostile run of them ("twice a year, twice a year, …") stays linear.
 */
const MOST_FREQUENCIES = 8;

/**
 * Whether text names a count in words (`COUNT_IN_WORDS`, `MORE_IN_WORDS`): not one that says how often a thing is done
 * (`FREQUENCY_AFTER`: "the alliance will meet twice a year").
 */
function countInWords(text: string): boolean {
  if (MORE_IN_WORDS.test(text)) return true;
  let rest = text;
  for (let frequencies = 0; frequencies < MOST_FREQUENCIES; frequencies++) {
    const count = COUNT_IN_WORDS.exec(rest);
    if (!count) return false;
    rest = rest.slice(count.index + count[0].length);
    if (!FREQUENCY_AFTER.test(rest)) return true;
  }
  return true;
}

/** Whether text names a count: a figure, a figure word ("antalet", "the figures") or a count in words (`countInWords`). */
const namesCount = (text: string): boolean => mayHoldFigure(text) || namesFigureWord(text) || countInWords(text);

/** Whether text has a word for a figure (`FIGURE_WORDS`) or for what the post says (`FACT_WORDS`). */
const namesFigureWord = (text: string): boolean => FIGURE_WORDS.test(text) || FACT_WORDS.test(text);

/**
 * Whether text speaks of a statistic whose `topic` it is without stating it:
 * it amends the post (`amends`), names the topic and a count
 * ("Uppdatering: antalet länder är nu 52", "PS: Länderna är nu 52.",
 * "Uppdatering: ytterligare fyra länder har anslutit sig"); or calls a figure
 * of whom it is credited to wrong (`creditedTo`: "Rättelse: Europols siffror
 * har ändrats", "Europol har reviderat sina siffror"); or calls a figure
 * wrong (`ERROR_WORDS`), states none and says not which, which speaks of every
 * statistic ("Rättelse: siffrorna ovan stämmer inte", "Rättelse: siffrorna om
 * övergrepp mot barn stämmer inte"; see `everyFigure`). An amendment with
 * no count ("PS: Läs mer om alliansen här.", "Uppdatering: bilder från
 * presskonferensen har lagts till."), a label on a figure's source ("PS:
 * Siffrorna kommer från Europol.") and prose that amends nothing ("Det vore
 * ett misstag att tro att nätet är säkert för barn.") say nothing of a figure
 * that the tool can tell; an amendment that names a figure's value speaks of
 * that figure (see `laterMentions`).
 */
export function speaksOf({ topic, creditedTo }: Pick<StatisticRule, 'topic' | 'creditedTo'>, text: string): boolean {
  if (everyFigure(text)) return true;
  const about = topic.test(text) ? amends(text) || givesValueTo(text) : creditedTo !== undefined && creditsFigure(creditedTo, text) && callsWrong(text);
  return about && namesCount(withoutLabel(text));
}

/**
 * Text without the amendment's label that opens it (`AMENDMENT_LABEL`) and
 * the stamp that ends it (`LABEL_STAMP`), whose date or time names no count:
 * "7/12 Uppdatering: bilder från mötet har lagts till." and "Uppdatering
 * 7/12: bilder …" say nothing of a figure.
 */
const withoutLabel = (text: string): string => afterLabel(text) ?? text;

/** What a text says after the amendment's label that opens it and the stamp that ends the label; undefined if no label opens it. */
function afterLabel(text: string): string | undefined {
  const label = AMENDMENT_LABEL.exec(text);
  if (!label) return undefined;
  const rest = text.slice(label[0].length);
  const stamp = LABEL_STAMP.exec(rest);
  return stamp ? rest.slice(stamp[0].length) : rest;
}

const ANY_WORD_CHAR = new RegExp(`[${WORD_CHAR}]`);

/**
 * Whether text calls something the post says wrong with one of `words`,
 * states no figure of its own and says not which figure it is of
 * (`saysWhichFigure`; a fact's topic elsewhere, "siffrorna om övergrepp mot
 * barn", "as the Commission states", "på flera punkter", says not): the
 * statistics' figures (`everyFigure`, `FIGURE_WORDS`: "Rättelse: siffrorna
 * ovan stämmer inte"), or anything the post says (`everyFact`, `FACT_WORDS`:
 * "Rättelse: uppgiften ovan var felaktig"), the commitments too. See `speaksOf`.
 */
function everyOne(text: string, words: RegExp): boolean {
  return callsWrong(text) && words.test(text) && !statesFigure(withoutLabel(text)) && !saysWhichFigure(text.replace(IN_RESPECTS, ' '));
}

/** How far around a word for a figure what says which figure it is may stand ("siffrorna om operationen Rescue"). */
const FIGURE_OF_REACH = 48;

/** A word for a figure in a text (`FIGURE_OR_FACT_WORD`), with the text before it (within `FIGURE_OF_REACH`) and what it is of there. */
interface FigureWord {
  word: string;
  reach: string;
  before: string | undefined;
  after: string | undefined;
}

/**
 * How many words for a figure a text is read for what they are of: a correction names a few. Past them a text says
 * not which figure (`saysWhichFigure`), and a correction of them all is heard as one of every figure, which keeps a
 * page of hostile figure words linear.
 */
const FIGURE_WORDS_READ = 16;

function* figureWordsIn(text: string): Generator<FigureWord> {
  let read = 0;
  for (const match of text.matchAll(FIGURE_OR_FACT_WORD)) {
    if (++read > FIGURE_WORDS_READ) return;
    const word = match[1] as string;
    const end = match.index + match[0].length;
    const start = end - word.length;
    const reach = text.slice(Math.max(0, start - FIGURE_OF_REACH), start);
    yield { word, reach, before: FIGURE_OF_BEFORE.exec(reach)?.[1], after: FIGURE_OF_AFTER.exec(text.slice(end, end + FIGURE_OF_REACH))?.[1] };
  }
}

/** Whether a figure word is its clause's subject's own ("sina siffror", "its figures"). */
const own = ({ before }: FigureWord): boolean => before !== undefined && OWN.test(before);

/**
 * Whether text names a figure as one of whom `credited` names (`StatisticRule.creditedTo`): right before it
 * ("Europols siffror"), or as the one whose own it is ("Europol har reviderat sina siffror", "Europol revised its
 * figures").
 */
function creditsFigure(credited: RegExp, text: string): boolean {
  if (credited.test(text)) return true;
  for (const figure of figureWordsIn(text)) if (ownFigureOf(credited, figure)) return true;
  return false;
}

const ownFigureOf = (credited: RegExp, figure: FigureWord): boolean => own(figure) && figure.reach.split(' ').some((owner) => credited.test(`${owner} ${figure.word}`));

/**
 * Whether text says which figure a word for one is of: a fact's topic right before it or in it ("Rescue-siffrorna",
 * "bildsiffrorna", "the UNODC figure"; `FIGURE_OF_BEFORE`) or right after it ("antalet länder", "siffrorna om
 * barnen", "the figure for children safeguarded"; `FIGURE_OF_AFTER`), the one whose own it is ("UNODC har reviderat
 * sin uppskattning"), or the figure's owner ("Europols siffror"; `creditsFigure`). A topic elsewhere ("siffrorna om
 * övergrepp mot barn", "as the Commission states") is not what the figure is of.
 */
function saysWhichFigure(text: string): boolean {
  // Asked of one text by each rule in turn (`speaksOf`): the last answer is kept.
  if (text !== whichFigureOf.text) whichFigureOf = { text, says: readsWhichFigure(text) };
  return whichFigureOf.says;
}

let whichFigureOf = { text: '', says: false };
onPageEnd(() => {
  whichFigureOf = { text: '', says: false };
});

function readsWhichFigure(text: string): boolean {
  if (CREDITED.some((credited) => credited.test(text))) return true;
  for (const figure of figureWordsIn(text)) {
    if (CREDITED.some((credited) => ownFigureOf(credited, figure))) return true;
    // The parts apart, so that a topic is matched within one ("|" is no word character).
    const of = [figure.word, own(figure) ? figure.reach : figure.before, figure.after].filter((part) => part !== undefined).join(' | ');
    if (TOPICS.some((topic) => topic.test(of))) return true;
  }
  return false;
}

/** Whether text states a figure: a digit or a scale word of its own, not one that opens a compound ("miljonsiffran"). */
const statesFigure = (text: string): boolean => DIGIT.test(text) || SCALE_WORD.test(text);

const everyFigure = (text: string): boolean => everyOne(text, FIGURE_WORDS) || everyFact(text);
/** Anything the post says: a word for it ("uppgiften ovan var felaktig"), or the post said to hold an error ("Fel i inlägget."). */
const everyFact = (text: string): boolean => everyOne(text, FACT_WORDS) || everyOne(text, ERROR_IN_POST);

/** How far around a number the words that give it as a figure's value are read: "ska vara", "Nu är vi", "are now in total" fit. */
const VALUE_REACH = 32;
const YEAR = /^(?:19|20)[0-9]{2}$/;
/** A word's tail, where a window before a number opens inside one. */
const WORD_TAIL = /^\S*/;
/** A run of digits, with what may group them ("50 000", "1.000.000"): the numbers of a range or a compound the tool does not read as one. */
const DIGITS = /[0-9](?:[0-9\s.,'’\u00A0\u202F]*[0-9])?/g;

/** A relative clause that opens right after what a value counts, and says what they were. */
const RELATIVE_NEXT = /^ (?:som|that|who|which)(?![\p{L}\p{N}])/iu;

/** A label's colon and a bare number after it, all the block says ("Rättelse: 780", "Uppdatering: 49"). */
const BARE_VALUE = /^[^0-9]*:\s*([0-9]{1,4})\s*$/;

/**
 * The bare number a label's colon gives, which the pattern of a label's stamp would take for a day or a time
 * ("Uppdatering 7/12", "Rättelse kl 14"): after a colon, with nothing but it, it is a value, as "Rättelse: 780."
 * with its full stop is.
 */
function bareValueAfterLabel(text: string): string | undefined {
  const label = AMENDMENT_LABEL.exec(text);
  return label ? BARE_VALUE.exec(text.slice(label.index))?.[1] : undefined;
}

/** What an untied value (`untiedValues`) may amend: the number of countries, or any statistic of the post. */
export type UntiedTie = 'countries' | 'any';

export interface GivenValue {
  /** Undefined where the tool does not read the value (`unread`). */
  value: number | undefined;
  /** What the value is, where the tool does not read it, for a message: "\"sjuhundraåttio\", a number in words". */
  unread?: string;
  tie: UntiedTie;
}

/** Where a sentence ends: a full stop, a question or an exclamation before one that opens with no small letter or digit. */
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[^\s0-9a-zåäöéü])/u;
/** Where a clause opens inside a sentence: the subject of a value is read after it ("Kanada gick med, så nu är vi 49"). */
const CLAUSE_OPENING = /^.*[,;–—(]/su;
const WORDS_OF = /[\p{L}]+/gu;
const FIGURE_SUBJECT = new Set(FIGURE_SUBJECT_WORDS);
const COUNTRIES_SUBJECT = new Set(COUNTRIES_SUBJECT_WORDS);

/**
 * What the words of a clause before a value tie it to (see `FIGURE_SUBJECT_WORDS`, `COUNTRIES_SUBJECT_WORDS`): the
 * number of countries, any statistic, or (undefined) another thing the clause names.
 */
function tieOf(before: string, sentence: string, label: string): UntiedTie | undefined {
  const words = [...before.replace(CLAUSE_OPENING, '').toLowerCase().matchAll(WORDS_OF)].map(([word]) => word);
  if (!words.every((word) => FIGURE_SUBJECT.has(word) || COUNTRIES_SUBJECT.has(word))) return undefined;
  if (!words.some((word) => COUNTRIES_SUBJECT.has(word))) return 'any';
  return COUNT_NOW.test(sentence) || CORRECTION_LABEL.test(label) ? 'countries' : undefined;
}

/** The marks that open and close a clause inserted before a value ("Det ska vara, som sagt, 780."). */
const INSERT_OPENS = [',', '–', '—', '('];
const INSERT_CLOSES = [',', '–', '—', ')'];
/** How long an inserted clause may be: "som sagt", "enligt Europol", "as noted above". */
const INSERT_REACH = 32;

/**
 * The text before a value without a clause inserted right before it, set off by commas, dashes or brackets and with
 * no figure of its own: "Det ska vara, som sagt, " gives the value as "Det ska vara " does, and its subject is what
 * stands before the clause ("PS: Läsarna är, som sagt, 780." counts readers).
 */
function withoutInsertedClause(before: string): string {
  const trimmed = before.trimEnd();
  if (!INSERT_CLOSES.includes(trimmed.at(-1) ?? '')) return before;
  const open = Math.max(...INSERT_OPENS.map((mark) => trimmed.lastIndexOf(mark, trimmed.length - 2)));
  const inserted = trimmed.slice(open + 1, -1);
  if (open < 0 || inserted.length > INSERT_REACH || !ANY_WORD_CHAR.test(inserted) || DIGIT.test(inserted)) return before;
  return `${trimmed.slice(0, open).trimEnd()} `;
}

/**
 * Whether a value stands where a sentence gives it as what a figure is (`VALUE_GIVEN_BEFORE`, `VALUE_CALLED_RIGHT`), or
 * alone. `counted`: the length of the words after it that say what it counts (`countedAfter`), which a clause of what
 * they were may follow ("ska vara 780 misstänkta som identifierades").
 */
function givenAsValue(sentence: string, start: number, end: number, counted = 0): boolean {
  // Read within reach of the value, so that a sentence of many numbers stays linear.
  const reach = Math.max(0, start - VALUE_REACH - INSERT_REACH - 2);
  const whole = withoutInsertedClause(sentence.slice(reach, start));
  const from = Math.max(0, whole.length - VALUE_REACH);
  const before = whole.slice(from);
  const after = sentence.slice(end + counted, end + counted + VALUE_REACH);
  const closes = VALUE_GIVEN_AFTER.test(after) || (counted > 0 && RELATIVE_NEXT.test(after));
  if (VALUE_GIVEN_BEFORE.test(reach === 0 && from === 0 ? before : before.replace(WORD_TAIL, '')) && closes) return true;
  // Called right or alone, a value is bare: with what it counts after it, it is neither.
  if (counted > 0) return false;
  if (before.trim() === '' && VALUE_CALLED_RIGHT.test(after)) return true;
  // Alone in its clause, but for an adverb of time or sum ("Nu 49.", "49 now.", "now 49 in total.").
  return reach === 0 && from === 0 && VALUE_ALONE_BEFORE.test(before) && VALUE_ALONE_AFTER.test(sentence.slice(end));
}

/**
 * The values an amendment gives for a figure without naming which (`VALUE_GIVEN_BEFORE`, `VALUE_CALLED_RIGHT`):
 * "Rättelse: siffran ska vara 780.", "Update: We are now 49.", "Correction: 780.", and each number of one the tool
 * does not read as one figure ("Rättelse: siffran ska vara 780–790."), which is no more a fact than a figure it may
 * replace; each with what its subject ties it to (`tieOf`). None from a block that names what a fact is about, nor
 * from a sentence that names a figure the post states (`stated`: "Rättelse: 252 ska vara 253."), which the rules
 * that hear it weigh (`speaksOfStatistic`, `speaksOfCountries`, `speaksOfList`, `laterMentions`); another sentence
 * of the block is heard on its own ("Rättelse: siffran ska vara 780. Övriga siffror (250 och 252) stämmer."). None
 * beside another quantity than a count (`OTHER_QUANTITY`: "PS: Klockan är 14."), nor a year ("PS: Nästa möte är
 * 2014."), nor a number of the label's stamp ("Uppdatering 7/12: …"), nor one that counts another thing ("PS: Jag är
 * 300 mil hemifrån.", "PS: Läsarna är nu 780.") or is given for none ("PS: Ring 112", "Läs mer på sidan 2").
 */
export function untiedValues(text: string, language: Language, stated: ReadonlySet<number>): GivenValue[] {
  // Most blocks hold no figure: the digit test spares them the amendment's words.
  if (!mayGiveValue(text) || !amendsOrCorrects(text)) return [];
  const said = bareValueAfterLabel(text) ?? withoutLabel(text);
  if (!mayGiveValue(said) || [...TOPICS, ...CREDITED].some((topic) => topic.test(said)) || COUNTRIES_TOPIC.test(said) || OTHER_QUANTITY.test(said)) return [];
  const label = text.slice(0, text.length - said.length);
  return said.split(SENTENCE_BREAK).flatMap((sentence) => {
    if (!mayGiveValue(sentence)) return [];
    const { tokens, unclear } = readNumbers(sentence, language);
    const numbers = [
      ...tokens.map((token) => ({ ...token, values: [token.value] as Array<number | undefined> })),
      ...unclear.map((figure) => ({ ...figure, values: [...figure.text.matchAll(DIGITS)].map(([run]) => Number(run.replace(/[^0-9]/g, ''))) })),
      ...numbersInWords(sentence, tokens).map((words) => ({ ...words, values: [undefined] })),
    ];
    if (numbers.some(({ values }) => values.some((value) => value !== undefined && stated.has(value)))) return [];
    const given = numbers.flatMap(({ start, end, text: figure, values }): GivenValue[] => {
      if (YEAR.test(figure) || !givenAsValue(sentence, start, end)) return [];
      const tie = tieOf(withoutInsertedClause(sentence.slice(0, start)), sentence, label);
      if (!tie) return [];
      return values.map((value) => (value === undefined ? { value, unread: `"${figure}", a number in words the tool does not read`, tie } : { value, tie }));
    });
    return given.length > 0 ? given : announcedValue(sentence, label);
  });
}

/** Where numbers in words run on as one ("seven hundred and eighty", "tjugo-fem"). */
const WORDS_RUN_ON = /^(?: |-| and | och )$/i;

/**
 * The numbers in words of a sentence that `readNumbers` does not read (`NUMBER_WORD`: "sjuhundraåttio", "seven hundred
 * and eighty"), each run of them as one; not those inside a figure it reads ("tre miljoner").
 */
function numbersInWords(sentence: string, read: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number; text: string }> {
  const runs: Array<{ start: number; end: number; text: string }> = [];
  for (const match of sentence.matchAll(NUMBER_WORDS)) {
    const start = match.index;
    const end = start + match[0].length;
    if (read.some((figure) => figure.start <= start && end <= figure.end)) continue;
    const last = runs.at(-1);
    if (last && WORDS_RUN_ON.test(sentence.slice(last.end, start))) Object.assign(last, { end, text: sentence.slice(last.start, end) });
    else runs.push({ start, end, text: match[0] });
  }
  return runs;
}

/**
 * The value a sentence announces with a colon after `CORRECTS_VALUE`'s words and gives in nothing the tool reads as one
 * ("Det ska vara: se tabellen.", "Det ska vara:" with no block after it): a correction all the same, of a value unread.
 */
function announcedValue(sentence: string, label: string): GivenValue[] {
  const rest = afterValueColon(sentence);
  if (rest === undefined) return [];
  const tie = tieOf(sentence.slice(0, sentence.length - rest.length), sentence, label);
  const shown = rest.trim();
  return tie ? [{ value: undefined, unread: shown === '' ? 'nothing after its colon' : `"${clipped(shown)}" after its colon, no value the tool reads`, tie }] : [];
}

/**
 * Whether a block announces an amendment in the block after it: it is a
 * label alone ("Rättelse", "Rättelse:", "Uppdatering 7/12", a heading or a
 * bold line), or opens with one and ends in a colon ("Rättelse av
 * inlägget:"), or says only whose amendment it is, however closed
 * (`OF_THE_POST`: "Rättelse av inlägget.", "Correction to the post."), or
 * ends in the words that give a value and a colon (`CORRECTS_VALUE`: "Det
 * ska vara:"). A reader reads the block after it as the amendment. A label that says more
 * ("Uppdatering: bilder har lagts till.") is its own note, and heads
 * nothing: the post's first paragraph is not heard as what an update note
 * above it amends.
 */
export function announcesAmendment(text: string): boolean {
  if (announcesValue(text)) return true;
  const rest = afterLabel(text);
  return rest !== undefined && !DATELINE.test(text) && (!ANY_WORD_CHAR.test(rest) || text.trimEnd().endsWith(':') || OF_THE_POST.test(rest.trim()));
}

/**
 * Whether text only notes what the post says, under a label that opens ordinary notes as often as amendments
 * (`withoutNoteLabel`: "Observera: 48 länder deltar."): it amends nothing else, and the tool reads every word after
 * the label. Naming the post's figure so says nothing of it; naming another does (see `readStatistics`).
 */
export function onlyNotes(text: string, language: Language): boolean {
  const said = withoutNoteLabel(text);
  return said !== text && unknownWord(said, language, isCountryWord) === undefined;
}

/**
 * Text without the label that opens it when the label opens ordinary notes as often as amendments (`NOTE_LABEL`) and
 * what follows amends nothing: "Observera: 48 länder deltar." says "48 länder deltar.", in words the tool reads.
 */
export function withoutNoteLabel(text: string): string {
  if (!NOTE_LABEL.test(text)) return text;
  const said = withoutLabel(text);
  return amends(said) ? text : said;
}

/**
 * Text without the words and the colon that open it (`ANY_LABEL`: "Kommentar: antalet misstänkta var 780."), for
 * whether the tool reads every word of what it says: a label it does not know makes a block say no less than the
 * block says alone ("Antalet misstänkta var 780.").
 */
export function withoutAnyLabel(text: string): string {
  const label = ANY_LABEL.exec(text);
  return label ? text.slice(label[0].length) : text;
}

/**
 * Whether text only thanks or greets, after any label ("PS: Tack till alla 48 länder!", "Thanks to all 48
 * countries!"): it opens with a thanks (`THANKS`), amends nothing else, and every word after the thanks is one the
 * tool reads (a country's name too). Repeating a figure so says nothing of it; naming another does (see
 * `readStatistics`).
 */
export function onlyThanks(text: string, language: Language): boolean {
  const said = withoutLabel(text);
  const thanks = THANKS.exec(said);
  return thanks !== null && !amends(said) && unknownWord(said.slice(thanks[0].length), language, isCountryWord) === undefined;
}

/**
 * A block as a reader hears an amendment in it: its shown text, after the
 * label of the block before it when that one announces an amendment
 * (`announcesAmendment`: "<h3>Rättelse</h3><p>Länderna är nu 52.</p>" is
 * heard "Rättelse: Länderna är nu 52."), which is then its `head`.
 */
export interface HeardBlock {
  block: Block;
  text: string;
  head: Block | undefined;
}

/** Each of a run of blocks as heard (`HeardBlock`), in order: one pass, each block's label looked at once. */
export function* heardBlocks(blocks: readonly Block[]): Generator<HeardBlock> {
  let label: string | undefined;
  let head: Block | undefined;
  for (const block of blocks) {
    const text = shownText(block);
    yield { block, text: label === undefined ? text : `${label}${/[:.!]$/.test(label.trimEnd()) ? ' ' : ': '}${text}`, head };
    [label, head] = announcesAmendment(text) ? [text, block] : [undefined, undefined];
  }
}

/** The first word of a heard block, or of the label heading it, that the lexicon lacks (see `unknownWordOf`; a country's name is read). */
export function unknownWordHeard({ block, head }: HeardBlock, language: Language): string | undefined {
  return unknownWordOf(block, language, { countries: true }) ?? (head && unknownWordOf(head, language, { countries: true }));
}

/**
 * Whether text speaks of the commitments' list without stating it: it opens
 * with an amendment's label and names the list ("Rättelse: den sista punkten
 * ovan ströks.", "Obs! Sista punkten stryks."), or calls every figure wrong
 * (`speaksOf`). An error word alone is no label ("Det vore ett misstag att
 * inte nå målen.").
 */
export function speaksOfList(text: string): boolean {
  return (COMMITMENTS_TOPIC.test(text.replace(IN_RESPECTS, ' ')) && AMENDMENT_LABEL.test(text)) || everyFact(text);
}

/** Whether a text has a figure followed by the words that follow one of a statistic (`mayStateAny`, which keeps each test it makes, made the first time it is asked). */
const statesFigureOf = (rule: StatisticRule, text: string): boolean => mayStateAny([rule.id])(text);

/**
 * Whether text names a figure of a statistic in the words for what it counts: a figure followed by them
 * (`statesFigureOf`: "Nu är de 780 misstänkta."), or a figure after them ("De misstänkta är nu 780.",
 * "The number of suspects is now 780."; `StatisticRule.countedBefore`). Either order is a statement of it,
 * which `matchRule` reads or says why it does not.
 */
export function namesFigureOf(rule: StatisticRule, text: string): boolean {
  if (statesFigureOf(rule, text) || statesFigureInWords(rule, text)) return true;
  const counted = rule.countedBefore.exec(text);
  if (counted === null) return false;
  const rest = text.slice(counted.index + counted[0].length);
  return mayStateFigure(rest);
}

/** How far after a number in words a statistic's words are looked for, as after a figure (`wordsAfter` in statistics.ts). */
const WORDS_AFTER = 80;

/**
 * Whether text writes a number in words right before the words that follow a figure of the statistic ("Sextio
 * personer greps.", "Two hundred and sixty people were arrested."): since the night of 5 December a figure the tool
 * does not read (`numbersInWords`), where before such a sentence was never read and the post's figure printed.
 */
function statesFigureInWords(rule: StatisticRule, text: string): boolean {
  if (!NUMBER_WORD.test(text)) return false;
  NUMBER_WORDS.lastIndex = 0;
  for (let match = NUMBER_WORDS.exec(text); match !== null; match = NUMBER_WORDS.exec(text)) {
    const end = match.index + match[0].length;
    if (rule.after.test(text.slice(end, end + WORDS_AFTER))) return true;
  }
  return false;
}

/**
 * Whether text speaks of a statistic (`speaksOf` its topic) — unless it
 * states a figure in another statistic's words and none in this one's:
 * "Uppdatering: … läggs 90 000 nya bilder ut varje år" speaks of the new
 * images a year, which it states, not of the images online.
 */
export function speaksOfStatistic(rule: StatisticRule, text: string): boolean {
  if (!speaksOf(rule, text)) return false;
  return statesFigureOf(rule, text) || !STATISTIC_RULES.some((other) => other !== rule && statesFigureOf(other, text));
}

const COUNTRIES_RULE = STATISTIC_RULES.find((rule) => rule.unit === 'countries') as StatisticRule;

/**
 * Whether text amends who takes part (`amends`), so that the countries the
 * post lists or links to may not be the participants. Every condition names
 * a change, since an amendment may name the countries or a country and change
 * nothing ("PS: Tack till alla 48 länder!", "PS: Om två år ses länderna igen",
 * "PS: Thanks to our US colleagues who took part.", "Det vore ett misstag att
 * tro att Sverige är förskonat."):
 * - it names the countries (`COUNTRIES_TOPIC`) with a count that is news or
 *   of a figure word ("Uppdatering: antalet länder är nu 52"), an error in
 *   their figure or list ("Rättelse: listan över länder i länken stämmer
 *   inte"), joining as news ("två länder har anslutit sig sedan dess"),
 *   leaving, or a change to the list that names a list or a count ("två
 *   länder har lagts till"; not "bilder från mötet med länderna har lagts
 *   till");
 * - or it names a country (`countryNamedIn`) and puts it in or out
 *   (`COUNTRY_MEMBERSHIP`: "Rättelse: Belgien är inte med", "Välkommen
 *   Kanada!"), says it left, joined as news or did not join ("Uppdatering:
 *   Kanada har också anslutit sig", "Update: Canada has joined too", "Island
 *   deltar inte"), gives a new count with it ("Nu är vi 49 med Kanada"), or
 *   changes the list ("Belgiens namn föll bort ur listan");
 * - but not taking part in an event (`EVENT_ATTENDANCE`: "PS: Frankrikes
 *   minister deltar inte i morgondagens presskonferens."), nor joining one
 *   (`EVENT_JOINED`: "PS: Kanadas minister anslöt sig till middagen.").
 */
export function speaksOfCountries(said: string, language: Language): boolean {
  if (!amends(said) && !givesValueTo(said)) return false;
  // Taking part in an event, or joining one, is no taking part in the alliance ("Frankrikes minister deltar inte i
  // presskonferensen", "Kanadas minister anslöt sig till middagen").
  const text = said.replace(EVENT_ATTENDANCE, ' ').replace(EVENT_MISSED, ' ').replace(EVENT_JOINED, ' ');
  const { states, reverses } = COUNTRIES_RULE;
  if (COUNTRIES_TOPIC.test(text)) {
    // A word for a figure in a correction of every figure (`everyFigure`: "the figures above were wrong, as the
    // Commission states") is no count of the countries: the countries' word there says not which figure is wrong.
    const figureWord = namesFigureWord(text) && !everyFigure(text);
    const counted = figureWord || mayHoldFigure(text) || countInWords(text);
    const count = counted && (NEWS.test(text) || figureWord || givesValueTo(text));
    const error = callsWrong(text) && (figureWord || LIST_WORDS.test(text));
    const listChange = COUNTRY_LIST_CHANGE.test(text) && (LIST_WORDS.test(text) || counted);
    if (count || error || listChange || (states.test(text) && NEWS.test(text)) || reverses.test(text)) return true;
  }
  const putsInOrOut =
    COUNTRY_MEMBERSHIP.test(text) ||
    reverses.test(text) ||
    (states.test(text) && (NEWS.test(text) || NEGATION.test(text))) ||
    (namesCount(text) && NEWS.test(text)) ||
    (COUNTRY_LIST_CHANGE.test(text) && LIST_WORDS.test(text));
  return putsInOrOut && countryNamedIn(text, language) !== undefined;
}

/**
 * The countries a block with no label says joined since the list was made (`JOINED` with `NEWS`: "Kanada undertecknade i
 * dag.", "Canada signed today."), named themselves: not a minister ("Kanadas minister anslöt sig i dag"), an event
 * joined (`EVENT_JOINED`) or a join denied. A labelled block is `speaksOfCountries`' to hear. Set against the list the
 * countries come from, one it does not name changes the count (see `findCountriesAmendment`).
 */
export function joinedUnlabelled(text: string, language: Language): Array<{ name: string; code: string }> {
  const joined = doneUnlabelled(JOINED, text, language);
  return joined.length > 0 ? joined : welcomed(text, language);
}

/**
 * Since 4 December, the countries a welcome greets by name (`WELCOME_TO`: "Välkommen Kanada!", "Welcome Canada!"), as
 * new members: the name right after the welcome and its comma, not a welcome to a place ("Välkommen till Kanada!").
 * Since 4 December, or in other words (`welcomedOtherwise`: "Jag välkomnar Kanada.", "Welcome aboard, Canada!").
 */
function welcomed(text: string, language: Language): Array<{ name: string; code: string }> {
  const welcome = WELCOME_TO.exec(text);
  if (amends(text) || givesValueTo(text) || NEGATION.test(text)) return [];
  const rest = welcome ? text.slice(welcome.index + welcome[0].length).replace(/^,? /, '') : '';
  // Since 5 December in lower case too ("Välkommen, kanada!"), as the guard reads a name (see `countriesNamedIn`).
  const named = welcome ? countriesNamedIn(rest, language, true) : [];
  return named[0] !== undefined && rest.startsWith(named[0].name) ? named : welcomedOtherwise(text, language);
}

/**
 * Since 4 December, the countries a block with no label says left since the list was made (`LEFT` with `NEWS`: "Belgien
 * hoppade av i dag.", "Belgium withdrew today."), as `joinedUnlabelled` hears a join: one the list names changes the count.
 */
export function leftUnlabelled(text: string, language: Language): Array<{ name: string; code: string }> {
  const left = doneUnlabelled(LEFT, text, language);
  if (left.length > 0 || !NO_LONGER.test(text) || amends(text) || givesValueTo(text)) return left;
  // "Belgien är inte längre med.": the negation is the leaving, so only the event is taken out ("inte längre med i mötet").
  const said = text.replace(EVENT_ATTENDANCE, ' ').replace(EVENT_MISSED, ' ');
  return NO_LONGER.test(said) ? countriesNamedIn(governmentsAsCountries(said), language) : [];
}

/**
 * Since 4 December, what a block says of the participants' number past a count (`COUNT_PASSED`: "Nu är vi fler än 48.",
 * "We are now more than 48."), label or none: set against the list's count, more than it or fewer changes the count
 * (see `findCountriesAmendment`), where the figure reader heard the post's own 48 restated. Undefined when negated.
 */
export function countPassed(text: string): { more: boolean; count: number } | undefined {
  const passed = COUNT_PASSED.exec(text);
  if (!passed || NEGATION.test(text)) return undefined;
  return { more: !/^(?:färre|under|fewer|less)/i.test(passed[1] as string), count: Number(passed[2]) };
}

/**
 * The countries a block with no label says did what `done` says: news beside it (`NEWS`), or, since 4 December, the
 * perfect before it (`PERFECT_BEFORE`: "Kanada har anslutit sig.") or a time right after it (`DATED_AFTER`: "Kanada
 * undertecknade i går."), either of which a post tells as news; a government in the genitive is its country
 * (`GOVERNMENT_OF`: "Kanadas regering undertecknade i dag."), and since 4 December one by adjective ("The Canadian
 * government has signed.", `governmentsAsCountries`). `text` is as the readers of who takes part hear it, "'s" for
 * "has" or "is" spelled out ("Canada's joined today." as "Canada has joined today.", `toldOf` in amendedCountries.ts).
 */
function doneUnlabelled(done: RegExp, text: string, language: Language): Array<{ name: string; code: string }> {
  if (!done.test(text) || amends(text) || givesValueTo(text)) return [];
  const said = text.replace(EVENT_ATTENDANCE, ' ').replace(EVENT_MISSED, ' ').replace(EVENT_JOINED, ' ');
  const at = done.exec(said);
  if (!at || NEGATION.test(said)) return [];
  // The pattern's match opens with the character before the phrase, unless the phrase opens the text.
  const start = at.index + (/^[^\p{L}\p{N}]/u.test(at[0]) ? 1 : 0);
  const dated = PERFECT_BEFORE.test(said.slice(0, start)) || DATED_AFTER.test(said.slice(at.index + at[0].length));
  if (!dated && !NEWS.test(said)) return [];
  return countriesNamedIn(governmentsAsCountries(said), language);
}

/** Whether a note only restates (`RESTATING_LABEL`): a correction's or an update's label, or an error word, says more. */
const notes = (text: string): boolean => RESTATING_LABEL.test(text) && !callsWrong(text);

const NAMES_FIGURES = new Set(FIGURES_NAMED);
const LETTERS = /\p{L}+/gu;

/**
 * The year a note gives a statistic's figures when that is all it says of them ("Fotnot: Siffrorna för Rescue gäller
 * 2011.", "Note: the Rescue figures are for 2011."; `YEAR_OF_FIGURES`): it names the statistic's topic and nothing
 * else but the figures (`FIGURES_NAMED`). The same year as the post's sentence gives agrees with it; another differs
 * (see `readStatistics`). Undefined for any other text.
 */
export function yearRestated(rule: Pick<StatisticRule, 'topic'>, text: string): number | undefined {
  if (!notes(text)) return undefined;
  const said = withoutLabel(text);
  return rule.topic.test(said.slice(0, YEAR_OF_FIGURES.exec(said)?.index ?? 0)) ? yearOfFigures(rule, said) : undefined;
}

/**
 * The year a sentence gives figures when that is all it says of them (`YEAR_OF_FIGURES`): before the year, only words
 * that name figures (`FIGURES_NAMED`) or the statistic's topic ("Siffrorna gäller 2011.", "Siffrorna för Rescue gäller
 * 2011."). Undefined for any other sentence.
 */
export function yearOfFigures(rule: Pick<StatisticRule, 'topic'>, said: string): number | undefined {
  const year = YEAR_OF_FIGURES.exec(said);
  if (!year) return undefined;
  const named = said.slice(0, year.index);
  if (DIGIT.test(named)) return undefined;
  const rest = withoutAll(named, rule.topic).toLowerCase().match(LETTERS) ?? [];
  return rest.every((word) => NAMES_FIGURES.has(word)) ? Number(year[1]) : undefined;
}

/** A country and whether a note says it takes part. */
export interface MembershipStated {
  code: string;
  member: boolean;
}

/**
 * What a note says of the one country it names, when that is only whether it takes part (`MEMBERSHIP_STATED`):
 * "Observera: Kanada är inte med.", "Note: Canada is not a member.", "PS: Frankrike deltog inte i mötet igår men är
 * med i alliansen." (an event missed is no taking part, `EVENT_ATTENDANCE`). Undefined for any other text: a joining,
 * a leaving, news, a correction, another country or more words.
 */
export function membershipStated(text: string, language: Language): MembershipStated | undefined {
  if (!notes(text)) return undefined;
  const said = withoutLabel(text).replace(EVENT_ATTENDANCE, ' ').replace(EVENT_MISSED, ' ').replace(/\s+/g, ' ').trim();
  const country = countryNamedIn(said, language);
  if (!country) return undefined;
  const at = said.indexOf(country.name);
  if (!/^(?:the )?$/i.test(said.slice(0, at))) return undefined;
  const rest = said.slice(at + country.name.length).trim();
  const stated = MEMBERSHIP_STATED.find(([pattern]) => pattern.test(rest));
  return stated && { code: country.code, member: stated[1] };
}
