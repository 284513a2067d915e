import { KNOWN_PHRASES, KNOWN_WORDS } from '../rules/lexicon.js';
import type { Language } from './numbers.js';
import { LETTER } from '../rules/letters.js';
import { isCountryWord } from '../countries/resolve.js';
import { clipped } from '../text/clip.js';
import { ownCopy } from '../text/ownCopy.js';
import { withoutMarksOnDigits } from '../text/digitMarks.js';

/**
 * A word: a run of anything but white space, digits and punctuation (ASCII,
 * Latin-1's, the general, CJK and full-width punctuation blocks, and since the
 * afternoon of 6 December the brackets of the other blocks, ornamental,
 * mathematical, vertical, small and half-width, and the arrows and the
 * mathematical and technical signs: "Gripna: ⟦250⟧" named a word the tool
 * does not read, where "Gripna: "250"" agrees, and "Gripna: ≈⟦260⟧" was
 * weighed as a sentence of unread words, and passed over: helper 187), with a
 * genitive or an elision glued on by a colon or an apostrophe ("FN:s",
 * "children's"), and a compound's parts joined by a hyphen, which is one word
 * ("it-brottscentrumet"): "un-identified" is not "UN" and "identified". Any
 * script's letters, marks and symbols are word material, so that a
 * full-width, a circled ("ⓝⓞⓣ") or a look-alike word, or a damaged byte's
 * U+FFFD, is a word the lexicon lacks rather than no word at all. So are the
 * invisible format characters of the general punctuation block — zero widths
 * and joiners (U+200B–U+200D), bidirectional marks, embeddings, overrides and
 * isolates (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), invisible
 * operators (U+2060–U+2064), the deprecated format characters (U+206A–U+206F)
 * — and the BOM (U+FEFF), which `\s` would take for a space: inside a word
 * they are part of it, and the warning names the whole word
 * ("initi\u202eativet", as messages escape them), not its part before them.
 * Written without Unicode property classes, which cost a cold run about two
 * milliseconds to compile.
 */
const PART = "[^0-9\\t-\\r \\u1680!-/:-@\\[-`{-~\\u00A0-\\u00BF\\u00D7\\u00F7\\u2000-\\u200A\\u2010-\\u2029\\u202F-\\u205F\\u2065\\u2190-\\u23FF\\u275B-\\u275E\\u2768-\\u2775\\u2795-\\u2797\\u27C0-\\u27FF\\u2900-\\u2AFF\\u2E00-\\u2E7F\\u3000-\\u303F\\uFE10-\\uFE19\\uFE30-\\uFE6B\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF5B-\\uFF65]+";
const WORD = new RegExp(`${PART}(?:[-:'\u2019]${PART})*`, 'g');

/** A word the rules can read: Latin-1 letters, and a colon, an apostrophe or a hyphen inside ("FN:s", "children's"). */
const LATIN = new RegExp(`^[${LETTER}]+(?:[-:'’][${LETTER}]+)*$`);

/** No word of the post is longer; a longer one is named by its start, so that a message stays a line. */
const MAX_SHOWN = 40;

/** An address in the text is no word of it: "(se https://example.org/?p=1)". */
const ADDRESS = /\b(?:https?:\/\/|www\.)\S*/gi;

/**
 * The first word of the text that the lexicon of its language
 * (src/rules/lexicon.ts) lacks, as the text spells it (its first
 * characters, if it is longer than any word of the post); `alsoKnown` admits
 * more. A word is looked up in lower case, with `’` read as `'`; one whose
 * letters are decomposed (not NFC) or not Latin-1's, though it may look like
 * a listed word ("Kan" with a Kelvin sign, "ma\u030Al"), is unknown: the
 * rules, which match Latin-1 letters, would not read it as that word.
 */
export function unknownWord(text: string, language: Language, alsoKnown?: (word: string) => boolean): string | undefined {
  const known = KNOWN_WORDS[language];
  const seen = SEEN[language];
  const words = text.replace(ADDRESS, ' ').replace(KNOWN_PHRASES[language], ' ');
  WORD.lastIndex = 0;
  for (let match = WORD.exec(words); match !== null; match = WORD.exec(words)) {
    const word = match[0];
    if (seen.has(word)) continue;
    const key = word.toLowerCase().replace(/’/g, "'");
    const latin = LATIN.test(word);
    if (latin && known.has(key)) {
      if (seen.size === MAX_SEEN) seen.clear();
      // Kept from page to page: a copy, or the word would keep its page (see `ownCopy`).
      seen.add(ownCopy(word));
    } else if (!latin || !alsoKnown?.(key)) return clipped(word, MAX_SHOWN);
  }
  return undefined;
}

/**
 * The words, as written, that the lexicon of each language has: most words
 * of a page are asked about again and again (each block, in each language,
 * with and without its labels), and looking one up whole is cheaper than
 * folding it and testing its letters. Bounded, for a batch of many pages.
 */
const SEEN: Record<Language, Set<string>> = { sv: new Set(), en: new Set() };
const MAX_SEEN = 20_000;

/**
 * Blocks' answers, kept while the block lives: each candidate container of a
 * page is read for the post's facts, and the containers share their blocks.
 */
const answers = new WeakMap<object, Map<string, string | null>>();

/**
 * `unknownWord` of a block's text, or of `text` read from it (its words
 * without footnote marks), and of the struck words it shows (`Block.seen`),
 * asked once per block and language; `countries`: a country's names are
 * words too (a footnote may list the participants).
 */
export function unknownWordOf(block: { readonly text: string; readonly seen?: string | undefined }, language: Language, { countries = false, text = block.text }: { countries?: boolean; text?: string } = {}): string | undefined {
  let known = answers.get(block);
  if (!known) {
    known = new Map();
    answers.set(block, known);
  }
  // Another text than the block's is one of several read of it (without a note's label, without any label): each its own answer.
  const key = `${language}${countries ? '+' : ''}${text === block.text ? '' : `~${text}`}`;
  let word = known.get(key);
  if (word === undefined) {
    const alsoKnown = countries ? isCountryWord : undefined;
    // A combining mark on a digit or on nothing is no word (see src/text/digitMarks.ts): a figure one touches is refused
    // where it is read, and one on nothing shows no letter otherwise.
    const seen = block.seen === undefined ? undefined : withoutMarksOnDigits(block.seen);
    word = unknownWord(withoutMarksOnDigits(text), language, alsoKnown) ?? (seen === undefined ? undefined : unknownWord(seen, language, alsoKnown)) ?? null;
    known.set(key, word);
  }
  return word ?? undefined;
}
