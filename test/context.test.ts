import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/io.js';
import { MAIN_POST_BODY, monthArchive } from './helpers/golden.js';
import { MAX_SENTENCE, readStatistics } from '../src/extract/statistics.js';
import { extractPost, missingFacts } from '../src/pipeline.js';
import type { Block } from '../src/text/blocks.js';
import { ENGLISH, FIXTURES, MAIN, MEMO } from './helpers/fixtures.js';
import type { Extraction } from '../src/schema/output.js';

/**
 * The bundled post with one phrase changed so that its figure is no longer
 * one the tool fully understands: the statistic is left out and a warning
 * says why, so the CI guard (`check --expect --strict`) no longer passes.
 */
const EXPECTED = join(FIXTURES, 'expected-figures.yaml');
const pages = { sv: readFileSync(MAIN, 'utf8'), en: readFileSync(ENGLISH, 'utf8') };
/** Each edition's own expected figures: the English edition states 500 000 where the Swedish says 50 000. */
const EXPECTED_OF = { sv: EXPECTED, en: join(FIXTURES, 'english-edition', 'expected-figures.yaml') };

function changed(edition: 'sv' | 'en', from: string, to: string): string {
  const page = pages[edition];
  expect(page).toContain(from);
  return page.replace(from, to);
}

/**
 * The edition's page with `from` changed to `to` leaves the statistic out
 * with a warning naming `figure`, and the guard against the edition's own
 * expected figures (which the unchanged page passes) fails.
 */
async function leftOut(edition: 'sv' | 'en', from: string, to: string, id: string, figure: string): Promise<void> {
  const page = changed(edition, from, to);
  const result = await runCli(['-', '--format', 'json', '--partial', '--linked', MEMO], { stdin: page });
  expect(result.code).toBe(4);
  const data = JSON.parse(result.stdout) as Extraction;
  expect(data.statistics.map((statistic) => statistic.id)).not.toContain(id);
  const warning = data.warnings.find((entry) => entry.code === 'unclear-figure' && entry.message.includes(`the statistic ${id} `));
  expect(warning?.message).toContain(`the statistic ${id} was not read from "${figure}"`);
  const check = await runCli(['check', '-', '--expect', EXPECTED_OF[edition], '--linked', MEMO, '--strict'], { stdin: page });
  expect(check.code).not.toBe(0);
}

/** A sentence alone as a paragraph: it states the statistic's value, and leaves nothing unclear. */
function readClearly(language: 'sv' | 'en', sentence: string, id: string, value: number): void {
  const { found, unclear } = readStatistics([{ kind: 'paragraph', text: sentence, start: 0 } as Block], language);
  expect(unclear).toEqual([]);
  expect(found).toContainEqual(expect.objectContaining({ id, value }));
}

describe('a figure the tool does not fully understand', () => {
  it.each([
    ['sv', 'Mer än en miljon bilder', 'Mer än 2 miljoner 500 000 bilder', 'abuse-images-online', '2 miljoner 500 000'],
    ['sv', 'Mer än en miljon bilder', '1 miljon 200 000 bilder', 'abuse-images-online', '1 miljon 200 000'],
    ['sv', 'Mer än en miljon bilder', 'En till två miljoner bilder', 'abuse-images-online', 'En till två miljoner'],
    ['en', 'More than one million images', 'Half a million images', 'abuse-images-online', 'Half a million'],
    ['en', 'More than one million images', 'A quarter of a million images', 'abuse-images-online', 'quarter of a million'],
    ['en', 'More than one million images', 'One to two million images', 'abuse-images-online', 'One to two million'],
    ['sv', '779 misstänkta', '770 – 779 misstänkta', 'operation-rescue-suspects-identified', '770 – 779'],
    ['sv', '250 greps', '240 - 250 greps', 'operation-rescue-arrests', '240 - 250'],
    // Helper 179: a bracket left open after a figure keeps it one figure (a first version of a bracketed year's parting
    // read the number inside it as the statistic).
    ['sv', '250 greps', '250 (260 greps', 'operation-rescue-arrests', '250 (260'],
    ['sv', '779 misstänkta', '779 (789 misstänkta', 'operation-rescue-suspects-identified', '779 (789'],
    ['en', '250 arrested', '250 (260 arrested', 'operation-rescue-arrests', '250 (260'],
    // Helper 186: a sign full-width, of another script or set off by a space bounds the figure as "<" does.
    ['sv', '250 greps', '＞250 greps', 'operation-rescue-arrests', '＞250'],
    ['sv', '250 greps', '＜260 greps', 'operation-rescue-arrests', '＜260'],
    ['sv', '250 greps', '&gt; 250 greps', 'operation-rescue-arrests', '> 250'],
    ['en', '250 arrested', '≥ 250 arrested', 'operation-rescue-arrests', '≥ 250'],
    ['sv', '779 misstänkta', '〜779 misstänkta', 'operation-rescue-suspects-identified', '〜779'],
    ['sv', '250 greps', '#260 greps', 'operation-rescue-arrests', '#260'],
    ['en', '250 arrested', '#250 arrested', 'operation-rescue-arrests', '#250'],
    // Helper 190: a sign of Unicode's between two figures, or a comparison, is no join the figures share.
    ['en', '779 suspects', '779 ∕ 780 suspects', 'operation-rescue-suspects-identified', '∕ 780'],
    ['en', '779 suspects', '779 &lt; 780 suspects', 'operation-rescue-suspects-identified', '< 780'],
    ['sv', '250 greps', '250 ≈ 260 greps', 'operation-rescue-arrests', '≈ 260'],
    ['sv', '250 greps', '260 ≈ 250 greps', 'operation-rescue-arrests', '≈ 250'],
    ['sv', '250 greps', '➕250 greps', 'operation-rescue-arrests', '➕250'],
    ['sv', '252 barn', '240 till 252 barn', 'operation-rescue-children-safeguarded', '240 till 252'],
    ['sv', '252 barn', 'mellan 240 och 252 barn', 'operation-rescue-children-safeguarded', 'mellan 240 och 252'],
    ['en', '500 000 new', 'between 400 000 and 500 000 new', 'new-abuse-images-per-year', 'between 400 000 and 500 000'],
    ['en', '500 000 new', '400 000 to 500 000 new', 'new-abuse-images-per-year', '400 000 to 500 000'],
    // Open-ended: "and more" after it makes it a bound the output does not state (a hostile check found these exact).
    ['en', '779 suspects being identified', '779 suspects and more being identified', 'operation-rescue-suspects-identified', '779'],
    ['sv', 'Mer än en miljon bilder på barn', 'En miljon bilder och mer på barn', 'abuse-images-online', 'En miljon'],
    ['sv', '779 misstänkta personer kunde', '779 misstänkta personer eller fler kunde', 'operation-rescue-suspects-identified', '779'],
    ['en', '500 000 new child abuse images are', '500 000 new child abuse images or more are', 'new-abuse-images-per-year', '500 000'],
    // Guard: "and more" that ends its clause is still open-ended, with a judgement after the comma.
    ['en', '250 arrested and 252', '250 arrested and more, importantly, 252', 'operation-rescue-arrests', '250'],
    ['sv', 'står 48 länder', 'står -48 länder', 'participating-countries', '-48'],
    ['en', 'later 48 countries', 'later −48 countries', 'participating-countries', '−48'],
    ['sv', 'står 48 länder', 'står inte 48 länder', 'participating-countries', '48'],
    ['sv', 'Mer än en miljon', 'Inte mer än en miljon', 'abuse-images-online', 'en miljon'],
    ['sv', 'Mer än en miljon', 'Nästan en miljon', 'abuse-images-online', 'en miljon'],
    ['sv', 'Mer än en miljon', 'Högst en miljon', 'abuse-images-online', 'en miljon'],
    ['sv', '252 barn', 'upp till 252 barn', 'operation-rescue-children-safeguarded', '252'],
    ['en', 'More than one million', 'No more than one million', 'abuse-images-online', 'one million'],
    ['en', 'More than one million', 'Nearly one million', 'abuse-images-online', 'one million'],
    ['en', 'More than one million', 'An estimated one million', 'abuse-images-online', 'one million'],
    ['en', 'led to 779 suspects', 'led to perhaps 779 suspects', 'operation-rescue-suspects-identified', '779'],
    ['sv', 'läggs 50 000 nya', 'läggs dubbelt så många som 50 000 nya', 'new-abuse-images-per-year', 'dubbelt så många som 50 000'],
    ['sv', 'läggs 50 000 nya', 'läggs fem gånger fler än 50 000 nya', 'new-abuse-images-per-year', 'fem gånger fler än 50 000'],
    ['sv', 'läggs 50 000 nya', 'läggs 2 x 50 000 nya', 'new-abuse-images-per-year', '2 x 50 000'],
    ['sv', 'Mer än en miljon bilder', 'En tiondel av en miljon bilder', 'abuse-images-online', 'En tiondel av en miljon'],
    ['sv', 'Mer än en miljon bilder', 'Var tionde av en miljon bilder', 'abuse-images-online', 'Var tionde av en miljon'],
    ['en', '500 000 new', 'twice 500 000 new', 'new-abuse-images-per-year', 'twice 500 000'],
    ['en', 'More than one million images', 'More than 10% of one million images', 'abuse-images-online', '10% of one million'],
    ['sv', 'Mer än en miljon bilder', 'Mer än 1,0000000000000001 miljoner bilder', 'abuse-images-online', '1,0000000000000001 miljoner'],
    ['sv', 'läggs 50 000 nya', 'läggs merparten av 50 000 nya', 'new-abuse-images-per-year', 'merparten av 50 000'],
    ['sv', 'läggs 50 000 nya', 'läggs tre ggr fler än 50 000 nya', 'new-abuse-images-per-year', 'tre ggr fler än 50 000'],
    ['sv', 'läggs 50 000 nya', 'läggs tvåfaldigt 50 000 nya', 'new-abuse-images-per-year', 'tvåfaldigt 50 000'],
    ['sv', '(UNODC) läggs 50 000 nya barnpornografiska bilder ut', '(UNODC) är det tre ggr. 50 000 nya barnpornografiska bilder som läggs ut', 'new-abuse-images-per-year', 'tre ggr. 50 000'],
    ['sv', 'står 48 länder', 'står nio av tio 48 länder', 'participating-countries', 'nio av tio 48'],
    ['sv', 'står 48 länder', 'står 9 av 48 länder', 'participating-countries', '9 av 48'],
    ['sv', 'står 48 länder', 'står två av de 48 länder', 'participating-countries', 'två av de 48'],
    ['sv', 'står 48 länder', 'står fler av de 48 länder', 'participating-countries', 'fler av de 48'],
    ['sv', 'står 48 länder', 'står andra av de 48 länder', 'participating-countries', 'andra av de 48'],
    ['en', 'later 48 countries', 'later more of the 48 countries', 'participating-countries', 'more of the 48'],
    ['sv', 'står 48 länder*', 'står 48 länder fler*', 'participating-countries', '48'],
    ['en', 'later 48 countries*', 'later 48 countries more*', 'participating-countries', '48'],
    ['sv', '252 barn kunde', '252 barn fler kunde', 'operation-rescue-children-safeguarded', '252'],
    ['en', 'later 48 countries', 'later all but two of the 48 countries', 'participating-countries', 'two of the 48'],
    ['sv', 'alltså inte bara EU och USA', 'alltså bara EU och USA', 'participating-countries', '48'],
    ['en', 'so not just the EU and the US', 'so just the EU and the US', 'participating-countries', '48'],
    ['en', 'are estimated to be online at present', 'are estimated to be put online', 'abuse-images-online', 'one million'],
    ['en', 'More than one million', 'Far from more than one million', 'abuse-images-online', 'one million'],
    ['sv', 'Mer än en miljon', 'Långt från en miljon', 'abuse-images-online', 'en miljon'],
    ['sv', 'står 48 länder', 'står långt från 48 länder', 'participating-countries', '48'],
    ['sv', '252 barn kunde skyddas.', '252 barn kunde skyddas om alla länder bistår.', 'operation-rescue-children-safeguarded', '252'],
    ['sv', '252 barn kunde skyddas.', '252 barn kunde skyddas, om alla länder bistår.', 'operation-rescue-children-safeguarded', '252'],
    ['sv', '252 barn kunde skyddas.', '252 barn kunde skyddas när länderna bistår.', 'operation-rescue-children-safeguarded', '252'],
    ['en', '252 children safeguarded.', '252 children safeguarded once all countries join.', 'operation-rescue-children-safeguarded', '252'],
    ['en', '252 children safeguarded.', '252 children safeguarded, once more countries join.', 'operation-rescue-children-safeguarded', '252'],
    ['en', 'stand behind the initiative, and', 'stand behind the initiative once they join, and', 'participating-countries', '48'],
    ['sv', '<h1 class="entry-title">Globalallians mot nätpedofili</h1>', '<h1 class="entry-title">54 länder är med</h1>', 'participating-countries', '54'],
    ['en', '>Global cooperation against online paedophiles</a></h2>', '>54 countries are in</a></h2>', 'participating-countries', '54'],
    // A title with a word the tool does not read counts when it names another figure than the post's.
    ['sv', '<h1 class="entry-title">Globalallians mot nätpedofili</h1>', '<h1 class="entry-title">Globalallians: 54 länder</h1>', 'participating-countries', '54'],
    ['sv', '<h1 class="entry-title">Globalallians mot nätpedofili</h1>', '<h1 class="entry-title">Globalallians med 54 länder</h1>', 'participating-countries', '54'],
    ['sv', '<h1 class="entry-title">Globalallians mot nätpedofili</h1>', '<h1 class="entry-title">Globalallians: 48 länder</h1><h2>Globalallians: 54 länder</h2>', 'participating-countries', '54'],
    ['en', '>Global cooperation against online paedophiles</a></h2>', '>Worldwide pact: 54 countries</a></h2>', 'participating-countries', '54'],
    // A retraction that names the figure, two blocks after it (the footnote between).
    ['sv', '*Alla länder här</a></p>', '*Alla länder här</a></p>\n<p>Rättelse: siffran 252 ovan stämmer inte.</p>', 'operation-rescue-children-safeguarded', '252'],
    ['en', '*All countries here</a></p>', '*All countries here</a></p>\n<p>Correction: the figure of 252 above is not right.</p>', 'operation-rescue-children-safeguarded', '252'],
    ['en', '500 000 new', 'most of the 500 000 new', 'new-abuse-images-per-year', 'most of the 500 000'],
    ['en', '500 000 new', 'half the 500 000 new', 'new-abuse-images-per-year', 'half the 500 000'],
    ['en', '500 000 new', '9 out of 10 of 500 000 new', 'new-abuse-images-per-year', '9 out of 10 of 500 000'],
    ['en', '500 000 new', 'ten fold 500 000 new', 'new-abuse-images-per-year', 'ten fold 500 000'],
    // an addition: the figure is so many more than another
    ['sv', 'står 48 länder*', 'står 48 nya länder*', 'participating-countries', '48'],
    ['en', 'later 48 countries*', 'later 48 further countries*', 'participating-countries', '48'],
    ['en', 'later 48 countries*', 'later 48 additional countries*', 'participating-countries', '48'],
    ['sv', '252 barn kunde', '252 fler barn kunde', 'operation-rescue-children-safeguarded', '252'],
  ] as const)('(%s) %j → %j: no %s, and a warning', leftOut);
});

