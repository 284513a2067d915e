/**
 * What opens a footnote, apart from src/rules/facts.ts (which exports it too): src/text/marks.ts reads a note's mark
 * with these (`noteOpening`), and src/text reads nothing of src/extract, which facts.ts does.
 */

/**
 * What opens a footnote: a mark ("*", "**", "†", "¹", "[1]", "(1)"; since 4 December "(*)" and a full-width "＊",
 * which stand for the "*" a figure carries: `starMark`) and the space after it. "1) " opens none by itself: it
 * numbers a paragraph as a list's item, unless a superscript sets it apart (`SUPERSCRIPT_MARK`) or a figure carries it
 * (`TYPED_NOTE_NUMBER`). A note's label ("Not:", "Note:") is an amendment's (`AMENDMENT_WORDS`), heard as one.
 */
export const FOOTNOTE_MARK = /^\s*(?:[*†‡§＊]{1,3}|\(\*{1,3}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\[[0-9]{1,2}\]|\([0-9]{1,2}\))\s*/;

/** A note's star mark as the figure it speaks of carries it: "(*)" and "＊" are "*". */
export const starMark = (mark: string): string => mark.replace(/^\((\*+)\)$/, '$1').replace(/＊/g, '*');

/** A mark in lower-case roman numerals, i to x, as a figure may carry one raised ("48 länder<sup>i</sup>"). */
export const ROMAN_MARK = 'i[vx]|v?i{1,3}|v|x';

/**
 * A footnote's number as a superscript leaves it ("<sup>1</sup> Siffrorna…"): one the text is cut right after; since 4
 * December a roman numeral too ("<sup>i</sup> Sex av länderna …"), a mark only where a cut sets it apart, never the word "i".
 */
export const SUPERSCRIPT_MARK = new RegExp(`^\\s*(?:[0-9]{1,2}|${ROMAN_MARK})\\)?`);
/**
 * Since 4 December a note's roman numeral as typed at the start of its paragraph ("i) ", "(i) ", "[i] ", "iv. " before a
 * word): as `TYPED_NOTE_NUMBER`, a note's only under a figure that carries it raised ("48 länder<sup>i</sup>").
 */
export const TYPED_ROMAN_MARK = new RegExp(`^\\s*(?:\\((?:${ROMAN_MARK})\\)|\\[(?:${ROMAN_MARK})\\]|(?:${ROMAN_MARK})[.)])\\s+(?=\\p{L})`, 'u');
/**
 * A note's number as typed at the start of its paragraph, not raised: "1) ", "1. " before a word, "1 " before a capital
 * ("1) Sex av länderna …", "1 Sex av länderna …"); since 4 December "1: " and "1 - " too, though not the ordinal "1:a". A numbered paragraph or a count opens so too ("1) Minska
 * tillgången …", "1 000 av dem …"): such a number is a note's only under a figure that carries it raised (see
 * `findQualifyingFootnotes`).
 */
export const TYPED_NOTE_NUMBER = /^\s*[0-9]{1,2}(?:[.)]\s*(?=\p{L})|:\s+(?=\p{L})|\s*[-–—]\s+(?=\p{L})|\s+(?=\p{Lu}))/u;
