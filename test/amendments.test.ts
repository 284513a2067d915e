import { describe, expect, it } from 'vitest';
import { extractPost, missingFacts } from '../src/pipeline.js';
import { COMMITMENT_IDS } from '../src/schema/output.js';
import { readFileSync } from 'node:fs';
import { ENGLISH } from './helpers/fixtures.js';
import { MAIN_PAGE } from './helpers/golden.js';

const ENGLISH_PAGE = readFileSync(ENGLISH, 'utf8');

/** Where a correction added to the post would stand: after the footnote's link, inside the entry's content. */
const IN_POST = '<p><a href="http://europa.eu/rapid/press-release_MEMO-12-944_en.htm">*Alla länder här</a></p>';
/** The theme's sidebar, outside the post. */
const SIDEBAR = '<div id="secondary" class="widget-area" role="complementary">';

/** Where each language's post ends: after the footnote's link. */
const IN_ENGLISH_POST = '*All countries here</a></p>';
/** Right after the paragraph that states Operation Rescue's figures, and right above it. */
const AFTER_RESCUE = 'barnpornografiskt material på nätet.</p>';
const ABOVE_RESCUE = 'hela världen.</p>';
/** Right after the commitments' list. */
const AFTER_LIST = 'gör barnen till offer.</li>\n</ul>';
const RESCUE = ['operation-rescue-suspects-identified', 'operation-rescue-arrests', 'operation-rescue-children-safeguarded'];

function withAdded(at: string, html: string, page = MAIN_PAGE): string {
  expect(page).toContain(at);
  return page.replace(at, `${at}${html}`);
}

const warningsOf = (extraction: ReturnType<typeof extractPost>) => extraction.warnings.filter(({ code }) => code === 'unclear-figure' || code === 'unclear-commitment').map(({ message }) => message);

describe('an amendment added to the post leaves out the fact it amends', () => {
  it.each([
    // A label in a block of its own heads the block after it.
    ['<h3>Rättelse</h3><p>Länderna är nu 52.</p>', ['participating-countries'], '"Rättelse: Länderna är nu 52."'],
    ['<p><strong>Uppdatering</strong></p><p>Antalet länder är nu 52.</p>', ['participating-countries'], '"Uppdatering: Antalet länder är nu 52."'],
    ['<p>Rättelse:</p><p>Antalet länder är nu 52.</p>', ['participating-countries'], '"Rättelse: Antalet länder är nu 52."'],
    ['<h3>Uppdatering 7/12</h3><p>Antalet länder är nu 52.</p>', ['participating-countries'], '"Uppdatering 7/12: Antalet länder är nu 52."'],
    ['<p>Rättelse av inlägget.</p><p>Det var 780 misstänkta.</p>', ['operation-rescue-suspects-identified'], '"Rättelse av inlägget. Det var 780 misstänkta."'],
    ['<p>Rättelse av inlägget om operation Rescue.</p><p>Det var 780 misstänkta.</p>', ['operation-rescue-suspects-identified'], 'another sentence of the post names 780'],
    // The label family, with a date or a time on either side.
    ['<p>Edit: antalet länder är nu 52.</p>', ['participating-countries'], '"Edit"'],
    ['<p>Uppd: antalet länder är nu 52.</p>', ['participating-countries'], '"Uppd"'],
    ['<p>PPS: antalet länder är nu 52.</p>', ['participating-countries'], '"PPS"'],
    ['<p>Kl 14.00 – Uppdatering: antalet länder är nu 52.</p>', ['participating-countries'], '"Kl"'],
    ['<p>7/12 Uppdatering: antalet länder är nu 52.</p>', ['participating-countries'], '"Uppdatering"'],
    // Furniture inside the post's body is the post's, as a reader sees it.
    ['<aside><p>Rättelse: antalet länder är nu 52.</p></aside>', ['participating-countries'], 'an aside in the post speaks of it'],
    ['<div class="widget"><p>Rättelse: antalet länder är nu 52.</p></div>', ['participating-countries'], 'an aside in the post speaks of it'],
    ['<aside class="note"><h3>Rättelse</h3><p>Länderna är nu 52.</p></aside>', ['participating-countries'], '"Rättelse: Länderna är nu 52."'],
    ['<div class="widget"><p>Rättelse: den sista punkten ovan ströks.</p></div>', COMMITMENT_IDS, 'an aside in the post speaks of the list'],
    // Who takes part (`speaksOfCountries`), heard so too.
    ['<h3>Uppdatering</h3><p>Kanada har också anslutit sig.</p>', ['participating-countries'], 'amends who takes part ("Uppdatering: Kanada har också anslutit sig.")'],
    ['<p>Uppdatering av inlägget.</p><p>Kanada har också anslutit sig.</p>', ['participating-countries'], 'amends who takes part ("Uppdatering av inlägget. Kanada har också anslutit sig.")'],
    ['<aside><p>Uppdatering: Kanada har också anslutit sig.</p></aside>', ['participating-countries'], 'amends who takes part'],
  ] as const)('%s', (html, missing, said) => {
    const extraction = extractPost(withAdded(IN_POST, html));
    expect(missingFacts(extraction)).toEqual(missing);
    expect(warningsOf(extraction).join('\n')).toContain(said);
  });
});