describe('a title with a word the tool does not read', () => {
  it.each([
    ['sv', '<h1 class="entry-title">Globalallians mot nätpedofili</h1>', '<h1 class="entry-title">Globalallians: 48 länder</h1>'],
    ['en', '>Global cooperation against online paedophiles</a></h2>', '>Worldwide pact: 48 countries</a></h2>'],
  ] as const)('(%s) %j → %j, the post\'s own figure: still read', async (edition, from, to) => {
    const result = await runCli(['-', '--format', 'json', '--partial', '--linked', MEMO], { stdin: changed(edition, from, to) });
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout) as Extraction;
    expect(data.statistics.find((statistic) => statistic.id === 'participating-countries')?.value).toBe(48);
  });
});

describe('a figure after an abbreviation', () => {
  const read = async (page: string) => {
    const result = await runCli(['-', '--format', 'json', '--partial', '--linked', MEMO], { stdin: page });
    return { code: result.code, data: JSON.parse(result.stdout) as Extraction };
  };

  it.each([
    ['sv', 'läggs 50 000', 'läggs ca. 50 000'],
    ['sv', 'läggs 50 000', 'läggs omkr. 50 000'],
    ['sv', 'läggs 50 000', 'läggs ung. 50 000'],
    ['en', '(UNODC), 500 000', '(UNODC), approx. 500 000'],
    ['en', '(UNODC), 500 000', '(UNODC), c. 500 000'],
  ] as const)('(%s) %j → %j: about, its source and its whole sentence', async (edition, from, to) => {
    const { code, data } = await read(changed(edition, from, to));
    expect(code).toBe(0);
    const statistic = data.statistics.find((entry) => entry.id === 'new-abuse-images-per-year');
    expect(statistic).toMatchObject({ qualifier: 'about', source: 'UNODC', period: 'year' });
    expect(statistic?.quote).toMatch(/^(?:Enligt FN:s|According to the UN)/);
  });

  it.each([
    ['sv', 'till att 779', 'till att ca. 779'],
    ['en', 'led to 779', 'led to approx. 779'],
  ] as const)('(%s) %j → %j: all three Operation Rescue facts', async (edition, from, to) => {
    const { code, data } = await read(changed(edition, from, to));
    expect(code).toBe(0);
    const rescue = data.statistics.filter((entry) => entry.id.startsWith('operation-rescue-'));
    expect(rescue.map(({ value, qualifier, year, source }) => ({ value, qualifier, year, source }))).toEqual([
      { value: 779, qualifier: 'about', year: 2011, source: 'Operation Rescue' },
      { value: 250, qualifier: null, year: 2011, source: 'Operation Rescue' },
      { value: 252, qualifier: null, year: 2011, source: 'Operation Rescue' },
    ]);
  });

  it('(en) "est." is a hedge, not the end of the sentence: the figure is left out, and said so', async () => {
    const { code, data } = await read(changed('en', '(UNODC), 500 000', '(UNODC), est. 500 000'));
    expect(code).toBe(4);
    expect(data.warnings.find((entry) => entry.code === 'unclear-figure')?.message).toContain('"est." before it');
  });
});

