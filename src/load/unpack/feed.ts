import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { getElementsByTagName, getInnerHTML, textContent } from 'domutils';
import { composeMarks } from '../compose.js';
import { decode } from '../decode.js';
import { InputError } from '../errors.js';
import type { StatedMetadata, Unpacked } from './types.js';

/**
 * domutils' `getFeed` reads an RSS item's `description` and prefers an Atom
 * entry's `summary` to its `content`, and reads no author: a blog's feed
 * carries the whole post in `content:encoded` (RSS) or `content` (Atom) and
 * the author in `dc:creator`, so the entries are read here, from the feed
 * parsed by the same htmlparser2 in XML mode.
 */
const ITEM_TAGS = ['item', 'entry'];
const CONTENT_TAGS = ['content:encoded', 'content', 'description', 'summary'];
const DATE_TAGS = ['pubDate', 'published', 'dc:date', 'updated'];
/** What names an entry across its edits: Atom's <id>, RSS's <guid>. */
const ID_TAGS = ['id', 'guid'];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 822's date, as RSS writes it: "Thu, 06 Dec 2012 10:12:00 +0000". */
const RFC822_DATE = /(\d{1,2}) ([A-Za-z]{3}) (\d{4})/;

function child(item: Element, name: string): Element | undefined {
  return getElementsByTagName(name, item.children, false, 1)[0];
}

function firstChild(item: Element, names: readonly string[]): Element | undefined {
  for (const name of names) {
    const found = child(item, name);
    if (found) return found;
  }
  return undefined;
}

/** The HTML an element of an item carries: escaped or in CDATA (its text), or inline XHTML (its markup). */
function contentHtml(content: Element): string {
  return content.attribs['type'] === 'xhtml' ? getInnerHTML(content, { xmlMode: false }) : textContent(content);
}

/** The HTML an item carries: that of its first content element. */
function itemHtml(item: Element): string {
  const content = firstChild(item, CONTENT_TAGS);
  return content ? contentHtml(content) : '';
}

const HAS_TAG = /<[A-Za-z]/;
const ESCAPED = /[<&]/g;

/** Plain text as the HTML of one paragraph. */
const asParagraph = (text: string): string => `<p>${text.replace(ESCAPED, (char) => (char === '<' ? '&lt;' : '&amp;'))}</p>`;

/** An excerpt's closing mark as WordPress and others write it: "[&#8230;]", "[&hellip;]", "[…]", "[...]". */
const EXCERPT_END = String.raw`\[(?:&#8230;|&hellip;|…|\.\.\.)\]`;

/**
 * Where plain text breaks into paragraphs for its amendments to be heard: a line break, and the end of an excerpt's
 * mark, "[&#8230;]" as WordPress writes it, after which what a feed adds is no part of the excerpt.
 */
const PLAIN_BREAK = new RegExp(`\\r?\\n|(?<=${EXCERPT_END})`);

/** Where markup breaks a line that holds no paragraphs of its own: "[&#8230;]<br/>Uppdatering: 780 …" is two lines. */
const HTML_BREAK = new RegExp(`<br\\s*\\/?>|(?<=${EXCERPT_END})`, 'i');

/**
 * What an item's other content elements hold (its `description` beside its
 * `content:encoded`): the same post, often shortened, which must not state
 * its figures otherwise. Plain text — an excerpt — is read as one paragraph,
 * and its amendments heard a line at a time (`PLAIN_BREAK`).
 */
function itemAlternatives(item: Element): NonNullable<Unpacked['alternatives']> {
  const contents = CONTENT_TAGS.flatMap((name) => child(item, name) ?? []);
  return contents.slice(1).flatMap((content) => {
    const html = contentHtml(content);
    if (html.trim() === '') return [];
    const name = `the entry's <${content.name}>`;
    // Opened with a tag either way: the reader takes text whose tags start far in for no HTML.
    if (HAS_TAG.test(html)) {
      const lines = html.split(HTML_BREAK).filter((line) => line.trim() !== '');
      return [{ html: `<div>${html}</div>`, name, paragraphs: lines.map((line) => `<p>${line}</p>`).join('') }];
    }
    const paragraphs = html.split(PLAIN_BREAK).filter((line) => line.trim() !== '');
    return [{ html: asParagraph(html), name, paragraphs: paragraphs.map(asParagraph).join('') }];
  });
}

