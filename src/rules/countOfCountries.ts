/**
 * Since 4 December, the words before a figure that make it the number of countries ("Antalet länder är nu 49.", "The
 * number of countries is now 49."), which the figure reader does not read in that order: set against the list's count
 * as "Update: 49 countries." is (see `countsGiven` in src/extract/amendedCountries.ts). Not another count ("Antalet
 * bilder är nu …").
 */
export const COUNTRIES_BEFORE = new RegExp(
  '(?:^|[^A-Za-z])(?:antalet (?:deltagande )?länder|the number of (?:participating )?countries)' +
    '(?: (?:är|blir|is)(?: (?:nu|numera|now))?| har (?:nu )?(?:ökat|stigit) till| has (?:now )?(?:risen|grown) to| now stands at) $',
  'i',
);

/** Whether a text may say the number of countries as `COUNTRIES_BEFORE` reads it, for a text only tested. */
export const COUNTRIES_COUNTED = /antalet (?:deltagande )?länder|number of (?:participating )?countries/i;
