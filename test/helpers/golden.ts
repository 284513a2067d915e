import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction } from '../../src/schema/output.js';
import { FIXTURES, MAIN } from './fixtures.js';

/** The bundled page, as text. */
export const MAIN_PAGE = readFileSync(MAIN, 'utf8');

/** The bundled page's golden extraction. */
export const MAIN_GOLDEN = JSON.parse(readFileSync(join(FIXTURES, 'wordpress-2012', 'expected.json'), 'utf8')) as Extraction;

/** The post's own markup in the bundled page: its entry content, without the theme around it. */
export const MAIN_POST_BODY = MAIN_PAGE.slice(MAIN_PAGE.indexOf('<div class="entry-content">'), MAIN_PAGE.indexOf('<!-- .entry-content -->'));

/** A month archive that holds the post, then `second` (another copy of its body), each in an article of its own. */
export function monthArchive(second: string): string {
  return (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>december 2012</title></head><body><div id="content">' +
    `<article class="post"><h2>Globalallians mot nätpedofili</h2>${MAIN_POST_BODY}</div></article>` +
    `<article class="post"><h2>Globalallians mot nätpedofili</h2>${second}</div></article></div></body></html>`
  );
}

/** The facts of an extraction without where they stood in the source: what the post says, however it was marked up. */
export function postFacts(extraction: Extraction) {
  return {
    commitments: extraction.commitments.map(({ id, text }) => ({ id, text })),
    statistics: extraction.statistics.map(({ location: _location, ...statistic }) => statistic),
    countries: extraction.countries.items.map((country) => country.code),
  };
}
