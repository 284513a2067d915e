/**
 * Reads integers as Swedish and English prose writes them — "779", "50 000",
 * "500,000", "en miljon", "one million", "1,5 miljoner" — and nothing it does
 * not fully understand. A figure is first cut out whole, as a cluster: digit
 * runs joined by single characters ("50 000", but also "50-000", "50/000",
 * "50 0000"). Only a cluster that is one well-formed number in the text's
 * language yields a value; any other cluster yields none, so no part of it
 * ("000", "0000") is ever read on its own. Nor is a cluster that runs across a
 * cut of the text (`Block.cuts`: a superscript, a subscript, a note reference
 * or a line break starts or ends in it): "50<sup>1</sup> 000" is text
 * "501 000", and neither 501 000 nor 50 000 for sure.
 *
 * Thousands separators (`normalizeText` has already folded U+00A0, U+202F and
 * U+2009 into plain spaces):
 * - Swedish: a space; a dot or an apostrophe (' or ’, Swiss usage) as well —
 *   "50.000", "50'000" — since in Swedish neither can be the decimal mark.
 *   A comma is the Swedish decimal mark, so "50,000" is read as nothing
 *   (it is not an integer, and it is not clearly one); "1,000,000", which no
 *   decimal can be, is read as a million.
 * - English: a comma or a space; an apostrophe as well. A dot is the English
 *   decimal mark: "500.000" is read as nothing, "1.500.000" as 1 500 000.
 * Every group after the first has exactly three digits, one separator is used
 * throughout, and the first group has no leading zero. A decimal ("1,5", "2.5")
 * is read only before a scale word ("miljoner", "million"), and a scale word
 * follows only a plain figure, a decimal or one grouped by the language's own
 * separator: "1.500 miljoner" could mean 1.5 or 1 500 million.
 */
import { ARROWS, isLetterCode, LETTER, WORD_CHAR } from '../rules/letters.js';
import { STATED_YEAR } from '../rules/facts.js';
import { phrasePattern } from '../rules/phrasePattern.js';
import { endsDate, isNamedYear } from './years.js';
import { normalizeText } from '../text/normalize.js';

export type Language = 'sv' | 'en';

export interface NumberToken {
  value: number;
  /** Where the token starts and ends in the text it was read from. */
  start: number;
  end: number;
  text: string;
}

const SCALES: Record<string, number> = {
  tusen: 1e3,
  thousand: 1e3,
  miljon: 1e6,
  miljoner: 1e6,
  million: 1e6,
  millions: 1e6,
  miljard: 1e9,
  miljarder: 1e9,
  billion: 1e9,
  billions: 1e9,
};

const WORDS: Record<string, number> = {
  en: 1, ett: 1, one: 1, a: 1, an: 1,
  två: 2, two: 2,
  tre: 3, three: 3,
  fyra: 4, four: 4,
  fem: 5, five: 5,
  sex: 6, six: 6,
  sju: 7, seven: 7,
  åtta: 8, eight: 8,
  nio: 9, nine: 9,
  tio: 10, ten: 10,
};

const SCALE = '(tusen|thousand|miljon(?:er)?|millions?|miljard(?:er)?|billions?)';
/**
 * The number words, one list each, from which every pattern of them is made: one to ten (`WORDS` holds their
 * values; "an?": English "a", "an", as in "a million"), eleven and twelve, thirteen to nineteen, and the words that
 * make a number of the one before them (`TENS_WORD`: "twenty", "hundra").
 */
const ONE_TO_TEN = ['en', 'ett', 'an?', 'one', 'två', 'two', 'tre', 'three', 'fyra', 'four', 'fem', 'five', 'sex', 'six', 'sju', 'seven', 'åtta', 'eight', 'nio', 'nine', 'tio', 'ten'];
const ELEVEN_TWELVE = ['elva', 'eleven', 'tolv', 'twelve'];
const TEENS = ['tretton', 'thirteen', 'fjorton', 'fourteen', 'femton', 'fifteen', 'sexton', 'sixteen', 'sjutton', 'seventeen', 'arton', 'eighteen', 'nitton', 'nineteen'];
const TENS = ['tjugo', 'twenty', 'trettio', 'thirty', 'fyrtio', 'forty', 'femtio', 'fifty', 'sextio', 'sixty', 'sjuttio', 'seventy', 'åttio', 'eighty', 'nittio', 'ninety', 'hundra', 'hundred'];
const WORD = `(${ONE_TO_TEN.join('|')})`;

/** A run of digits; figures are built from runs and the gaps between them. */
export const DIGIT_RUN = /[0-9]+/g;
/** Gaps that part two figures in prose: a punctuation mark and a space, as in "779, 250" or "2011: 48". */
export const PARTING_GAP = /^[,.;:!?)\]] $/;
/**
 * A year in brackets that closes a text or a part of it after a figure ("Gripna: 250 (2011)", "Misstänkta: 779 (2011),
 * gripna: 260"): since the afternoon of 6 December it parts from the figure, which was read with it as one figure the
 * tool does not read, and the second printed the post's 250 (helper 178). Only where the bracket closes right after the
 * year and the text or its part ends there, or a credit follows it in the bracket ("(2011, DN)"): "250 (260 greps"
 * stays one figure (helper 179 found a first version, which parted at any bracket, read the 260 as the arrests), as
 * does "250 (2011) gripna".
 */
export const CLOSING_YEAR = /^ \((?:19|20)[0-9]{2}(?:\)(?:[.!]?$|[.!,;] | [|·•/] )|, [^()]{1,40}\))/;
/** A letter in a gap parts the figures too: "MEMO-12-944" is no figure, "H2O" none. */
export const LETTER_IN_GAP = /\p{L}/u;

/** Combining marks: they belong to the character before them. */
export const MARKS_IN_GAP = /\p{M}/gu;

/** How many characters a short gap holds, as a reader counts them: an emoji or "↚" (two code points) is one. */
function characterCount(gap: string): number {
  return [...gap.replace(MARKS_IN_GAP, '')].length;
}

/**
 * Whether two digit runs with `gap` between them belong to one figure: one
 * character that is not a letter ("50 000", "50-000", "50.000"), or two that
 * are neither letters nor a mark and a space ("7 {79", "50 ·000"). When the
 * second run starts at a cut (`Block.cuts`), a mark and a space join them
 * too: the space may be the line break's ("77,<br>9" reads "77, 9"), and the
 * runs are then one figure that the cut runs across, and no number.
 */
function joins(gap: string, atCut: boolean): boolean {
  if (gap.length > 8 || LETTER_IN_GAP.test(gap)) return false;
  const characters = characterCount(gap);
  return characters === 1 || (characters === 2 && (atCut || !PARTING_GAP.test(gap)));
}