describe('a year, a period or a source the sentence leaves unclear', () => {
  it.each([
    ['sv', 'År 2011 ledde', 'Mellan år 2009 och 2011 ledde', 'operation-rescue-arrests', 'year', null],
    ['sv', 'Enligt FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs', 'Enligt Europol och UNODC läggs', 'new-abuse-images-per-year', 'source', null],
    // A mark glued to the year makes it look like no year at all ("20111"): it is one, cut.
    ['sv', 'År 2011 ledde', 'År 2011<sup>1</sup> ledde', 'operation-rescue-arrests', 'year', null],
    ['sv', 'År 2011 ledde', 'År 201<sup>1</sup> ledde', 'operation-rescue-arrests', 'year', null],
    ['sv', 'År 2011 ledde', 'År 2011<span class="fn">1</span> ledde', 'operation-rescue-arrests', 'year', null],
    // A year the sentence states as a bound, or as another event's, is not the statistic's own.
    ['sv', 'År 2011 ledde', 'Före år 2011 ledde', 'operation-rescue-arrests', 'year', null],
    ['sv', 'År 2011 ledde', 'Fram till år 2011 ledde', 'operation-rescue-arrests', 'year', null],
    ['sv', 'År 2011 ledde', 'Efter år 2011 ledde', 'operation-rescue-arrests', 'year', null],
    ['sv', 'År 2011 ledde', 'Mellan år 2011 och nu ledde', 'operation-rescue-arrests', 'year', null],
    ['sv', 'År 2011 ledde', 'Alltsedan år 2011 ledde', 'operation-rescue-arrests', 'year', null],
    ['sv', 'År 2011 ledde', 'Senast år 2011 ledde', 'operation-rescue-arrests', 'year', null],
    ['sv', 'År 2011 ledde', 'Kring år 2011 ledde', 'operation-rescue-arrests', 'year', null],
    ['sv', 'År 2011 ledde', 'Inför år 2011 ledde', 'operation-rescue-arrests', 'year', null],
    ['sv', 'År 2011 ledde', 'Från och med år 2011 ledde', 'operation-rescue-arrests', 'year', null],
    ['sv', 'År 2011 ledde', 'Till och med år 2011 ledde', 'operation-rescue-suspects-identified', 'year', null],
    ['en', 'In 2011 operation Rescue led', 'Starting in 2011 operation Rescue led', 'operation-rescue-arrests', 'year', null],
    ['en', 'In 2011 operation Rescue led', 'Until early in 2011 operation Rescue led', 'operation-rescue-children-safeguarded', 'year', null],
    ['en', 'In 2011 operation Rescue led', 'Around 2011 operation Rescue led', 'operation-rescue-arrests', 'year', null],
    // A body the tool does not know is credited: no known name elsewhere in the sentence takes its place.
    // A source named only to be contradicted is not the figure's.
    ['sv', 'Enligt FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs', 'Tvärtemot UNODC läggs', 'new-abuse-images-per-year', 'source', null],
    ['en', 'According to the UN Office on Drugs and Crime (UNODC),', 'Unlike UNODC,', 'new-abuse-images-per-year', 'source', null],
    // A year after the post was published (6 December 2012) is no year it can report a count for.
    ['sv', 'År 2011 ledde', 'År 2014 ledde', 'operation-rescue-arrests', 'year', null],
    ['sv', 'År 2011 ledde operation Rescue till att', 'Operation Rescue ledde år 2013 till att', 'operation-rescue-suspects-identified', 'year', null],
    ['en', 'In 2011 operation Rescue led', 'In 2013 operation Rescue led', 'operation-rescue-children-safeguarded', 'year', null],
    // The countries and the images have no year or source in the post, but one their sentence states is no less weighed.
    ['en', 'are estimated to be online at present.', 'are estimated to have been online since 2005.', 'abuse-images-online', 'year', null],
    ['en', 'are estimated to be online at present.', 'were online as of 2005.', 'abuse-images-online', 'year', null],
    ['en', 'are estimated to be online at present.', 'are estimated to be online until 2010.', 'abuse-images-online', 'year', null],
    ['en', 'put online every year.', 'put online every year from 2005 to 2010.', 'new-abuse-images-per-year', 'year', null],
    ['sv', 'ut varje år.', 'ut varje år från 2005 till 2010.', 'new-abuse-images-per-year', 'year', null],
    ['en', 'One year later 48 countries*,', 'As of 2010, 48 countries*,', 'participating-countries', 'year', null],
    ['en', 'More than one million images', 'According to Europol and UNODC, more than one million images', 'abuse-images-online', 'source', null],
    // The post's relative clause before it ("bilder på barn som utsätts…") may make the year another event's.
    ['sv', 'beräknas för närvarande ligga ute på nätet.', 'beräknas ligga ute på nätet i december 2005.', 'abuse-images-online', 'year', null],
    // A year or a source in a later clause is another event's, not the figure's: null, as a relative clause's year is.
    ['en', 'stand behind the initiative, and more have the possibility to join.', 'stand behind the initiative, and in 2011 the idea was born.', 'participating-countries', 'year', null],
    ['sv', 'bakom initiativet, och fler har möjlighet att gå med.', 'bakom initiativet, och år 2011 väcktes idén.', 'participating-countries', 'year', null],
    ['en', 'are estimated to be online at present.', 'are estimated to be online at present, and in 2005 these images were spread online.', 'abuse-images-online', 'year', null],
    ['sv', 'beräknas för närvarande ligga ute på nätet.', 'beräknas för närvarande ligga ute på nätet, och år 2005 sprids de på nätet.', 'abuse-images-online', 'year', null],
    ['en', 'put online every year.', 'put online every year, and in 2005 these images were spread online.', 'new-abuse-images-per-year', 'year', null],
    ['en', 'are estimated to be online at present.', 'are estimated to be online at present, and the UNODC estimates that they can live on forever.', 'abuse-images-online', 'source', null],
    ['sv', 'beräknas för närvarande ligga ute på nätet.', 'beräknas för närvarande ligga ute på nätet, och enligt UNODC kan de leva vidare i all oändlighet.', 'abuse-images-online', 'source', null],
    ['en', 'online at present. According to the UN Office on Drugs and Crime (UNODC), 500 000', 'online at present, and according to the UN Office on Drugs and Crime (UNODC) 500 000', 'abuse-images-online', 'source', null],
    ['sv', 'ute på nätet. Enligt FN:s', 'ute på nätet, och enligt FN:s', 'abuse-images-online', 'source', null],
    // A time word after the year moves the figure out of it: "images published in 2005 … online at present".
    ['en', 'More than one million images of children', 'More than one million images published in 2005 of children', 'abuse-images-online', 'year', null],
    // Before the words that state it, the year is what it counts: when the images were published.
    ['en', 'subjected to sexual abuse and sexual exploitation are estimated to be online at present.', 'published in 2005 are online.', 'abuse-images-online', 'year', null],
  ] as const)('(%s) %j → %j: %s %s left null, and said so', async (edition, from, to, id, field, value) => {
    const page = changed(edition, from, to);
    const result = await runCli(['-', '--format', 'json', '--linked', MEMO], { stdin: page });
    const data = JSON.parse(result.stdout) as Extraction;
    const statistic = data.statistics.find((entry) => entry.id === id) as Record<string, unknown> | undefined;
    expect(statistic?.[field]).toBe(value);
    expect(data.warnings.some((entry) => entry.code === 'unclear-attribute' && entry.message.startsWith(`the ${field} of the statistic ${id} is left null`))).toBe(true);
    const check = await runCli(['check', '-', '--expect', EXPECTED_OF[edition], '--linked', MEMO, '--strict'], { stdin: page });
    expect(check.code).not.toBe(0);
  });

  it.each([
    ['sv', 'År 2011 ledde operation Rescue till att', 'Operation Rescue ledde under 2011 till att'],
    ['sv', 'År 2011 ledde operation Rescue till att', 'Mycket återstår, men år 2011 ledde operation Rescue till att'],
    ['en', 'In 2011 operation Rescue led to', 'Operation Rescue led in 2011 to'],
    ['en', 'In 2011 operation Rescue led to', 'In 2011, operation Rescue led to'],
    // A month or a season of the year, bound by nothing, is still the year.
    ['sv', 'År 2011 ledde operation Rescue till att', 'Hösten 2011 ledde operation Rescue till att'],
    ['sv', 'År 2011 ledde operation Rescue till att', 'Operation Rescue ledde i maj 2011 till att'],
    ['en', 'In 2011 operation Rescue led to', 'In June 2011 operation Rescue led to'],
    ['en', 'In 2011 operation Rescue led to', 'Operation Rescue led in early 2011 to'],
  ] as const)('(%s) %j → %j: the year the sentence states as the figure\'s own is read', async (edition, from, to) => {
    const result = await runCli(['-', '--format', 'json', '--linked', MEMO], { stdin: changed(edition, from, to) });
    const data = JSON.parse(result.stdout) as Extraction;
    expect(data.statistics.filter((entry) => entry.id.startsWith('operation-rescue-')).map((entry) => entry.year)).toEqual([2011, 2011, 2011]);
    expect(data.warnings.filter((entry) => entry.code === 'unclear-attribute')).toEqual([]);
  });

  it.each([
    // A year heading the sentence governs every clause after it, unless a time word after the year moves the figure out of it.
    ['en', 'across the world, 250 arrested', 'across the world, and since then 250 arrested', [2011, null, null]],
    ['en', 'across the world, 250 arrested', 'across the world, and one year later 250 arrested', [2011, null, null]],
    ['en', 'across the world, 250 arrested', 'across the world, and so far 250 arrested', [2011, null, null]],
    ['en', 'across the world, 250 arrested', 'across the world, and until now 250 arrested', [2011, null, null]],
    ['en', 'across the world, 250 arrested', 'across the world, and now 250 arrested', [2011, null, null]],
    ['en', '250 arrested and 252 children safeguarded.', '250 arrested yesterday and 252 children safeguarded yesterday.', [2011, null, null]],
    ['en', '250 arrested and', '250 arrested over two years and', [2011, null, null]],
    ['sv', 'i hela världen, 250 greps och 252 barn kunde skyddas.', 'i hela världen, och hittills har 250 gripits och 252 barn skyddats.', [2011, null, null]],
    ['sv', 'i hela världen, 250 greps och 252 barn kunde skyddas.', 'i hela världen, och nu har 250 gripits och 252 barn skyddats.', [2011, null, null]],
    ['sv', '250 greps och 252 barn kunde skyddas.', '250 greps igår och 252 barn kunde skyddas igår.', [2011, null, null]],
    ['sv', '250 greps och', '250 greps under gårdagen och', [2011, null, null]],
    ['sv', 'och 252 barn kunde skyddas.', 'och därefter kunde 252 barn skyddas.', [2011, 2011, null]],
    ['sv', 'och 252 barn kunde skyddas.', 'och fram tills dess kunde 252 barn skyddas.', [2011, 2011, null]],
    // Found by a hostile check: a time shift of a span, which "after a year" is, not a period ("a year" of "every year").
    ['en', 'across the world, 250 arrested', 'across the world, after a year 250 arrested', [2011, null, null]],
    ['en', '250 arrested and', '250 arrested in the two years since and', [2011, null, null]],
    ['sv', '250 greps och', '250 greps efter ett år och', [2011, null, null]],
    // Found by a hostile check: "then" alone after the year moves the figures after it out of it.
    ['en', 'across the world, 250 arrested', 'across the world, and then 250 arrested', [2011, null, null]],
    ['en', 'across the world, 250 arrested', 'across the world, then 250 arrested', [2011, null, null]],
    // A guard, which held before: the Swedish "därefter" of the same sentence.
    ['sv', 'i hela världen, 250 greps och 252 barn kunde skyddas.', 'i hela världen, och därefter har 250 gripits och 252 barn skyddats.', [2011, null, null]],
    // Guards: a later clause with no time word, a time word before the year, another year in a clause of no figure.
    ['en', 'across the world, 250 arrested', 'across the world, and 250 arrested', [2011, 2011, 2011]],
    ['sv', 'i hela världen, 250 greps', 'i hela världen, och 250 greps', [2011, 2011, 2011]],
    ['sv', 'År 2011 ledde operation Rescue till att', 'Ett år senare ledde operation Rescue år 2011 till att', [2011, 2011, 2011]],
    ['en', '252 children safeguarded.', '252 children safeguarded, and in 2012 more had the possibility to join.', [2011, 2011, 2011]],
    ['sv', '252 barn kunde skyddas.', '252 barn kunde skyddas, och år 2012 väcktes idén.', [2011, 2011, 2011]],
    // A guard: "then" after the figures moves none of them.
    ['en', '252 children safeguarded.', '252 children safeguarded, and then more.', [2011, 2011, 2011]],
  ] as const)('(%s) %j → %j: the Rescue figures\' years are %j, each null one said unclear', async (edition, from, to, years) => {
    const result = await runCli(['-', '--format', 'json', '--linked', MEMO], { stdin: changed(edition, from, to) });
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout) as Extraction;
    const rescue = data.statistics.filter((entry) => entry.id.startsWith('operation-rescue-'));
    expect(rescue.map((entry) => [entry.year, entry.source])).toEqual(years.map((year) => [year, 'Operation Rescue']));
    const unclear = data.warnings.filter((entry) => entry.code === 'unclear-attribute').map((entry) => entry.message);
    expect(rescue.map((entry) => unclear.some((message) => message.startsWith(`the year of the statistic ${entry.id} is left null`)))).toEqual(years.map((year) => year === null));
    expect(unclear.filter((message) => !message.startsWith('the year of'))).toEqual([]);
  });

  it.each([
    ['en', '250 arrested and', '250 arrested every year and', [null, 'year', null]],
    ['sv', '250 greps och', '250 greps varje år och', [null, 'year', null]],
    // Guard: a period heading the clause is every figure's.
    ['sv', 'År 2011 ledde', 'Varje år ledde', ['year', 'year', 'year']],
  ] as const)('(%s) %j → %j: a period in one figure\'s words is its own, the others\' unclear: %j', async (edition, from, to, periods) => {
    const result = await runCli(['-', '--format', 'json', '--linked', MEMO], { stdin: changed(edition, from, to) });
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout) as Extraction;
    const rescue = data.statistics.filter((entry) => entry.id.startsWith('operation-rescue-'));
    expect(rescue.map((entry) => entry.period)).toEqual(periods);
    const unclear = data.warnings.filter((entry) => entry.code === 'unclear-attribute').map((entry) => entry.message);
    expect(rescue.map((entry) => unclear.some((message) => message.startsWith(`the period of the statistic ${entry.id} is left null`)))).toEqual(periods.map((period) => period === null));
  });

  it.each([
    ['en', 'More than one million images', 'According to Europol, more than one million images', 'abuse-images-online', 'source', 'Europol'],
    ['sv', 'beräknas för närvarande ligga ute', 'beräknas enligt Europol för närvarande ligga ute', 'abuse-images-online', 'source', 'Europol'],
    ['en', 'One year later 48 countries*,', 'According to Europol, 48 countries*,', 'participating-countries', 'source', 'Europol'],
    ['en', 'are estimated to be online at present.', 'are estimated to be online in 2005.', 'abuse-images-online', 'year', 2005],
    ['en', 'One year later 48 countries*,', 'In 2012, 48 countries*,', 'participating-countries', 'year', 2012],
    ['sv', 'Ett år senare står 48', 'I december 2012 står 48', 'participating-countries', 'year', 2012],
  ] as const)('(%s) %j → %j: %s\'s %s, which the post does not give, is read as the sentence states it: %s', async (edition, from, to, id, field, value) => {
    const result = await runCli(['-', '--format', 'json', '--linked', MEMO], { stdin: changed(edition, from, to) });
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout) as Extraction;
    expect((data.statistics.find((entry) => entry.id === id) as Record<string, unknown> | undefined)?.[field]).toBe(value);
    expect(data.warnings.filter((entry) => entry.code === 'unclear-attribute')).toEqual([]);
  });

  it.each(['sv', 'en'] as const)('(%s) the post itself: no year or source for the countries and the images, UNODC\'s per year, Rescue\'s of 2011, none unclear', async (edition) => {
    const result = await runCli(['-', '--format', 'json', '--linked', MEMO], { stdin: pages[edition] });
    const data = JSON.parse(result.stdout) as Extraction;
    expect(data.statistics.map(({ id, year, source }) => [id, year, source])).toEqual([
      ['participating-countries', null, null],
      ['abuse-images-online', null, null],
      ['new-abuse-images-per-year', null, 'UNODC'],
      ['operation-rescue-suspects-identified', 2011, 'Operation Rescue'],
      ['operation-rescue-arrests', 2011, 'Operation Rescue'],
      ['operation-rescue-children-safeguarded', 2011, 'Operation Rescue'],
    ]);
    expect(data.warnings.filter((entry) => entry.code === 'unclear-attribute')).toEqual([]);
  });

  it.each([
    ['sv', 'År 2011 ledde', 'År 2012 ledde'],
    ['en', 'In 2011 operation Rescue led', 'In 2012 operation Rescue led'],
  ] as const)('(%s) %j → %j: the year the post was published in is a year it can report', async (edition, from, to) => {
    const result = await runCli(['-', '--format', 'json', '--linked', MEMO], { stdin: changed(edition, from, to) });
    const data = JSON.parse(result.stdout) as Extraction;
    expect(data.document.published?.startsWith('2012-')).toBe(true);
    expect(data.statistics.filter((entry) => entry.id.startsWith('operation-rescue-')).map((entry) => entry.year)).toEqual([2012, 2012, 2012]);
    expect(data.warnings.filter((entry) => entry.code === 'unclear-attribute')).toEqual([]);
  });

  it('a year after the post is left as the sentence gives it when the page does not say when it was published', async () => {
    const page = changed('sv', 'År 2011 ledde', 'År 2014 ledde').replace(/<time\b[^>]*>[^<]*<\/time>|"datePublished":"[^"]*",?|<meta property="article:published_time"[^>]*>|\/2012\/12\/06\//g, '');
    const result = await runCli(['-', '--format', 'json', '--linked', MEMO], { stdin: page });
    const data = JSON.parse(result.stdout) as Extraction;
    expect(data.document.published).toBeNull();
    expect(data.statistics.find((entry) => entry.id === 'operation-rescue-arrests')?.year).toBe(2014);
  });

  it.each([
    ['sv', 'Enligt FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs', 'Enligt uppgifter från UNODC läggs', 'UNODC'],
    ['sv', 'Enligt FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs', 'Enligt Europol läggs', 'Europol'],
    ['en', 'According to the UN Office on Drugs and Crime (UNODC),', 'According to figures from UNODC,', 'UNODC'],
  ] as const)('(%s) %j → %j: a source the tool knows is credited: %s', async (edition, from, to, source) => {
    const result = await runCli(['-', '--format', 'json', '--linked', MEMO], { stdin: changed(edition, from, to) });
    const data = JSON.parse(result.stdout) as Extraction;
    expect(data.statistics.find((entry) => entry.id === 'new-abuse-images-per-year')?.source).toBe(source);
    expect(data.warnings.filter((entry) => entry.code === 'unclear-attribute')).toEqual([]);
  });

  it('(sv) a per-year figure whose "varje år" belongs to another clause is left out', async () => {
    const page = changed('sv', 'ut varje år.', 'ut, och antalet växer varje år.');
    const result = await runCli(['-', '--format', 'json', '--partial', '--linked', MEMO], { stdin: page });
    expect(result.code).toBe(4);
    const data = JSON.parse(result.stdout) as Extraction;
    expect(data.statistics.map((entry) => entry.id)).not.toContain('new-abuse-images-per-year');
    expect(data.warnings.find((entry) => entry.code === 'unclear-figure' && entry.message.startsWith('the statistic new-abuse-images-per-year '))?.message).toContain('in another clause');
  });
});

