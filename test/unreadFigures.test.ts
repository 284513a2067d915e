import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPost, missingFacts } from '../src/pipeline.js';
import { ENGLISH, MAIN } from './helpers/fixtures.js';

const page = readFileSync(MAIN, 'utf8');
const english = readFileSync(ENGLISH, 'utf8');

/** The statistic's id, and each warning that names it, of the page (the Swedish post's unless given) with `from` written as `to`. */
function readAs(from: string, to: string, id: string, source = page) {
  expect(source).toContain(from);
  const extraction = extractPost(source.replace(from, to));
  return {
    found: extraction.statistics.some((statistic) => statistic.id === id),
    // Every missing statistic has its missing-statistic warning; what matters is whether another says why.
    codes: extraction.warnings.filter(({ code, message }) => code !== 'missing-statistic' && message.includes(`statistic ${id} `)).map(({ code }) => code),
  };
}

describe('a statistic whose sentence holds a number the tool does not read', () => {
  // Each was left out with no warning but "not found", as if the post did not state it.
  it.each([
    ['50 000 nya', '50 000–60 000 nya', 'new-abuse-images-per-year'],
    ['50 000 nya', '50,000 nya', 'new-abuse-images-per-year'],
    ['50 000 nya', '50 000+ nya', 'new-abuse-images-per-year'],
    ['50 000 nya', '5 0000 nya', 'new-abuse-images-per-year'],
    ['50 000 nya', '1/2 miljon nya', 'new-abuse-images-per-year'],
    ['Mer än en miljon', 'Mer än en miljon (1 000 000)', 'abuse-images-online'],
    ['779 misstänkta', '779 (!) misstänkta', 'operation-rescue-suspects-identified'],
    ['779 misstänkta', '0779 misstänkta', 'operation-rescue-suspects-identified'],
    ['779 misstänkta', '7 79 misstänkta', 'operation-rescue-suspects-identified'],
    ['779 misstänkta', '779 %  misstänkta', 'operation-rescue-suspects-identified'],
    ['48 länder*', '48 (nu 50) länder*', 'participating-countries'],
    ['48 länder*', 'ett 48-tal länder*', 'participating-countries'],
    ['48 länder*', '4 8 länder*', 'participating-countries'],
    // A number in words the tool does not read (a hostile check found these silent).
    ['48 länder*', 'fyrtioåtta länder*', 'participating-countries'],
    ['48 länder*', 'fyrtio-åtta länder*', 'participating-countries'],
    ['48 länder*', 'fyra dussin länder*', 'participating-countries'],
    ['48 länder*', 'ett femtiotal länder*', 'participating-countries'],
  ])('%s written %s: left out with unclear-figure', (from, to, id) => {
    expect(readAs(from, to, id)).toEqual({ found: false, codes: ['unclear-figure'] });
  });

  it.each([
    // No number of its own in the sentence (a year, the other statistics' figures): the post does not state the figure.
    ['att 779 misstänkta personer kunde identifieras i hela världen, ', 'att misstänkta personer kunde identifieras i hela världen, ', 'operation-rescue-suspects-identified'],
    ['läggs 50 000 nya barnpornografiska bilder ut varje år', 'läggs nya barnpornografiska bilder ut varje år', 'new-abuse-images-per-year'],
  ])('no warning where no sentence would state it: %s', (from, to, id) => {
    expect(readAs(from, to, id)).toEqual({ found: false, codes: [] });
  });

  it('leaves a statistic read, or left out for a reason already given, as it was', () => {
    expect(readAs('779 misstänkta', '779 misstänkta', 'operation-rescue-suspects-identified')).toEqual({ found: true, codes: [] });
    expect(readAs('779 misstänkta', '779 till 800 misstänkta', 'operation-rescue-suspects-identified')).toEqual({ found: false, codes: ['unclear-figure'] });
  });
});

