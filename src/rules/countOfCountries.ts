/**
 * Since 4 December, the words before a figure that make it the number of countries ("Antalet länder är nu 49.", "The
 * number of countries is now 49."), which the figure reader does not read in that order: set against the list's count
 * as "Update: 49 countries." is (see `countsGiven` in src/extract/amendedCountries.ts). Not another count ("Antalet
 * bilder är nu …"). Since 5 December the members' or partners' number too, grown to a figure in more words
 * ("Antalet medlemmar har ökat till 49.", "The membership has grown to 49.", "has increased to").
 */
// Not participants, who are a meeting's as often ("Antalet deltagare på mötet är 200.").
const COUNTED_SV = '(?:deltagande )?(?:länder|medlemmar|medlemsländer|medlemsstater|partner|partnerländer|parter)';
const COUNTED_EN = '(?:participating )?(?:countries|members|member states|member countries|partners|parties|signatories)';
const COUNT_OF = `antalet ${COUNTED_SV}|medlemsantalet|the number of ${COUNTED_EN}|the membership`;

export const COUNTRIES_BEFORE = new RegExp(
  `(?:^|[^A-Za-z])(?:${COUNT_OF})` +
    '(?: (?:är|blir|is)(?: (?:nu|numera|now))?| har (?:nu )?(?:ökat|stigit|vuxit) till| has (?:now )?(?:risen|grown|increased) to| now stands at) $',
  'i',
);

/** Whether a text may say the number of countries as `COUNTRIES_BEFORE` reads it, for a text only tested. */
export const COUNTRIES_COUNTED = new RegExp(COUNT_OF, 'i');