/** "2012-12-06T…" as it is; RFC 822's day, month and year as the date the item states, whatever its time zone. */
function itemDate(text: string): string | undefined {
  const rfc822 = RFC822_DATE.exec(text);
  const month = rfc822 ? MONTHS.indexOf((rfc822[2] ?? '').toLowerCase()) + 1 : 0;
  if (rfc822 && month > 0) return `${rfc822[3]}-${String(month).padStart(2, '0')}-${(rfc822[1] ?? '').padStart(2, '0')}`;
  return text.trim() || undefined;
}

function itemLink(item: Element): string | undefined {
  const links = getElementsByTagName('link', item.children, false);
  const atom = links.find((link) => link.attribs['href'] && (link.attribs['rel'] ?? 'alternate') === 'alternate');
  if (atom) return atom.attribs['href'];
  const rss = links.map((link) => textContent(link).trim()).find(Boolean);
  return rss;
}

/** RSS's `author` is an address, with the name in brackets only if the feed gives one: an address is no name. */
const EMAIL_ONLY = /^[^\s@]+@[^\s@]+$/;

/** `dc:creator`, Atom's `author > name`, or RSS's `author` ("address (Name)"). */
function itemAuthor(item: Element): string | undefined {
  const creator = child(item, 'dc:creator');
  if (creator) return textContent(creator);
  const author = child(item, 'author');
  if (!author) return undefined;
  const name = child(author, 'name');
  if (name) return textContent(name);
  const text = textContent(author);
  const named = /\(([^()]+)\)\s*$/.exec(text)?.[1] ?? text;
  return EMAIL_ONLY.test(named.trim()) ? undefined : named;
}

/** Atom's `type="html"` text is markup ("Europe&#8217;s"); its text is what a reader sees. */
function plainText(element: Element): string {
  const text = textContent(element);
  return element.attribs['type'] === 'html' ? textContent(parseDocument(text)) : text;
}

function itemId(item: Element): string | undefined {
  const id = firstChild(item, ID_TAGS);
  return (id && textContent(id).trim()) || undefined;
}

function itemMetadata(item: Element): StatedMetadata {
  const title = child(item, 'title');
  const date = firstChild(item, DATE_TAGS);
  return {
    title: title && plainText(title),
    url: itemLink(item),
    published: date && itemDate(textContent(date)),
    author: itemAuthor(item),
    id: itemId(item),
  };
}

/**
 * The entries of an RSS 2.0, RSS 1.0 or Atom feed that carry HTML, each as a
 * document of its own whose metadata are the entry's: which of them is the
 * post is for the pipeline to find, as it finds the post among a page's
 * containers. A served feed's `Content-Type` charset comes before its XML
 * declaration, as for a page (RFC 7303).
 */
export function unpackFeed(bytes: Uint8Array, transportCharset?: string): Unpacked[] {
  const { text, encoding } = decode(bytes, { transportCharset });
  return unpackFeedText(text, encoding);
}

/**
 * The entries of a feed already decoded, from `encoding`. Its letters are
 * composed before the entries are taken out (`composeMarks`), so that an
 * entry's title, author and excerpt read as its HTML does; where an entry's
 * text stands is told in the entry's HTML, not in the feed's file.
 */
export function unpackFeedText(text: string, encoding: string): Unpacked[] {
  const feed = parseDocument(composeMarks(text).text, { xmlMode: true });
  const items = ITEM_TAGS.flatMap((name) => getElementsByTagName(name, feed.children, true));
  const documents = items
    .map((item) => ({ html: itemHtml(item), item }))
    .filter(({ html }) => HAS_TAG.test(html))
    .map(({ html, item }): Unpacked => ({ content: { text: html, encoding }, stated: itemMetadata(item), alternatives: itemAlternatives(item) }));
  if (documents.length === 0) throw new InputError('not-html', 'the input is a news feed (RSS or Atom) with no entry that holds an HTML post');
  return documents;
}
