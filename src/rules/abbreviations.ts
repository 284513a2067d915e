import { WORD_CHAR } from './letters.js';

/**
 * Abbreviations whose full stop never ends a sentence, since a word or a
 * figure always follows them: "ca. 50 000", "t.ex. EU", "approx. 779". One
 * that often ends a sentence ("etc.", "m.fl.", "osv.") is not here: a
 * sentence that goes on after it is split, which at worst loses a fact (the
 * statistic is then missing, and said so), never makes a wrong one. "ggr."
 * (gånger) may end one, but split before a figure it would make a wrong
 * one: "tre ggr. 50 000 nya bilder" would read 50 000, the multiple's
 * figure. Kept in its sentence, the figure is left out as a multiple.
 */
export const ABBREVIATIONS: readonly string[] = [
  // Swedish
  'ca', 'omkr', 'ung', 't.ex', 'bl.a', 'dvs', 'd.v.s', 'p.g.a', 'fr.o.m', 't.o.m', 'jfr', 'resp', 'nr', 'ex', 'ggr',
  // English
  'approx', 'c', 'est', 'e.g', 'i.e', 'cf', 'vs', 'viz',
];

const escaped = (abbreviation: string) => abbreviation.replaceAll('.', '\\.');
/** Each abbreviation in lower case, or capitalised as a sentence opens with it ("Ca. 50 000"). */
const spelled = (abbreviation: string) => `[${abbreviation.charAt(0)}${abbreviation.charAt(0).toUpperCase()}]${escaped(abbreviation.slice(1))}`;

/** Text that ends with one of `ABBREVIATIONS` and its full stop, as a word of its own (letters as in letters.ts). */
export const ENDS_WITH_ABBREVIATION = new RegExp(`(?<![${WORD_CHAR}.])(?:${ABBREVIATIONS.map(spelled).join('|')})\\.$`);
