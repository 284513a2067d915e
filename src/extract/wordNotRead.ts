import { AMENDMENT_LABEL, AMENDMENT_WORD, CORRECTS_VALUE } from '../rules/facts.js';
import { LETTER } from '../rules/letters.js';

/**
 * How a message names the word of a block that the lexicon lacks, with the
 * block's text (`shown`, omitted where the message quotes it elsewhere): the
 * label that opens an amendment ("PS", "Rättelse", "Uppdatering") is named
 * as one. The lexicon holds no labels, so a label is always such a word,
 * and what the tool does not weigh is the amendment it opens, not a word of
 * unknown meaning. So are the words that give a figure a value ("ska vara",
 * `CORRECTS_VALUE`): what the tool does not weigh is that value.
 */
export function wordNotRead(word: string, text: string, shown?: string): string {
  const named = labelWords(text).includes(word.toLowerCase()) ? 'an amendment label' : CORRECTS_VALUE.test(word) ? 'words that give it another value' : 'a word the tool does not read';
  return shown === undefined ? `${named} ("${word}")` : `${named} ("${word}", in "${shown}")`;
}

/** Exported for test/regex-safety.test.ts, which reaches patterns built at run time through exports. */
export const NOT_LETTERS = new RegExp(`[^${LETTER}]+`);
export const EDGES = new RegExp(`^[^${LETTER}]+|(?<=[${LETTER}])[^${LETTER}]+$`, 'g');

/**
 * The words of the label that opens an amendment, in lower case: of its phrase ("ed. note", "red. anm.", "editor's
 * note", `AMENDMENT_WORD`), not of its stamp ("Kl 14.00 – Uppdatering:"); each as a word of the text is read, with
 * its genitive ("editor's"), and each run of letters ("p.s.": "p", "s").
 */
function labelWords(text: string): string[] {
  const label = AMENDMENT_LABEL.exec(text)?.[0].toLowerCase();
  const phrase = label === undefined ? undefined : AMENDMENT_WORD.exec(label)?.[0];
  if (phrase === undefined) return [];
  return phrase.split(' ').flatMap((part) => [part.replace(EDGES, ''), ...part.split(NOT_LETTERS)]).filter((part) => part !== '');
}
