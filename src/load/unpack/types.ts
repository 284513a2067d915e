/** What a container states about the document it holds, beside the page's own metadata. */
export interface StatedMetadata {
  title?: string | undefined;
  url?: string | undefined;
  published?: string | undefined;
  author?: string | undefined;
  /** The entry's identity, which a feed keeps across its edits: Atom's <id>, RSS's <guid>. */
  id?: string | undefined;
}

/** How the bytes arrived, when a transport said more than the bytes do (an HTTP response). */
export interface Transport {
  /** The charset of the `Content-Type` header. */
  charset?: string | undefined;
  /** The address the bytes were finally read from, after redirects. */
  url?: string | undefined;
}

/** One HTML document taken out of a container. */
export interface Unpacked {
  /** HTML bytes, with the charset the container declares for them; or text a container (a feed) decoded itself. */
  content: { bytes: Uint8Array; charset?: string | undefined } | { text: string; encoding: string };
  /** What the container says of the document, which wins over the page (a feed item's title, link, date, author). */
  stated: StatedMetadata;
  /** Where the document was saved or fetched from: its address when the page states none. */
  location?: string | undefined;
  /**
   * The other renderings of the same document that the container holds — a
   * feed item's `<description>` beside its `content:encoded` — each as HTML
   * and the name of what holds it. Never the post: only read for figures that
   * contradict it, and for amendments it adds. `paragraphs`: plain text as
   * the HTML of a paragraph a line, and one after an excerpt's "[…]", which
   * its amendments are heard in ("… [&#8230;]\nRättelse: …").
   */
  alternatives?: Array<{ html: string; name: string; paragraphs?: string | undefined }> | undefined;
}
