import { ANY_SCALE_WORD, CLOSING_PUNCTUATION, PLAIN_MARKS, SUPERSCRIPT_DIGITS } from './numbers.js';
import { STATISTIC_RULES } from '../rules/facts.js';
import { WORD_CHAR } from '../rules/letters.js';
import type { StatisticId } from '../schema/output.js';
import { foldDigits, normalizeText } from '../text/normalize.js';

/** What may close a figure before its words: the marks it is set in, or glued to it. */
const FIGURE_CLOSING = `[${CLOSING_PUNCTUATION}${PLAIN_MARKS}\\u2020\\u2021\\u00A7${SUPERSCRIPT_DIGITS}]{0,3}`;

const ANCHOR = '^';
const WORD_END = `(?![${WORD_CHAR}])`;

/**
 * The words that must follow a rule's figure (`StatisticRule.after`), found
 * anywhere in a text: the pattern without its anchor at the figure and its
 * word end, which the text around may not show in raw HTML.
 */
export function anywhere(after: RegExp): RegExp {
  const { source } = after;
  if (!source.startsWith(ANCHOR) || !source.endsWith(WORD_END)) throw new Error(`a rule's words after its figure are not anchored as expected: /${source}/`);
  // A space of the pattern may be any run of white space in raw text, a no-break space too; an optional one, none.
  return new RegExp(source.slice(ANCHOR.length, -WORD_END.length).replaceAll(' ?', '\\s*').replaceAll(' ', '\\s+'), 'i');
}

/** The character references that may stand for letters and spaces of the rules' words, read without their ";" too, as a browser does. */
const LEGACY: Readonly<Record<string, string>> = { aring: 'å', Aring: 'Å', auml: 'ä', Auml: 'Ä', ouml: 'ö', Ouml: 'Ö', nbsp: ' ', shy: '' };
// Digits without a bound, as a browser reads them (one out of range stands for no letter): a bounded run also
// made the pattern's safety proof three times as long, near its time limit on a loaded machine.
const REFERENCE = /&(?:#([0-9]+);?|#[xX]([0-9a-fA-F]+);?|([a-zA-Z][a-zA-Z0-9]*);|(aring|Aring|auml|Auml|ouml|Ouml|nbsp|shy))/g;

/** A reference, or a character that the reader drops from the middle of a word. */
const MAY_NEED_DECODING = /[&\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060\ufeff]/;

function character(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
}

/**
 * Raw text as the reader would see its words, closely enough to look for
 * words in: references decoded — any other named one, which stands for no
 * letter of the rules' words, as a space — and what the reader drops taken
 * out. White space is for the patterns to match (see `anywhere`).
 */
function plain(raw: string): string {
  // Digits of any script as ASCII ones, as the reader reads them (`foldDigits`).
  if (!MAY_NEED_DECODING.test(raw)) return foldDigits(raw);
  const decoded = raw.replace(REFERENCE, (_all, decimal?: string, hex?: string, named?: string, legacy?: string) => {
    if (decimal !== undefined) return character(Number(decimal));
    if (hex !== undefined) return character(Number.parseInt(hex, 16));
    if (named !== undefined) return LEGACY[named] ?? ' ';
    return LEGACY[legacy as string] ?? ' ';
  });
  return normalizeText(decoded);
}

/**
 * Whether raw text (text between tags, a `<br>` as a space) may state one of
 * the statistics `ids`: a figure — its last digit, or a scale word — is
 * followed by the words that must follow one's figure. A text without them
 * states none of them, however many figures and words it has apart. What an
 * element the reader drops holds stands in the raw text between a figure and
 * its words ("48<span hidden>x</span> länder"), which is then not looked at.
 */
export function mayStateAny(ids: readonly StatisticId[]): (raw: string) => boolean {
  const key = ids.join(' ');
  let test = TESTS.get(key);
  if (!test) TESTS.set(key, (test = compile(ids)));
  return test;
}

/** `mayStateAny`'s tests by the statistics they look for: a page of a batch asks for the same six as the page before. */
const TESTS = new Map<string, (raw: string) => boolean>();

function compile(ids: readonly StatisticId[]): (raw: string) => boolean {
  const patterns = STATISTIC_RULES.filter((rule) => ids.includes(rule.id)).map((rule) => anywhere(rule.after).source);
  if (patterns.length === 0) return () => false;
  // One pattern, so that a text is scanned once for all of them, each right after the end of a figure: a digit or a scale
  // word, and the marks that may close a figure set in them (`marksAround`) or glued to it (`MARK_AFTER`: "\"260\" people
  // were arrested.", "260¹ people": since the afternoon of 6 December, when such a sentence was passed over).
  const any = new RegExp(`(?:[0-9]|${ANY_SCALE_WORD.source})${FIGURE_CLOSING}(?:${patterns.map((source) => `(?:${source})`).join('|')})`, 'i');
  return (raw) => any.test(plain(raw));
}