/**
 * Words that turn what a paragraph says of its figure have no end ("Drömmen
 * är att", "All were later acquitted."): a figure is read only from a
 * paragraph every word of which the tool reads (src/rules/lexicon.ts). Each
 * row adds a word the lexicon lacks; the warning names it.
 */
describe('a figure in a paragraph with a word the tool does not read', () => {
  it.each([
    // A year or a source the rules would have left null: the whole statement is now left out, for the word they did not need.
    ['en', 'In 2011 operation Rescue led', 'Operation Rescue, launched in 2009, led in 2011', 'operation-rescue-arrests', '250', 'launched'],
    // "antalet" is a word the tool reads (it cannot turn a figure): the next is named.
    ['sv', 'ligga ute på nätet.', 'ligga ute på nätet, och antalet växer varje år.', 'abuse-images-online', 'en miljon', 'växer'],
    ['sv', 'År 2011 ledde operation Rescue till att', 'Operation Rescue, som inleddes år 2009, ledde till att', 'operation-rescue-arrests', '250', 'inleddes'],
    ['en', 'In 2011 operation Rescue led', 'Operation Rescue which began in 2009 led', 'operation-rescue-arrests', '250', 'began'],
    ['sv', 'ledde operation Rescue', 'ledde operation Icarus, en uppföljare till operation Rescue,', 'operation-rescue-arrests', '250', 'Icarus'],
    ['en', 'According to the UN Office on Drugs and Crime (UNODC),', 'According to Interpol, which reviewed UNODC figures,', 'new-abuse-images-per-year', '500 000', 'Interpol'],
    ['en', 'In 2011 operation Rescue led', 'Since during 2011 operation Rescue led', 'operation-rescue-arrests', '250', 'during'],
    ['en', 'According to the UN Office on Drugs and Crime (UNODC),', "Contrary to UNODC's estimate,", 'new-abuse-images-per-year', '500 000', 'estimate'],
    ['sv', 'År 2011 ledde', 'Sedan år 2011 ledde', 'operation-rescue-arrests', '250', 'Sedan'],
    // Guards, which held before: the Swedish siblings of "and then 250 arrested" are words the tool does not read.
    ['sv', 'i hela världen, 250 greps', 'i hela världen, och sedan har 250 gripits', 'operation-rescue-arrests', '250', 'sedan'],
    ['sv', 'i hela världen, 250 greps', 'i hela världen, och sen har 250 gripits', 'operation-rescue-arrests', '250', 'sen'],
    // An attempt said of what the figure counts would not undo it (test/facts.test.ts), but its words are not the post's.
    ['sv', '779 misstänkta personer kunde identifieras', '779 misstänkta personer som försökt gömma sig kunde identifieras', 'operation-rescue-suspects-identified', '779', 'försökt'],
    ['en', '779 suspects being identified', '779 suspects of attempted abuse being identified', 'operation-rescue-suspects-identified', '779', 'attempted'],
    // Wrong facts a hostile check found that no rule's list of words caught.
    ['sv', 'bakom initiativet, och fler har möjlighet att gå med.', 'bakom initiativet, och fler har möjlighet att gå med. Men det är inte rätta siffror.', 'participating-countries', '48', 'inte'],
    ['sv', '252 barn kunde skyddas.', '252 barn kunde skyddas två år senare.', 'operation-rescue-children-safeguarded', '252', 'senare'],
    ['sv', 'ligga ute på nätet.', 'ligga ute på nätet i USA.', 'abuse-images-online', 'en miljon', 'USA'],
    ['en', 'to be online at present', 'to be online in the US at present', 'abuse-images-online', 'one million', 'US'],
    ['sv', 'bakom initiativet, och fler har möjlighet att gå med.', 'bakom initiativet, hoppas vi alla.', 'participating-countries', '48', 'hoppas'],
    ['sv', 'bakom initiativet, och fler har möjlighet att gå med.', 'bakom initiativet, och fler har möjlighet att gå med. Det stämmer dock inte.', 'participating-countries', '48', 'stämmer'],
    ['en', 'stand behind the initiative', 'do ｎｏｔ stand behind the initiative', 'participating-countries', '48', 'do'],
    ['en', 'so not just the EU and the US, stand', "so not just the EU and the US, ’ll stand", 'participating-countries', '48', 'll'],
    ['sv', 'beräknas för närvarande ligga ute på nätet.', 'beräknas för närvarande ligga ute på svenska delen av nätet.', 'abuse-images-online', 'en miljon', 'svenska'],
    ['sv', 'ut varje år. Bakom varje bild', 'ut varje år. Den uppgiften har UNODC senare dragit tillbaka. Bakom varje bild', 'new-abuse-images-per-year', '50 000', 'uppgiften'],
    ['en', 'every year. Behind', 'every year. UNODC has since retracted that figure. Behind', 'new-abuse-images-per-year', '500 000', 'retracted'],
    ['sv', 'nya barnpornografiska bilder ut varje år.', 'nya barnpornografiska bilder ut i Sverige varje år.', 'new-abuse-images-per-year', '50 000', 'Sverige'],
    ['sv', 'läggs 50 000 nya', 'läggs det dubbla av 50 000 nya', 'new-abuse-images-per-year', '50 000', 'dubbla'],
    ['sv', 'läggs 50 000 nya', 'läggs utöver 50 000 nya', 'new-abuse-images-per-year', '50 000', 'utöver'],
    ['sv', 'ut varje år. Bakom', 'ut varje år – en uppgift som sedan makulerats. Bakom', 'new-abuse-images-per-year', '50 000', 'uppgift'],
    ['sv', 'kunde identifieras i hela världen', 'kunde identifieras i Sverige', 'operation-rescue-suspects-identified', '779', 'Sverige'],
    ['sv', '252 barn kunde skyddas. Ofta', '252 barn kunde skyddas. Alla misstänkta friades senare. Ofta', 'operation-rescue-suspects-identified', '779', 'friades'],
    ['en', '252 children safeguarded. Investigations', '252 children safeguarded. All were later acquitted. Investigations', 'operation-rescue-children-safeguarded', '252', 'later'],
    ['en', '250 arrested and 252 children safeguarded.', '250 arrested, and 252 children safeguarded had the police acted in time.', 'operation-rescue-children-safeguarded', '252', 'acted'],
    // Text a control, a drawing or a frame shows in the paragraph is its text too (src/rules/shown.ts).
    ['sv', '252 barn kunde skyddas.', '252 barn kunde skyddas. <textarea>Rättelse: siffran 779 är fel</textarea>', 'operation-rescue-suspects-identified', '779', 'Rättelse'],
    ['sv', '252 barn kunde skyddas.', '252 barn kunde skyddas. <input value="Rättelse: siffran 779 är fel">', 'operation-rescue-suspects-identified', '779', 'Rättelse'],
    ['sv', '252 barn kunde skyddas.', '252 barn kunde skyddas. <input type="button" value="Rättelse: siffran 779 är fel">', 'operation-rescue-suspects-identified', '779', 'Rättelse'],
    ['sv', '252 barn kunde skyddas.', '252 barn kunde skyddas. <button>Rättelse: siffran 779 är fel</button>', 'operation-rescue-suspects-identified', '779', 'Rättelse'],
    ['sv', '252 barn kunde skyddas.', '252 barn kunde skyddas. <select><option>Rättelse: siffran 779 är fel</option></select>', 'operation-rescue-suspects-identified', '779', 'Rättelse'],
    ['sv', '252 barn kunde skyddas.', '252 barn kunde skyddas. <svg><text x="0" y="10">Rättelse: siffran 779 är fel</text></svg>', 'operation-rescue-suspects-identified', '779', 'Rättelse'],
    ['sv', '252 barn kunde skyddas.', '252 barn kunde skyddas. <iframe srcdoc="&lt;p&gt;Rättelse: siffran 779 är fel&lt;/p&gt;"></iframe>', 'operation-rescue-suspects-identified', '779', 'Rättelse'],
    ['sv', '252 barn kunde skyddas.', '252 barn kunde skyddas. <math><mtext>Rättelse: siffran 779 är fel</mtext></math>', 'operation-rescue-suspects-identified', '779', 'Rättelse'],
  ] as const)('(%s) %j → %j: no %s, and a warning naming the word', async (edition, from, to, id, figure, word) => {
    await leftOut(edition, from, to, id, figure);
    const page = changed(edition, from, to);
    const data = JSON.parse((await runCli(['-', '--format', 'json', '--partial', '--linked', MEMO], { stdin: page })).stdout) as Extraction;
    expect(data.warnings.find((entry) => entry.code === 'unclear-figure' && entry.message.startsWith(`the statistic ${id} `))?.message).toContain(`a word the tool does not read ("${word}")`);
  });
});