/**
 * Whether spans of the text, asked about in order, run across one of `cuts`
 * (in increasing order): whether one lies inside the span, with some of it on
 * either side. Both only move forward, so a text's clusters cost one pass over its cuts.
 */
export function cutTest(cuts: readonly number[]): (start: number, end: number) => boolean {
  let next = 0;
  return (start, end) => {
    while (next < cuts.length && (cuts[next] as number) <= start) next++;
    return next < cuts.length && (cuts[next] as number) < end;
  };
}

export interface Cluster {
  start: number;
  end: number;
  text: string;
  /** Whether a cut runs across it: then it is no figure, whatever it looks like. */
  cut: boolean;
}

/** Each figure of the text, whole: digit runs joined as `joins` says; `cuts` as `Block.cuts`. */
function clusters(text: string, cuts: readonly number[]): Cluster[] {
  const found: Array<{ start: number; end: number }> = [];
  const runs = new RegExp(DIGIT_RUN);
  let next = 0;
  let previous = 0;
  for (let run = runs.exec(text); run; run = runs.exec(text)) {
    const end = run.index + run[0].length;
    while (next < cuts.length && (cuts[next] as number) < run.index) next++;
    const last = found[found.length - 1];
    // A date's year ends it: "In December 2012 48 countries" is a date and a figure, not "2012 48".
    const parted = last !== undefined && text[last.end] === ' ' && (endsDate(text, previous, last.end) || CLOSING_YEAR.test(text.slice(last.end, end + 44)));
    if (last && !parted && joins(text.slice(last.end, run.index), cuts[next] === run.index)) last.end = end;
    else found.push({ start: run.index, end });
    previous = run.index;
  }
  const isCut = cutTest(cuts);
  return found.map(({ start, end }) => ({ start, end, text: text.slice(start, end), cut: isCut(start, end) }));
}

/** The figures of the text that a cut runs across (see `Block.cuts`), in digits or in words: `findNumbers` reads none of them. */
export function cutFigures(text: string, cuts: readonly number[]): Cluster[] {
  if (cuts.length === 0) return [];
  const figures = clusters(text, cuts).filter((cluster) => cluster.cut);
  if (!ANY_SCALE_WORD.test(text)) return figures;
  const isCut = cutTest(cuts);
  const words = new RegExp(WORD_NUMBER);
  for (let match = words.exec(text); match; match = words.exec(text)) {
    const end = match.index + match[0].length;
    if (isCut(match.index, end)) figures.push({ start: match.index, end, text: match[0], cut: true });
  }
  return figures.sort((a, b) => a.start - b.start);
}

/** A number written in words: "en miljon", "one million". */
export const WORD_NUMBER = new RegExp(`(?<![${WORD_CHAR}])${WORD} ${SCALE}(?![${WORD_CHAR}])`, 'gi');

/**
 * A scale word anywhere, whole or not: a number without a digit is read only
 * as a number word before one ("en miljon"), so text with neither a digit nor
 * this states no figure.
 */
export const ANY_SCALE_WORD = new RegExp(SCALE, 'i');

/** A scale word as a word of its own, not as the head of a compound: "miljonsiffran" names a figure and states none. */
export const SCALE_WORD = new RegExp(`(?<![${WORD_CHAR}])${SCALE}(?![${WORD_CHAR}])`, 'i');

/** A scale word right after a figure: " miljoner", " million". */
export const SCALE_AFTER = new RegExp(`^ ${SCALE}(?![${WORD_CHAR}])`, 'i');

/**
 * What may not stand right before a figure: a letter, a combining mark or
 * another script's digit (any script's: a figure is no part of a word), or a
 * "." or "," that would make ".5" or ",5".
 */
export const BEFORE_FIGURE = /[\p{L}\p{M}\p{N},.]$/u;

/** What before a figure makes it part of a name or a word: what may not stand right before one (`BEFORE_FIGURE`), or a word and a mark. */
const IN_NAME_BEFORE = /[\p{L}\p{M}\p{N},.]$|[\p{L}\p{N}]\S$/u;

/** What may not follow a figure (or its scale word): a letter, as in "3D" or "50x", or a mark or digit. */
export const AFTER_FIGURE = /^[\p{L}\p{M}\p{N}]/u;

interface LanguageMarks {
  decimal: string;
  /** Thousands separators that may also stand before a scale word. */
  native: string;
  /** Thousands separators of other usage that the language leaves no doubt about. */
  foreign: string;
}

const MARKS: Record<Language, LanguageMarks> = {
  sv: { decimal: ',', native: ' ', foreign: ".'\u2019" },
  en: { decimal: '.', native: ' ,', foreign: "'\u2019" },
};

/** A plain figure: no leading zero unless it is zero. */
export const PLAIN = /^(?:0|[1-9][0-9]*)$/;
/** A decimal, split by the caller's decimal mark. */
export const DECIMAL_PART = /^[0-9]+$/;
/** A grouped figure's first group, then its later groups. */
export const FIRST_GROUP = /^[1-9][0-9]{0,2}$/;
export const LATER_GROUP = /^[0-9]{3}$/;

interface Figure {
  whole: number;
  /** The digits after the decimal mark, when there is one. */
  fraction?: string;
  /** Whether a scale word may follow. */
  scalable: boolean;
}

/** The separator between a cluster's digit runs when it is one character used throughout, else undefined. */
function soleSeparator(cluster: string): { separator: string; groups: string[] } | undefined {
  const groups = cluster.split(/[^0-9]+/);
  const separators = cluster.match(/[^0-9]+/g) ?? [];
  const separator = separators[0];
  if (separator === undefined || separators.some((s) => s !== separator)) return undefined;
  return { separator, groups };
}

function isGrouped(groups: readonly string[]): boolean {
  const [first, ...later] = groups;
  return first !== undefined && FIRST_GROUP.test(first) && later.every((group) => LATER_GROUP.test(group));
}

/**
 * A cluster as one number of the language, or `undefined` when it is not
 * clearly one. See the module comment for the rules.
 */
export function readFigure(cluster: string, language: Language): Figure | undefined {
  if (PLAIN.test(cluster)) return { whole: Number(cluster), scalable: true };
  const marks = MARKS[language];
  const decimalAt = cluster.lastIndexOf(marks.decimal);
  if (decimalAt > 0) {
    const whole = cluster.slice(0, decimalAt);
    const fraction = cluster.slice(decimalAt + 1);
    const head = PLAIN.test(whole) ? { whole: Number(whole), scalable: true } : readGrouped(whole, marks, false);
    if (head?.scalable && DECIMAL_PART.test(fraction)) return { whole: head.whole, fraction, scalable: true };
  }
  return readGrouped(cluster, marks, true);
}

