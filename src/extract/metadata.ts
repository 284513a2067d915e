import { isElement, type HtmlPage, type PageNode } from '../load/htmlPage.js';
import type { Block } from '../text/blocks.js';
import { tidy } from '../text/normalize.js';
import { findElement, findElements } from '../text/find.js';
import { ARCHIVE_TODAY_HOST, unwrapArchiveUrl } from './urls.js';
import { LETTER } from '../rules/letters.js';
import type { StatedMetadata } from '../load/unpack/types.js';
import { linkedArticles, type LinkedArticle } from './linkedData.js';
import { cutTest } from './numbers.js';

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
const BYLINE_WORD = /^(?:av|by|posted by|publicerat av|skrivet av|written by) /i;
/**
 * A dateline's byline: a capitalised name after "av"/"by", at the end or
 * before the date ("Publicerat den 6 december 2012 av Cecilia Malmström",
 * "Published by Cecilia Malmström on 6 December 2012 in …").
 */
const DATED_BYLINE = / (?:av|by) ([A-ZÀ-Þ][^\s,|]*(?: [A-ZÀ-Þ][^\s,|]*){0,3})(?:$| (?:on|den) )/;
/** A dateline or byline is a short line, not a paragraph that happens to mention a date. */
const DATELINE_LENGTH = 160;
const TITLE_SEPARATOR = / [|–—»:-] /;
/** An archive.today capture's header: "saved from" and the snapshot's own date, never the post's. */
const ARCHIVE_HEADER = /^(?:saved from|archived|webpage capture)\b/i;
const SAVED_FROM = /^saved from:?$/i;
const SAVED_LABELS: ReadonlySet<string> = new Set(['div', 'td', 'span', 'b']);

