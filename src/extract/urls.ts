/**
 * Web archives rewrite every link to point into the archive:
 * `https://web.archive.org/web/20121207083012/http://europa.eu/…`, sometimes
 * with a modifier (`…012im_/`) or without the host. The original address is
 * what follows the timestamp.
 */
const ARCHIVED = /^(?:https?:\/\/[^/]+)?\/web\/\d{1,14}(?:[a-z]{2}_)?\/(.+)$/i;

export function unwrapArchiveUrl(href: string): string {
  const inner = ARCHIVED.exec(href.trim())?.[1];
  if (!inner) return href.trim();
  return /^https?:\/\//i.test(inner) ? inner : `http://${inner.replace(/^\/+/, '')}`;
}