describe('a statistic beside another bare number in its clause', () => {
  const SV = page;
  const EN = english;
  // Each kept its first figure as a fact, with no warning: the number beside it says another value for it, or may.
  it.each([
    ['252 barn kunde skyddas.', '252 barn kunde skyddas (253).', 'operation-rescue-children-safeguarded', SV],
    ['252 barn kunde skyddas.', '252 barn kunde skyddas [253].', 'operation-rescue-children-safeguarded', SV],
    ['252 barn kunde skyddas.', '252 barn kunde skyddas (cirka 250).', 'operation-rescue-children-safeguarded', SV],
    ['252 barn kunde skyddas.', '252 barn kunde skyddas (250–260).', 'operation-rescue-children-safeguarded', SV],
    ['252 barn kunde skyddas.', '252 barn kunde skyddas (250 – 260).', 'operation-rescue-children-safeguarded', SV],
    ['252 barn kunde skyddas.', '252 barn kunde skyddas (252–253).', 'operation-rescue-children-safeguarded', SV],
    ['252 barn kunde skyddas.', '252 barn kunde skyddas, 253 enligt Europol.', 'operation-rescue-children-safeguarded', SV],
    ['250 greps och', '250 greps (251) och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 greps, 251, och', 'operation-rescue-arrests', SV],
    ['779 misstänkta', '779 = 780 misstänkta', 'operation-rescue-suspects-identified', SV],
    ['250 arrested', '250 arrested (251)', 'operation-rescue-arrests', EN],
    ['252 children safeguarded', '252 children safeguarded [253]', 'operation-rescue-children-safeguarded', EN],
    ['779 suspects', '779 = 780 suspects', 'operation-rescue-suspects-identified', EN],
    ['252 children safeguarded', '252 children safeguarded (about 250)', 'operation-rescue-children-safeguarded', EN],
    // Set off by dashes, or joined by a slash before it (a hostile check found these kept, or the 251 taken).
    ['250 arrested and', '250 arrested – 251 according to Europol – and', 'operation-rescue-arrests', EN],
    ['250 arrested and', '250 arrested — 251 according to Europol — and', 'operation-rescue-arrests', EN],
    ['250 greps och', '250 greps – 251 enligt Europol – och', 'operation-rescue-arrests', SV],
    ['250 arrested and', '250 / 251 arrested and', 'operation-rescue-arrests', EN],
    ['250 greps och', '250 / 251 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 = 251 greps och', 'operation-rescue-arrests', SV],
    // Helpers 180 and 182: an arrow as a correction is written, and a number whose own bracket closes against the
    // figure, each printed the 260.
    ['250 greps och', '250 -> 260 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 » 260 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 > 260 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 => 260 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 --> 260 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 >> 260 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 › 260 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 <- 260 greps och', 'operation-rescue-arrests', SV],
    ['250 arrested and', '250 -> 260 arrested and', 'operation-rescue-arrests', EN],
    ['250 greps och', '250 (2011) 260 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 [2011] 260 greps och', 'operation-rescue-arrests', SV],
    ['250 arrested and', '250 (2011) 260 arrested and', 'operation-rescue-arrests', EN],
    // Helper 185: set off by a comma or a dash alone, its year in brackets aside, a number was read as of another
    // clause, and the 260 printed.
    ['250 greps och', '250, 260 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 (2011) – 260 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 (2011), 260 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 — 260 greps och', 'operation-rescue-arrests', SV],
    ['250 arrested and', '250, 260 arrested and', 'operation-rescue-arrests', EN],
    ['250 arrested and', '250 (2011), 260 arrested and', 'operation-rescue-arrests', EN],
    // Helper 187: its year in other brackets, other separators, the number in marks.
    ['250 greps och', '250 ⟦2011⟧, 260 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 (⟦2011⟧), 260 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 (2011) ﹘ 260 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 (år 2011), 260 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 (2011); 260 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '"250", 260 greps och', 'operation-rescue-arrests', SV],
    ['250 arrested and', '250 (2011) | 260 arrested and', 'operation-rescue-arrests', EN],
    // Helper 191: another value joined by an arrow whatever its order; full-width bars.
    ['250 greps och', '250 → 250 000 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 -> 250 000 greps och', 'operation-rescue-arrests', SV],
    ['250 arrested and', '250 ｜ 260 arrested and', 'operation-rescue-arrests', EN],
    // Since the evening of 6 December: a group of thousands dropped or added is of the figure's order (`mayCorrect`).
    ['250 greps och', '250 | 250 000 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 ｜ 250 000 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 000, 250 greps och', 'operation-rescue-arrests', SV],
    ['250 greps och', '250 greps (250 000) och', 'operation-rescue-arrests', SV],
    ['250 arrested and', '250 | 250,000 arrested and', 'operation-rescue-arrests', EN],
  ])('%s written %s: left out with unclear-figure', (from, to, id, source) => {
    expect(readAs(from, to, id, source)).toEqual({ found: false, codes: ['unclear-figure'] });
  });

  // Guards: the brief's other ways of writing a second number, left out already by other rules.
  it.each([
    ['779 misstänkta', '779 (780) misstänkta', 'operation-rescue-suspects-identified'],
    ['252 barn', '252/253 barn', 'operation-rescue-children-safeguarded'],
    ['252 barn kunde skyddas.', '252 barn – 253 enligt polisen – kunde skyddas.', 'operation-rescue-children-safeguarded'],
  ])('%s written %s: left out already', (from, to, id) => {
    expect(readAs(from, to, id)).toEqual({ found: false, codes: ['unclear-figure'] });
  });

  it('quotes the number it could not tie', () => {
    const extraction = extractPost(page.replace('252 barn kunde skyddas.', '252 barn kunde skyddas (253).'));
    const warning = extraction.warnings.find(({ code, message }) => code === 'unclear-figure' && message.includes('operation-rescue-children-safeguarded'));
    expect(warning?.message).toContain('(253)');
  });

  it.each([
    // Found by a hostile check: a number in brackets after one figure is no other value of the next.
    ['779 misstänkta personer kunde', '779 misstänkta personer (2010: 600) kunde', ['operation-rescue-suspects-identified']],
    ['779 misstänkta', '779 (600) misstänkta', ['operation-rescue-suspects-identified']],
    // Not the 779, whose clause the second number stands in too (a hostile check found the 779 blamed, the 251 taken).
    ['250 greps och', '250 / 251 greps och', ['operation-rescue-arrests']],
    ['250 greps och', '250 (251) greps och', ['operation-rescue-arrests']],
    ['250 arrested and', '250 / 251 arrested and', ['operation-rescue-arrests'], english],
    ['250 arrested and', '250 arrested – 251 according to Europol – and', ['operation-rescue-arrests'], english],
    ['779 misstänkta', '779 / 780 misstänkta', ['operation-rescue-suspects-identified']],
  ])('%s written %s leaves out only the figure the number stands beside', (from, to, missing, source = page) => {
    expect(source).toContain(from);
    const extraction = extractPost(source.replace(from, to));
    expect(missingFacts(extraction)).toEqual(missing);
  });

  it('leaves the other statistics of the sentence as they were', () => {
    const extraction = extractPost(page.replace('252 barn kunde skyddas.', '252 barn kunde skyddas (253).'));
    expect(extraction.statistics.map(({ id, value }) => [id, value])).toEqual(
      expect.arrayContaining([
        ['operation-rescue-suspects-identified', 779],
        ['operation-rescue-arrests', 250],
      ]),
    );
  });

  // Guards: these held before and must hold; a reader keeps each figure.
  it.each([
    ['a year', '252 barn kunde skyddas.', '252 barn kunde skyddas (2011).', 'operation-rescue-children-safeguarded', SV],
    ['a footnote reference', '252 barn kunde skyddas.', '252 barn kunde skyddas[1].', 'operation-rescue-children-safeguarded', SV],
    ['a footnote reference, spaced', '252 barn kunde skyddas.', '252 barn kunde skyddas [1].', 'operation-rescue-children-safeguarded', SV],
    ['a footnote mark', '252 barn kunde skyddas.', '252 barn kunde skyddas*.', 'operation-rescue-children-safeguarded', SV],
    ['a restatement', '252 barn kunde skyddas.', '252 barn kunde skyddas (252).', 'operation-rescue-children-safeguarded', SV],
    // A number of another order is no other value of the figure: a note's, a footnote's in round brackets.
    ['a note', '252 barn kunde skyddas.', '252 barn kunde skyddas (se 3).', 'operation-rescue-children-safeguarded', SV],
    ['a footnote number', '252 barn kunde skyddas.', '252 barn kunde skyddas (12).', 'operation-rescue-children-safeguarded', SV],
    ['a date', '252 barn kunde skyddas.', '252 barn kunde skyddas (6/12).', 'operation-rescue-children-safeguarded', SV],
    ['a figure whose count stands before it', '250 greps och 252 barn kunde skyddas.', '252 barn kunde skyddas, de gripna var 250.', 'operation-rescue-children-safeguarded', SV],
    ['a share', '252 barn kunde skyddas.', '252 barn kunde skyddas (5 %).', 'operation-rescue-children-safeguarded', SV],
    ['a count of another thing', '250 greps och', '250 greps (i 30 länder) och', 'operation-rescue-arrests', SV],
    ['the figure before', '252 barn kunde skyddas.', '252 barn kunde skyddas (253).', 'operation-rescue-arrests', SV],
    ['the figure after', '250 greps och', '250 greps (251) och', 'operation-rescue-children-safeguarded', SV],
    ['a year', '250 arrested', '250 arrested (2011)', 'operation-rescue-arrests', EN],
    ['a restatement', '250 arrested', '250 arrested (250)', 'operation-rescue-arrests', EN],
    ['a note', '250 arrested', '250 arrested (see 3)', 'operation-rescue-arrests', EN],
    ['a share', '252 children safeguarded', '252 children safeguarded (5 %)', 'operation-rescue-children-safeguarded', EN],
    // A number listed right before the figure, with a comma or a dash alone, that is its value again, a year or of
    // another order.
    ['the same value listed before it', '250 greps och', '250 (2011), 250 greps och', 'operation-rescue-arrests', SV],
    ['a year listed before it', 'världen, 250 greps', 'världen år 2011, 250 greps', 'operation-rescue-arrests', SV],
    ['a number of another order listed before it', 'världen, 250 greps', 'världen, 2, 250 greps', 'operation-rescue-arrests', SV],
    ['the same value joined to it', '250 greps och', '250 / 250 greps och', 'operation-rescue-arrests', SV],
    ['the same value an arrow points to', '250 arrested and', '250 → 250 arrested and', 'operation-rescue-arrests', EN],
  ])('kept beside %s: %s written %s', (_what, from, to, id, source) => {
    expect(readAs(from, to, id, source)).toEqual({ found: true, codes: [] });
  });
});

/** Where a sentence added to each edition's post stands: after the footnote's link, inside the entry's content. */
const IN_POST = '<p><a href="http://europa.eu/rapid/press-release_MEMO-12-944_en.htm">*Alla länder här</a></p>';
const IN_ENGLISH_POST = '*All countries here</a></p>';

/** The extraction of an edition's post with `html` after its last paragraph. */
function afterPost(language: 'sv' | 'en', html: string) {
  const [source, at] = language === 'sv' ? [page, IN_POST] : [english, IN_ENGLISH_POST];
  expect(source).toContain(at);
  return extractPost(source.replace(at, `${at}${html}`));
}

/** A row's check that a sentence after the post leaves out the statistic `id` alone, with a warning of one of `codes` naming it. */
function leavesOut(codes: readonly string[]) {
  return (language: 'sv' | 'en', sentence: string, id: string) => {
    const extraction = afterPost(language, `<p>${sentence}</p>`);
    expect(missingFacts(extraction)).toEqual([id]);
    expect(extraction.warnings.some(({ code, message }) => codes.includes(code) && message.includes(id))).toBe(true);
  };
}

/**
 * A row's check that a sentence after the post, with characters that show nothing or only change a digit's look,
 * leaves out what its twin without them (`noise`) leaves out: the statistic `id`, and nothing else.
 */
function heardAsTwin(noise: RegExp) {
  return (language: 'sv' | 'en', sentence: string, id: string) => {
    const read = (words: string) => missingFacts(afterPost(language, `<p>${words}</p>`));
    expect(read(sentence.replace(noise, ''))).toEqual([id]);
    expect(read(sentence)).toEqual([id]);
  };
}

describe('a later sentence that states a figure of a statistic the tool cannot read whole leaves it out, as a correction is often written', () => {
  // Each printed the post's 250 with exit 0: only the post's own sentence was weighed for a figure a cut runs through.
  it.each([
    ['sv', '<p>Det var <del>250</del> 260 gripna.</p>'],
    ['sv', '<p><del>250</del> 260 greps.</p>'],
    ['sv', '<p>Sammanlagt 300<sup>1</sup> personer greps.</p>'],
    ['sv', '<p>Totalt greps 3<span>00</span> personer.</p>'],
    ['sv', '<p>Totalt greps ３００ personer.</p>'],
    ['sv', '<p>Totalt greps ٣٠٠ personer.</p>'],
    // 6 December: the digits of every script, and beyond U+FFFF, as "bold text" generators write them.
    ['sv', '<p>Totalt greps २६० personer.</p>'],
    ['sv', '<p>Totalt greps \u{1d7d0}\u{1d7d4}\u{1d7ce} personer.</p>'],
    ['en', '<p>Police arrested \u{1d7ee}\u{1d7f2}\u{1d7ec} people.</p>'],
    ['en', '<p><del>250</del> 260 were arrested.</p>'],
    ['en', '<p>In total <s>250</s> 300 people were arrested.</p>'],
    ['en', '<p>Police arrested 2<sup>1</sup>60 people.</p>'],
    // A heading and an aside the post holds are read so too.
    ['sv', '<h3>Det var <del>250</del> 260 gripna</h3>'],
    ['sv', '<aside><p>PS: Tack för kommentarerna.</p><p>Det var <del>250</del> 260 gripna.</p></aside>'],
    // 6 December: a label's value, whose clause the colon ends before it (helpers 169 and 170).
    ['sv', '<p>Gripna: <del>250</del> 260</p>'],
    ['sv', '<p>Gripna: 260 <del>250</del></p>'],
    ['sv', '<p>Antal gripna: <s>250</s> 260 personer</p>'],
    ['sv', '<p>Gripna: 2<b>6</b>0</p>'],
    ['sv', '<li>Gripna: <del>250</del> 260</li>'],
    ['en', '<p>Number arrested: 2<b>6</b>0</p>'],
    ['en', '<p>Arrested: <del>250</del> 260 people</p>'],
    // And a table's or a list's value cell, read as the line "label: value".
    ['sv', '<table><tr><td>Gripna</td><td><del>250</del> 260</td></tr></table>'],
    ['sv', '<table><tr><th>Misstänkta</th><th>Gripna</th></tr><tr><td>779</td><td>2<b>6</b>0</td></tr></table>'],
    ['sv', '<dl><dt>Gripna</dt><dd><s>250</s> 260</dd></dl>'],
    ['en', '<table><tr><th>Arrested</th><td><del>250</del> 260</td></tr></table>'],
  ] as const)('(%s) %s', (language, html) => {
    const extraction = afterPost(language, html);
    expect(missingFacts(extraction)).toEqual(['operation-rescue-arrests']);
    expect(extraction.warnings.some(({ code, message }) => code === 'unclear-figure' && message.includes('operation-rescue-arrests'))).toBe(true);
  });

  // Helper 151: before a scale word, the rule's words after it, which the first version did not look past.
  it.each([
    ['en', '<p>More than <del>1</del> 2 million images are online.</p>', 'abuse-images-online'],
    ['en', '<p>More than 2<sup>1</sup> million images are online.</p>', 'abuse-images-online'],
    ['sv', '<p>Mer än 2<sup>1</sup> miljoner bilder ligger ute på nätet.</p>', 'abuse-images-online'],
    ['en', '<p>Every year <del>500</del> 600 thousand new images are put online.</p>', 'new-abuse-images-per-year'],
    ['sv', '<p>Varje år läggs <del>50</del> 60 tusen nya bilder ut.</p>', 'new-abuse-images-per-year'],
    // The post's own value restated with a footnote's mark on it is one the tool cannot read whole either.
    ['sv', '<p>Totalt 250<sup>1</sup> personer greps i operationen.</p>', 'operation-rescue-arrests'],
  ] as const)('(%s) %s', (language, html, id) => {
    expect(missingFacts(afterPost(language, html))).toEqual([id]);
  });

  // A year-by-year table's cell is weighed as its whole value is: of the post's year only.
  it.each([
    ['<td>180<sup>1</sup></td><td>250</td>', []],
    ['<td><del>170</del> 180</td><td>250</td>', []],
    ['<td>180</td><td><del>250</del> 260</td>', ['operation-rescue-arrests']],
    ['<td>180</td><td>2<b>6</b>0</td>', ['operation-rescue-arrests']],
  ])('weighs a table cell "%s" under 2010 and 2011 as of its year', (cells, missing) => {
    const table = `<table><tr><th></th><th>2010</th><th>2011</th></tr><tr><td>Gripna</td>${cells}</tr></table>`;
    expect(missingFacts(afterPost('sv', table))).toEqual(missing);
  });

  // Helper 171: and of the order of what the post states, as a label's whole value is ("Barn: 93" counts another thing).
  it.each([
    ['<p>Barn: 9<sup>3</sup></p>', []],
    ['<p>Gripna: 1<b>2</b></p>', []],
    ['<p>Gripna per dag: 1<b>2</b></p>', []],
    ['<table><tr><td>Barn</td><td><del>11</del> 12</td></tr></table>', []],
    ['<p>Länder: 49<sup>1</sup></p>', ['participating-countries']],
    ['<p>Barn: 2<b>5</b>3</p>', ['operation-rescue-children-safeguarded']],
    ['<p>Gripna: <del>25</del> 260</p>', ['operation-rescue-arrests']],
    // Helper 172: the post's own value with a mark on it is read either as itself or as another order's; a label's
    // year is its value's, as a table cell's is.
    ['<p>Gripna: 250<sup>1</sup></p>', []],
    ['<p>Misstänkta: 779<sup>1</sup>, gripna: 250<sup>2</sup>, barn: 252<sup>3</sup></p>', []],
    ['<p>Länder: 48<sup>1</sup></p>', []],
    ['<p>Gripna: <del>260</del> 250</p>', ['operation-rescue-arrests']],
    ['<p>Gripna 2010: 180<sup>1</sup></p>', []],
    ['<p>Gripna 2011: 2<b>6</b>0</p>', ['operation-rescue-arrests']],
  ])('weighs the label line "%s" by the order of its readings', (html, missing) => {
    expect(missingFacts(afterPost('sv', html))).toEqual(missing);
  });

  it('weighs no such figure in a sentence of another place or body, as the same words unstruck are', () => {
    for (const sentence of ['I Malmö greps <del>3</del> 4 personer förra veckan.', 'I Malmö greps 4 personer förra veckan.']) {
      expect(missingFacts(extractPost(page.replace(IN_POST, `${IN_POST}<p>${sentence}</p>`)))).toEqual([]);
    }
  });

  // Helper 168: the block reader asked whether struck or set-apart digits touch a figure of ASCII digits only, so
  // that other digits across a tag were one figure, and struck ones silently dropped, where their ASCII twins are cut
  // figures and left out: "२<b>६</b>५० greps" printed 2650, "२<del>५०</del> greps" 2.
  it.each([
    ['२<b>६</b>५० greps', '2<b>6</b>50 greps'],
    ['२<del>५०</del> greps', '2<del>50</del> greps'],
    ['२५<s>०</s> greps', '25<s>0</s> greps'],
    ['२<span>५०</span> greps', '2<span>50</span> greps'],
    ['\u{1d7d0}<b>5</b>\u{1d7d0} greps', '2<b>5</b>2 greps'],
    ['２<em>６</em>５０ greps', '2<em>6</em>50 greps'],
  ])('reads the post\'s "%s" as its ASCII twin "%s"', (other, ascii) => {
    const read = (figure: string) => {
      const extraction = extractPost(page.replace('250 greps', figure));
      return { missing: missingFacts(extraction), values: extraction.statistics.map(({ value }) => value) };
    };
    expect(page).toContain('250 greps');
    expect(read(other)).toEqual(read(ascii));
    expect(read(ascii).missing).toContain('operation-rescue-arrests');
  });

  it.each([
    ['full-width', ['４８', '７７９']],
    ['mathematical bold', ['\u{1d7d2}\u{1d7d6}', '\u{1d7d5}\u{1d7d5}\u{1d7d7}']],
  ])('reads a capture whose figures are in %s digits as the post', (_name, [countries, suspects]) => {
    const wide = page.replace('48 länder*', `${countries} länder*`).replace('779 misstänkta', `${suspects} misstänkta`);
    expect(wide).not.toBe(page);
    const extraction = extractPost(wide);
    expect(missingFacts(extraction)).toEqual([]);
    expect(extraction.statistics.find(({ id }) => id === 'operation-rescue-suspects-identified')?.value).toBe(779);
    expect(extraction.statistics.find(({ id }) => id === 'participating-countries')?.value).toBe(48);
  });
});

describe('a sentence too long to read that names what a statistic counts in its own words', () => {
  // Helper 152: past 2 000 characters only the context words were looked for ("operation Rescue", "nätet"), and these
  // printed the post's figures with exit 0.
  it.each([
    ['sv', `<p>Det var <del>250</del> 260 gripna, ${'-'.repeat(2100)}.</p>`, 'operation-rescue-arrests'],
    ['sv', `<p>Det var 260 gripna, ${'1'.repeat(2100)}</p>`, 'operation-rescue-arrests'],
    ['sv', `<p>260 barn kunde skyddas, ${'-'.repeat(2100)}.</p>`, 'operation-rescue-children-safeguarded'],
    ['en', `<p>There were <del>250</del> 260 arrests, ${'-'.repeat(2100)}.</p>`, 'operation-rescue-arrests'],
  ] as const)('(%s) %s', (language, html, id) => {
    const extraction = afterPost(language, html);
    expect(missingFacts(extraction)).toEqual([id]);
    expect(extraction.warnings.some(({ message }) => message.includes('too long to read'))).toBe(true);
  });

  it('leaves every figure in beside one that names none', () => {
    expect(missingFacts(extractPost(page.replace(IN_POST, `${IN_POST}<p>Vi tackar alla, ${'hej '.repeat(600)}.</p>`)))).toEqual([]);
  });
});

describe('a later sentence that gives a statistic another figure bare is heard alike in either edition', () => {
  // Helper 153: each English sentence printed the post's figure with exit 0 where its Swedish twin left it out.
  it.each([
    ['en', 'In total 260 people were arrested.', 'operation-rescue-arrests'],
    ['en', 'It later emerged that 260 were arrested.', 'operation-rescue-arrests'],
    ['en', 'Later reports said 300 people had been arrested.', 'operation-rescue-arrests'],
    ['en', '260 people were later arrested.', 'operation-rescue-arrests'],
    ['en', '260 people were detained.', 'operation-rescue-arrests'],
    ['en', '260 were arrested in total.', 'operation-rescue-arrests'],
    ['en', 'Altogether 800 suspects were identified.', 'operation-rescue-suspects-identified'],
    ['en', '780 suspects have since been identified.', 'operation-rescue-suspects-identified'],
    ['en', '300 children were also rescued.', 'operation-rescue-children-safeguarded'],
    ['sv', 'Polisen grep 260 personer.', 'operation-rescue-arrests'],
    ['sv', 'Antalet gripanden var 260.', 'operation-rescue-arrests'],
    ['sv', '260 personer gripna.', 'operation-rescue-arrests'],
    ['sv', '260 personer har nu gripits.', 'operation-rescue-arrests'],
    ['sv', '300 barn har sedan dess räddats.', 'operation-rescue-children-safeguarded'],
    // Helper 154: heard before the settings, and by their first list taken to be of another setting.
    ['en', 'During the operation 260 people were arrested.', 'operation-rescue-arrests'],
    ['en', 'Europol said last week that 260 people were arrested.', 'operation-rescue-arrests'],
    ['sv', 'Under insatsen greps 260 personer.', 'operation-rescue-arrests'],
    ['sv', 'Sedan greps 260 personer.', 'operation-rescue-arrests'],
    ['sv', 'Vid närmare granskning identifierades 800 misstänkta.', 'operation-rescue-suspects-identified'],
    // What the figure rose or was revised to, in either language, printed the post's figure.
    ['en', 'The number of arrests rose to 260.', 'operation-rescue-arrests'],
    ['en', 'The number of children safeguarded was later put at 300.', 'operation-rescue-children-safeguarded'],
    ['sv', 'Antalet gripanden steg till 260.', 'operation-rescue-arrests'],
    ['sv', 'Antalet skyddade barn justerades senare till 300.', 'operation-rescue-children-safeguarded'],
    // Helper 155: the arrests in more words, a figure that stands at a value, a body the post credits after the opening.
    ['sv', 'Europol har anhållit 260 personer.', 'operation-rescue-arrests'],
    ['sv', '260 personer har nu anhållits.', 'operation-rescue-arrests'],
    ['sv', 'Gripandena ligger nu på 260.', 'operation-rescue-arrests'],
    ['en', '260 suspects were detained.', 'operation-rescue-arrests'],
    ['en', 'The number of arrests now stands at 260.', 'operation-rescue-arrests'],
    ['sv', 'I dag säger Europol att 260 personer greps.', 'operation-rescue-arrests'],
    ['en', '260 arrests were made.', 'operation-rescue-arrests'],
    ['en', 'The operation identified 800 suspects worldwide.', 'operation-rescue-suspects-identified'],
    ['sv', 'Operationen skyddade 300 barn i hela världen.', 'operation-rescue-children-safeguarded'],
    ['en', 'According to the UNODC, 2 million abuse images are online.', 'abuse-images-online'],
    // Later that evening (helper 156's misses): other words for the persons arrested, and what the arrests came to.
    ['en', '260 men were arrested.', 'operation-rescue-arrests'],
    ['en', 'In total 260 women were arrested.', 'operation-rescue-arrests'],
    ['en', '260 offenders were arrested.', 'operation-rescue-arrests'],
    ['en', '260 individuals were detained.', 'operation-rescue-arrests'],
    ['sv', '260 män greps.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 gärningsmän.', 'operation-rescue-arrests'],
    ['sv', '260 förövare har gripits.', 'operation-rescue-arrests'],
    // Helper 159: both, or suspected ("260 misstänkta män" left out the suspects identified instead, the 250 printed).
    ['en', '260 men and women were arrested.', 'operation-rescue-arrests'],
    ['en', '260 suspected men were arrested.', 'operation-rescue-arrests'],
    ['en', '260 alleged offenders were arrested.', 'operation-rescue-arrests'],
    ['sv', '260 kvinnor och män greps.', 'operation-rescue-arrests'],
    ['sv', '260 misstänkta män greps.', 'operation-rescue-arrests'],
    // Other words for the suspects where the sentence says they were identified (helper 159).
    ['en', '780 men were identified.', 'operation-rescue-suspects-identified'],
    ['en', '780 perpetrators have since been identified.', 'operation-rescue-suspects-identified'],
    ['sv', '780 gärningsmän identifierades.', 'operation-rescue-suspects-identified'],
    ['sv', '780 förövare har identifierats.', 'operation-rescue-suspects-identified'],
    ['en', 'It resulted in 260 arrests.', 'operation-rescue-arrests'],
    ['en', 'The operation led to 260 arrests.', 'operation-rescue-arrests'],
    ['sv', 'Insatsen resulterade i 260 gripanden.', 'operation-rescue-arrests'],
    // 6 December (the last note's misses): the persons in more than one word after a verb that stands first.
    ['sv', 'Polisen grep 260 kvinnor och män.', 'operation-rescue-arrests'],
    ['en', 'Police arrested 260 men and women.', 'operation-rescue-arrests'],
    // 6 December (the last note's misses): whom the figure is credited to after it, in words or digits.
    ['sv', 'Totalt greps 260 personer, enligt polisen.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer enligt polisen.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps sextio personer, enligt polisen.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer, säger polisen.', 'operation-rescue-arrests'],
    ['sv', 'Antalet gripna var sextio, enligt polisen.', 'operation-rescue-arrests'],
    ['en', 'In total 260 people were arrested, according to Europol.', 'operation-rescue-arrests'],
    ['en', 'In total sixty people were arrested, according to the police.', 'operation-rescue-arrests'],
    ['en', 'In total 260 people were arrested, police said.', 'operation-rescue-arrests'],
    ['en', 'Police arrested 260 people, Europol says.', 'operation-rescue-arrests'],
    // Helper 168: set off otherwise, with an apostrophe, or with no comma before "as reported by".
    ['sv', 'Totalt greps 260 personer – enligt polisen.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer (enligt polisen).', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer; enligt polisen.', 'operation-rescue-arrests'],
    ['en', "In total 260 people were arrested, Europol's spokesman said.", 'operation-rescue-arrests'],
    ['en', 'Police arrested 260 people as reported by Europol.', 'operation-rescue-arrests'],
    // Helpers 169 and 170: more verbs and bodies, a capital, a verb's credit after a dash or in brackets.
    ['en', 'In total 260 people were arrested, Police said.', 'operation-rescue-arrests'],
    ['en', 'In total 260 people were arrested, Europol confirmed.', 'operation-rescue-arrests'],
    ['en', 'In total 260 people were arrested, police say.', 'operation-rescue-arrests'],
    ['en', 'In total 260 people were arrested, the FBI said.', 'operation-rescue-arrests'],
    ['en', 'In total 260 people were arrested, the European Commission said.', 'operation-rescue-arrests'],
    ['en', 'In total 260 people were arrested (police said).', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer, bekräftar Europol.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer, enligt tullen.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer, enligt EU-kommissionen.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer, enligt en rapport.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer, enligt FN:s rapport.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer – säger polisen.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer (säger polisen).', 'operation-rescue-arrests'],
    // Helper 171: where and when after the credit, more verbs and bodies.
    ['en', 'In total 260 people were arrested, Europol said in a statement.', 'operation-rescue-arrests'],
    ['en', 'In total 260 people were arrested, Europol has confirmed.', 'operation-rescue-arrests'],
    ['en', 'In total 260 people were arrested, a spokesman told reporters.', 'operation-rescue-arrests'],
    ['en', 'In total 260 people were arrested, according to Reuters.', 'operation-rescue-arrests'],
    ['en', 'In total 260 people were arrested, the Justice Department said.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer, säger polisen till TT.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer, enligt Rikspolisstyrelsen.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer, enligt Europols årsrapport.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer, hävdar Europol.', 'operation-rescue-arrests'],
    // The last note's misses: newspapers and broadcasters.
    ['sv', 'Totalt greps 260 personer, enligt DN.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer, rapporterar SVT.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer, skriver Aftonbladet.', 'operation-rescue-arrests'],
    ['en', 'In total 260 people were arrested, according to the BBC.', 'operation-rescue-arrests'],
    ['en', 'In total 260 people were arrested, CNN said.', 'operation-rescue-arrests'],
    ['en', 'In total 260 people were arrested, the Guardian reported.', 'operation-rescue-arrests'],
    // And when, or to whom, after the credit.
    ['sv', 'Totalt greps 260 personer, säger polisen till DN.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer, säger polisen i fredags.', 'operation-rescue-arrests'],
    ['en', 'In total 260 people were arrested, Europol said in a statement on Friday.', 'operation-rescue-arrests'],
    ['en', 'In total 260 people were arrested, police said yesterday.', 'operation-rescue-arrests'],
    // Helper 183: Operation Rescue's own whole after the figure, which was taken to go on after it.
    ['sv', 'Totalt greps 260 personer i hela världen.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer världen över.', 'operation-rescue-arrests'],
    ['sv', 'Polisen grep 260 personer globalt.', 'operation-rescue-arrests'],
    ['en', 'Police arrested 260 people worldwide.', 'operation-rescue-arrests'],
    ['en', 'Police arrested 260 people globally.', 'operation-rescue-arrests'],
    ['en', 'Police arrested 260 people across the world.', 'operation-rescue-arrests'],
    // Since the evening of 6 December: the whole in capitals (a title-cased heading), and a hedge that opens the sentence
    // with a preposition, which was read as another setting ("In Sweden …").
    ['en', 'Police arrested 260 people Worldwide.', 'operation-rescue-arrests'],
    ['en', 'Police arrested 260 people WORLDWIDE.', 'operation-rescue-arrests'],
    ['en', 'In the region of 260 people were arrested.', 'operation-rescue-arrests'],
    ['en', 'On the order of 260 people were arrested.', 'operation-rescue-arrests'],
    // "north of" is a hedge (`HEDGES`) whose "north" the lexicon lacked: the sentence was passed over as its twin with
    // "nearly" is not; so were the other hedges whose words say other things elsewhere (`PHRASE_HEDGES`, helper 194).
    ['en', 'In the vicinity of 260 people were arrested.', 'operation-rescue-arrests'],
    ['en', 'In round numbers 260 people were arrested.', 'operation-rescue-arrests'],
    ['sv', 'I storleksordningen 260 personer greps.', 'operation-rescue-arrests'],
    ['sv', 'Vid pass 260 personer greps.', 'operation-rescue-arrests'],
    ['sv', 'Gripna: upp emot 260', 'operation-rescue-arrests'],
    // A bound or a hedge that ends in a preposition of place (helper 194).
    ['en', 'Close to 260 people were arrested.', 'operation-rescue-arrests'],
    ['en', 'Up to 260 arrests were made.', 'operation-rescue-arrests'],
    ['sv', 'Polisen grep över 260 personer.', 'operation-rescue-arrests'],
    ['sv', 'Upp till 260 personer greps.', 'operation-rescue-arrests'],
    // Helper 195: a bound after a preposition of place is no place's (a first version left these with the post's 250).
    ['sv', 'Polisen grep på drygt 260 personer.', 'operation-rescue-arrests'],
    ['en', 'Police arrested for nearly 260 people.', 'operation-rescue-arrests'],
    // The whole world in more words (helper 194).
    ['en', 'Police arrested 260 people world-wide.', 'operation-rescue-arrests'],
    ['en', 'Police arrested 260 people all over the world.', 'operation-rescue-arrests'],
    ['en', 'North of 250 people were arrested.', 'operation-rescue-arrests'],
    ['en', 'Police arrested north of 250 people.', 'operation-rescue-arrests'],
    ['en', 'Arrested: north of 250', 'operation-rescue-arrests'],
    // The words of the whole count after the persons, where the whole world's were heard.
    ['en', 'Police arrested 260 people overall.', 'operation-rescue-arrests'],
    ['en', 'Police arrested 260 people in total.', 'operation-rescue-arrests'],
    ['en', 'Police arrested 260 people altogether.', 'operation-rescue-arrests'],
    ['sv', 'Polisen grep 260 personer totalt.', 'operation-rescue-arrests'],
    ['sv', 'Polisen grep 260 personer sammanlagt.', 'operation-rescue-arrests'],
    // Helpers 194–196: the rest of the whole's words and the police's, where four were spelled for the statement's end.
    ['en', 'Police arrested 260 people so far.', 'operation-rescue-arrests'],
    ['en', 'Police arrested 260 people to date.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer hittills.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer av polisen.', 'operation-rescue-arrests'],
    ['sv', 'Polisen grep 260 personer till slut.', 'operation-rescue-arrests'],
    // Helper 189: figures joined by arrows or a slash share the words before the first, where none was read.
    ['en', 'Police arrested 260 → 250 → 270 people.', 'operation-rescue-arrests'],
    ['en', 'Police arrested 260 -> 250 -> 270 people.', 'operation-rescue-arrests'],
    ['en', 'Police arrested 250 / 260 people.', 'operation-rescue-arrests'],
    ['sv', 'Polisen grep 260 → 250 → 270 personer.', 'operation-rescue-arrests'],
    // Helper 191: through the same value, and a sign glued between two figures.
    ['en', 'Police arrested 260 → 250 → 250 people.', 'operation-rescue-arrests'],
    ['en', 'Police arrested 250 / 260 / 250 people.', 'operation-rescue-arrests'],
    ['sv', 'Polisen grep 260 ≈ 250 personer.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 &lt; 250 &lt; 260 personer.', 'operation-rescue-arrests'],
  ] as const)('(%s) %s', leavesOut(['unclear-figure', 'conflicting-figures']));

  // 6 December: a figure the tool does not read as a number (a leading zero, a decimal, a mark between its digits) after
  // what it counts was passed over, and the post's figure printed; before what it counts it left the statistic out.
  it.each([
    ['sv', 'Totalt greps 062 personer.', 'operation-rescue-arrests'],
    ['sv', 'Antalet gripna var 26·0.', 'operation-rescue-arrests'],
    ['sv', 'Polisen grep 2.60 personer.', 'operation-rescue-arrests'],
    ['en', 'Police arrested 062 people.', 'operation-rescue-arrests'],
    ['en', 'The number of arrests was 2.6.', 'operation-rescue-arrests'],
    ['en', 'The number of children safeguarded is now 3·00.', 'operation-rescue-children-safeguarded'],
    ['sv', 'Antalet gripna steg till 2.6.', 'operation-rescue-arrests'],
    ['sv', 'Antalet länder är nu 4,9.', 'participating-countries'],
    ['sv', 'Gripna totalt 062.', 'operation-rescue-arrests'],
    ['sv', 'Antalet bilder på nätet är 10.0.', 'abuse-images-online'],
    // The last note's miss: a verb of what a thing came to with no preposition after it.
    ['en', 'The number arrested reached 062.', 'operation-rescue-arrests'],
    ['en', 'The number of arrests hit 2.6.', 'operation-rescue-arrests'],
    ['sv', 'Antalet gripna nådde till slut 26·0.', 'operation-rescue-arrests'],
  ] as const)('(%s) %s, a figure not read, leaves it out and names it', leavesOut(['unclear-figure']));

  // Helper 166, of the first version: a section, a date, a time or pages after the words for what a statistic counts
  // are no value of it.
  it.each([
    ['sv', 'Antalet gripna finns i tabell 3.1.'],
    ['sv', 'Antalet gripna uppdaterades 2012-05-12.'],
    ['sv', 'Antalet gripna uppdaterades kl 09.00.'],
    ['sv', 'Antalet gripna finns på sidorna 2–6.'],
    ['sv', 'Antalet deltagande länder uppdaterades 12.05.2012.'],
    ['en', 'Read more about the number of arrests in chapter 2.6.'],
    ['en', 'The number of arrests had not been counted by 03.00.'],
    ['en', 'The number of children safeguarded is reported in chapter 5.2.'],
    ['en', 'The number of images online appears in report 1.2.'],
    ['sv', 'Antalet nya bilder per år redovisas i tabell 4.2.'],
    // Helper 167: a time after a verb of change; and one after a verb of reaching (6 December).
    ['en', 'The number of countries was updated at 14.30.'],
    ['en', 'The number of arrests reached 14.30.'],
    ['en', 'The number arrested reached 2012-12-06.'],
    ['sv', 'Antalet gripna nådde 6.12.2012.'],
    // Helper 169: a bracket before a time is no aside that ends the value.
    ['sv', 'Antalet gripna var 30 (år 2010).'],
    ['en', 'The number of arrests was 30 (that year).'],
    ['en', 'Police arrested 30 people – that year.'],
    ['en', 'The number arrested was updated at 9:30.'],
    // A place after the figure is another setting still.
    ['en', 'Police arrested 260 people in London.'],
    // "north" alone is a place's word, as "south" is: known only in "north of" (helper 194).
    ['en', '260 people were arrested in the north.'],
    ['en', 'Police arrested 250 people in the north.'],
    ['sv', 'Barnen flyttades till över 300 hem.'],
    ['en', 'Arrested all over the world: 250'],
    // Helper 195: a preposition before a bound is a setting or a place still, and a label a thousand times the post's
    // figure apart from it has another unit as often (`mayCorrect`, not `mayCorrectBeside`).
    ['en', 'In over 40 countries, 250 people were arrested.'],
    ['sv', 'I över 40 länder greps 250 personer.'],
    ['sv', 'Gripna: 250 000 kr'],
    ['en', 'Images: 1,000 views'],
    // Helper 197: the whole count's words close a statement only where the sentence or its clause ends after them.
    ['en', 'Police arrested 250 people so far since January.'],
    ['en', 'Of the countries, 30 so far have signed.'],
    ['sv', 'Bland länderna har 30 hittills gått med i Nato.'],
    ['sv', 'Antalet gripna var 250 hittills under 2012.'],
  ] as const)('(%s) %s leaves every figure in', (language, sentence) => {
    expect(missingFacts(afterPost(language, `<p>${sentence}</p>`))).toEqual([]);
  });

  it('leaves the arrests out for "Totalt greps 260 misstänkta gärningsmän." (the suspects too: "260 misstänkta")', () => {
    expect(missingFacts(extractPost(page.replace(IN_POST, `${IN_POST}<p>Totalt greps 260 misstänkta gärningsmän.</p>`)))).toContain('operation-rescue-arrests');
  });

  // And a figure set in another event, place, time or group by the words that open its sentence is that one's, in
  // either edition (the same check: 44 of 285 English sentences of prose, and their Swedish twins, left a figure out).
  it.each([
    ['en', 'During the riots 300 people were arrested.'],
    ['en', 'In the fraud case 4 suspects were identified.'],
    ['en', 'Last week 12 people were arrested.'],
    ['en', 'Three years ago 20 suspects were identified.'],
    ['en', 'On this site 3000 images are available.'],
    ['en', 'Among them 12 children were safeguarded.'],
    ['sv', 'Under upploppen greps 300 personer.'],
    ['sv', 'I bedrägerimålet identifierades 4 misstänkta.'],
    ['sv', 'Förra veckan greps 12 personer.'],
    ['sv', 'I arkivet finns 4000 bilder.'],
    ['sv', 'Tidigare hade 15 misstänkta identifierats.'],
    // Helper 155: a sentence the tool reads every word of, or states clearly, set elsewhere by its opening is that
    // setting's too (these left the 250 out, the first "conflicting").
    ['en', 'Usually 20 suspects were apprehended.'],
    ['en', 'Previously 20 people were detained.'],
    ['sv', 'I Sverige greps 260 personer.'],
  ] as const)('(%s) %s leaves every figure in', (language, sentence) => {
    expect(missingFacts(afterPost(language, `<p>${sentence}</p>`))).toEqual([]);
  });

  // Review: an aside the post holds was not asked where its clear statement was set (it left the 250 out as a conflict).
  it.each([
    ['en', 'Usually 20 suspects were apprehended.'],
    ['sv', 'I Sverige greps 260 personer.'],
  ] as const)('(%s) %s in an aside leaves every figure in, and its correction is still heard', (language, sentence) => {
    const [source, at] = language === 'sv' ? [page, IN_POST] : [english, IN_ENGLISH_POST];
    const aside = (words: string) => source.replace(at, `${at}<aside><p>PS: Tack.</p><p>${words}</p></aside>`);
    expect(missingFacts(extractPost(aside(sentence)))).toEqual([]);
    expect(missingFacts(extractPost(aside(language === 'sv' ? 'Det var 260 gripna.' : 'There were 260 arrests.')))).toEqual(['operation-rescue-arrests']);
  });
});

describe('a later sentence with a bidirectional control in its figure or its words is heard as its twin without it', () => {
  // Each printed the post's figure with exit 0, where the same sentence without the control left it out: the mark (which
  // shows nothing in left-to-right text) kept the rules from naming the topic or reading the words after the figure, and
  // made a word the tool does not read.
  it.each([
    ['sv', 'Totalt greps 260\u200e personer.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps 260 personer\u200e.', 'operation-rescue-arrests'],
    ['sv', 'Totalt gre\u200eps 260 personer.', 'operation-rescue-arrests'],
    ['sv', '260 personer\u200f har nu gripits.', 'operation-rescue-arrests'],
    ['sv', 'Nu är 49 länder\u200e med.', 'participating-countries'],
    ['sv', 'Varje år läggs 60 000 nya\u200e bilder ut.', 'new-abuse-images-per-year'],
    ['sv', 'Totalt 780 misstänkta\u200e har identifierats.', 'operation-rescue-suspects-identified'],
    ['sv', 'Sammanlagt 300 barn\u200e kunde skyddas.', 'operation-rescue-children-safeguarded'],
    ['en', 'In total 260 people were\u200e arrested.', 'operation-rescue-arrests'],
    ['en', 'Police arrested 260\u200e people.', 'operation-rescue-arrests'],
    ['en', 'Police arrested 260 people\u2067.', 'operation-rescue-arrests'],
    ['en', 'Every year 60,000 new\u2066 images are put online.', 'new-abuse-images-per-year'],
    ['en', '780 suspects\u200e have since been identified.', 'operation-rescue-suspects-identified'],
    ['en', '300 children\u061c were also rescued.', 'operation-rescue-children-safeguarded'],
    // Helper 161, of the first version: a control inside the figure let the rules read its tail ("60"), which the
    // sentence's opening then set elsewhere, and the post's figure printed; one inside a word of the opening made it
    // read as another setting; one in a word of another statistic's sentence left that one out too.
    ['en', 'In total 2\u200e60 people were arrested.', 'operation-rescue-arrests'],
    ['en', '2\u200f60 arrests were made.', 'operation-rescue-arrests'],
    ['sv', 'Totalt har 7\u200e80 misstänkta identifierats.', 'operation-rescue-suspects-identified'],
    ['sv', 'Totalt kunde 3\u200e00 barn skyddas.', 'operation-rescue-children-safeguarded'],
    ['sv', 'Totalt 2\u202e60\u202c gripna.', 'operation-rescue-arrests'],
    ['en', 'In tot\u200eal 260 people were arrested.', 'operation-rescue-arrests'],
    ['en', 'Eve\u200ery year 600 000 new images are put online.', 'new-abuse-images-per-year'],
    // Helper 163: the countries' reader, which read the block as written.
    ['en', 'The alliance now has 52 mem\u200eber countries.', 'participating-countries'],
  ] as const)('(%s) %j', heardAsTwin(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g));

  // Helper 161: a heading whose word the tool does not read and that gives its figure bare was passed by, where the
  // same words in a paragraph were weighed (with a control in it or not).
  it.each([
    ['sv', '<h3>Totalt greps 260 personer</h3>'],
    ['sv', '<h3>Totalt greps 2\u200e60 personer</h3>'],
    ['en', '<h3>In total 260 people were arrested</h3>'],
    // Since the evening of 6 December: the operation's whole in a title-cased heading.
    ['en', '<h3>Police Arrested 260 People Worldwide</h3>'],
  ] as const)('(%s) the heading %j leaves the figure out, as the paragraph does', (language, heading) => {
    expect(missingFacts(afterPost(language, heading))).toEqual(['operation-rescue-arrests']);
  });

  it('leaves every figure in for a heading of another setting', () => {
    for (const heading of ['<h3>I Malmö greps 4 personer</h3>', '<h3>During the riots 300 people were arrested</h3>']) {
      const [source, at] = heading.includes('riots') ? [english, IN_ENGLISH_POST] : [page, IN_POST];
      expect(missingFacts(extractPost(source.replace(at, `${at}${heading}`)))).toEqual([]);
    }
  });

  it('leaves every figure in for such a sentence set elsewhere, as for its twin', () => {
    for (const sentence of ['I Malmö greps 4 personer\u200e förra veckan.', 'Under upploppen greps 300\u200e personer.']) {
      expect(missingFacts(extractPost(page.replace(IN_POST, `${IN_POST}<p>${sentence}</p>`)))).toEqual([]);
    }
  });

  it('reads a control in the words as its twin is read, and names one beside the figure', () => {
    const warnings = (sentence: string) => extractPost(page.replace(IN_POST, `${IN_POST}<p>${sentence}</p>`)).warnings.filter(({ message }) => message.includes('operation-rescue-arrests'));
    const inWords = warnings('Totalt greps 260 personer\u200e.');
    expect(inWords.map(({ code }) => code)).toEqual(warnings('Totalt greps 260 personer.').map(({ code }) => code));
    expect(inWords.some(({ message }) => message.includes('bidirectional'))).toBe(false);
    for (const beside of ['Totalt greps 260\u200e personer.', 'Totalt greps 2\u200e60 personer.', '\u202eTotalt greps 260 personer.']) {
      expect(warnings(beside).find(({ code }) => code === 'unclear-figure')?.message).toContain('a bidirectional control character stands beside it or around it');
    }
  });
});

describe('a later sentence with a combining mark on a digit of its figure is heard as its twin without it', () => {
  // Each printed the post's figure with exit 0, where the same mark on the post's own figure left it out: the mark kept
  // the rules from reading the figure and the words after it ("260\u0301 people" is no "260 people").
  it.each([
    ['en', 'In total 260\u0301 people were arrested.', 'operation-rescue-arrests'],
    ['en', 'In total 2\u030160 people were arrested.', 'operation-rescue-arrests'],
    ['en', 'In total \u0301260 people were arrested.', 'operation-rescue-arrests'],
    ['en', 'In total 260\u20e3 people were arrested.', 'operation-rescue-arrests'],
    ['en', 'In total 260\ufe0f people were arrested.', 'operation-rescue-arrests'],
    ['en', 'In total 260\u034f people were arrested.', 'operation-rescue-arrests'],
    ['en', 'Every year 60,000\u0302 new images are put online.', 'new-abuse-images-per-year'],
    ['sv', 'Totalt greps 260\u0301 personer.', 'operation-rescue-arrests'],
    ['sv', 'Totalt har 7\u20e38\u20e30\u20e3 misstänkta identifierats.', 'operation-rescue-suspects-identified'],
    ['sv', 'Sammanlagt 300\u0308 barn kunde skyddas.', 'operation-rescue-children-safeguarded'],
    ['sv', 'Gripna: 260\u0301', 'operation-rescue-arrests'],
    // The countries' reader read the count as written ("52\u0301") and printed the list of 48.
    ['en', 'The alliance now has 52\u0301 member countries.', 'participating-countries'],
    ['sv', 'Alliansen har nu 52\u0301 medlemsländer.', 'participating-countries'],
  ] as const)('(%s) %j', heardAsTwin(/\p{M}/gu));

  // Helper 165: the countries' reader took the mark out and read the count as written: a stroke through a digit
  // ("4\u03368", which reads as 8) printed the list of 48, where the build before left it out; a count in Swedish
  // word order printed it before and after.
  it.each([
    ['en', 'The alliance now has 4\u03368 member countries.'],
    ['en', 'The alliance now has 4\u03018 member countries.'],
    ['en', 'Now 4\u03368 countries stand behind the initiative.'],
    ['sv', 'Alliansen har nu 4\u03368 medlemsländer.'],
    ['sv', 'Antalet medlemsländer är nu 5\u03012.'],
  ] as const)('(%s) %j leaves the countries out', (language, sentence) => {
    const extraction = afterPost(language, `<p>${sentence}</p>`);
    expect(missingFacts(extraction)).toContain('participating-countries');
    expect(extraction.countries.items).toEqual([]);
  });

  // Helper 165: a mark on nothing, after white space, was a word the tool does not read, which kept the rules from the
  // figure's words (the post's figure printed), or named the figure again "with a word the tool does not read" (the
  // post's figure left out). It is read as its twin without it.
  it.each([
    ['en', 'In total 260 \u0301 people were arrested.', 'operation-rescue-arrests'],
    ['en', 'In total 260\u00a0\u0301 people were arrested.', 'operation-rescue-arrests'],
    ['en', 'Every year 600 000 \u0301new images are put online.', 'new-abuse-images-per-year'],
    ['sv', 'Totalt greps 260 \u0301 personer.', 'operation-rescue-arrests'],
    ['sv', 'Alliansen har nu 52 \u0301 medlemsländer.', 'participating-countries'],
    ['sv', 'Antalet medlemsländer är nu \u0301 52.', 'participating-countries'],
  ] as const)('(%s) %j', heardAsTwin(/\s?\p{M}+(?=\s)|\p{M}+/gu));

  it('refuses a figure with a mark on nothing between its groups, as one with a mark on a digit', () => {
    expect(missingFacts(afterPost('en', '<p>Every year 500 \u0301 000 new images are put online.</p>'))).toEqual(['new-abuse-images-per-year']);
    // Helper 167: two such marks took each other for the figure's next group, and the post's figure printed.
    expect(missingFacts(afterPost('en', '<p>Every year 500 \u0301 \u0301 000 new images are put online.</p>'))).toEqual(['new-abuse-images-per-year']);
    expect(missingFacts(afterPost('sv', '<p>Varje år läggs 50 \u0301 \u20e3 000 nya bilder ut.</p>'))).toEqual(['new-abuse-images-per-year']);
    expect(missingFacts(afterPost('sv', '<p>Varje år läggs 50 \u0301 000 nya bilder ut.</p>'))).toEqual(['new-abuse-images-per-year']);
  });

  it('leaves every figure in for the post\'s own value with a mark on nothing beside it', () => {
    for (const [language, sentence] of [['en', 'The alliance now has 48 \u0301 member countries.'], ['sv', 'Det var en \u0301 fin dag.']] as const) {
      expect(missingFacts(afterPost(language, `<p>${sentence}</p>`))).toEqual([]);
    }
  });

  it('refuses only the figure a mark stands on in the post\'s own sentence, and reads the others', () => {
    const marked = (from: RegExp, to: string) => extractPost(page.replace(from, to));
    for (const [from, to, id] of [
      [/250(?= greps)/, '250\u0301', 'operation-rescue-arrests'],
      [/779(?= misstänkta)/, '7\u20e379', 'operation-rescue-suspects-identified'],
      [/252(?= barn)/, '252\ufe0f', 'operation-rescue-children-safeguarded'],
    ] as const) {
      const extraction = marked(from, to);
      expect(missingFacts(extraction)).toEqual([id]);
      expect(extraction.warnings.find(({ message }) => message.includes(id) && !message.includes('was not found'))?.message).toContain('a combining mark stands on one of its digits');
    }
  });

  it('names the mark, and leaves a mark on a letter or a sentence set elsewhere as its twin', () => {
    const warnings = (sentence: string) => extractPost(page.replace(IN_POST, `${IN_POST}<p>${sentence}</p>`)).warnings.filter(({ message }) => message.includes('operation-rescue-arrests'));
    expect(warnings('Totalt greps 2\u030160 personer.').find(({ code }) => code === 'unclear-figure')?.message).toContain('a combining mark stands on one of its digits');
    for (const sentence of ['I Malmö greps 4\u0301 personer förra veckan.', 'Mötet hölls den 5\u0301 december.', 'Det var en fin dag.\u0301']) {
      expect(missingFacts(extractPost(page.replace(IN_POST, `${IN_POST}<p>${sentence}</p>`)))).toEqual([]);
    }
  });
});

describe('a later sentence that gives a statistic a figure in words leaves it out, as its twin in digits does', () => {
  // Each printed the post's figure with exit 0: a sentence without a digit or a scale word was never read.
  it.each([
    ['sv', 'Totalt greps tvåhundrasextio personer.', 'operation-rescue-arrests'],
    ['sv', 'Sextio personer greps.', 'operation-rescue-arrests'],
    ['sv', 'Antalet gripna var tvåhundrasextio.', 'operation-rescue-arrests'],
    ['sv', 'Sjuhundraåttio misstänkta har identifierats.', 'operation-rescue-suspects-identified'],
    ['sv', 'Trehundra barn kunde skyddas.', 'operation-rescue-children-safeguarded'],
    ['sv', 'Varje år läggs sextio tusen nya bilder ut.', 'new-abuse-images-per-year'],
    ['en', 'Two hundred and sixty people were arrested.', 'operation-rescue-arrests'],
    ['en', 'In total, two hundred sixty people were arrested.', 'operation-rescue-arrests'],
    ['en', 'The number of arrests rose to two hundred and sixty.', 'operation-rescue-arrests'],
    ['en', 'A dozen people were arrested.', 'operation-rescue-arrests'],
    ['en', 'Seven hundred and eighty suspects have since been identified.', 'operation-rescue-suspects-identified'],
    ['en', 'Three hundred children were also rescued.', 'operation-rescue-children-safeguarded'],
    ['en', 'Every year sixty thousand new images are put online.', 'new-abuse-images-per-year'],
    // Helper 162, of the first version: a capital mid-sentence (read as a name), a control inside the word (which kept
    // the sentence from being read at all), a compound joined by another hyphen or a dash.
    ['sv', 'Totalt greps Sextio personer.', 'operation-rescue-arrests'],
    ['en', 'In total SIXTY people were arrested.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps s\u200fextio personer.', 'operation-rescue-arrests'],
    ['en', 'The number of arrests rose to sixty\u2011five.', 'operation-rescue-arrests'],
    ['sv', 'Antalet gripna steg till tvåhundra\u2013sextio.', 'operation-rescue-arrests'],
    // And the count of countries: the members now, and a word of membership after a count.
    ['sv', 'Alliansen har nu femtio medlemsländer.', 'participating-countries'],
    ['en', 'The alliance now has fifty-two member countries.', 'participating-countries'],
    ['en', 'The alliance now has fifty participating countries.', 'participating-countries'],
    // Helper 163: a footnote's mark glued to the word, a number word that goes on a figure read with its scale word.
    ['sv', 'Totalt greps sextio<sup>1</sup> personer.', 'operation-rescue-arrests'],
    ['sv', 'Totalt greps sextio* personer.', 'operation-rescue-arrests'],
    ['en', 'Sixty<sup>1</sup> people were arrested.', 'operation-rescue-arrests'],
    ['en', 'In total one thousand two hundred people were arrested.', 'operation-rescue-arrests'],
  ] as const)('(%s) %s', leavesOut(['unclear-figure']));

  // Its siblings: a label's value, a table's cell, a definition and a list item in words, which printed the post's 250
  // where the same in digits left it out.
  it.each([
    ['sv', '<p>Gripna: sextio</p>'],
    ['sv', '<ul><li>Gripna: sextio</li></ul>'],
    ['sv', '<h3>Sextio gripna</h3>'],
    ['sv', '<dl><dt>Gripna</dt><dd>sextio</dd></dl>'],
    ['sv', '<table><tr><th>Gripna</th><th>Barn</th></tr><tr><td>tvåhundrasextio</td><td>252</td></tr></table>'],
    ['en', '<p>Arrested: sixty</p>'],
    ['en', '<dl><dt>Arrests</dt><dd>two hundred and sixty</dd></dl>'],
  ] as const)('(%s) %s', (language, html) => {
    const twin = html.replace(/sextio|sixty|tvåhundrasextio|two hundred and sixty/, '260');
    expect(missingFacts(afterPost(language, twin))).toEqual(['operation-rescue-arrests']);
    expect(missingFacts(afterPost(language, html))).toEqual(['operation-rescue-arrests']);
  });

  // Helper 163: a cell in words before another's was taken for that one's label, and hid it (the 779 printed).
  it('reads a table row whose first cell is in words, each cell under its header', () => {
    const table = (first: string) => `<table><tr><th>Gripna</th><th>Misstänkta</th></tr><tr><td>${first}</td><td>900</td></tr></table>`;
    const missing = (first: string) => missingFacts(extractPost(page.replace(IN_POST, `${IN_POST}${table(first)}`)));
    expect(missing('60')).toContain('operation-rescue-suspects-identified');
    expect(missing('sextio')).toEqual(expect.arrayContaining(['operation-rescue-suspects-identified', 'operation-rescue-arrests']));
  });

  it.each([
    ['sv', 'Om två år ska arbetet utvärderas.'],
    ['sv', 'Barnen var tre år gamla.'],
    ['sv', 'I Malmö greps tre personer förra veckan.'],
    ['en', 'During the riots three people were arrested.'],
    ['en', 'In two years the work will be evaluated.'],
    // "sex" is six in Swedish only.
    ['en', 'Many sex offenders were arrested.'],
  ] as const)('(%s) %s leaves every figure in', (language, sentence) => {
    expect(missingFacts(afterPost(language, `<p>${sentence}</p>`))).toEqual([]);
  });
});