describe('an aside the post holds is read where it stands, as a block of the post', () => {
  it.each([
    // A correction that names the figure by its value alone (`laterMentions`), as it would in a paragraph.
    ['<aside><p>Rättelse: siffran 252 ovan stämmer inte.</p></aside>', MAIN_PAGE, IN_POST, ['operation-rescue-children-safeguarded'], 'an aside in the post names the figure again'],
    ['<aside>Rättelse: siffran 252 ovan stämmer inte.</aside>', MAIN_PAGE, IN_POST, ['operation-rescue-children-safeguarded'], 'an aside in the post names the figure again'],
    ['<aside><p>Rättelse: 252 ska vara 253.</p></aside>', MAIN_PAGE, IN_POST, ['operation-rescue-children-safeguarded'], '"Rättelse: 252 ska vara 253."'],
    ['<aside><p>Correction: the figure 252 above is wrong.</p></aside>', ENGLISH_PAGE, IN_ENGLISH_POST, ['operation-rescue-children-safeguarded'], 'an aside in the post names the figure again'],
    // Right after the figure's paragraph, or right above it, whatever it says of which figure.
    ['<aside><p>Rättelse: meningen ovan stämmer inte.</p></aside>', MAIN_PAGE, AFTER_RESCUE, RESCUE, 'an aside in the post right after it'],
    ['<aside><p>Rättelse: meningen nedan stämmer inte.</p></aside>', MAIN_PAGE, ABOVE_RESCUE, RESCUE, 'the aside right above it'],
    // Right after the list, calling it wrong.
    ['<aside><p>Detta var felaktigt.</p></aside>', MAIN_PAGE, AFTER_LIST, COMMITMENT_IDS, 'the aside right after the list takes it back'],
    // A statement of a figure in an aside that amends the post, set against the post's as a paragraph's is.
    ['<aside><p>Rättelse av inlägget om operation Rescue.</p><p>Det var 780 misstänkta.</p></aside>', MAIN_PAGE, IN_POST, ['operation-rescue-suspects-identified'], 'an aside in the post names 780'],
    ['<aside><p>Rättelse av inlägget om operation Rescue.</p><p>Antalet gripna var 260.</p></aside>', MAIN_PAGE, IN_POST, ['operation-rescue-arrests'], 'an aside in the post names 260'],
    ['<aside><p>Correction to the post on operation Rescue.</p><p>The number of suspects is now 780.</p></aside>', ENGLISH_PAGE, IN_ENGLISH_POST, ['operation-rescue-suspects-identified'], 'an aside in the post names 780'],
  ] as const)('%s', (html, page, at, missing, said) => {
    const extraction = extractPost(withAdded(at, html, page));
    expect(missingFacts(extraction)).toEqual(missing);
    expect(warningsOf(extraction).join('\n')).toContain(said);
  });

  it.each([
    // Guards: the theme's sidebar is no part of the post; a number in an aside that is none of the post's figures names none.
    ["the theme's sidebar naming a figure's value", SIDEBAR, '<aside class="widget"><p>Rättelse: siffran 252 ovan stämmer inte.</p></aside>'],
    ['an aside in the post naming a number that is no figure of the post', IN_POST, '<aside><p>Rättelse: siffran 253 i förra inlägget stämmer inte.</p></aside>'],
    ['an aside in the post two blocks after the figure, naming none', IN_POST, '<aside><p>Rättelse: meningen ovan stämmer inte.</p></aside>'],
  ] as const)('keeps every fact beside %s', (_name, at, html) => {
    expect(missingFacts(extractPost(withAdded(at, html)))).toEqual([]);
  });
});

