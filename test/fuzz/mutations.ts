/**
 * Mutations of a captured page for the fuzzer (test/fuzz.test.ts): the kinds
 * of damage issue 10 found by hand. Each keeps the figures' digits as they
 * are — a mutation that rewrote "50 000" as "5 000" would only be an edit of
 * the page, which the output must follow — so the oracle can ask that every
 * figure still read is the unmutated page's.
 */

/** A small seeded generator (mulberry32): the same seed, the same cases. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const between = (rng: Rng, low: number, high: number): number => low + Math.floor(rng() * (high - low + 1));

const isDigit = (byte: number | undefined): boolean => byte !== undefined && byte >= 0x30 && byte <= 0x39;

/** Byte flips anywhere but on a digit, and never to one. */
function flipBytes(page: Buffer, rng: Rng): Buffer {
  const out = Buffer.from(page);
  const flips = between(rng, 1, 20);
  for (let n = 0; n < flips; n++) {
    const at = between(rng, 0, out.length - 1);
    if (isDigit(out[at])) continue;
    let byte = between(rng, 0, 255);
    if (isDigit(byte)) byte = 0x78;
    out[at] = byte;
  }
  return out;
}

/** The page cut off anywhere (a figure cut in the middle stands at the very end, where nothing follows it). */
function truncate(page: Buffer, rng: Rng): Buffer {
  return page.subarray(0, between(rng, 1, page.length));
}

const BLOCK_ELEMENT = /<(p|li|ul|ol|div|section|article|aside|header|footer|nav|h[1-6]|blockquote|table|figure)\b[^>]*>/gi;

/** The whole elements (open tag to its matching end tag) of block kinds in the page: [start, end) offsets. */
function blockElements(html: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const opens = new RegExp(BLOCK_ELEMENT);
  for (let match = opens.exec(html); match && found.length < 400; match = opens.exec(html)) {
    const name = (match[1] ?? '').toLowerCase();
    const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
    tags.lastIndex = match.index + match[0].length;
    let depth = 1;
    for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
      depth += tag[1] ? -1 : 1;
      if (depth === 0) {
        found.push([match.index, tag.index + tag[0].length]);
        break;
      }
      if (tag.index - match.index > 200_000) break;
    }
  }
  return found;
}

/** Whole block elements removed or duplicated in place. */
function editElements(page: Buffer, rng: Rng, kind: 'remove' | 'duplicate'): Buffer {
  let html = page.toString('latin1');
  const edits = between(rng, 1, 3);
  for (let n = 0; n < edits; n++) {
    const elements = blockElements(html);
    if (elements.length === 0) break;
    const [start, end] = pick(rng, elements);
    html = kind === 'remove' ? html.slice(0, start) + html.slice(end) : html.slice(0, end) + html.slice(start, end) + html.slice(end);
  }
  return Buffer.from(html, 'latin1');
}

const BAD_UTF8 = [[0xff], [0xfe], [0xc3], [0x80], [0xed, 0xa0, 0x80], [0xf0, 0x9f], [0xc0, 0xaf], [0xe2, 0x82]];

/** Ill-formed UTF-8 sequences inserted here and there. */
function badUtf8(page: Buffer, rng: Rng): Buffer {
  const parts: Buffer[] = [];
  const cuts = Array.from({ length: between(rng, 1, 12) }, () => between(rng, 0, page.length)).sort((a, b) => a - b);
  let from = 0;
  for (const cut of cuts) {
    parts.push(page.subarray(from, cut), Buffer.from(pick(rng, BAD_UTF8)));
    from = cut;
  }
  parts.push(page.subarray(from));
  return Buffer.concat(parts);
}

/** Many elements of nesting before the post, closed or not. */
function deepNesting(page: Buffer, rng: Rng, maxDepth: number): Buffer {
  const html = page.toString('latin1');
  const depth = between(rng, maxDepth / 10, maxDepth);
  const tag = pick(rng, ['i', 'div', 'span', 'b', 'section', 'svg']);
  const at = Math.max(0, html.search(/<body\b/i));
  const closed = rng() < 0.5;
  const open = `<${tag}>`.repeat(depth);
  const body = closed ? `${open}${html.slice(at)}${`</${tag}>`.repeat(depth)}` : `${open}${html.slice(at)}`;
  return Buffer.from(html.slice(0, at) + body, 'latin1');
}

const SEPARATORS = ['-', '/', '_', '`', '.', ',', "'", ':', '\u2019', '\u00a0', '\u202f', '\u2009', '&thinsp;', '&nbsp;', '&#45;', '</p><p>', '<br>', '<span></span>', '<!-- -->', ' 0', '', '\u2212', '\ufffd', '\ud83d\ude00'];
/** A footnote mark in a figure: its digits are no part of the figure, whose true value is still the unmutated page's. */
const MARKS = ['<sup>1</sup> ', ' <sup>1</sup>', '<sub>2</sub> ', '<a href="#fn1">1</a> ', '<sup><a href="#fn1">1</a></sup>\u00a0'];
/** A figure grouped by a space or no-break space: "50 000", "50&nbsp;000". */
const GROUPED = /([0-9])( |\u00a0|&nbsp;|&#160;)([0-9]{3})(?![0-9])/g;

/** The separator inside grouped figures replaced by anything a page might hold there. */
function separators(page: Buffer, rng: Rng): Buffer {
  const html = page.toString('utf8');
  if (!html.includes('\ufffd') && Buffer.byteLength(html) === page.length) {
    return Buffer.from(html.replace(GROUPED, (_all, a: string, _space: string, b: string) => (rng() < 0.7 ? `${a}${pick(rng, rng() < 0.8 ? SEPARATORS : MARKS)}${b}` : `${a} ${b}`)));
  }
  return page;
}

export const MUTATIONS = ['flip', 'truncate', 'remove', 'duplicate', 'bad-utf8', 'deep', 'separators'] as const;
export type Mutation = (typeof MUTATIONS)[number];

/** One mutant of `page`. `maxDepth` bounds the nesting the 'deep' mutation adds. */
export function mutate(page: Buffer, kind: Mutation, rng: Rng, maxDepth = 20_000): Buffer {
  switch (kind) {
    case 'flip':
      return flipBytes(page, rng);
    case 'truncate':
      return truncate(page, rng);
    case 'remove':
    case 'duplicate':
      return editElements(page, rng, kind);
    case 'bad-utf8':
      return badUtf8(page, rng);
    case 'deep':
      return deepNesting(page, rng, maxDepth);
    case 'separators':
      return separators(page, rng);
  }
}