/**
 * A retraction in a control, a drawing or a frame right after the figure's
 * paragraph is a block of its own that the reader sees (src/rules/shown.ts),
 * read as a paragraph after it would be.
 */
describe('a figure followed by a control, a drawing or a frame that shows a word the tool does not read', () => {
  const after = 'inrikta sitt arbete på barnpornografiskt material på nätet.</p>';
  it.each([
    ['<textarea>Rättelse: siffran 779 är fel</textarea>'],
    ['<form><label>Rättelse:</label> <input type="text" value="siffran 779 är fel"></form>'],
    ['<select><option>Rättelse: siffran 779 är fel</option></select>'],
    ['<svg><text x="0" y="10">Rättelse: siffran 779 är fel</text></svg>'],
    ['<iframe srcdoc="&lt;p&gt;Rättelse: siffran 779 är fel&lt;/p&gt;"></iframe>'],
  ] as const)('%s', async (html) => {
    await leftOut('sv', after, `${after}\n${html}`, 'operation-rescue-suspects-identified', '779');
    const data = JSON.parse((await runCli(['-', '--format', 'json', '--partial', '--linked', MEMO], { stdin: changed('sv', after, `${after}\n${html}`) })).stdout) as Extraction;
    const warning = data.warnings.find((entry) => entry.code === 'unclear-figure' && entry.message.startsWith('the statistic operation-rescue-suspects-identified '));
    expect(warning?.message).toContain('a later block of the post has an amendment label ("Rättelse", in "Rättelse: siffran 779 är fel")');
  });
});

/**
 * A sentence longer than any of the post's (`MAX_SENTENCE`) is not read: its
 * figure is left out, and the warning says why, not only that it is missing.
 */
describe('a figure in a sentence too long to read', () => {
  const more = (words: string) => words.repeat(Math.ceil(MAX_SENTENCE / words.length));
  it.each([
    ['sv', 'kunde identifieras i hela världen,', ', och i hela världen', ',', 'operation-rescue-suspects-identified', 'År 2011 ledde operation Rescue till att 779'],
    ['en', 'identified across the world,', ', and across the world', ',', 'operation-rescue-arrests', 'In 2011 operation Rescue led to 779'],
    ['sv', 'och fler har möjlighet att gå med.', ', och fler', '.', 'participating-countries', 'Ett år senare står 48 länder'],
  ] as const)('(%s) %j made longer with %j, then %j: no %s, and a warning saying the sentence is too long', async (edition, from, words, end, id, start) => {
    const page = changed(edition, from, `${from.slice(0, -1)}${more(words)}${end}`);
    const result = await runCli(['-', '--format', 'json', '--partial', '--linked', MEMO], { stdin: page });
    expect(result.code).toBe(4);
    const data = JSON.parse(result.stdout) as Extraction;
    expect(data.statistics.map((statistic) => statistic.id)).not.toContain(id);
    const warning = data.warnings.find((entry) => entry.code === 'unclear-figure' && entry.message.startsWith(`the statistic ${id} `));
    expect(warning?.message).toMatch(new RegExp(`^the statistic ${id} was not read from "${start}[^"]*…": its sentence is too long to read \\(\\d+ characters, more than ${MAX_SENTENCE}\\)$`));
    const check = await runCli(['check', '-', '--expect', EXPECTED_OF[edition], '--linked', MEMO, '--strict'], { stdin: page });
    expect(check.code).not.toBe(0);
  });
});

describe('a figure in a sentence that names a year after the post was published (6 December 2012)', () => {
  it.each([
    ['sv', 'Ett år senare står 48', 'År 2014 står 48', 'participating-countries', '2014'],
    ['sv', 'beräknas för närvarande ligga ute på nätet.', 'beräknas ligga ute på nätet år 2015.', 'abuse-images-online', '2015'],
    ['sv', 'ut varje år.', 'ut varje år fram till 2020.', 'new-abuse-images-per-year', '2020'],
    ['en', 'are estimated to be online at present.', 'are estimated to be online in 2015.', 'abuse-images-online', '2015'],
    ['en', 'put online every year.', 'put online every year until 2020.', 'new-abuse-images-per-year', '2020'],
  ] as const)('(%s) %j → %j: no %s, and a warning naming %s', async (edition, from, to, id, year) => {
    const page = changed(edition, from, to);
    const result = await runCli(['-', '--format', 'json', '--partial', '--linked', MEMO], { stdin: page });
    expect(result.code).toBe(4);
    const data = JSON.parse(result.stdout) as Extraction;
    expect(data.statistics.map((statistic) => statistic.id)).not.toContain(id);
    const warning = data.warnings.find((entry) => entry.code === 'unclear-figure' && entry.message.startsWith(`the statistic ${id} `));
    expect(warning?.message).toContain(`the sentence names ${year}, after the post was published (2012-12-06)`);
    const check = await runCli(['check', '-', '--expect', EXPECTED_OF[edition], '--linked', MEMO, '--strict'], { stdin: page });
    expect(check.code).not.toBe(0);
  });

  it.each([
    ['sv', 'ut varje år.', 'ut varje år fram till 2020-talet.', 'new-abuse-images-per-year', '2020'],
    ['en', 'put online every year.', 'put online every year until 2020-21.', 'new-abuse-images-per-year', '2020'],
  ] as const)('(%s) %j → %j: a decade or a span is a time still to come: no %s', async (edition, from, to, id, year) => {
    const result = await runCli(['-', '--format', 'json', '--partial', '--linked', MEMO], { stdin: changed(edition, from, to) });
    const data = JSON.parse(result.stdout) as Extraction;
    expect(data.statistics.map((statistic) => statistic.id)).not.toContain(id);
    expect(data.warnings.find((entry) => entry.code === 'unclear-figure' && entry.message.startsWith(`the statistic ${id} `))?.message).toContain(year);
  });

  it('keeps Operation Rescue\'s figures, read with their own year, when the sentence also names a later one', async () => {
    const page = changed('sv', '252 barn kunde skyddas.', '252 barn kunde skyddas, och i januari 2013 öppnas brottscentrumet.');
    const result = await runCli(['-', '--format', 'json', '--linked', MEMO], { stdin: page });
    const data = JSON.parse(result.stdout) as Extraction;
    expect(data.statistics.filter((entry) => entry.id.startsWith('operation-rescue-')).map((entry) => entry.value)).toEqual([779, 250, 252]);
  });

  it('reads a statistic whose sentence names only years up to the post\'s own', async () => {
    const result = await runCli(['-', '--format', 'json', '--linked', MEMO], { stdin: changed('sv', 'Ett år senare står 48', 'I december 2012 står 48') });
    const data = JSON.parse(result.stdout) as Extraction;
    expect(result.code).toBe(0);
    expect(data.statistics.find((entry) => entry.id === 'participating-countries')?.value).toBe(48);
  });
});

/**
 * A month without a year is another time than the post's, unless it is the month the post was published in (6
 * December 2012): then it is the post's own time. A day is a date apart, even in the post's month.
 */
describe("a figure dated to a month, in a post of 6 December 2012", () => {
  const countriesUnclear = (extraction: ReturnType<typeof extractPost>) =>
    extraction.warnings.filter((entry) => entry.code === 'unclear-figure' && entry.message.startsWith('the statistic participating-countries ')).map((entry) => entry.message);

  it.each([
    ['sv', 'Ett år senare står 48', 'I december står 48'],
    ['sv', 'Ett år senare står 48', 'Under december står 48'],
    ['en', 'One year later 48', 'In December 48'],
    // Found by a hostile check (48 left out, "Today" a word not read): the post's own day or month, as "I dag" is.
    ['en', 'One year later 48', 'Today 48'],
    ['en', 'One year later 48', 'This month 48'],
    ['sv', 'Ett år senare står 48', 'I dag står 48'],
  ] as const)('(%s) %j → %j: the post\'s own month, the figure kept', (edition, from, to) => {
    const extraction = extractPost(changed(edition, from, to));
    expect(extraction.statistics.find((statistic) => statistic.id === 'participating-countries')?.value).toBe(48);
    expect(countriesUnclear(extraction)).toEqual([]);
  });

  it.each([
    ['sv', 'Ett år senare står 48', 'I januari står 48', 'I januari'],
    ['sv', 'Ett år senare står 48', 'Den 5 december står 48', 'Den 5 december'],
    ['sv', 'Ett år senare står 48', 'I slutet av december står 48', 'av december'],
    ['sv', 'Ett år senare står 48 länder*,', 'I december står 48 länder* i januari,', 'i januari'],
    ['en', 'One year later 48', 'In January 48', 'In January'],
    ['en', 'One year later 48', 'On 5 December 48', '5 December'],
    ['en', 'One year later 48', 'Since December 48', 'December'],
    ['en', 'One year later 48', 'Last December 48', 'December'],
  ] as const)('(%s) %j → %j: another time than the post\'s, the figure left out ("%s")', (edition, from, to, words) => {
    const extraction = extractPost(changed(edition, from, to));
    expect(extraction.statistics.map((statistic) => statistic.id)).not.toContain('participating-countries');
    expect(countriesUnclear(extraction).join('\n')).toContain(`"${words}"`);
  });

  it.each([
    // Found by a hostile check (48 kept, or left out with the post's own day): a date with its year is weighed against the post's.
    ['sv', 'Ett år senare står 48', 'Den 5/12 2012 står 48', '5/12 2012'],
    ['sv', 'Ett år senare står 48', 'Den 5/3 2013 står 48', '5/3 2013'],
    ['sv', 'Ett år senare står 48', 'Den 5/12/2012 står 48', '5/12/2012'],
    ['sv', 'Ett år senare står 48', 'Den 5.12.2012 står 48', '5.12.2012'],
    ['sv', 'Ett år senare står 48', 'Den 5 december 2012 står 48', '5 december 2012'],
    ['en', 'One year later 48', 'On 5 December 2012, 48', '5 December 2012'],
    ['en', 'One year later 48', 'On December 5, 2012, 48', 'December 5, 2012'],
    ['en', 'One year later 48', 'On 5/12 2012, 48', '5/12 2012'],
    // Found by a hostile check (48 kept): spaced, the date's full stops ended its sentence.
    ['sv', 'Ett år senare står 48', 'Den 5. 12. 2012 står 48', '5. 12. 2012'],
    ['sv', 'Ett år senare står 48', 'Den 5 / 12 2012 står 48', '5 / 12 2012'],
  ] as const)('(%s) %j → %j: another day than the post\'s, the figure left out ("%s")', (edition, from, to, words) => {
    const extraction = extractPost(changed(edition, from, to));
    expect(extraction.statistics.map((statistic) => statistic.id)).not.toContain('participating-countries');
    expect(countriesUnclear(extraction).join('\n')).toContain(`"${words}"`);
  });

  it.each([
    ['sv', 'Ett år senare står 48', 'Den 6/12 2012 står 48'],
    ['sv', 'Ett år senare står 48', 'Den 6.12.2012 står 48'],
    ['sv', 'Ett år senare står 48', 'Den 6 december 2012 står 48'],
    ['sv', 'Ett år senare står 48', 'Den 6. 12. 2012 står 48'],
    ['sv', 'Ett år senare står 48', 'Den 6.12. 2012 står 48'],
    ['en', 'One year later 48', 'On 6 December 2012, 48'],
    // Found by a hostile check: a date's year and the figure after it were read as one malformed number ("2012 48").
    ['en', 'One year later 48', 'In December 2012 48'],
    ['en', 'One year later 48', 'On 6 December 2012 48'],
    ['sv', 'Ett år senare står 48', 'I december 2012 står 48'],
  ] as const)('(%s) %j → %j: the post\'s own day, the figure kept', (edition, from, to) => {
    const extraction = extractPost(changed(edition, from, to));
    expect(extraction.statistics.find((statistic) => statistic.id === 'participating-countries')?.value).toBe(48);
    expect(countriesUnclear(extraction)).toEqual([]);
  });

  it.each([
    // Found by a hostile check: the ordinal's "a" (and "e") was a word not read, which left out the countries and the images too.
    ['sv', 'Ett år senare står 48', 'Den 1:a mars står 48', 'Den 1:a mars'],
    ['sv', 'Ett år senare står 48', 'Den 5:e mars står 48', 'Den 5:e mars'],
  ] as const)('(%s) %j → %j: only the 48 left out, dated to another day ("%s")', (edition, from, to, words) => {
    const extraction = extractPost(changed(edition, from, to));
    expect(missingFacts(extraction)).toEqual(['participating-countries']);
    expect(extraction.countries.items).toHaveLength(48);
    expect(countriesUnclear(extraction).join('\n')).toContain(`"${words}"`);
  });
});

