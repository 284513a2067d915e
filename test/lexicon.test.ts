import { describe, expect, it } from 'vitest';
import { unknownWord } from '../src/extract/unknownWord.js';
import { readStatistics } from '../src/extract/statistics.js';
import type { Block } from '../src/text/blocks.js';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text, links: [], start: 0, owner: undefined });

describe('unknownWord: the first word of a text the lexicon lacks', () => {
  it.each([
    ['sv', 'Ett år senare står 48 länder*, alltså inte bara EU och USA, bakom initiativet, och fler har möjlighet att gå med.', undefined],
    ['sv', 'Enligt FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs 50 000 nya barnpornografiska bilder ut varje år.', undefined],
    ['en', "Increasing children's awareness of the risks online.", undefined],
    ['en', 'Increasing children’s awareness of the risks online.', undefined],
    ['sv', 'ETT ÅR SENARE STÅR 48 LÄNDER BAKOM INITIATIVET.', undefined],
    // Decomposed "ä" (a + U+0308), as a word processor may write it, is the same word.
    ['sv', 'Ett år senare står 48 la\u0308nder bakom initiativet.', undefined],
    ['sv', 'Drömmen är att 48 länder står bakom initiativet.', 'Drömmen'],
    ['sv', 'Ett år senare står 48 länder bakom initiativet. Det stämmer dock inte.', 'stämmer'],
    ['en', 'One year later 48 countries will ｎｏｔ stand behind the initiative.', 'ｎｏｔ'],
    ['en', 'One year later 48 countries stand behind the initiative (see https://example.org/?p=1&q=secret).', undefined],
    // The other edition's words are not this one's.
    ['sv', 'One year later 48 countries stand behind the initiative.', 'One'],
    ['en', 'Ett år senare står 48 länder bakom initiativet.', 'Ett'],
    ['sv', 'Ett år senare står 48 länder bakom initiativet, som Sverige.', 'Sverige'],
  ] as const)('(%s) %j → %j', (language, text, word) => {
    expect(unknownWord(text, language)).toBe(word);
  });
});

describe('a statistic read from a paragraph with a word the lexicon lacks', () => {
  it('is left out, and the warning names the word, whichever sentence of the paragraph holds it', () => {
    const { found, unclear } = readStatistics([paragraph('Mer än en miljon bilder ligger ute på nätet. Enligt UNODC läggs 50 000 nya bilder ut i Sverige varje år.')], 'sv');
    expect(found).toEqual([]);
    expect(unclear.map(({ id, figure, reason }) => [id, figure, reason])).toEqual([
      ['abuse-images-online', 'en miljon', 'its paragraph has a word the tool does not read ("Sverige")'],
      ['new-abuse-images-per-year', '50 000', 'its paragraph has a word the tool does not read ("Sverige")'],
    ]);
  });

  it('leaves the other paragraphs\' statistics as they are', () => {
    const { found, unclear } = readStatistics([paragraph('Mer än en miljon bilder ligger ute på nätet.'), paragraph('Enligt UNODC läggs 50 000 nya bilder ut i Sverige varje år.')], 'sv');
    expect(found.map(({ id, value }) => [id, value])).toEqual([['abuse-images-online', 1_000_000]]);
    expect(unclear.map(({ id }) => id)).toEqual(['new-abuse-images-per-year']);
  });

  it('still says first that two statements contradict each other, or that one is per month', () => {
    const contradicted = readStatistics([paragraph('Mer än en miljon bilder ligger ute på nätet.'), paragraph('Uppdatering: två miljoner bilder ligger ute på nätet.')], 'sv');
    expect(contradicted.conflicts.map(({ id }) => id)).toEqual(['abuse-images-online']);
    expect(contradicted.unclear).toEqual([]);
    const monthly = readStatistics([paragraph('Rättelse: Enligt UNODC läggs 50 000 nya bilder ut varje månad.')], 'sv');
    expect(monthly.unclear.map(({ reason }) => reason)).toEqual(['it is stated per month, a period no statistic of the output has']);
  });
});