function isoDate(year: number, month: number, day: number): string | null {
  // Date.UTC takes a year from 0 to 99 for 1900 to 1999: "0099-12-06" would come out as 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** "2012-12-06T10:12:00+00:00", ".../2012/12/06/...", "6 december 2012" or "December 6, 2012". */
export function parseDate(text: string, cuts: readonly number[] = []): string | null {
  const iso = ISO_DATE.exec(text) ?? URL_DATE.exec(text);
  if (iso) return cutThrough(iso, cuts) ? null : isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  const dmyMonth = dmy && MONTHS[dmy[2]?.toLowerCase() ?? ''];
  if (dmy && dmyMonth) return cutThrough(dmy, cuts) ? null : isoDate(Number(dmy[3]), dmyMonth, Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  const mdyMonth = mdy && MONTHS[mdy[1]?.toLowerCase() ?? ''];
  if (mdy && mdyMonth) return cutThrough(mdy, cuts) ? null : isoDate(Number(mdy[3]), mdyMonth, Number(mdy[2]));
  return null;
}

/**
 * Whether a cut (`Block.cuts`) runs through a number of the date: a footnote
 * mark glued to its day or year ("1<sup>1</sup> december 2012" reads "11
 * december 2012"). An ordinal's raised letters cut none: "6<sup>th</sup>
 * December 2012" is the 6th.
 */
function cutThrough(match: RegExpExecArray, cuts: readonly number[]): boolean {
  if (cuts.length === 0) return false;
  const isCut = cutTest(cuts);
  for (const run of match[0].matchAll(/[0-9]+/g)) {
    const start = match.index + run.index;
    if (isCut(start, start + run[0].length)) return true;
  }
  return false;
}

/** The <head>, found without searching the page: it is a child of <html> or of the document. */
function findHead(document: PageNode): PageNode | undefined {
  for (const node of document.children) {
    if (node.name === 'head') return node;
    if (node.name === 'html') return node.children.find((child) => child.name === 'head');
  }
  return undefined;
}

const headTagsRead = new WeakMap<HtmlPage, Map<string, string>>();

/**
 * Every <meta> by its name or property, every <link> by its rel ("link
 * canonical") and the <title>, first one winning. Only the head's own
 * children are read — a whole-page search costs as much as the extraction.
 */
function headTags(page: HtmlPage): Map<string, string> {
  // Asked by the metadata and by the post's excerpts (`headExcerpts`): the head is read once a page.
  const known = headTagsRead.get(page);
  if (known) return known;
  const tags = new Map<string, string>();
  headTagsRead.set(page, tags);
  const head = findHead(page.document);
  const elements = head ? head.children : findElements(page.document, (element) => HEAD_TAGS.has(element.name));
  for (const element of elements) {
    const { name, property, content, rel, href } = element.attribs;
    const entries: Array<[string | undefined, string | undefined]> =
      element.name === 'link'
        ? (rel ?? '').split(/\s+/).map((value): [string, string | undefined] => [`link ${value.toLowerCase()}`, href])
        : element.name === 'title'
          ? [['title', page.textContent(element)]]
          : [[name?.toLowerCase(), content], [property?.toLowerCase(), content]];
    for (const [key, value] of entries) if (key && value !== undefined && !tags.has(key)) tags.set(key, value);
  }
  return tags;
}

/** The head's tags that give the post again in a few words, each with how a message names it. */
const EXCERPT_TAGS: ReadonlyArray<readonly [string, string]> = [
  ['description', 'the page\'s <meta name="description">'],
  ['og:description', 'the page\'s <meta property="og:description">'],
  ['twitter:description', 'the page\'s <meta name="twitter:description">'],
  ['title', 'the page\'s <title>'],
  ['og:title', 'the page\'s <meta property="og:title">'],
  ['twitter:title', 'the page\'s <meta name="twitter:title">'],
];

/**
 * What the page's head says of the post in its own words — its description
 * and titles, and its linked data's description and body — each with how a
 * message names it: the same post rendered
 * again, as a feed entry's <description> is, so a figure it states otherwise
 * ("Nu står 54 länder…" in an excerpt kept from an earlier edition) makes the
 * post's figure uncertain.
 */
export function headExcerpts(page: HtmlPage, post: readonly Block[]): Array<{ text: string; name: string }> {
  const head = headTags(page);
  let words: ReadonlySet<string> | undefined;
  const excerpt = (text: string) => isExcerptOf(text, (words ??= wordsOf(post)));
  const tags = EXCERPT_TAGS.flatMap(([key, name]) => {
    const text = head.get(key)?.trim();
    // A title is the page's own; a description may be the whole site's ("Cecilias blogg om EU:s 27 länder").
    return text && (key.endsWith('title') || excerpt(text)) ? [{ text, name }] : [];
  });
  const scripts = findHead(page.document)?.children.filter((element) => element.name === 'script') ?? [];
  const linked = linkedArticles(scripts.map((script) => page.textContent(script))).flatMap(({ description, articleBody }) => [
    ...(description && excerpt(description) ? [{ text: description, name: "the page's linked data (JSON-LD description)" }] : []),
    ...(articleBody ? [{ text: articleBody, name: "the page's linked data (JSON-LD articleBody)" }] : []),
  ]);
  return [...tags, ...linked];
}

const WORDS = /\p{L}{3,}/gu;
/** How much of a description's words the post must hold for it to be the post's excerpt, not the site's. */
const EXCERPT_SHARE = 0.6;

/**
 * Whether a description says the post again: most of its words of three letters or more are the post's. An edited
 * excerpt ("Ett år senare står 54 länder bakom initiativet…") is; a blog's description of itself is not.
 */
export function isExcerptOf(text: string, postWords: ReadonlySet<string>): boolean {
  const words = text.toLowerCase().match(WORDS) ?? [];
  return words.length > 0 && words.filter((word) => postWords.has(word)).length >= EXCERPT_SHARE * words.length;
}

/** The post's words of three letters or more, lower-cased (see `isExcerptOf`). */
export const wordsOf = (post: readonly Block[]): ReadonlySet<string> => new Set(post.flatMap((block) => block.text.toLowerCase().match(WORDS) ?? []));

/**
 * The post's own header and footer — its date and author link — sit a level
 * or two around its text; searching only there keeps a sidebar's or a
 * comment's byline out, and keeps the search short on deeply nested pages.
 */
const SURROUNDING_LEVELS = 3;

const HEAD_TAGS: ReadonlySet<string> = new Set(['meta', 'link', 'title']);

function surroundings(container: PageNode): PageNode {
  let scope = container;
  for (let level = 0; level < SURROUNDING_LEVELS && scope.parent; level++) scope = scope.parent;
  return scope;
}

/** Whether a space-separated attribute (`rel`, `class`) holds one of the words. */
function hasWord(element: PageNode, attribute: string, ...words: string[]): boolean {
  const values = (element.attribs[attribute] ?? '').toLowerCase().split(/\s+/);
  return words.some((word) => values.includes(word));
}

const isHeading = (element: PageNode) => element.name === 'h1' || element.name === 'h2' || element.name === 'h3';

/** A link to the post itself inside its post element: rel=bookmark, or the link of its heading. */
function isPermalink(element: PageNode, article: PageNode): boolean {
  if (element.name !== 'a') return false;
  if (hasWord(element, 'rel', 'bookmark')) return true;
  if (element.attribs['href'] === undefined) return false;
  for (let node = element.parent; node && node !== article; node = node.parent) if (isElement(node) && isHeading(node)) return true;
  return false;
}

function firstOf<T>(...candidates: Array<() => T | null | undefined>): T | null {
  for (const candidate of candidates) {
    const value = candidate();
    if (value !== null && value !== undefined && value !== '') return value;
  }
  return null;
}

/** An element that is one post: <article>, WordPress's `hentry`/`type-post`, or schema.org's BlogPosting. */
const POST_CLASS = /(?:^|\s)(?:post|hentry|type-post|blog-post|entry)(?:\s|$)/i;
const POST_ITEMTYPE = /schema\.org\/(?:Blog|News)?(?:Posting|Article)\b/i;
const ARTICLE_LEVELS = 6;

function isPost(node: PageNode): boolean {
  if (!isElement(node)) return false;
  return node.name === 'article' || POST_CLASS.test(node.attribs['class'] ?? '') || POST_ITEMTYPE.test(node.attribs['itemtype'] ?? '');
}

/** The post element that holds the post's text: the container or one of its near ancestors. */
function postElement(container: PageNode): PageNode | undefined {
  let node: PageNode | null = container;
  for (let level = 0; node && level <= ARTICLE_LEVELS; level++, node = node.parent) if (isPost(node)) return node;
  return undefined;
}

/**
 * Whether the post stands among other posts (a month archive, a front page, a
 * tag page): another post element within a few levels around it. Then the
 * page's <title>, Open Graph tags and first dates describe the page or another
 * post, and the post element's own heading, date and byline are the post's.
 */
function amongPosts(post: PageNode): boolean {
  let chain: PageNode = post;
  for (let level = 0; level < SURROUNDING_LEVELS && chain.parent; level++) {
    const parent: PageNode = chain.parent;
    for (const child of parent.children) {
      if (child === chain) continue;
      if (isPost(child) || child.children.some(isPost)) return true;
    }
    chain = parent;
  }
  return false;
}

/** The site's own name, to drop from a title that carries it ("Rubrik | Cecilia Malmström"). */
function withoutSiteName(title: string, siteNames: readonly string[], fallbackToFirst: boolean): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const isSite = (part: string | undefined) => part !== undefined && siteNames.some((name) => name.toLowerCase() === part.trim().toLowerCase());
  if (isSite(parts[parts.length - 1])) return withoutSiteName(title.slice(0, title.lastIndexOf(parts[parts.length - 1] as string) - 3).trim(), siteNames, false);
  if (isSite(parts[0])) return withoutSiteName(title.slice((parts[0] as string).length + 3).trim(), siteNames, false);
  return fallbackToFirst ? (parts[0] as string) : title;
}

/** The part of a title ("Rubrik | Sajt") that is the post's own heading, when one is. */
function headingPart(title: string, heading: string | null | undefined): string | undefined {
  const parts = title.split(TITLE_SEPARATOR);
  return heading && parts.length > 1 ? parts.find((part) => part.trim() === heading) : undefined;
}

/** What a container (a feed entry, an MHTML file, an HTTP response) says of the document. */
export interface ContainerMetadata {
  stated: StatedMetadata;
  location?: string | undefined;
}

/**
 * The address an archive.today capture was saved from, which its header
 * gives after "saved from" in a link or an input field.
 */
function savedFrom(page: HtmlPage): string | undefined {
  const label = findElement(page.document, (element) => SAVED_LABELS.has(element.name) && SAVED_FROM.test(page.textContent(element).trim()));
  if (!label) return undefined;
  const holdsAddress = (element: PageNode) => (element.name === 'input' && element.attribs['value'] !== undefined) || (element.name === 'a' && element.attribs['href'] !== undefined);
  const siblingsAfter = (node: PageNode | null) => (node?.parent ? node.parent.children.slice(node.parent.children.indexOf(node) + 1) : []);
  const following = [...siblingsAfter(label), ...siblingsAfter(label.parent)].flatMap((element) => [
    ...(holdsAddress(element) ? [element] : []),
    ...findElements(element, holdsAddress),
  ]);
  for (const element of following) {
    const value = unwrapArchiveUrl(element.attribs['value'] ?? element.attribs['href'] ?? '');
    const original = value.replace(ARCHIVE_TODAY_HOST, '');
    if (/^https?:\/\//i.test(original)) return original;
  }
  return undefined;
}

/** The linked-data article that is this post: the one at its address or under its heading, or the page's only one. */
function linkedArticleOf(articles: readonly LinkedArticle[], address: string | null, heading: string | null, among: boolean): LinkedArticle | undefined {
  const matching = articles.find((article) => (address && article.url === address) || (heading && article.headline === heading));
  if (matching || among) return matching;
  return articles.length === 1 ? articles[0] : undefined;
}

/**
 * Title, address, date and author, in trafilatura's order: what a container
 * states (a feed entry), then linked data (JSON-LD), then the metadata a
 * publishing system writes in the head (Open Graph, canonical link, <time>,
 * rel=author), then the short lines just before or atop the post (its
 * heading, a dateline, a byline), and for the date last the post's address.
 * On a page of several posts, the post element's own heading, date, byline
 * and permalink come before the head's, which describe the page.
 */
export function extractMetadata(
  page: HtmlPage,
  post: { container: PageNode; blocks: readonly Block[] },
  container: ContainerMetadata = { stated: {} },
): Metadata {
  const { document, blocks: pageBlocks } = page;
  const textOf = (element: PageNode | undefined) => (element ? page.textContent(element) : '');
  const article = postElement(post.container);
  const among = article !== undefined && amongPosts(article);
  const scope = among && article ? article : surroundings(post.container);
  const near = (test: (element: PageNode) => boolean) => findElement(scope, test);
  const head = headTags(page);
  const meta = (key: string) => tidy(head.get(key) ?? '');
  const stated = (key: keyof StatedMetadata) => tidy(container.stated[key] ?? '');
  const postBlocks = post.blocks;
  const postStart = postBlocks[0]?.start ?? 0;
  const before = pageBlocks
    .filter((block) => block.start < postStart && !ARCHIVE_HEADER.test(block.text))
    .slice(-12)
    .reverse();
  const dateline = [...postBlocks.slice(0, 3), ...before].filter((block) => block.text.length < DATELINE_LENGTH);
  const articleHeading = among && article ? tidy(textOf(findElement(article, isHeading))) : null;
  const permalink = among && article ? (findElement(article, (element) => isPermalink(element, article))?.attribs['href'] ?? null) : null;
  const pageUrl = firstOf(
    () => meta('link canonical'),
    () => meta('og:url'),
  );
  // The loader keeps no other script than linked data, so every <script> here is JSON-LD.
  const isScript = (element: PageNode) => element.name === 'script';
  const scripts = new Set([...(findHead(document)?.children.filter(isScript) ?? []), ...findElements(scope, isScript)]);
  const linked = linkedArticleOf(linkedArticles([...scripts].map(textOf)), among ? permalink : pageUrl, among ? articleHeading : meta('og:title'), among);
  const siteNames = [meta('og:site_name'), meta('application-name')].filter(Boolean);
  const url = firstOf(
    () => stated('url'),
    () => (among ? permalink : null),
    () => pageUrl,
    () => tidy(linked?.url ?? ''),
    () => container.location,
  );
  // archive.today's head dates the snapshot, not the post, and names itself as the site.
  const archiveToday = url !== null && ARCHIVE_TODAY_HOST.test(unwrapArchiveUrl(url));
  const address = url && archiveToday ? (savedFrom(page) ?? unwrapArchiveUrl(url)) : url && unwrapArchiveUrl(url);
  const heading = among ? articleHeading : before.find((block) => block.kind === 'heading')?.text;
  const title = firstOf(
    () => stated('title'),
    () => tidy(linked?.headline ?? ''),
    () => (among ? articleHeading : null),
    () => meta('og:title'),
    () => heading,
    () => (meta('title') ? withoutSiteName(meta('title'), siteNames, true) : null),
  );
  const published = firstOf(
    () => parseDate(stated('published')),
    () => parseDate(linked?.datePublished ?? ''),
    () => (among || archiveToday ? null : parseDate(meta('article:published_time'))),
    () => parseDate(near((element) => element.name === 'time' && element.attribs['datetime'] !== undefined)?.attribs['datetime'] ?? ''),
    () => dateline.map((block) => parseDate(block.text, block.cuts)).find(Boolean),
    () => (address ? parseDate(address) : null),
  );
  const author = firstOf(
    () => stated('author'),
    () => tidy(linked?.author ?? ''),
    () => (among ? null : meta('author')),
    () => (among ? null : meta('article:author').replace(/^https?:\/\/\S*$/, '')),
    () => tidy(textOf(near((element) => hasWord(element, 'rel', 'author')))),
    () => tidy(textOf(near((element) => element.attribs['itemprop'] === 'author'))),
    () => tidy(textOf(near((element) => hasWord(element, 'class', 'byline', 'author')))).replace(BYLINE_WORD, ''),
    () => dateline.map((block) => BYLINE.exec(block.text)?.[1]).find(Boolean),
    () => dateline.map((block) => (parseDate(block.text, block.cuts) ? DATED_BYLINE.exec(block.text)?.[1] : undefined)).find(Boolean),
    () => meta('author'),
  );
  return { title: title && (headingPart(title, heading) ?? withoutSiteName(title, siteNames, false)), url: address, published, author };
}
