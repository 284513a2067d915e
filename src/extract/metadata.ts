import { isTag, type Document, type Element, type ParentNode } from 'domhandler';
import type { Block } from '../text/blocks.js';
import { tidy } from '../text/normalize.js';
import { findElement, findElements, textContent } from '../text/find.js';
import { unwrapArchiveUrl } from './urls.js';
import { LETTER } from '../rules/letters.js';

export interface Metadata {
  title: string | null;
  url: string | null;
  published: string | null;
  author: string | null;
}

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, februari: 2, february: 2, mars: 3, march: 3, april: 4, maj: 5, may: 5,
  juni: 6, june: 6, juli: 7, july: 7, augusti: 8, august: 8, september: 9, oktober: 10, october: 10,
  november: 11, december: 12,
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const URL_DATE = /\/((?:19|20)\d\d)\/(\d\d)\/(\d\d)\//;
export const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)? ([${LETTER}]+),? ((?:19|20)\\d\\d)(?!\\d)`);
export const MONTH_DAY_YEAR = new RegExp(`(?<![${LETTER}])([${LETTER}]+) (\\d{1,2})(?:st|nd|rd|th)?, ((?:19|20)\\d\\d)(?!\\d)`);
const BYLINE = /^(?:av|by|posted by|publicerat av|skrivet av|written by) ([^,|]{2,60})$/i;
/** A dateline or byline is a short line, not a paragraph that happens to mention a date. */
const DATELINE_LENGTH = 160;
const TITLE_SEPARATOR = / [|–—»:-] /;

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** "2012-12-06T10:12:00+00:00", ".../2012/12/06/...", "6 december 2012" or "December 6, 2012". */
export function parseDate(text: string): string | null {
  const iso = ISO_DATE.exec(text) ?? URL_DATE.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  const dmyMonth = dmy && MONTHS[dmy[2]?.toLowerCase() ?? ''];
  if (dmy && dmyMonth) return isoDate(Number(dmy[3]), dmyMonth, Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  const mdyMonth = mdy && MONTHS[mdy[1]?.toLowerCase() ?? ''];
  if (mdy && mdyMonth) return isoDate(Number(mdy[3]), mdyMonth, Number(mdy[2]));
  return null;
}

/** The <head>, found without searching the page: it is a child of <html> or of the document. */
function findHead(document: Document): Element | undefined {
  for (const node of document.children) {
    if (!isTag(node)) continue;
    if (node.name === 'head') return node;
    if (node.name === 'html') return node.children.find((child): child is Element => isTag(child) && child.name === 'head');
  }
  return undefined;
}

/**
 * Every <meta> by its name or property, every <link> by its rel ("link
 * canonical") and the <title>, first one winning. Only the head's own
 * children are read — a whole-page search costs as much as the extraction.
 */
function headTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  const head = findHead(document);
  const elements = head ? head.children.filter(isTag) : findElements(document, (element) => HEAD_TAGS.has(element.name));
  for (const element of elements) {
    const { name, property, content, rel, href } = element.attribs;
    const entries: Array<[string | undefined, string | undefined]> =
      element.name === 'link'
        ? (rel ?? '').split(/\s+/).map((value) => [`link ${value.toLowerCase()}`, href])
        : element.name === 'title'
          ? [['title', textOf(element)]]
          : [[name?.toLowerCase(), content], [property?.toLowerCase(), content]];
    for (const [key, value] of entries) if (key && value !== undefined && !tags.has(key)) tags.set(key, value);
  }
  return tags;
}

/**
 * The post's own header and footer — its date and author link — sit a level
 * or two around its text; searching only there keeps a sidebar's or a
 * comment's byline out, and keeps the search short on deeply nested pages.
 */
const SURROUNDING_LEVELS = 3;

const HEAD_TAGS: ReadonlySet<string> = new Set(['meta', 'link', 'title']);

function surroundings(container: ParentNode): ParentNode {
  let scope = container;
  for (let level = 0; level < SURROUNDING_LEVELS && scope.parent; level++) scope = scope.parent;
  return scope;
}

function textOf(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.data : '')).join('');
}

function textOfAll(element: Element | undefined): string {
  return element ? textContent(element) : '';
}

function firstOf<T>(...candidates: Array<() => T | null | undefined>): T | null {
  for (const candidate of candidates) {
    const value = candidate();
    if (value !== null && value !== undefined && value !== '') return value;
  }
  return null;
}

/**
 * Title, address, date and author, as the page states them: first in the
 * metadata a publishing system writes (Open Graph, canonical link, <time>,
 * rel=author), then in the short lines just before or atop the post (its
 * heading, a dateline, a byline), and for the date last in the post's address.
 */
export function extractMetadata(
  document: Document,
  pageBlocks: readonly Block[],
  post: { container: ParentNode; blocks: readonly Block[] },
): Metadata {
  const postBlocks = post.blocks;
  const near = (test: (element: Element) => boolean) => findElement(surroundings(post.container), test);
  const head = headTags(document);
  const meta = (key: string) => tidy(head.get(key) ?? '');
  const postStart = postBlocks[0]?.start ?? 0;
  const before = pageBlocks.filter((block) => block.start < postStart).slice(-12).reverse();
  const dateline = [...postBlocks.slice(0, 3), ...before].filter((block) => block.text.length < DATELINE_LENGTH);
  const url = firstOf(
    () => meta('link canonical'),
    () => meta('og:url'),
  );
  const title = firstOf(
    () => meta('og:title'),
    () => before.find((block) => block.kind === 'heading')?.text,
    () => meta('title').split(TITLE_SEPARATOR)[0],
  );
  const published = firstOf(
    () => parseDate(meta('article:published_time')),
    () => parseDate(near((element) => element.name === 'time' && element.attribs['datetime'] !== undefined)?.attribs['datetime'] ?? ''),
    () => dateline.map((block) => parseDate(block.text)).find(Boolean),
    () => (url ? parseDate(unwrapArchiveUrl(url)) : null),
  );
  const author = firstOf(
    () => meta('author'),
    () => meta('article:author').replace(/^https?:\/\/\S*$/, ''),
    () => tidy(textOfAll(near((element) => (element.attribs['rel'] ?? '').toLowerCase().split(/\s+/).includes('author')))),
    () => tidy(textOfAll(near((element) => element.attribs['itemprop'] === 'author'))),
    () => dateline.map((block) => BYLINE.exec(block.text)?.[1]).find(Boolean),
  );
  return { title, url: url ? unwrapArchiveUrl(url) : null, published, author };
}
