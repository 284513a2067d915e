/**
 * Reads integers as Swedish and English prose writes them: "779", "50 000"
 * (grouped by any space — `normalizeText` has already folded U+00A0 and U+202F
 * into plain spaces), "500,000" (English only: in Swedish the comma is the
 * decimal mark), "en miljon", "one million", "1,5 miljoner".
 */
import { WORD_CHAR } from '../rules/letters.js';

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
const WORD = '(en|ett|an?|one|två|two|tre|three|fyra|four|fem|five|sex|six|sju|seven|åtta|eight|nio|nine|tio|ten)';

/**
 * One pattern per language. Every quantifier is bounded by a literal that the
 * next one cannot match, so a scan stays linear however hostile the text.
 */
export const NUMBER_PATTERNS: Record<Language, RegExp> = {
  sv: new RegExp(
    `(?<![${WORD_CHAR},.])(?:(\\d{1,3}(?: \\d{3})+|\\d+)(?:,(\\d+))?(?: ${SCALE})?|${WORD} ${SCALE})(?![${WORD_CHAR}])`,
    'gi',
  ),
  en: new RegExp(
    `(?<![${WORD_CHAR},.])(?:(\\d{1,3}(?:[ ,]\\d{3})+|\\d+)(?:\\.(\\d+))?(?: ${SCALE})?|${WORD} ${SCALE})(?![${WORD_CHAR}])`,
    'gi',
  ),
};

function tokenValue(match: RegExpExecArray): number | undefined {
  const [, digits, fraction, digitScale, word, wordScale] = match;
  if (digits !== undefined) {
    const whole = Number(digits.replace(/[ ,]/g, ''));
    if (digitScale === undefined) return fraction === undefined ? whole : undefined;
    const scale = SCALES[digitScale.toLowerCase()] ?? 1;
    const value = Number(`${whole}.${fraction ?? '0'}`) * scale;
    return Number.isInteger(value) ? value : undefined;
  }
  if (word !== undefined && wordScale !== undefined) {
    return (WORDS[word.toLowerCase()] ?? Number.NaN) * (SCALES[wordScale.toLowerCase()] ?? Number.NaN);
  }
  return undefined;
}

/** Every integer the text states, in order. Decimals without a scale word are skipped. */
export function findNumbers(text: string, language: Language): NumberToken[] {
  const pattern = new RegExp(NUMBER_PATTERNS[language]);
  const tokens: NumberToken[] = [];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const value = tokenValue(match);
    if (value !== undefined && Number.isSafeInteger(value)) {
      tokens.push({ value, start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  }
  return tokens;
}

/** The value of a string that is one number and nothing else, or `undefined`. */
export function parseNumber(text: string, language: Language): number | undefined {
  const trimmed = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  const [token] = findNumbers(trimmed, language);
  return token && token.start === 0 && token.end === trimmed.length ? token.value : undefined;
}
