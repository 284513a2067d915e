/**
 * Web archives rewrite every link to point into the archive:
 * `https://web.archive.org/web/20121207083012/http://europa.eu/…`, sometimes
 * with a modifier (`…012im_/`) or without the host. The original address is
 * what follows the timestamp.
 */
const ARCHIVED = /^(?:https?:\/\/[^/]+)?\/web\/\d{1,14}(?:[a-z]{2}_)?\/(.+)$/i;

/**
 * archive.today (archive.ph, .is, .li…) rewrites links as
 * `https://archive.ph/o/AbCdE/https://europa.eu/…`.
 */
const ARCHIVED_TODAY = /^https?:\/\/archive\.(?:today|ph|is|li|vn|fo|md)\/o\/[A-Za-z0-9]+\/(.+)$/i;

export const ARCHIVE_TODAY_HOST = /^https?:\/\/archive\.(?:today|ph|is|li|vn|fo|md)\//i;

/** A scheme ("mailto:"), told from a host and port ("europa.eu:8080"). */
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i;

export function unwrapArchiveUrl(href: string): string {
  const inner = ARCHIVED.exec(href.trim())?.[1] ?? ARCHIVED_TODAY.exec(href.trim())?.[1];
  if (!inner) return href.trim();
  if (/^https?:\/\//i.test(inner)) return inner;
  // An archived mailto:, data: or javascript: link is no page's address: the archive's own link is kept.
  return OTHER_SCHEME.test(inner) ? href.trim() : `http://${inner.replace(/^\/+/, '')}`;
}