describe('a figure whose stating words are negated, undone or not asserted', () => {
  const SV_48 = 'står 48 länder*, alltså inte bara EU och USA, bakom initiativet';
  const EN_48 = '48 countries*, so not just the EU and the US, stand behind the initiative';
  it.each([
    // The post's own aside ("inte bara", "not just") stands between the figure and its stating word: a negation
    // after it is one of the words that state the figure, as it is without the aside.
    ['sv', SV_48, 'står 48 länder*, alltså inte bara EU och USA, inte längre bakom initiativet', 'participating-countries', '48'],
    // A goal or a dream, and an arrest undone, found by a hostile check.
    ['sv', 'Ett år senare står 48 länder*', 'Drömmen är att 48 länder* står', 'participating-countries', '48'],
    ['sv', 'Ett år senare står 48 länder*', 'Visionen är att 48 länder* står', 'participating-countries', '48'],
    ['en', '250 arrested and', '250 arrested, all since let go, and', 'operation-rescue-arrests', '250'],
    ['sv', SV_48, 'står 48 länder*, alltså inte bara EU och USA, aldrig bakom initiativet', 'participating-countries', '48'],
    ['sv', SV_48, 'har 48 länder*, alltså inte bara EU och USA, slutat stå bakom initiativet', 'participating-countries', '48'],
    ['sv', SV_48, 'har 48 länder*, alltså inte bara EU och USA, avslutat sitt stöd för initiativet', 'participating-countries', '48'],
    ['sv', SV_48, 'har 48 länder*, alltså inte bara EU och USA, lagt ned sitt stöd för initiativet', 'participating-countries', '48'],
    ['en', EN_48, '48 countries*, so not just the EU and the US, have ended their support for the initiative', 'participating-countries', '48'],
    ['en', EN_48, '48 countries*, so not just the EU and the US, have dropped their support for the initiative', 'participating-countries', '48'],
    ['en', EN_48, '48 countries*, so not just the EU and the US, no longer stand behind the initiative', 'participating-countries', '48'],
    ['en', EN_48, '48 countries*, so not just the EU and the US, do not stand behind the initiative', 'participating-countries', '48'],
    ['en', EN_48, '48 countries*, so not just the EU and the US, never stood behind the initiative', 'participating-countries', '48'],
    // Said wrongly, counterfactually, or as a failure.
    ['sv', 'personer kunde identifieras', 'personer kunde felaktigt identifieras', 'operation-rescue-suspects-identified', '779'],
    ['sv', '252 barn kunde skyddas', '252 barn kunde ha skyddats', 'operation-rescue-children-safeguarded', '252'],
    ['sv', '252 barn kunde skyddas', '252 barn hade kunnat skyddas', 'operation-rescue-children-safeguarded', '252'],
    ['en', '252 children safeguarded', '252 children failed to be safeguarded', 'operation-rescue-children-safeguarded', '252'],
    ['en', '252 children safeguarded', '252 children were wrongly reported safeguarded', 'operation-rescue-children-safeguarded', '252'],
    ['en', '252 children safeguarded', '252 children could have been safeguarded', 'operation-rescue-children-safeguarded', '252'],
    // Tried, not done.
    ['sv', '250 greps och 252 barn kunde skyddas', '250 greps och man försökte skydda 252 barn', 'operation-rescue-children-safeguarded', '252'],
    ['sv', '252 barn kunde skyddas', '252 barn förgäves skyddas', 'operation-rescue-children-safeguarded', '252'],
    ['en', '250 arrested and 252 children safeguarded', '250 arrested and attempts made to safeguard 252 children', 'operation-rescue-children-safeguarded', '252'],
    ['en', '250 arrested and 252 children safeguarded', '250 arrested and it tried to safeguard 252 children', 'operation-rescue-children-safeguarded', '252'],
    ['sv', '779 misstänkta personer kunde identifieras', '779 misstänkta personer som man försökte identifiera', 'operation-rescue-suspects-identified', '779'],
    ['en', 'operation Rescue led to 779 suspects being identified', 'operation Rescue tried to have 779 suspects identified', 'operation-rescue-suspects-identified', '779'],
    ['en', '252 children safeguarded', '252 children safeguarded in vain', 'operation-rescue-children-safeguarded', '252'],
    // Credited to a report the sentence calls withdrawn.
    ['sv', 'Enligt FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs', 'Enligt en nu tillbakadragen rapport från FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs', 'new-abuse-images-per-year', '50 000'],
    ['sv', 'Enligt FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs', 'Enligt UNODC:s nu tillbakadragna rapport läggs', 'new-abuse-images-per-year', '50 000'],
    ['en', 'According to the UN Office on Drugs and Crime (UNODC),', 'According to a since-withdrawn report by the UN Office on Drugs and Crime (UNODC),', 'new-abuse-images-per-year', '500 000'],
  ] as const)('(%s) %j → %j: no %s, and a warning', leftOut);
});

describe('a figure stated as a plan, a forecast, a hope, a goal, a wish or a mere possibility', () => {
  const SV_48 = 'Ett år senare står 48 länder*, alltså inte bara EU och USA, bakom initiativet';
  const EN_48 = 'One year later 48 countries*, so not just the EU and the US, stand behind the initiative';
  const SV_RESCUE = 'År 2011 ledde operation Rescue till att 779';
  const EN_RESCUE = 'In 2011 operation Rescue led to 779';
  const EN_IMAGES = '500 000 new child abuse images are put online every year';
  it.each([
    ['sv', SV_48, 'Ett år senare ska 48 länder*, alltså inte bara EU och USA, bakom initiativet', 'participating-countries', '48'],
    ['sv', SV_48, 'Ett år senare hoppas vi att 48 länder*, alltså inte bara EU och USA, bakom initiativet', 'participating-countries', '48'],
    ['sv', SV_48, 'Målet är att om ett år står 48 länder*, alltså inte bara EU och USA, bakom initiativet', 'participating-countries', '48'],
    ['sv', SV_48, 'Om ett år kan 48 länder*, alltså inte bara EU och USA, stå bakom initiativet', 'participating-countries', '48'],
    ['sv', SV_48, 'Ett år senare vill 48 länder*, alltså inte bara EU och USA, stå bakom initiativet', 'participating-countries', '48'],
    ['sv', SV_48, 'Nästa år väntas 48 länder*, alltså inte bara EU och USA, stå bakom initiativet', 'participating-countries', '48'],
    ['sv', SV_48, 'Ett år senare kommer 48 länder*, alltså inte bara EU och USA, att stå bakom initiativet', 'participating-countries', '48'],
    ['sv', SV_RESCUE, 'År 2011 planeras operation Rescue leda till att 779', 'operation-rescue-suspects-identified', '779'],
    // A forecast for a year after the post's: no fact, not merely a fact without its year.
    ['sv', SV_RESCUE, 'Operation Rescue beräknas år 2013 leda till att 779', 'operation-rescue-suspects-identified', '779'],
    ['en', EN_48, 'We hope that one year later 48 countries*, so not just the EU and the US, stand behind the initiative', 'participating-countries', '48'],
    ['en', EN_48, 'By next year 48 countries*, so not just the EU and the US, will stand behind the initiative', 'participating-countries', '48'],
    ['en', EN_48, 'Our goal is that one year later 48 countries*, so not just the EU and the US, stand behind the initiative', 'participating-countries', '48'],
    ['en', EN_RESCUE, 'Operation Rescue is expected to lead to 779', 'operation-rescue-suspects-identified', '779'],
    ['en', EN_RESCUE, 'In 2011 operation Rescue aimed at 779', 'operation-rescue-suspects-identified', '779'],
    ['en', EN_IMAGES, '500 000 new child abuse images are expected to be put online every year', 'new-abuse-images-per-year', '500 000'],
    ['en', EN_IMAGES, '500 000 new child abuse images may be put online every year', 'new-abuse-images-per-year', '500 000'],
  ] as const)('(%s) %j → %j: no %s, and a warning', leftOut);
});

describe('a statistic stated once clearly and once with a figure the tool does not understand', () => {
  const paragraph = (text: string): Block => ({ kind: 'paragraph', text, links: [], start: 0, owner: undefined });

  it.each([
    ['Ett år senare står 48 länder bakom initiativet.', 'Ett år senare står nästan 48 länder bakom initiativet.'],
    ['Ett år senare står nästan 48 länder bakom initiativet.', 'Ett år senare står 48 länder bakom initiativet.'],
    ['Ett år senare står 48 länder bakom initiativet.', 'Ett år senare står 40 - 48 länder bakom initiativet.'],
  ])('%j and %j: left out, as either may be what the post says', (first, second) => {
    const { found, unclear, conflicts } = readStatistics([paragraph(first), paragraph(second)], 'sv');
    expect(found).toEqual([]);
    expect(conflicts).toEqual([]);
    expect(unclear).toMatchObject([{ id: 'participating-countries' }]);
  });

  it('leaves out a statistic that a correction restates with a hedge', () => {
    const first = 'Mer än en miljon bilder på barn beräknas ligga ute på nätet.';
    const { found, unclear } = readStatistics([paragraph(first), paragraph('Rättelse: Uppemot en miljon bilder på barn ligger ute på nätet.')], 'sv');
    expect(found).toEqual([]);
    expect(unclear).toMatchObject([{ id: 'abuse-images-online', reason: expect.stringContaining('"Uppemot" before it') as unknown }]);
  });

  it('leaves out what a second complete copy of the post states with a hedge', () => {
    const extraction = extractPost(monthArchive(MAIN_POST_BODY.replace('att 779 misstänkta', 'att nästan 779 misstänkta')));
    expect(missingFacts(extraction)).toEqual(['operation-rescue-suspects-identified']);
    expect(extraction.warnings.find((warning) => warning.code === 'unclear-figure')?.message).toContain('"nästan" before it');
  });
});

