/**
 * The Commission's MEMO/12/944 (Brussels, 6 December 2012), which the post's
 * footnote links to: the 48 participating countries, as and in the order the
 * memo names them. Used only when the footnote points to this memo and the
 * user has not supplied a saved copy of it.
 */
export const MEMO_12_944 = {
  url: 'http://europa.eu/rapid/press-release_MEMO-12-944_en.htm',
  countries: [
    'Albania', 'Australia', 'Austria', 'Belgium', 'Bulgaria', 'Cambodia', 'Croatia', 'Cyprus', 'Czech Republic',
    'Denmark', 'Estonia', 'Finland', 'France', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Hungary', 'Ireland',
    'Italy', 'Japan', 'Latvia', 'Lithuania', 'Luxembourg', 'Malta', 'Moldova', 'Montenegro', 'Netherlands',
    'New Zealand', 'Nigeria', 'Norway', 'the Philippines', 'Poland', 'Portugal', 'Romania', 'Serbia', 'Slovakia',
    'Slovenia', 'Republic of Korea', 'Spain', 'Sweden', 'Switzerland', 'Thailand', 'Turkey', 'Ukraine',
    'United Kingdom', 'United States of America', 'Vietnam',
  ],
} as const;

/** The memo's reference as an address writes it, whole: not MEMO/12/9440, nor 112/944. */
const MEMO_REFERENCE = /(?<![0-9A-Za-z])MEMO[-_/]12[-_/]944(?![0-9])/i;
const COMMISSION_HOST = /(?:^|\.)europa\.eu$/i;

/**
 * Whether an address is MEMO/12/944 on the Commission's site, where the
 * reference copy is its list: an address elsewhere that names the memo ("a
 * rebuttal of MEMO-12-944") holds some other list, or none.
 */
export function isMemoAddress(url: string): boolean {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return false;
  }
  return COMMISSION_HOST.test(address.hostname) && MEMO_REFERENCE.test(`${address.pathname}${address.search}`);
}