describe('an amendment that gives a value it ties to no statistic leaves out each it could amend', () => {
  it.each([
    // As many digits as the figure (a count updated, a digit slipped), or a zero more or fewer: 780 may amend 779, 250
    // or 252, not 48; 49 only 48; 500 000 the 50 000 a year (the English edition's figure).
    ['<p>Rättelse: siffran ska vara 780.</p>', MAIN_PAGE, IN_POST, RESCUE],
    ['<p>Uppdatering: Nu är vi 49.</p>', MAIN_PAGE, IN_POST, ['participating-countries']],
    ['<h3>Rättelse</h3><p>Siffran ska vara 780.</p>', MAIN_PAGE, IN_POST, RESCUE],
    ['<aside><p>Rättelse: siffran ska vara 780.</p></aside>', MAIN_PAGE, IN_POST, RESCUE],
    ['<p>Rättelse: siffran ska vara 500 000.</p>', MAIN_PAGE, IN_POST, ['new-abuse-images-per-year']],
    ['<p>Rättelse: det rätta är 1,2 miljoner.</p>', MAIN_PAGE, IN_POST, ['abuse-images-online']],
    ['<p>Correction: the figure should be 780.</p>', ENGLISH_PAGE, IN_ENGLISH_POST, RESCUE],
    // A value the tool does not read as one figure, no more a fact than one it may replace.
    ['<p>Rättelse: siffran ska vara 780–790.</p>', MAIN_PAGE, IN_POST, RESCUE],
    ['<p>Update: We are now 49.</p>', ENGLISH_PAGE, IN_ENGLISH_POST, ['participating-countries']],
    // After a label of the post alone, closed by a full stop (`announcesAmendment`).
    ['<p>Rättelse av inlägget.</p><p>Siffran var 780.</p>', MAIN_PAGE, IN_POST, RESCUE],
    ['<p>Correction to the post.</p><p>The figure should be 780.</p>', ENGLISH_PAGE, IN_ENGLISH_POST, RESCUE],
  ] as const)('%s', (html, page, at, missing) => {
    const extraction = extractPost(withAdded(at, html, page));
    expect(missingFacts(extraction)).toEqual(missing);
    const quoted = html.replace(/<[^>]+>/g, ' ').trim().replace(/\s+/g, ' ');
    expect(warningsOf(extraction).join('\n')).toContain('a value the tool cannot tie to one statistic');
    expect(warningsOf(extraction).join('\n')).toContain(quoted.slice(quoted.indexOf(' ') + 1));
  });

  it('leaves the list of countries out with their number', () => {
    const extraction = extractPost(withAdded(IN_POST, '<p>Uppdatering: Nu är vi 49.</p>'));
    expect(extraction.countries.items).toEqual([]);
    expect(extraction.warnings.map(({ message }) => message).join('\n')).toContain('"Uppdatering: Nu är vi 49."');
  });

  it.each([
    // Guards, which held before the rule: they keep it from false alarms. A label of the post atop it heads a paragraph
    // with no figure.
    ['Uppdatering av inlägget.', MAIN_PAGE, '<div class="entry-content">'],
    // Guards, which held before the rule: they keep it from false alarms.
    // A number that is no value given for a figure: a page, a telephone number, a date, a count of another thing, a year.
    ['PS: Läs mer på sidan 2.', MAIN_PAGE, IN_POST],
    ['PS: Ring 112 om du ser något.', MAIN_PAGE, IN_POST],
    ['Uppdatering 7 december 2012: pressmeddelandet finns här.', MAIN_PAGE, IN_POST],
    ['PS: Jag är 300 mil hemifrån i kväll.', MAIN_PAGE, IN_POST],
    ['PS: Nästa möte är 2014.', MAIN_PAGE, IN_POST],
    ['PS: Klockan är 14.', MAIN_PAGE, IN_POST],
    ['Update: the video is now online.', ENGLISH_PAGE, IN_ENGLISH_POST],
    ['Update: the press conference is at 14.', ENGLISH_PAGE, IN_ENGLISH_POST],
    // A value of no figure's order: no figure has four digits, nor is 3 000 a tenth of one.
    ['Rättelse: siffran ska vara 3 000.', MAIN_PAGE, IN_POST],
    // Prose that gives a value but amends nothing.
    ['Svaret är 780.', MAIN_PAGE, IN_POST],
  ] as const)('keeps every fact beside "%s"', (text, page, at) => {
    const extraction = extractPost(withAdded(at, `<p>${text}</p>`, page));
    expect(missingFacts(extraction)).toEqual([]);
    expect(extraction.countries.items).toHaveLength(48);
  });

  it("keeps every fact beside such an amendment in the theme's sidebar", () => {
    expect(missingFacts(extractPost(withAdded(SIDEBAR, '<aside class="widget"><p>Uppdatering: Nu är vi 49.</p></aside>')))).toEqual([]);
  });
});

describe('what amends nothing of a figure leaves every fact in', () => {
  it.each([
    ['a label heading a block that names no count', IN_POST, '<h3>Uppdatering</h3><p>Bilder från mötet har lagts till.</p>'],
    ['a stamped label heading a block that names no count', IN_POST, '<p><strong>Uppdatering 7/12</strong></p><p>Bilder från mötet har lagts till.</p>'],
    ["a label's date, which is no count", IN_POST, '<p>Uppdatering 7/12: bilder från presskonferensen har lagts till.</p>'],
    ['a time before the label, which is no count', IN_POST, '<p>Kl 14.00 – Uppdatering: bilder från presskonferensen har lagts till.</p>'],
    ['an aside in the post that names no count', IN_POST, '<aside><p>Uppdatering: bilder från mötet har lagts till.</p></aside>'],
    ["the theme's sidebar widget", SIDEBAR, '<aside class="widget"><p>Uppdatering: nya inlägg varje vecka</p></aside>'],
    ["the theme's sidebar widget, headed by a label", SIDEBAR, '<aside class="widget"><h3>Uppdatering</h3><p>Nya inlägg varje vecka.</p></aside>'],
  ] as const)('%s', (_name, at, html) => {
    expect(missingFacts(extractPost(withAdded(at, html)))).toEqual([]);
  });
});