describe('a sentence that says another thing of the figure than the statistic', () => {
  it.each([
    ['sv', '252 barn kunde skyddas', '252 barn dog', 'operation-rescue-children-safeguarded', '252'],
    ['sv', '779 misstänkta personer', '779 misstänkta nätverk', 'operation-rescue-suspects-identified', '779'],
    ['sv', 'personer kunde identifieras', 'personer kunde frikännas', 'operation-rescue-suspects-identified', '779'],
    ['sv', 'står 48 länder*, alltså inte bara EU och USA, bakom initiativet', 'har 48 länder* lämnat initiativet', 'participating-countries', '48'],
    ['sv', 'står 48 länder*, alltså inte bara EU och USA, bakom initiativet', 'har 48 länder* tackat nej till initiativet', 'participating-countries', '48'],
    ['sv', 'står 48 länder*, alltså inte bara EU och USA, bakom initiativet', 'motsätter sig 48 länder* initiativet', 'participating-countries', '48'],
    ['sv', 'står 48 länder*, alltså inte bara EU och USA, bakom initiativet', 'har 48 länder* bjudits in till initiativet', 'participating-countries', '48'],
    ['sv', 'beräknas för närvarande ligga ute på nätet', 'har raderats från nätet', 'abuse-images-online', 'en miljon'],
    ['sv', 'läggs 50 000 nya barnpornografiska bilder ut varje år', 'tas 50 000 nya barnpornografiska bilder bort varje år', 'new-abuse-images-per-year', '50 000'],
    ['en', '252 children safeguarded', '252 children killed', 'operation-rescue-children-safeguarded', '252'],
    ['en', '250 arrested', '250 arrests overturned', 'operation-rescue-arrests', '250'],
  ] as const)('(%s) %j → %j: no %s, and a warning', leftOut);

  it.each([
    ['sv', 'Ett år senare har 48 länder anslutit sig till initiativet.', 'participating-countries', 48],
    ['en', '48 countries have joined the alliance.', 'participating-countries', 48],
    ['sv', 'Mer än en miljon bilder på barn finns på nätet.', 'abuse-images-online', 1_000_000],
    ['en', 'According to UNODC, 500 000 new images are uploaded every year.', 'new-abuse-images-per-year', 500_000],
    ['sv', 'År 2011 ledde operation Rescue till att 252 barn kunde räddas.', 'operation-rescue-children-safeguarded', 252],
    ['en', 'In 2011 operation Rescue led to 779 suspects being identified and 250 arrests.', 'operation-rescue-arrests', 250],
    // Found by a hostile check: a judgement of how much a figure weighs, or of what is said, turns none.
    ['en', 'In 2011 operation Rescue led to 250 arrested and more importantly 252 children safeguarded.', 'operation-rescue-arrests', 250],
    ['en', 'In 2011 operation Rescue led to 250 arrested and more importantly 252 children safeguarded.', 'operation-rescue-children-safeguarded', 252],
    ['sv', 'Ett år senare står 48 länder bakom initiativet. Det är tragiskt.', 'participating-countries', 48],
    ['en', 'One year later 48 countries stand behind the initiative. It is tragic.', 'participating-countries', 48],
    ['en', 'In 2011 operation Rescue led to 779 suspects identified and more significantly 252 children safeguarded.', 'operation-rescue-suspects-identified', 779],
  ] as const)('(%s) %j: its own words state %s', readClearly);
});

describe('a figure given per country, not in total', () => {
  // Each printed the per-country figure as the total: a share of it, which the tool does not compute.
  it.each([
    ['en', '779 suspects being identified across the world', '779 suspects being identified in each of the participating countries', 'operation-rescue-suspects-identified', '779'],
    ['en', 'put online every year.', 'put online every year in each of the participating countries.', 'new-abuse-images-per-year', '500 000'],
    ['en', '252 children safeguarded', '252 children safeguarded in each of the participating countries', 'operation-rescue-children-safeguarded', '252'],
    ['en', '252 children safeguarded', '252 children safeguarded in each of the participating countries', 'operation-rescue-arrests', '250'],
    ['en', '779 suspects being identified across the world', '779 suspects being identified per country', 'operation-rescue-suspects-identified', '779'],
    ['en', '779 suspects being identified across the world', '779 suspects being identified in every participating country', 'operation-rescue-suspects-identified', '779'],
    ['en', 'put online every year.', 'put online every year in each country.', 'new-abuse-images-per-year', '500 000'],
    ['sv', 'kunde identifieras i hela världen', 'kunde identifieras i var och en av de deltagande länderna', 'operation-rescue-suspects-identified', '779'],
    ['sv', 'ut varje år.', 'ut varje år i var och en av de deltagande länderna.', 'new-abuse-images-per-year', '50 000'],
  ] as const)('(%s) %j → %j: no %s, and a warning', leftOut);

  it.each([
    ['sv', 'År 2011 ledde operation Rescue till att 779 misstänkta personer kunde identifieras i hela världen, 250 greps och 252 barn kunde skyddas.', 'operation-rescue-suspects-identified', 779],
    ['sv', 'Enligt FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs 50 000 nya barnpornografiska bilder ut varje år.', 'new-abuse-images-per-year', 50_000],
    ['en', 'In 2011 operation Rescue led to 779 suspects being identified across the world, 250 arrested and 252 children safeguarded.', 'operation-rescue-children-safeguarded', 252],
    ['en', 'According to UNODC, 500 000 new images are uploaded each year.', 'new-abuse-images-per-year', 500_000],
    ['en', 'Each of the 48 countries has joined the alliance.', 'participating-countries', 48],
    // "and more" that opens another statement, or a bound of another figure, leaves the figure exact.
    ['sv', 'Ett år senare står 48 länder bakom initiativet och fler har möjlighet att gå med.', 'participating-countries', 48],
    ['en', 'One year later 48 countries stand behind the initiative and more have the possibility to join.', 'participating-countries', 48],
    ['en', 'In 2011 operation Rescue led to 779 suspects being identified and more than 250 arrested.', 'operation-rescue-suspects-identified', 779],
  ] as const)('(%s) %j: the total, read', readClearly);
});

describe('a figure in a sentence that asks', () => {
  it.each([
    ['sv', 'och fler har möjlighet att gå med.', 'och har fler möjlighet att gå med?', 'participating-countries', '48'],
    ['en', 'One year later 48 countries*, so not just the EU and the US, stand behind the initiative, and', 'Do 48 countries*, so not just the EU and the US, stand behind the initiative? And', 'participating-countries', '48'],
    ['sv', 'ligga ute på nätet.', 'ligga ute på nätet?', 'abuse-images-online', 'en miljon'],
    ['sv', 'ut varje år. Bakom', 'ut varje år? Bakom', 'new-abuse-images-per-year', '50 000'],
    ['sv', '252 barn kunde skyddas. Ofta', '252 barn kunde skyddas? Ofta', 'operation-rescue-suspects-identified', '779'],
    ['en', '252 children safeguarded. Investigations', '252 children safeguarded? Investigations', 'operation-rescue-suspects-identified', '779'],
  ] as const)('(%s) %j → %j: no %s, and a warning', leftOut);
});

describe('a figure stated as a condition or an open question', () => {
  it.each([
    ['sv', 'Ett år senare står 48 länder*', 'Om 48 länder*', 'participating-countries', '48'],
    ['en', 'One year later 48 countries*', 'If 48 countries*', 'participating-countries', '48'],
    ['sv', 'Mer än en miljon bilder', 'Om mer än en miljon bilder', 'abuse-images-online', 'en miljon'],
    ['en', 'More than one million images', 'If more than one million images', 'abuse-images-online', 'one million'],
    ['sv', 'År 2011 ledde operation Rescue till att', 'Om operation Rescue år 2011 ledde till att', 'operation-rescue-suspects-identified', '779'],
    ['en', 'In 2011 operation Rescue led', 'If in 2011 operation Rescue led', 'operation-rescue-suspects-identified', '779'],
    ['sv', 'Enligt FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs', 'Om FN:s drog- och brottsbekämpningsbyrå (UNODC) har rätt läggs', 'new-abuse-images-per-year', '50 000'],
    ['en', 'According to the UN Office on Drugs and Crime (UNODC),', 'If the UN Office on Drugs and Crime (UNODC) is right,', 'new-abuse-images-per-year', '500 000'],
    ['sv', 'Ett år senare står 48 länder*', 'Det är oklart om 48 länder*', 'participating-countries', '48'],
    ['en', 'One year later 48 countries*', 'It is unclear whether 48 countries*', 'participating-countries', '48'],
  ] as const)('(%s) %j → %j: no %s, and a warning', leftOut);
});

describe('a figure of a clause that a belief, a guess or a hope added to it makes no statement', () => {
  it.each([
    ['sv', 'bakom initiativet, och fler', 'bakom initiativet, tror vi, och fler', 'participating-countries', '48'],
    ['sv', 'och fler har möjlighet att gå med.', 'och fler har möjlighet att gå med (hoppas vi).', 'participating-countries', '48'],
    ['sv', 'ut varje år.', 'ut varje år, gissar jag.', 'new-abuse-images-per-year', '50 000'],
    ['sv', '252 barn kunde skyddas.', '252 barn kunde skyddas, tror man.', 'operation-rescue-suspects-identified', '779'],
    ['en', 'stand behind the initiative, and', 'stand behind the initiative, we believe, and', 'participating-countries', '48'],
    ['en', 'and more have the possibility to join.', 'and more have the possibility to join, or so we hope.', 'participating-countries', '48'],
    ['en', 'are put online every year.', 'are put online every year, I guess.', 'new-abuse-images-per-year', '500 000'],
    ['en', '252 children safeguarded.', '252 children safeguarded (we hope).', 'operation-rescue-suspects-identified', '779'],
  ] as const)('(%s) %j → %j: no %s, and a warning', leftOut);
});

describe('a figure only claimed, heard, denied or disputed', () => {
  it.each([
    ['sv', 'Ett år senare står 48 länder*', 'Kritiker hävdar att 48 länder* står', 'participating-countries', '48'],
    ['en', 'One year later 48 countries*', 'Critics claim that 48 countries*', 'participating-countries', '48'],
    ['sv', 'År 2011 ledde operation Rescue', 'År 2011 sägs operation Rescue ha lett', 'operation-rescue-suspects-identified', '779'],
    ['en', 'images are put online', 'images are reportedly put online', 'new-abuse-images-per-year', '500 000'],
    ['en', 'operation Rescue led', 'operation Rescue reportedly led', 'operation-rescue-suspects-identified', '779'],
    ['en', 'the US, stand behind', 'the US, apparently stand behind', 'participating-countries', '48'],
    ['sv', 'Enligt FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs 50 000 nya barnpornografiska bilder ut', 'FN:s drog- och brottsbekämpningsbyrå (UNODC) förnekar att 50 000 nya barnpornografiska bilder läggs ut', 'new-abuse-images-per-year', '50 000'],
    ['en', 'According to the UN Office on Drugs and Crime (UNODC), 500 000 new child abuse images are', 'The UN Office on Drugs and Crime (UNODC) disputes that 500 000 new child abuse images are', 'new-abuse-images-per-year', '500 000'],
  ] as const)('(%s) %j → %j: no %s, and a warning', leftOut);

  it.each([
    ['sv', 'Enligt FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs', 'Enligt UNODC:s kritiker läggs'],
    ['sv', 'Enligt FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs', 'Stick i stäv med FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs'],
    ['en', 'According to the UN Office on Drugs and Crime (UNODC),', "According to UNODC's critics,"],
    ['en', 'According to the UN Office on Drugs and Crime (UNODC),', 'Counter to the UN Office on Drugs and Crime (UNODC),'],
  ] as const)('(%s) %j → %j: the figure is credited to no source', async (edition, from, to) => {
    const result = await runCli(['-', '--format', 'json', '--partial', '--linked', MEMO], { stdin: changed(edition, from, to) });
    const data = JSON.parse(result.stdout) as Extraction;
    expect(data.statistics.find((statistic) => statistic.id === 'new-abuse-images-per-year')?.source ?? null).toBeNull();
    expect(data.warnings.some((entry) => entry.code === 'unclear-attribute' || entry.code === 'unclear-figure')).toBe(true);
  });
});

