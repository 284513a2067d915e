/** A MIME header value split into its value and parameters: `text/html; charset="utf-8"`. */
export interface HeaderValue {
  value: string;
  params: Record<string, string>;
}

const PARAM = /;\s*([^=;\s]+)\s*=\s*(?:"([^"]*)"|([^;\s]*))/g;

export function parseHeaderValue(text: string): HeaderValue {
  const semicolon = text.indexOf(';');
  const value = (semicolon < 0 ? text : text.slice(0, semicolon)).trim().toLowerCase();
  const params: Record<string, string> = {};
  if (semicolon >= 0) {
    for (const match of text.slice(semicolon).matchAll(PARAM)) params[(match[1] ?? '').toLowerCase()] = match[2] ?? match[3] ?? '';
  }
  return { value, params };
}

/** A header block's fields by lower-cased name, folded lines joined (RFC 5322), first one winning. */
export function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n(?=[ \t])/g, '').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}