function readGrouped(cluster: string, marks: LanguageMarks, decimalMayGroup: boolean): Figure | undefined {
  const split = soleSeparator(cluster);
  if (!split || split.separator.length !== 1 || !isGrouped(split.groups)) return undefined;
  const { separator, groups } = split;
  const whole = Number(groups.join(''));
  if (marks.native.includes(separator)) return { whole, scalable: true };
  if (marks.foreign.includes(separator)) return { whole, scalable: false };
  // The decimal mark groups only where no decimal could have it twice: "1,000,000" in Swedish.
  if (decimalMayGroup && separator === marks.decimal && groups.length > 2) return { whole, scalable: false };
  return undefined;
}

/**
 * A figure times a scale word, computed on its decimal digits: floating point
 * would read "1,0000000000000001 miljoner" as 1 000 000. A decimal with more
 * digits than the scale makes whole ("1,2345678 miljoner") is no integer, and
 * `undefined`; so is a result too large to be exact.
 */
export function scaled(whole: number, fraction: string, scale: number): number | undefined {
  const places = Math.round(Math.log10(scale));
  if (!Number.isSafeInteger(whole) || fraction.length > places || 10 ** places !== scale) return undefined;
  const value = BigInt(whole) * BigInt(scale) + BigInt(fraction.padEnd(places, '0') || '0');
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined;
}

/** A figure read from a cluster of digits: its token, an expression not read (`UnclearFigure`), or nothing. */
function digitToken(text: string, cluster: string, start: number, language: Language): NumberToken | UnclearFigure | undefined {
  if (BEFORE_FIGURE.test(text.slice(Math.max(0, start - 2), start))) return undefined;
  const figure = readFigure(cluster, language);
  if (!figure) return undefined;
  let end = start + cluster.length;
  let value: number | undefined = figure.fraction === undefined ? figure.whole : undefined;
  const scale = SCALE_AFTER.exec(text.slice(end, end + 12));
  if (scale?.[1] !== undefined && figure.scalable) {
    value = scaled(figure.whole, figure.fraction ?? '', SCALES[scale[1].toLowerCase()] ?? Number.NaN);
    end += scale[0].length;
    if (value === undefined && figure.fraction !== undefined && !AFTER_FIGURE.test(text.slice(end, end + 2))) return unclearAt(text, start, end, 'decimal');
  } else if (scale && !figure.scalable) {
    return undefined;
  }
  if (AFTER_FIGURE.test(text.slice(end, end + 2))) return undefined;
  // Past 2^53 a number is no longer held exactly: a figure the reader sees, but not one the tool can print.
  if (figure.fraction === undefined && (value === undefined || !Number.isSafeInteger(value))) return unclearAt(text, start, end, 'too-large');
  if (value === undefined) return undefined;
  return { value, start, end, text: text.slice(start, end) };
}

/**
 * Number words that may open a range or a compound without a scale word of
 * their own: "en till två miljoner", "one or two million", "twenty-five thousand".
 */
export const BARE_NUMBER_WORD = new RegExp(`(?<![${WORD_CHAR}])(?:${[...ONE_TO_TEN, ...ELEVEN_TWELVE, ...TENS].join('|')})(?![${WORD_CHAR}])`, 'gi');
/** Words that make a number of the one before them: "twenty", "hundra". */
export const TENS_WORD = new RegExp(`^(?:${TENS.join('|')})$`, 'i');

/**
 * A number in words, a word made only of number words ("fyrtioåtta", "forty-eight", "tre", "dussin"; about so many:
 * "ett femtiotal"), never "en", "ett" or "one" alone, the article of many a sentence, nor "a" or "an";
 * "sexuella" is no number.
 */