describe('a figure stated as a guess, an obligation or a plan', () => {
  it.each([
    ['sv', 'Ett år senare står 48 länder*', 'Ett år senare står gissningsvis 48 länder*', 'participating-countries', '48'],
    ['sv', 'Ett år senare står 48 länder*', 'Ett år senare måste 48 länder*', 'participating-countries', '48'],
    ['sv', 'beräknas för närvarande ligga', 'torde för närvarande ligga', 'abuse-images-online', 'en miljon'],
    ['en', 'the US, stand behind', 'the US, must stand behind', 'participating-countries', '48'],
    ['en', 'the US, stand behind', 'the US, cannot stand behind', 'participating-countries', '48'],
    ['en', 'images are put online', 'images are scheduled to be put online', 'new-abuse-images-per-year', '500 000'],
  ] as const)('(%s) %j → %j: no %s, and a warning', leftOut);
});

describe('a figure right after the verb that opens its sentence: a question, its mark lost', () => {
  it.each([
    ['sv', 'Ett år senare står 48 länder*', 'Står 48 länder*', 'participating-countries', '48'],
    ['en', 'One year later 48 countries*, so not just the EU and the US, stand', 'Do 48 countries*, so not just the EU and the US, stand', 'participating-countries', '48'],
  ] as const)('(%s) %j → %j: no %s, and a warning', leftOut);
});

describe('the commitments, their lead-in changed', () => {
  const SV_LEAD = 'De deltagande länderna förbinder sig att göra politiska åtaganden för att uppnå en rad mål, bland annat:';
  const EN_LEAD = 'The participating countries commit to making political undertakings to achieve a number of goals, among other things:';
  const ALL = ['identify-victims', 'investigate-and-prosecute', 'raise-awareness', 'reduce-availability'];
  const read = async (edition: 'sv' | 'en', to: string) => {
    const result = await runCli(['-', '--format', 'json', '--partial', '--linked', MEMO], { stdin: changed(edition, edition === 'sv' ? SV_LEAD : EN_LEAD, to) });
    return { code: result.code, data: JSON.parse(result.stdout) as Extraction };
  };

  // What the rules make of these lead-ins (a commitment made) is tested in test/facts.test.ts; on the page, a word of the
  // lead-in the tool does not read (src/rules/lexicon.ts) leaves the list out first.
  it.each([
    ['sv', 'De deltagande länderna förbinder sig utan förbehåll att göra politiska åtaganden för att uppnå en rad mål, bland annat:', 'utan'],
    ['en', 'The participating countries commit without reservation to making political undertakings to achieve a number of goals, among other things:', 'without'],
    ['sv', 'Inte senare än 2013 förbinder sig de deltagande länderna att göra politiska åtaganden, bland annat:', 'Inte'],
    ['en', 'Not later than 2013 the participating countries commit to making political undertakings, among other things:', 'Not'],
    ['sv', 'Förra året förband sig de deltagande länderna att uppnå en rad mål, bland annat:', 'Förra'],
    ['en', 'Last year the participating countries committed to a number of goals, among other things:', 'Last'],
  ] as const)('(%s) %j: no commitment, and a warning naming %j', async (edition, to, word) => {
    const { code, data } = await read(edition, to);
    expect(code).toBe(4);
    expect(data.commitments).toEqual([]);
    expect(data.warnings.filter((entry) => entry.code === 'unclear-commitment').map((entry) => entry.message)).toEqual(
      ALL.map((id) => expect.stringMatching(new RegExp(`^the commitment ${id} was not read from ".*": its list's lead-in has the word "${word}", which the tool does not read$`))),
    );
  });

  it.each([
    ['sv', 'Följande förslag avvisades:'],
    ['sv', 'Följande förslag:'],
    ['en', 'The following proposals were voted down:'],
    ['en', 'The following goals were proposed:'],
    ['sv', 'De deltagande länderna förbinder sig inte utan dröjsmål att göra politiska åtaganden, bland annat:'],
    // Recommended, required or an idea: no undertaking made yet.
    ['sv', 'De deltagande länderna borde göra politiska åtaganden för att uppnå en rad mål, bland annat:'],
    ['sv', 'De deltagande länderna behöver göra politiska åtaganden för att uppnå en rad mål, bland annat:'],
    ['en', 'The participating countries should commit to making political undertakings to achieve a number of goals, among other things:'],
    ['en', 'The participating countries must commit to making political undertakings to achieve a number of goals, among other things:'],
    ['en', 'The idea is that the participating countries commit to making political undertakings to achieve a number of goals, among other things:'],
    // Guards beside a lead-in that agrees that they should (kept below): a modal of the commitment itself.
    ['en', 'As they should, the participating countries should commit to making political undertakings to achieve a number of goals, among other things:'],
    ['en', 'As they should commit, the participating countries make political undertakings to achieve a number of goals, among other things:'],
    ['sv', 'Som sig bör borde de deltagande länderna göra politiska åtaganden för att uppnå en rad mål, bland annat:'],
  ] as const)('(%s) %j: no commitment, and a warning', async (edition, to) => {
    const { code, data } = await read(edition, to);
    expect(code).toBe(4);
    expect(data.commitments).toEqual([]);
    expect(data.warnings.some((entry) => entry.message.includes("in the list's lead-in"))).toBe(true);
  });

  it.each([
    // Found by a hostile check: "should" in an aside that agrees the countries commit as is due recommends nothing.
    ['en', 'As they should, the participating countries commit to making political undertakings to achieve a number of goals, among other things:'],
    ['en', 'The participating countries commit, as they must, to making political undertakings to achieve a number of goals, among other things:'],
    ['sv', 'Som sig bör förbinder sig de deltagande länderna att göra politiska åtaganden för att uppnå en rad mål, bland annat:'],
  ] as const)('(%s) %j: every commitment', async (edition, to) => {
    const { code, data } = await read(edition, to);
    expect(code).toBe(0);
    expect(data.commitments.map(({ id }) => id)).toEqual(ALL);
  });
});


/**
 * What stands among the post's blocks beside its prose — a caption, a
 * signature, a line of links, an embedded social post — says nothing of a
 * figure unless it amends the post or names another figure: the block
 * after a figure is read past it (src/rules/besideProse.ts).
 */
describe('a caption, a signature, a line of links or an embedded post after a figure', () => {
  const FORTY_EIGHT_END = 'under kvällens ministermiddag.</p>';
  const after48 = (html: string) => extractPost(changed('sv', FORTY_EIGHT_END, `${FORTY_EIGHT_END}${html}`));
  const countriesUnclear = (extraction: ReturnType<typeof extractPost>) =>
    extraction.warnings.filter((entry) => entry.code === 'unclear-figure' && entry.message.startsWith('the statistic participating-countries ')).map((entry) => entry.message);
  const TWEET = (text: string) =>
    `<blockquote class="twitter-tweet"><p>${text}</p>&mdash; Cecilia Malmström (@MalmstromEU) <a href="https://twitter.com/MalmstromEU/status/1">December 5, 2012</a></blockquote>`;

  it.each([
    ["WordPress's caption", '<p class="wp-caption-text">Foto: Europol</p>'],
    ["WordPress's captioned image", '<div class="wp-caption alignleft"><img alt="Europol" src="x.jpg"><p class="wp-caption-text">Foto: Europol</p></div>'],
    ['a <figcaption>', '<figure><img alt="Möte hos Europol" src="x.jpg"><figcaption>Foto: Europol</figcaption></figure>'],
    ['a paragraph in a <figcaption>', '<figure><img alt="" src="x.jpg"><figcaption><p>Foto: Europol</p></figcaption></figure>'],
    ["the block editor's caption", '<figure class="wp-block-image"><img src="x.jpg"><figcaption class="wp-element-caption">Foto: Europol</figcaption></figure>'],
    ['a caption that names the same figure', '<p class="wp-caption-text">Foto: ministrar från 48 länder i Bryssel</p>'],
    ['a signature after a slash', '<p>/Cecilia</p>'],
    ['a signature after a dash', '<p>– Cecilia Malmström</p>'],
    ['a signature after a greeting', '<p>Hälsningar, Cecilia</p>'],
    ['a greeting and a name on two lines', '<p>Vänliga hälsningar<br>Cecilia Malmström</p>'],
    ['initials', '<p>/CM</p>'],
    ['a full name alone', '<p>Cecilia Malmström</p>'],
    ['"Läs mer:" and a link', '<p>Läs mer: <a href="http://europol.europa.eu">Europol</a></p>'],
    ['"Read more:" and a link', '<p>Read more: <a href="http://europol.europa.eu">Europol takes down network</a></p>'],
    ['"Se även:" and two links', '<p>Se även: <a href="http://a.eu">Europol</a> och <a href="http://b.eu">Interpol</a></p>'],
    ['"Källa:" and a link', '<p>Källa: <a href="http://unodc.org">UNODC:s rapport</a></p>'],
    ['a link alone (guard)', '<p><a href="http://europol.europa.eu">Europol</a></p>'],
    ['an embedded tweet', TWEET('Global alliance launched today #childabuse')],
    ['an embedded tweet that restates the figure', TWEET('48 countries join global alliance against child abuse online')],
    // It stands where a correction would, as a paragraph the tool reads whole does: the block after it is not read on its account.
    ['a caption, then a block with a word the tool does not read', '<p class="wp-caption-text">Foto: Europol</p><p>Drömmen är en värld utan övergrepp.</p>'],
    ['an embedded Instagram post', '<blockquote class="instagram-media"><p>Pressträff i Bryssel</p><p>Ett inlägg delat av Cecilia</p></blockquote>'],
  ])('keeps the figure: %s', (_name, html) => {
    const extraction = after48(html);
    expect(extraction.statistics.find((statistic) => statistic.id === 'participating-countries')?.value).toBe(48);
    expect(countriesUnclear(extraction)).toEqual([]);
  });

  it.each([
    ['a caption that corrects it (guard)', '<p class="wp-caption-text">Rättelse: 49 länder</p>', 'Rättelse'],
    ['a <figcaption> that corrects it (guard)', '<figure><img src="x.jpg"><figcaption>Rättelse: 49 länder</figcaption></figure>', 'Rättelse'],
    ['a caption that names another figure (guard)', '<p class="wp-caption-text">Foto: ministrar från 49 länder</p>', 'Foto'],
    ['a label alone, heading a correction (guard)', '<p>Rättelse</p><p>Länderna är nu 49.</p>', 'Rättelse'],
    ['a name-like word alone, unsigned (guard)', '<p>Dementerat.</p>', 'Dementerat'],
    ['a signature that goes on (guard)', '<p>/Cecilia, som räknade fel</p>', 'Cecilia'],
    ['a line of links whose link corrects it (guard)', '<p>Läs mer: <a href="http://a.eu">Rättelse: 49 länder</a></p>', 'Läs'],
    ['a correction whose figure is a link (guard)', '<p>Rättelse: <a href="http://a.eu">49 länder</a></p>', 'Rättelse'],
    // The author put it in the post, and whose account it is the tool cannot tell: read as an aside in the post is.
    ['an embedded tweet that corrects it (guard)', TWEET('Correction: 49 countries, not 48'), 'Correction'],
    // Further off, a block is read only when it speaks of the figure, wherever the caption stands.
    ['a caption, then a correction that names the figure', '<p class="wp-caption-text">Foto: Europol</p><p>Drömmen var 48 länder, men det blev 47.</p>', 'Drömmen'],
  ])('leaves the figure out: %s', (_name, html, word) => {
    const extraction = after48(html);
    expect(missingFacts(extraction)).toContain('participating-countries');
    expect(countriesUnclear(extraction)[0]).toContain(`"${word}"`);
  });
});
