import { AMENDMENT_LABEL, AMENDMENT_WORD } from '../rules/facts.js';

/**
 * How a message names the word of a block that the lexicon lacks, with the
 * block's text (`shown`, omitted where the message quotes it elsewhere): the
 * label that opens an amendment ("PS", "Rättelse", "Uppdatering") is named
 * as one. The lexicon holds no labels, so a label is always such a word,
 * and what the tool does not weigh is the amendment it opens, not a word of
 * unknown meaning.
 */
export function wordNotRead(word: string, text: string, shown?: string): string {
  const label = AMENDMENT_LABEL.exec(text)?.[0].toLowerCase();
  const named = label !== undefined && label.includes(word.toLowerCase()) && AMENDMENT_WORD.test(word) ? 'an amendment label' : 'a word the tool does not read';
  return shown === undefined ? `${named} ("${word}")` : `${named} ("${word}", in "${shown}")`;
}