export const NUMBER_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?!(?:en|ett|one)(?![\\p{L}-]))(?:(?:${[...ONE_TO_TEN.filter((word) => word !== 'an?'), ...ELEVEN_TWELVE, ...TEENS, ...TENS, 'tusen', 'thousand', 'dussin', 'dozen'].join('|')})-?)+(?:tal(?:et)?)?(?![\\p{L}\\p{N}])`,
  'iu',
);

/** Every number in words of a text (`NUMBER_WORD`), in turn. */
export const NUMBER_WORDS = new RegExp(NUMBER_WORD.source, 'giu');

/** The number words of one language that are another word of the other: "sex" is six in Swedish only. */
const OTHER_WORD: Readonly<Record<Language, RegExp>> = { sv: /^$/, en: /^sex$/i };

/** What joins number words into one number: "two hundred and sixty", "tvåhundra och sextio", "fyra dussin", "sixty‑five" (any hyphen or dash). */
export const WORDS_JOINED = /^(?: | and | och | ?[\u2010-\u2015\u2212] ?)$/i;

/**
 * The text with each number it writes in words (`numbersInWords`) as one "0" ("The alliance now has 0 member
 * countries."): for the patterns that know a count by its digits, which then know one in words, whose value the tool
 * does not read.
 */
export function wordsAsDigits(text: string, language: Language): string {
  let digits = '';
  let from = 0;
  for (const { start, end } of numbersInWords(text, language)) {
    digits += `${text.slice(from, start)}0`;
    from = end;
  }
  return digits + text.slice(from);
}

/**
 * The numbers a text writes in words (`NUMBER_WORD`: "tvåhundrasextio", "sixty", "ett femtiotal", "two hundred and
 * sixty" as one), as figures the tool does not read: where a statistic's words follow one, the text states a figure
 * of it that is not certain.
 */
export function numbersInWords(text: string, language: Language): UnclearFigure[] {
  const found: UnclearFigure[] = [];
  NUMBER_WORDS.lastIndex = 0;
  for (let match = NUMBER_WORDS.exec(text); match !== null; match = NUMBER_WORDS.exec(text)) {
    if (OTHER_WORD[language].test(match[0])) continue;
    const end = match.index + match[0].length;
    const last = found.at(-1);
    if (last && WORDS_JOINED.test(text.slice(last.end, match.index))) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else found.push({ start: match.index, end, text: match[0], reason: 'words' });
  }
  return found;
}

/** The gap between two numbers that makes them one range: "240 – 250", "240 till 250", "one or two million". */
export const RANGE_GAP = /^(?: ?[-\u2010-\u2015\u2212] ?| (?:till|to|through|or|eller|à) )$/i;
/** "och", "and": a range's gap only after "mellan" or "between" ("mellan 240 och 250"); else two figures ("250 och 252"). */
export const AND_GAP = /^ (?:och|and) $/i;
export const RANGE_OPENER = /(?<![A-Za-z\u00C0-\u00FF])(?:mellan|between|från|from) $/i;
const ENDS_IN_YEAR = /(?:19|20)[0-9]{2}$/;
/** Far enough before a year for the longest words that state it as one ("throughout the second half of 2011"). */
const STATED_YEAR_REACH = 34;

/**
 * Whether the number from `start` to `end` of `text` is a year stated as one
 * (`STATED_YEAR`: "in 2011", "Hösten 2011", "in May 2011"), read in a window
 * before it so that a long text is never scanned from its start, and never
 * from inside a word the window cuts ("again 2011" is no "in 2011").
 */
export function isStatedYear(text: string, start: number, end: number): boolean {
  // Most figures are no year at all, and then the words before them need not be read.
  if (!ENDS_IN_YEAR.test(text.slice(start, end))) return false;
  const from = Math.max(0, start - STATED_YEAR_REACH);
  const match = STATED_YEAR.exec(text.slice(from, end));
  return match !== null && !(match.index === 0 && from > 0 && isLetterCode(text.charCodeAt(from - 1)));
}

/** The gap after a scale word in a compound: "2 miljoner 500 000" ("en miljon och 50 000" is two figures). */
export const SCALE_COMPOUND_GAP = /^ $/;
/** The gap after a tens word in a compound: "twenty-five thousand", "two hundred and five thousand". */
export const TENS_COMPOUND_GAP = /^(?: |-| (?:och|and) )$/i;
/** A scale word ending a number: "2 miljoner" in "2 miljoner 500 000". */
export const ENDS_WITH_SCALE = new RegExp(`[ -]${SCALE}$`, 'i');

/**
 * A fraction of the number that follows: "half a million", "a quarter of a
 * million", "a third of the 500 000", "half the 500 000", "hälften så många
 * som 50 000", "en halv miljon".
 */
export const FRACTION_BEFORE = phrasePattern(
  (alternation) =>
    `(?<![${LETTER}])(?:${alternation})(?: (?:of|av))?(?: the| de| dessa| så (?:många|mycket) som| as (?:many|much)(?: again)? as| (?:fler|mer|färre|mindre|more|fewer|less) (?:än|than))? $`,
  ['half', 'halv', 'halva', 'halvt', 'hälften', 'quarters?', 'thirds?', 'fourths?', 'fifths?', 'tenths?', 'fraction', 'kvarts', '(?:fjärde|tredje|femte|tionde)dels?'],
);
/**
 * A fraction of a scale word that no number stands before: "en halv miljon",
 * "en halvmiljon", "a half million", "a quarter million". No token is read
 * there ("halv miljon" is no number the reader knows), so it is found by
 * itself, to say why the figure is left out.
 */
export const FRACTION_OF_SCALE = new RegExp(
  `(?<![${WORD_CHAR}])(?:(?:en|ett|a|an|one) )?(?:halv|halva|halvt|kvarts|half|quarter)[ -]?${SCALE}(?![${WORD_CHAR}])`,
  'gi',
);

/** Number words and digits that may count a multiple or a share: "fem gånger", "10 procent av". */
const COUNT_WORDS = [...ONE_TO_TEN, ...ELEVEN_TWELVE, 'tjugo', 'twenty', 'hundra', 'hundred'].join('|');
const COUNT_TERM = `(?:[0-9]{1,6}(?:[.,][0-9]{1,3})?|${COUNT_WORDS})`;
const COUNT = `${COUNT_TERM} ?`;
/** Ordinals that make a share of "var"/"every": "var tionde", "every tenth". */
const ORDINAL = '(?:annan|annat|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|hundrade|tusende|other|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth|thousandth)';
/**
 * Words that take some of what follows "av"/"of": "merparten av", "de flesta
 * av", "most of the", "the majority of", "a few of", "fler av de 48", "more of
 * the 48", "andra av de 48". "alla av", "all of" and "each of" take the
 * whole, and are not among them.
 */
const QUANTIFIER =
  '(?:merparten|flertalet|flesta|majoriteten|minoriteten|majoritet|minoritet|huvudparten|bråkdelen|bråkdel|fåtal|fåtalet|några|många|flera|fler|mer|färre|mindre|andra|övriga|somliga|vissa|ingen|inget|inga|resten|' +
  'most|majority|minority|bulk|much|many|more|fewer|less|others|some|few|several|none|part|rest|remainder)';
/**
 * A count that takes a part of what follows "av"/"of": "9 av 10", "48 of",
 * "ett av". Not a year: "stöds sedan 2012 av 48 länder" is 48.
 */
const PART_COUNT = `(?:[0-9]{1,3}|(?:1[0-8]|2[1-9]|[3-9][0-9])[0-9]{2}|[0-9]{5,6}|${COUNT_WORDS})`;
/** What a share or a multiple is taken of: "of the", "av de", "av dessa". */
const OF_THE = '(?: (?:the|these|those|de|dessa))?';
/** A share or a multiple that states a figure beside the one that follows: "10 procent fler än", "twice more than". */
const COMPARATIVE = '(?:fler|mer|färre|mindre|större|more|fewer|less|larger|greater|higher|lower) (?:än|than)';
/** "tvåfaldigt", "tiofaldiga", "trefalt", "tenfold", "3-fold", "ten fold": a multiple of what follows. */
const FOLD = `(?:${COUNT_WORDS}|fyr|mång|many|tusen|thousand|[0-9]{1,3})[- ]?(?:fold|faldig[aet]?|faldt|falt)`;

/**
 * A multiple of the number that follows: "dubbelt så många som 50 000", "2
 * gånger 50 000", "tre ggr fler än 50 000", "2 x 50 000", "tvåfaldigt",
 * "twice as many as", "three times", "ten fold", "double the". The figure the
 * text states is the product, which the tool does not compute, and no part of
 * the expression is read.
 */
export const MULTIPLE_BEFORE = new RegExp(
  `(?<![${LETTER}0-9])(?:` +
    `(?:${COUNT})?(?:gånger|ggr\\.?|times|[x×])(?: (?:så (?:många|mycket|stor|stort) som|fler än|mer än|större än|as (?:many|much|large) as|more than|larger than|greater than|the))?` +
    `|(?:dubbelt|dubbla|dubbel|tredubbelt|tredubbla|fyrdubbelt|fyrdubbla|double|triple|quadruple|twice|thrice|${FOLD})(?: (?:så (?:många|mycket) som|as (?:many|much) as|the|${COMPARATIVE}))?` +
    ') ?$',
  'i',
);

/**
 * A share of the number that follows: "En tiondel av en miljon", "10 procent
 * av en miljon", "var tionde av", "merparten av", "nio av tio", "10% of",
 * "most of the", "9 out of 10 of", "one of every ten", "one in ten". The text
 * states the part, which the tool does not compute. A count right before
 * "av"/"of" makes the figure the whole the count is taken from ("9 av 10
 * länder", "48 of 54 countries", "ett av 48 länder", "två av de 48 länder",
 * "all but two of the 48 countries"): it states the part too.
 * Apart from `MULTIPLE_BEFORE` so that each stays small enough for the
 * regex-safety test to prove linear.
 */
export const SHARE_BEFORE = new RegExp(
  `(?<![${LETTER}0-9])(?:` +
    `(?:${COUNT})?(?:procent|percent|per cent|%|‰|promille|(?:tion|tionde|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|hundra|tusen|an|bråk|huvud)?del(?:ar|en|arna)?|share|portion|proportion) (?:(?:av|of)${OF_THE}|${COMPARATIVE})` +
    `|(?:(?:var|vart|every) ${ORDINAL}|varannan|vartannat)(?: (?:av|of)${OF_THE})?` +
    `|${QUANTIFIER} (?:av|of)${OF_THE}` +
    `|(?:${PART_COUNT} (?:av|of|out of)${OF_THE}|(?:one|1) in)(?: (?:var|varje|every))?(?: ${COUNT_TERM})?(?: (?:of|av)${OF_THE})?` +
    ') ?$',
  'i',
);

/**
 * A literal that every reading of `MULTIPLE_BEFORE` and `SHARE_BEFORE`
 * holds: a word of the multiples ("gånger", "ggr", "dubb…", "fold", "fald",
 * "falt"), an "x" or "×" that starts a word or follows a count, a share's
 * word ("procent", "%", "del", "share") or its " av"/" of", as every
 * quantifier's, the "var "/"every " of an ordinal's ("varannan"), the " in" of
 * "one in ten" (at the text's end too: "one in" before the figure). A text with none cannot end in a multiple or a share and is
 * spared the patterns, which cost a cold run 8 ms to compile and more to
 * interpret, on pages that state no multiple at all. Not " än"/" than": the
 * post's "Mer än en miljon" would run them.
 */
export const MAY_END_IN_MULTIPLE = new RegExp(
  `gånger|ggr|times|(?:^|[^${LETTER}])[x×]|(?:${COUNT_WORDS})[x×]|dubb|double|triple|quadruple|twice|thrice|fold|fald|falt|procent|percent|per cent|%|‰|promille|del|share|portion| av| of|var |vart |varannan|vartannat|every | in(?![${LETTER}])`,
  'i',
);

/** A fraction added to the number before: "a million and a half", "1 ½ miljon". */
export const FRACTION_AFTER = /^(?: (?:and|och) (?:a|an|en|ett) (?:half|halv|halvt|quarter|kvart)(?![A-Za-z\u00C0-\u00FF])| ?[\u00BC-\u00BE\u2150-\u215E])/i;
/**
 * The signs of a number that names or ranks a thing, no count of it ("#260", "№ 260"), and the swung dashes, tildes and
 * heavy plus, minus and division that no class of Unicode's holds with the mathematical signs ("⁓260", "˜260", "^260",
 * "➖260", "➕250": helper 193).
 */
const OTHER_SIGNS = '#\\uFE5F\\uFF03\\u2116\\u2053\\u02DC^\\u2795-\\u2797';
/** A sign: any mathematical sign or dash but the bars, which set a figure apart as marks do ("|260|"). */
const SIGN = `(?![|\\uFF5C])[\\p{Sm}\\p{Pd}${OTHER_SIGNS}]`;
/**
 * A sign with a space after it: a mathematical one, or a wave dash ("Gripna: > 260", "− 260", "〜 260", "Gripna: ->
 * 260"). Not "=", a bar or an arrow, nor the head of an arrow written after a figure ("250 -> 260", "250 => 260", "250 >
 * 260": it joins the figures, `ARROW` in src/extract/alternatives.ts), nor a ">" that opens a text or a line or follows
 * another: it quotes a letter's line ("> 250 greps", "> > 250": helpers 188 and 189). An arrow is one only where no
 * figure stands before it ("Gripna: → 270" printed the 250: helper 193).
 */
const SPACED_SIGN =
  `(?:(?<![0-9] ?[-=~>\\u2013\\u2014]{0,2}|> ?)(?<=[^\\s] ?)>|(?<![0-9] )[${ARROWS}]|(?![>=|\\uFF5C${ARROWS}])\\p{Sm}|[\\u301C\\uFF0D\\uFF5E]) `;

/**
 * A sign or a comparison right before a figure ("-48", "−48", "+48", "~48", "<48"), two or three of them ("<=48",
 * "+/-48"), or one or two with a space after each (`SPACED_SIGN`), all of them read together ("Gripna: ≈ < 250" agreed as
 * "≈ 250" would: helper 193); the signs are the first group, or the second. Any mathematical sign or
 * dash, not a list of them: since the afternoon of 6 December the full-width and other scripts' ones too ("Gripna:
 * ＜260", "＞250 greps" printed the 260 and the 250 as exact figures: helpers 186 and 187), a sign set off by a space,
 * signs in a row, and a number sign ("#260 greps" printed the 260).
 */
export const SIGN_BEFORE = new RegExp(`(?:^|[^${WORD_CHAR}])(?:((?:${SPACED_SIGN})?${SIGN}(?:/?${SIGN}){0,2})|((?:${SPACED_SIGN}){1,2}))$`, 'u');

/** The signs that end `before` (`SIGN_BEFORE`, read in its last eight characters, the most it matches), else undefined. */
function signBefore(before: string): string | undefined {
  const signed = SIGN_BEFORE.exec(before.slice(-8));
  return signed === null ? undefined : (signed[1] ?? signed[2] ?? '');
}

/** The superscript digits, as characters: a footnote's mark glued to a figure or a label ("260¹", "Gripna¹:"). */
export const SUPERSCRIPT_DIGITS = '\u00B9\u00B2\u00B3\u2070\u2074-\u2079';
/**
 * What is written small after a figure, as a footnote's mark is: subscript digits, super- and subscript signs and
 * brackets, modifier and subscript letters, the ordinal indicators ("260₁", "260⁽¹⁾", "260ᵃ", "260ª").
 */
const SMALL_MARKS = '\u00AA\u00BA\u02B0-\u02B8\u1D2C-\u1D6A\u1D9B-\u1DBF\u2071\u207A-\u207F\u2080-\u208E\u2090-\u209C';
/** The marks `MARK_AFTER` reads glued to a figure's end. */
const GLUED = `\\*{1,3}|[\u2020\u2021\u00A7]|\\[[^\\]\\s]{1,4}\\]|[${SUPERSCRIPT_DIGITS}${SMALL_MARKS}]{1,3}`;

/**
 * A mark written right after a figure, in the text itself: an asterisk, a
 * dagger, a bracketed note ("50 000[1]"), and since the afternoon of 6 December
 * a superscript digit ("Gripna: 260¹" was read as no figure, a name's, and the
 * post's 250 printed: helper 181), since the later afternoon anything written
 * small (`SMALL_MARKS`: "Gripna: 260₁", "260ᵃ" were names' too, helper 186).
 * A mark set off by a cut (a superscript element) is any short text in it.
 */
export const MARK_AFTER = new RegExp(`^(?:${GLUED})`);
const CUT_MARK = /^\S{1,4}$/;

/**
 * Why a number is not read: it is part of an expression the reader does not
 * take apart, or a mark is glued to it — a footnote, whose note may qualify
 * the figure, or an ordinal ending ("the 779<sup>th</sup> suspect"), which
 * makes it no count at all. `unread`: a figure of digits that is no number
 * of the language — a decimal with no scale word ("779,5"), groups joined by a
 * mark the language has none of, or of the wrong length ("7·79", "50,000" in
 * Swedish, "50 0000"): the reader sees a figure, the tool reads none.
 * `words`: a number in words ("tvåhundrasextio", "sixty"), see `numbersInWords`.
 */
export type UnclearReason = 'range' | 'compound' | 'fraction' | 'sign' | 'mark' | 'multiple' | 'decimal' | 'too-large' | 'unread' | 'words';

/** A number that is part of a larger expression: the whole expression, and why. */
export interface UnclearFigure {
  start: number;
  end: number;
  text: string;
  reason: UnclearReason;
}

export interface NumbersRead {
  /** The numbers read, in order. */
  tokens: NumberToken[];
  /** The expressions whose numbers were not read, in order. */
  unclear: UnclearFigure[];
}

interface Span {
  start: number;
  end: number;
  /** A number word alone ("en", "twenty"), which only joins a range or a compound. */
  word?: boolean;
}

/**
 * Every integer as written, one token each, whatever stands around it; a
 * decimal the scale word after it does not make whole goes to `inexact`.
 */
function rawTokens(text: string, language: Language, figures: readonly Cluster[], inexact: UnclearFigure[], hasScaleWord: boolean, cuts: readonly number[]): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const cluster of figures) {
    if (cluster.cut) continue;
    const token = digitToken(text, cluster.text, cluster.start, language);
    if (token && 'reason' in token) inexact.push(token);
    else if (token) tokens.push(token);
  }
  if (!hasScaleWord) return tokens;
  const isCut = cutTest(cuts);
  const words = new RegExp(WORD_NUMBER);
  for (let match = words.exec(text); match; match = words.exec(text)) {
    // "en <s>halv</s> miljon" reads "en miljon", cut between its words: no figure the text states for sure.
    if (isCut(match.index, match.index + match[0].length)) continue;
    const [, word = '', scale = ''] = match;
    const value = (WORDS[word.toLowerCase()] ?? Number.NaN) * (SCALES[scale.toLowerCase()] ?? Number.NaN);
    if (Number.isSafeInteger(value)) tokens.push({ value, start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/**
 * What may stand on either side of a number in a range or a compound: the
 * numbers read, the figures not read ("1,5" in "1,5 till 2 miljoner") and
 * number words alone ("en" in "en till två miljoner").
 */
function numberSpans(text: string, tokens: readonly NumberToken[], figures: readonly Cluster[]): Span[] {
  const spans: Span[] = [...tokens];
  // Asked in increasing order of `start` for each kind: one pass over the tokens each.
  const insideTest = () => {
    let next = 0;
    return (start: number, end: number) => {
      while (next < tokens.length && (tokens[next] as NumberToken).end <= start) next++;
      return next < tokens.length && (tokens[next] as NumberToken).start < end;
    };
  };
  let inside = insideTest();
  for (const figure of figures) if (!inside(figure.start, figure.end)) spans.push(figure);
  inside = insideTest();
  const words = new RegExp(BARE_NUMBER_WORD);
  for (let match = words.exec(text); match; match = words.exec(text)) {
    const end = match.index + match[0].length;
    if (!inside(match.index, end)) spans.push({ start: match.index, end, word: true });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The expression two neighbouring numbers, `first` then `second`, make
 * together, or undefined when they are two figures.
 */
function link(text: string, first: Span, second: Span): UnclearFigure | undefined {
  const gap = text.slice(first.end, second.start);
  if (gap.length > 10) return undefined;
  const head = text.slice(first.start, first.end);
  const compound = second.word !== true && (first.word === true ? TENS_WORD.test(head) && TENS_COMPOUND_GAP.test(gap) : ENDS_WITH_SCALE.test(head) && SCALE_COMPOUND_GAP.test(gap));
  if (compound) return unclearAt(text, first.start, second.end, 'compound');
  if (RANGE_GAP.test(gap) && !isStatedYear(text, first.start, first.end) && !isNamedYear(text, first.start, first.end)) return unclearAt(text, first.start, second.end, 'range');
  const opener = AND_GAP.test(gap) ? RANGE_OPENER.exec(text.slice(Math.max(0, first.start - 10), first.start)) : null;
  if (opener) return unclearAt(text, first.start - opener[0].length, second.end, 'range');
  return undefined;
}

/** Why a number's own neighbourhood makes it part of a larger expression: a fraction, a sign or a second scale word. */
function ownReason(text: string, token: NumberToken): UnclearFigure | undefined {
  const before = text.slice(Math.max(0, token.start - 24), token.start);
  const after = text.slice(token.end, token.end + 24);
  const fractionBefore = FRACTION_BEFORE.exec(before);
  if (fractionBefore) return unclearAt(text, token.start - before.length + fractionBefore.index, token.end, 'fraction');
  const wider = text.slice(Math.max(0, token.start - 48), token.start);
  const multiple = MAY_END_IN_MULTIPLE.test(wider) ? (MULTIPLE_BEFORE.exec(wider) ?? SHARE_BEFORE.exec(wider)) : null;
  if (multiple) return unclearAt(text, token.start - wider.length + multiple.index, token.end, 'multiple');
  const fractionAfter = FRACTION_AFTER.exec(after);
  if (fractionAfter) return unclearAt(text, token.start, token.end + fractionAfter[0].length, 'fraction');
  const scale = SCALE_AFTER.exec(after);
  if (scale) return unclearAt(text, token.start, token.end + scale[0].length, 'compound');
  const sign = signBefore(before);
  if (sign !== undefined) return unclearAt(text, token.start - sign.length, token.end, 'sign');
  return undefined;
}

function unclearAt(text: string, start: number, end: number, reason: UnclearReason): UnclearFigure {
  const from = start + (/^\s*/.exec(text.slice(start, end))?.[0].length ?? 0);
  return { start: from, end, text: text.slice(from, end), reason };
}

/**
 * The figure and the mark glued to its end, if one is: a cut right at its end
 * and another after a short text (`<sup>a</sup>`), or a mark in the text
 * itself (`MARK_AFTER`).
 */
export function markAfter(text: string, token: { start: number; end: number }, cuts: readonly number[]): UnclearFigure | undefined {
  const at = cuts.indexOf(token.end);
  const close = at === -1 ? undefined : cuts[at + 1];
  // A cut stands at the first character after it, space aside: "779<sup>a</sup> misstänkta" is cut at 3 and at 5.
  const mark = close === undefined ? '' : text.slice(token.end, close).trimEnd();
  if (CUT_MARK.test(mark)) return unclearAt(text, token.start, token.end + mark.length, 'mark');
  const written = MARK_AFTER.exec(text.slice(token.end, token.end + 8));
  return written ? unclearAt(text, token.start, token.end + written[0].length, 'mark') : undefined;
}

/**
 * Unicode's closing, initial and final punctuation (`\p{Pe}\p{Pi}\p{Pf}`, all of it in the first plane) written out,
 * for patterns that cannot take the class: every script's closing bracket and quote.
 */
export const CLOSING_PUNCTUATION =
  '\\u0029\\u005D\\u007D\\u00AB\\u00BB\\u0F3B\\u0F3D\\u169C\\u2018-\\u2019\\u201B-\\u201D\\u201F\\u2039-\\u203A\\u2046\\u207E\\u208E\\u2309\\u230B\\u232A' +
  '\\u2769\\u276B\\u276D\\u276F\\u2771\\u2773\\u2775\\u27C6\\u27E7\\u27E9\\u27EB\\u27ED\\u27EF\\u2984\\u2986\\u2988\\u298A\\u298C\\u298E\\u2990\\u2992\\u2994' +
  '\\u2996\\u2998\\u29D9\\u29DB\\u29FD\\u2E02-\\u2E05\\u2E09-\\u2E0A\\u2E0C-\\u2E0D\\u2E1C-\\u2E1D\\u2E20-\\u2E21\\u2E23\\u2E25\\u2E27\\u2E29\\u2E56\\u2E58' +
  '\\u2E5A\\u2E5C\\u3009\\u300B\\u300D\\u300F\\u3011\\u3015\\u3017\\u3019\\u301B\\u301E-\\u301F\\uFD3E\\uFE18\\uFE36\\uFE38\\uFE3A\\uFE3C\\uFE3E\\uFE40' +
  '\\uFE42\\uFE44\\uFE48\\uFE5A\\uFE5C\\uFE5E\\uFF09\\uFF3D\\uFF5D\\uFF60\\uFF63';
/**
 * Marks that are no bracket or quote of Unicode's but set a figure apart: straight quotes, emphasis, code, slashes and
 * bars ("/260/", "|260|"), ditto and prime marks, the ornamental quotes, corners and the two ornate parentheses (whose
 * classes Unicode has swapped): "❝260❞", "″260″", "‖260‖", "⌜260⌝", "﴾260﴿" (helper 187).
 */
export const PLAIN_MARKS = `"'*_\`/|\\u00B4\\u2016\\u2033\\u231C-\\u231F\\u275B-\\u275E\\u3003\\uFD3E\\uFD3F\\uFF02\\uFF07\\uFF0A\\uFF0F\\uFF3F\\uFF40\\uFF5C`;

/**
 * Marks a figure may be set in: quotes, brackets, emphasis ("Gripna: "260"", "Totalt greps (260) personer", "Arrested:
 * *260*"), before it, and those that close them after it. Every script's brackets and quotes, not a list of them: since
 * the afternoon of 6 December "Gripna: ⟦260⟧", "Gripna: ｢260｣", "❮260❯ greps" are set in marks too (they printed the
 * post's 250: helper 186).
 */
export const OPENING_MARKS = new RegExp(`[\\p{Ps}\\p{Pi}\\p{Pf}${PLAIN_MARKS}]{1,3}$`, 'u');
export const CLOSING_MARKS = new RegExp(`^[${CLOSING_PUNCTUATION}${PLAIN_MARKS}]{1,3}`, 'u');

/**
 * The marks a figure from `start` to `end` is set in (`OPENING_MARKS`, and any that close them), with a sign before them
 * (`signed`), else undefined. Not marks glued to a word before them ("Gripna"779": 250" is a name's, as "Gripna779" is).
 */
export function marksAround(text: string, start: number, end: number): { opening: string; closing: string; signed: boolean } | undefined {
  const marks = OPENING_MARKS.exec(text.slice(Math.max(0, start - 3), start))?.[0] ?? spacedMarks(text, start, end)?.opening;
  if (marks === undefined) return undefined;
  // A sign before the marks is the figure's ("Gripna: > ⟦250⟧", "≈ "260"": helper 187), which they are read with.
  const sign = signBefore(text.slice(0, start - marks.length)) ?? '';
  const opening = sign + marks;
  if (AFTER_FIGURE.test(text.charAt(start - opening.length - 1))) return undefined;
  const spaced = opening.endsWith(' ') ? ' ' : '';
  return { opening, closing: spaced + (CLOSING_MARKS.exec(text.slice(end + spaced.length, end + spaced.length + 3))?.[0] ?? ''), signed: sign !== '' };
}

/** A bracket or a quote, with a space inside it. */
const SPACED_OPENING = /[\p{Ps}\p{Pi}\p{Pf}] $/u;
export const SPACED_CLOSING = new RegExp(`^ [${CLOSING_PUNCTUATION}]`, 'u');

/**
 * Brackets or quotes set off from the figure by a space on each side ("Gripna: ( 260 )", "« 260 »"): since the later
 * afternoon of 6 December marks too, where they printed the post's 250 (helper 186). Not emphasis's or a bullet's
 * marks ("* 260"), nor a bracket that opens alone ("( 260 greps").
 */
function spacedMarks(text: string, start: number, end: number): { opening: string } | undefined {
  const opening = SPACED_OPENING.exec(text.slice(Math.max(0, start - 2), start))?.[0];
  return opening !== undefined && SPACED_CLOSING.test(text.slice(end, end + 2)) ? { opening } : undefined;
}

/** A sign of a value about so large ("≈260", "~260"): what follows it is still the value, where "<", ">", "−" make another. */
const ABOUT_SIGN = /^[~≈∼～≃]/u;
/** The mark glued to a figure's end that `markAfter` reads (`MARK_AFTER`), to take it off. */
export const GLUED_MARK = new RegExp(`(?:${GLUED})$`);

/**
 * What a figure the tool does not read for a sign of about before it or a mark after it would state without them
 * ("≈260", "260¹", "260[1]", "en miljon[a]"), else undefined: what such a figure is weighed by (the same value again
 * agrees), never a value the tool states. A bound or a sign ("<250", ">250", "−250") says another value than its digits.
 */
export function markedValue({ text, reason }: UnclearFigure): number | undefined {
  if (reason === 'sign' && ABOUT_SIGN.test(text)) return valueIn(text.slice(1));
  return reason === 'mark' ? valueIn(text.replace(GLUED_MARK, '')) : undefined;
}

/** A figure's value in either language: a marked figure's reader does not know the sentence's. */
const valueIn = (figure: string): number | undefined => parseNumber(figure.trim(), 'sv') ?? parseNumber(figure.trim(), 'en');

/**
 * Every integer the text states, in order, and the expressions it does not
 * read: a number is read only when nothing around it makes it part of a larger
 * expression — a range ("240 – 250", "mellan 240 och 250", "one to two
 * million"), a compound ("2 miljoner 500 000", "two thousand million"), a
 * fraction ("half a million") or a signed figure ("-48"). Each part of such an
 * expression yields nothing, since no part of it is the figure the text states.
 * A figure that runs across any of `cuts` (offsets in `text`, as `Block.cuts`)
 * yields nothing either.
 */
export function readNumbers(text: string, language: Language, cuts: readonly number[] = []): NumbersRead {
  const figures = clusters(text, cuts);
  const inexact: UnclearFigure[] = [];
  // A number in words and a fraction of one both end in a scale word: a text without one is spared their patterns.
  const hasScaleWord = ANY_SCALE_WORD.test(text);
  const raw = rawTokens(text, language, figures, inexact, hasScaleWord, cuts);
  const spans = numberSpans(text, raw, figures);
  const isToken = new Set<Span>(raw);
  const marked = new Map<NumberToken, UnclearFigure>();
  for (let i = 1; i < spans.length; i++) {
    const first = spans[i - 1] as Span;
    const second = spans[i] as Span;
    const figure = link(text, first, second);
    if (!figure) continue;
    for (const part of [first, second]) if (isToken.has(part)) marked.set(part as NumberToken, figure);
  }
  for (const token of raw) {
    const figure = marked.has(token) ? undefined : ownReason(text, token);
    if (figure) marked.set(token, figure);
  }
  for (const token of raw) {
    const figure = marked.has(token) ? undefined : markAfter(text, token, cuts);
    if (figure) marked.set(token, figure);
  }
  // A figure with a letter glued to it at a cut ("779<sup>a</sup>") is no token, nor one whose bracketed
  // note joined its digits ("50 000[1"), but either is still the figure the reader sees.
  const read = new Set(raw.map((token) => token.start));
  const glued = figures.flatMap((cluster) => {
    if (cluster.cut || read.has(cluster.start)) return [];
    const bracket = cluster.text.indexOf('[');
    const head = bracket > 0 ? digitToken(text, cluster.text.slice(0, bracket), cluster.start, language) : undefined;
    return markAfter(text, head ?? cluster, cuts) ?? [];
  });
  const fractions = (hasScaleWord ? [...text.matchAll(FRACTION_OF_SCALE)] : []).map((match) => unclearAt(text, match.index, match.index + match[0].length, 'fraction'));
  // A figure no word is glued to that yields no number, and no other reason, is still one the reader sees ("7·79");
  // one glued to a word, by a mark too, is part of a name ("MEMO-12-944", "E-000779/2012").
  const explained = new Set([...glued, ...inexact].map((figure) => figure.start));
  const unread = figures.flatMap((cluster) =>
    cluster.cut || read.has(cluster.start) || explained.has(cluster.start) || IN_NAME_BEFORE.test(text.slice(Math.max(0, cluster.start - 2), cluster.start)) || AFTER_FIGURE.test(text.slice(cluster.end, cluster.end + 1))
      ? []
      : [unclearAt(text, cluster.start, cluster.end, 'unread')],
  );
  const unclear: UnclearFigure[] = [];
  for (const figure of [...marked.values(), ...glued, ...fractions, ...inexact, ...unread].sort((a, b) => a.start - b.start)) {
    const last = unclear[unclear.length - 1];
    if (last && figure.start < last.end) {
      if (figure.end > last.end) unclear[unclear.length - 1] = unclearAt(text, last.start, figure.end, last.reason);
    } else unclear.push(figure);
  }
  // The count of a multiple or share ("2" in "2 gånger 50 000") is no figure of its own either.
  const parts = [...fractions, ...[...marked.values()].filter((figure) => figure.reason === 'multiple')];
  const inPart = (token: NumberToken) => parts.some((part) => token.start < part.end && part.start < token.end);
  return { tokens: raw.filter((token) => !marked.has(token) && !inPart(token)), unclear };
}

/**
 * Every integer the text states, in order. A figure it does not fully
 * understand yields nothing — one that is part of a larger expression (see
 * `readNumbers`), or that runs across any of `cuts` (offsets in `text`, as
 * `Block.cuts`).
 */
export function findNumbers(text: string, language: Language, cuts: readonly number[] = []): NumberToken[] {
  return readNumbers(text, language, cuts).tokens;
}

/** The value of a string that is one number and nothing else, or `undefined`. */
export function parseNumber(text: string, language: Language): number | undefined {
  const trimmed = normalizeText(text).trim();
  const [token] = findNumbers(trimmed, language);
  return token && token.start === 0 && token.end === trimmed.length ? token.value : undefined;
}

/**
 * Whether `text` goes on with a figure that `before` (the sentence or block
 * before it) ended with: "50</p><p>000", "50000. 0 nya bilder". Then the
 * figure `text` opens with is the tail of a longer one, and no number.
 */
export function continuesFigure(before: string, text: string): boolean {
  const head = /^[^0-9]{0,8}/.exec(text)?.[0] ?? '';
  if (!/[0-9]/.test(text.charAt(head.length))) return false;
  const tail = /[^0-9]{0,8}$/.exec(before)?.[0] ?? '';
  if (!/[0-9]/.test(before.charAt(before.length - tail.length - 1))) return false;
  return !LETTER_IN_GAP.test(tail + head) && characterCount(tail + head) <= 2;
}
