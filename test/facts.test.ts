import { describe, expect, it } from 'vitest';
import { extractStatistics } from '../src/extract/statistics.js';
import { classifyCommitment, extractCommitments } from '../src/extract/commitments.js';
import type { Block } from '../src/text/blocks.js';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text, links: [], start: 0, owner: undefined });
const item = (text: string): Block => ({ ...paragraph(text), kind: 'item' });

describe('statistics', () => {
  it.each([
    ['sv', 'Ett år senare står 48 länder*, alltså inte bara EU och USA, bakom initiativet.', 'participating-countries', 48, null, null, null],
    ['en', 'A year later 48 countries*, not only the EU and the US, stand behind the initiative.', 'participating-countries', 48, null, null, null],
    ['sv', 'Mer än en miljon bilder på barn beräknas ligga ute på nätet.', 'abuse-images-online', 1000000, 'more-than', null, null],
    ['en', 'More than one million images of children are estimated to be online.', 'abuse-images-online', 1000000, 'more-than', null, null],
    ['sv', 'Enligt FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs 50 000 nya barnpornografiska bilder ut varje år.', 'new-abuse-images-per-year', 50000, null, 'year', 'UNODC'],
    ['en', 'According to UNODC, 500,000 new child abuse images are put online every year.', 'new-abuse-images-per-year', 500000, null, 'year', 'UNODC'],
    ['sv', 'År 2011 ledde operation Rescue till att 779 misstänkta personer kunde identifieras.', 'operation-rescue-suspects-identified', 779, null, null, 'Operation Rescue'],
    ['en', 'In 2011 operation Rescue led to 779 suspects being identified, 250 arrested and 252 children safeguarded.', 'operation-rescue-arrests', 250, null, null, 'Operation Rescue'],
    ['sv', 'År 2011 ledde operation Rescue till att 779 misstänkta kunde identifieras, 250 greps och 252 barn kunde skyddas.', 'operation-rescue-children-safeguarded', 252, null, null, 'Operation Rescue'],
  ] as const)('reads (%s) %s', (language, sentence, id, value, qualifier, period, source) => {
    const found = extractStatistics([paragraph(sentence)], language).find((statistic) => statistic.id === id);
    expect(found).toMatchObject({ value, qualifier, period, source, quote: sentence });
  });

  it('reads the year of Operation Rescue from the sentence', () => {
    const [found] = extractStatistics([paragraph('År 2011 ledde operation Rescue till att 779 misstänkta kunde identifieras.')], 'sv');
    expect(found?.year).toBe(2011);
  });

  it.each([
    ['a number without its context words', '48 länder är bra men 190 vore bättre.'],
    ['a monthly figure', 'Enligt min källa är det snarare 50 000 bilder i månaden.'],
    ['a tweet without the alliance', 'Over 1 000 000 images of abuse, says a report.'],
    ['Operation Rescue without its figures', 'Operation Rescue var en framgång för Europol.'],
  ])('takes nothing from %s', (_name, sentence) => {
    expect(extractStatistics([paragraph(sentence)], 'sv')).toEqual([]);
  });

  it('takes no figure from a list item or a heading', () => {
    const sentence = 'Ett år senare står 48 länder bakom initiativet.';
    expect(extractStatistics([item(sentence), { ...paragraph(sentence), kind: 'heading' }], 'sv')).toEqual([]);
  });
});

describe('commitments', () => {
  it.each([
    ['Intensifierade ansträngningar för att identifiera offren och att se till att de får hjälp.', 'identify-victims'],
    ['Enhanced efforts to identify victims and ensure that they receive help.', 'identify-victims'],
    ['Intensifierade ansträngningar att utreda sexuella övergrepp mot barn på nätet och att identifiera och lagföra förövarna.', 'investigate-and-prosecute'],
    ['Enhanced efforts to investigate cases and to identify and prosecute the offenders.', 'investigate-and-prosecute'],
    ['Att öka barnens medvetenhet om riskerna med internet.', 'raise-awareness'],
    ["Increasing children's awareness of the risks online.", 'raise-awareness'],
    ['Minska tillgången på barnpornografiskt material på nätet.', 'reduce-availability'],
    ['Reducing the availability of child abuse material online.', 'reduce-availability'],
    ['Bättre kaffe i Berlaymont.', undefined],
  ])('classifies %j as %s', (text, id) => {
    expect(classifyCommitment(text)).toBe(id);
  });

  it('takes the announced list whose items name the targets, not another list', () => {
    const blocks = [
      paragraph('Läs också:'),
      item('Min resa till Grekland'),
      item('Schengen'),
      paragraph('De deltagande länderna förbinder sig att uppnå en rad mål, bland annat:'),
      item('Att öka barnens medvetenhet om riskerna med internet.'),
      item('Minska tillgången på barnpornografiskt material på nätet.'),
    ];
    const found = extractCommitments(blocks);
    expect(found.items.map((commitment) => commitment.id)).toEqual(['raise-awareness', 'reduce-availability']);
    expect(found.unrecognised).toEqual([]);
  });

  it('reports items that match no target and targets listed twice', () => {
    const found = extractCommitments([
      paragraph('bland annat:'),
      item('Att öka barnens medvetenhet.'),
      item('Att öka barnens medvetenhet igen.'),
      item('Något helt annat.'),
    ]);
    expect(found.items.map((commitment) => commitment.id)).toEqual(['raise-awareness']);
    expect(found.duplicates.map((commitment) => commitment.id)).toEqual(['raise-awareness']);
    expect(found.unrecognised.map((commitment) => commitment.text)).toEqual(['Något helt annat.']);
  });

  it('finds nothing in a list about something else', () => {
    expect(extractCommitments([paragraph('bland annat:'), item('Ett gemensamt asylsystem.'), item('Fler kvotflyktingar.')]).items).toEqual([]);
  });
});
