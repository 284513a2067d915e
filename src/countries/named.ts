import type { Language } from '../extract/numbers.js';
import { isCountryWord, LEADING_WORD, resolveCountry } from './resolve.js';

/** A word: letters, with an apostrophe or a hyphen inside ("Guinea-Bissau", "Côte d'Ivoire"). */
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;
/** "Bosnien och Hercegovina", "United States of America", "Saint Kitts and Nevis": the longest names the library has run to five words. */
const MAX_WORDS = 5;
const UPPER = /^\p{Lu}/u;

/** The country a genitive names: "Canada's", "Canada’s", and in Swedish "Belgiens". */
function genitiveOf(span: string, language: Language): string | undefined {
  if (/['’]s$/u.test(span)) return resolveCountry(span.slice(0, -2), language);
  return language === 'sv' && span.endsWith('s') ? resolveCountry(span.slice(0, -1), language) : undefined;
}

/**
 * Every country a text names itself, not in the genitive, in order ("Sverige och Kanada"; not "Kanadas minister",
 * whose minister is no country): see `countryNamedIn`. `anyCase`: in lower case too ("Sverige och kanada", "nya
 * zeeland"), for the guard on who takes part: the readers take a name only with its capital, so nothing a sentence
 * says of a country named in lower case was heard.
 */
export function countriesNamedIn(text: string, language: Language, anyCase = false): Array<{ name: string; code: string }> {
  const named: Array<{ name: string; code: string }> = [];
  let rest = text;
  for (let country = countryNamedIn(rest, language, anyCase); country !== undefined; country = countryNamedIn(rest, language, anyCase)) {
    const at = rest.indexOf(country.name);
    if (namesItself(rest, country.name, at, language)) named.push(country);
    rest = rest.slice(at + country.name.length);
  }
  return named;
}

/** Whether `name`, found at `at` in `text`, names its country itself: no genitive ("Kanadas", "Canada's", "USA:s"). */
function namesItself(text: string, name: string, at: number, language: Language): boolean {
  return resolveCountry(name, language) !== undefined && !text.startsWith(':s', at + name.length);
}

/**
 * The country a text opens with, named itself (see `countriesNamedIn`), or undefined: "Danmark." for "Danmark.", not
 * "Danmarks regering" nor "och Danmark". Reads only as far as the first name, whatever the text's length.
 */
export function countryOpening(text: string, language: Language): { name: string; code: string } | undefined {
  const country = countryNamedIn(text, language);
  return country !== undefined && text.startsWith(country.name) && namesItself(text, country.name, 0, language) ? country : undefined;
}

/**
 * Names that are words too ("island" is Iceland in Swedish, "turkey", "china", "guinea", "jersey", "chad"), and
 * short ones ("us", "uk", "usa"): in lower case they are read as the words, never as countries. Not "japan" nor
 * "malta", which prose rarely writes as words and the list holds ("japan has withdrawn.").
 */
const WORDS_TOO = new Set(['island', 'turkey', 'china', 'guinea', 'jersey', 'jordan', 'chad', 'georgia', 'panama', 'chile', 'india']);
const LOWER_CASE_MIN = 4;
/** A genitive's ending on a word in lower case ("kanadas", "canada's", "usa:s"). */
const GENITIVE_END = /(?::s|['’]?s)$/u;

/**
 * Whether a word in lower case may open a country's name, or its genitive ("kanadas"): asked before any run of words
 * from it is looked up, so that a long sentence of lower-case words costs a lookup a word.
 */
function mayOpenName(word: string): boolean {
  const lower = word.toLowerCase();
  return isCountryWord(lower) || (lower.endsWith('s') && isCountryWord(lower.replace(GENITIVE_END, '')));
}

/** Whether a run of words that opens in lower case may be taken for a country's name, or its genitive ("islands"). */
function mayNameInLowerCase(span: string): boolean {
  const lower = span.toLowerCase();
  // "the turkey", "och kanada": the name is the words after, which are read on their own.
  if (LEADING_WORD.test(lower)) return false;
  return lower.replace(/[^\p{L}]/gu, '').length >= LOWER_CASE_MIN && !WORDS_TOO.has(lower) && !WORDS_TOO.has(lower.replace(GENITIVE_END, ''));
}

/**
 * The first country a text names, as written and by its code: a run of up to
 * five words that opens with a capital and is one of the country library's
 * names (or an alias, see `resolveCountry`), the longest first, so that
 * "Nya Zeeland" is New Zealand rather than nothing. A genitive ("Canada's",
 * "Belgiens", "USA:s") names the country too. Only for the few blocks an
 * amendment opens: it asks the library about every capitalised word.
 */
export function countryNamedIn(text: string, language: Language, anyCase = false): { name: string; code: string } | undefined {
  // Words are read only as far as the first name and the few after it: a caller that walks a text name by name
  // (`countriesNamedIn`) asks again from each name on, which reading every word each time made quadratic.
  const words: RegExpExecArray[] = [];
  const reading = text.matchAll(WORD);
  let read = false;
  for (let i = 0; ; i++) {
    while (!read && words.length < i + MAX_WORDS) {
      const next = reading.next();
      if (next.done === true) read = true;
      else words.push(next.value);
    }
    if (i >= words.length) return undefined;
    const first = words[i] as RegExpExecArray;
    const capital = UPPER.test(first[0]);
    if (!capital && (!anyCase || !mayOpenName(first[0]))) continue;
    for (let count = Math.min(MAX_WORDS, words.length - i); count >= 1; count--) {
      const last = words[i + count - 1] as RegExpExecArray;
      const span = text.slice(first.index, last.index + last[0].length);
      // Words of one name stand a space apart, never across a comma or a full stop.
      if (count > 1 && /[^\p{L}'’ -]/u.test(span)) continue;
      if (!capital && !mayNameInLowerCase(span)) continue;
      const code = resolveCountry(span, language) ?? genitiveOf(span, language);
      if (code !== undefined) return { name: span, code };
    }
  }
}
