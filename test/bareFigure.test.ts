import { describe, expect, it } from 'vitest';
import { figureValue, givesFigureBare } from '../src/extract/bareFigure.js';
import { STATISTIC_RULES } from '../src/rules/facts.js';

const ARRESTS = STATISTIC_RULES.find((rule) => rule.id === 'operation-rescue-arrests');

describe('givesFigureBare: a figure that closes its sentence after a copula or what it counts, with one word for what it counts, and no name after the first word', () => {
  it.each([
    ['Egentligen är det 47 länder.', '47', true],
    ['Rätt antal länder är 47.', '47', true],
    ['In fact there are only 47 countries!', '47', true],
    ['I think there are 47 countries.', '47', true],
    ['PS: Egentligen är det 47 länder.', '47', true],
    ['Sweden is one of 49 countries.', 'one of 49', true],
    ['Det är 47 länder*', '47', true],
    ['Totalt greps 300 personer.', '300', true],
    ['Police in fact arrested 300 people.', '300', true],
    ['In total, 300 arrested.', '300', true],
    // More after the figure's word, or a name after the first word.
    ['Jag har besökt 27 länder i år.', '27', false],
    ['27 länder i EU deltar i klimatmötet.', '27', false],
    ['Antalet länder i EU är 27.', '27', false],
    ['In Europe there are 44 countries.', '44', false],
    ['The report covers 49 countries worldwide.', '49', false],
    // Found by a hostile check of the first version (helper 146): what another thing does or has, no copula before.
    ['Förra året reste jag till 12 länder.', '12', false],
    ['Rapporten jämför 11 länder.', '11', false],
    ['Företaget finns i 14 länder.', '14', false],
    ['The eurozone has 20 countries.', '20', false],
    ['Klassen har bara 12 barn.', '12', false],
    ['Galleriet visar 5 000 bilder.', '5 000', false],
    // And of the second version: a copula before a place or a destination.
    ['Boken är översatt till 20 länder.', '20', false],
    ['The app is available in 150 countries.', '150', false],
    ['My daughter has been to 9 countries.', '9', false],
    // A figure the sentence does not hold.
    ['Det är 47 länder.', '48', false],
  ] as const)('%j, %j → %s', (sentence, figure, bare) => {
    expect(ARRESTS).toBeDefined();
    if (ARRESTS) expect(givesFigureBare(sentence, figure, ARRESTS)).toBe(bare);
  });
});

describe('figureValue: the number a figure states, or the whole it is a part of', () => {
  it.each([
    ['47', 'sv', 47],
    ['50 000', 'sv', 50000],
    ['ett av 48', 'sv', 48],
    ['one of the 48', 'en', 48],
    ['47–48', 'sv', undefined],
    ['fyrtiosju', 'sv', undefined],
  ] as const)('%j (%s) → %s', (figure, language, value) => {
    expect(figureValue(figure, language)).toBe(value);
  });
});
