import { describe, expect, it } from 'vitest';
import { extractPost, missingFacts } from '../src/pipeline.js';
import { COMMITMENT_IDS, STATISTIC_IDS } from '../src/schema/output.js';
import { MAIN_PAGE } from './helpers/golden.js';

/** Where a correction added to the post would stand: after the footnote's link, inside the entry's content. */
const IN_POST = '<p><a href="http://europa.eu/rapid/press-release_MEMO-12-944_en.htm">*Alla länder här</a></p>';
/** The theme's sidebar, outside the post. */
const SIDEBAR = '<div id="secondary" class="widget-area" role="complementary">';

function withAdded(at: string, html: string): string {
  expect(MAIN_PAGE).toContain(at);
  return MAIN_PAGE.replace(at, `${at}${html}`);
}

const RESCUE = STATISTIC_IDS.filter((id) => id.startsWith('operation-rescue-'));
/** The paragraph that states the number of countries, before which a block may be put (`withBefore`). */
const COUNTRIES_PARAGRAPH = '<p>Ett år senare står 48 länder*';

function withBefore(at: string, html: string): string {
  expect(MAIN_PAGE).toContain(at);
  return MAIN_PAGE.replace(at, `${html}${at}`);
}

const warningsOf = (extraction: ReturnType<typeof extractPost>) => extraction.warnings.filter(({ code }) => code === 'unclear-figure' || code === 'unclear-commitment').map(({ message }) => message);

describe('an amendment added to the post leaves out the fact it amends', () => {
  it.each([
    // A label in a block of its own heads the block after it.
    ['<h3>Rättelse</h3><p>Länderna är nu 52.</p>', ['participating-countries'], '"Rättelse: Länderna är nu 52."'],
    ['<p><strong>Uppdatering</strong></p><p>Antalet länder är nu 52.</p>', ['participating-countries'], '"Uppdatering: Antalet länder är nu 52."'],
    ['<p>Rättelse:</p><p>Antalet länder är nu 52.</p>', ['participating-countries'], '"Rättelse: Antalet länder är nu 52."'],
    ['<h3>Uppdatering 7/12</h3><p>Antalet länder är nu 52.</p>', ['participating-countries'], '"Uppdatering 7/12: Antalet länder är nu 52."'],
    ['<p>Rättelse av inlägget.</p><p>Det var 780 misstänkta.</p>', ['operation-rescue-suspects-identified'], 'another sentence of the post names 780'],
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
    ['<aside><p>Uppdatering: Kanada har också anslutit sig.</p></aside>', ['participating-countries'], 'amends who takes part'],
    // An estimate, or a figure named by whom the post credits it to, is that figure; figures are no list of goals.
    ['<p>UNODC:s uppskattning har senare reviderats.</p>', ['new-abuse-images-per-year'], '"uppskattning"'],
    ['<p>Rättelse: Europols siffror har ändrats.</p>', RESCUE, 'another block of the post speaks of it'],
    ['<p>Rättelse: siffrorna ovan stämmer inte.</p>', STATISTIC_IDS, 'another block of the post speaks of it'],
    // Guards for the false alarms below: a correction, a thanks that names another count or says more than thanks, a country out.
    ['<p>PS: Rättelse: 49 länder, inte 48.</p>', ['participating-countries'], 'names the figure again'],
    ['<p>PS: Tack till alla 49 länder!</p>', ['participating-countries'], 'speaks of it'],
    ['<p>PS: Tack till alla 48 länder utom Frankrike!</p>', ['participating-countries'], 'names the figure again'],
    ['<p>Uppdatering: Frankrike deltar inte längre.</p>', ['participating-countries'], 'amends who takes part'],
    ['<p>PS: Frankrike deltar inte längre i alliansens möten.</p>', ['participating-countries'], 'amends who takes part'],
  ] as const)('%s', (html, missing, said) => {
    const extraction = extractPost(withAdded(IN_POST, html));
    expect(missingFacts(extraction)).toEqual(missing);
    expect(warningsOf(extraction).join('\n')).toContain(said);
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
    // Found by a hostile check: a thanks that repeats the post's figure, a minister missing an event.
    ['a thanks that repeats the figure', IN_POST, '<p>PS: Tack till alla 48 länder!</p>'],
    ['a thanks without a label', IN_POST, '<p>Tack till alla 48 länder!</p>'],
    ['a minister missing a press conference', IN_POST, '<p>PS: Frankrikes minister deltar inte i morgondagens presskonferens.</p>'],
    ['a minister missing a dinner', IN_POST, '<p>PS: Frankrikes minister, som inte var med på middagen, tackar.</p>'],
  ] as const)('%s', (_name, at, html) => {
    expect(missingFacts(extractPost(withAdded(at, html)))).toEqual([]);
  });
});

describe("a theme's dateline right above a figure heads nothing", () => {
  it.each([
    '<p class="updated">Updated: December 7, 2012</p>',
    '<p class="updated">Uppdaterad 7 december 2012</p>',
    // A guard: no label opens it.
    '<p>Senast uppdaterad: 2012-12-07</p>',
  ])('%s', (html) => {
    expect(missingFacts(extractPost(withBefore(COUNTRIES_PARAGRAPH, html)))).toEqual([]);
  });

  // Guards: a label that announces what follows, or a dateline with a word more, still heads the figure's paragraph.
  it.each([
    '<p><strong>Uppdatering:</strong></p>',
    '<p><strong>Uppdatering 7 december 2012:</strong></p>',
    '<h3>Uppdatering</h3>',
    '<p>Uppdaterad 7 december 2012: siffran nedan är ny.</p>',
  ])('%s', (html) => {
    expect(missingFacts(extractPost(withBefore(COUNTRIES_PARAGRAPH, html)))).toEqual(['participating-countries']);
  });
});

describe('what a warning calls the words it does not read', () => {
  const messageOf = (html: string, code: string) => extractPost(withAdded(IN_POST, html)).warnings.find((warning) => warning.code === code)?.message ?? '';

  it.each([
    // The lexicon holds no labels: an amendment's label is named as one.
    ['<p>PS: Rättelse: 49 länder, inte 48.</p>', 'unclear-figure', 'names the figure again, with an amendment label ("PS", in "PS: Rättelse: 49 länder, inte 48.")'],
    ['<p>Uppdatering: antalet länder är nu 52.</p>', 'unclear-figure', 'speaks of it, with an amendment label ("Uppdatering", in "Uppdatering: antalet länder är nu 52.")'],
    ['<p>Rättelse: en av punkterna i listan ovan har strukits.</p>', 'unclear-commitment', 'speaks of the list, with an amendment label ("Rättelse", in "Rättelse: en av punkterna i listan ovan har strukits.")'],
    // A guard: a word that is no label is named as before.
    ['<p>Tack till alla 49 länder, inte 48.</p>', 'unclear-figure', 'with a word the tool does not read ("Tack", in "Tack till alla 49 länder, inte 48.")'],
  ] as const)('%s', (html, code, said) => {
    expect(messageOf(html, code)).toContain(said);
  });

  it('says once that the tool does not read a block that speaks of the list', () => {
    const message = messageOf('<p>Rättelse: en av punkterna i listan ovan har strukits.</p>', 'unclear-commitment');
    expect(message).toMatch(/ har strukits\."\)$/);
    expect(message).not.toContain('which the tool does not read');
  });
});
