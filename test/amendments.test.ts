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
  ] as const)('%s', (_name, at, html) => {
    expect(missingFacts(extractPost(withAdded(at, html)))).toEqual([]);
  });
});
