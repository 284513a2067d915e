/**
 * The Commission's MEMO/12/944 (Brussels, 6 December 2012), which the post's
 * footnote links to: the 48 participating countries, as and in the order the
 * memo names them. Used only when the footnote points to this memo and the
 * user has not supplied a saved copy of it.
 */
export const MEMO_12_944 = {
  url: 'http://europa.eu/rapid/press-release_MEMO-12-944_en.htm',
  pattern: /MEMO[-_/]12[-_/]944/i,
  countries: [
    'Albania', 'Australia', 'Austria', 'Belgium', 'Bulgaria', 'Cambodia', 'Croatia', 'Cyprus', 'Czech Republic',
    'Denmark', 'Estonia', 'Finland', 'France', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Hungary', 'Ireland',
    'Italy', 'Japan', 'Latvia', 'Lithuania', 'Luxembourg', 'Malta', 'Moldova', 'Montenegro', 'Netherlands',
    'New Zealand', 'Nigeria', 'Norway', 'the Philippines', 'Poland', 'Portugal', 'Romania', 'Serbia', 'Slovakia',
    'Slovenia', 'Republic of Korea', 'Spain', 'Sweden', 'Switzerland', 'Thailand', 'Turkey', 'Ukraine',
    'United Kingdom', 'United States of America', 'Vietnam',
  ],
} as const;
