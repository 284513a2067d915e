import type { Block } from '../text/blocks.js';
import { resolveCountry } from '../countries/resolve.js';
import type { Language } from './numbers.js';
import { unwrapArchiveUrl } from './urls.js';
import { withoutMarks } from '../text/marks.js';

/** A list of every country in the world fits in this; longer text is not a list of names. */
const MAX_LIST_TEXT = 6000;
const MIN_LIST_LENGTH = 3;
/** Share of a block's comma-separated parts that must be countries for it to be a list of them. */
const MIN_RESOLVED_SHARE = 0.75;

export interface NamedCountry {
  code: string;
  name: string;
}

export interface CountryList {
  items: NamedCountry[];
  unresolved: string[];
  duplicates: NamedCountry[];
  start: number;
}

/** The names in a list such as "Albanien, Australien … USA och Vietnam.", after any "…:" lead-in. */
export function splitNameList(text: string): string[] {
  const colon = text.indexOf(':');
  const body = colon >= 0 && colon < 120 ? text.slice(colon + 1) : text;
  return body
    .split(/[,;]| (?:och|and|samt|&) /)
    .map((part) => part.trim().replace(/[.]$/, '').trim())
    .filter((part) => part.length > 0);
}

/** Cheaper than splitting: a list of three names has at least two separators. */
function mayBeList(text: string): boolean {
  let separators = 0;
  for (let at = text.indexOf(','); at !== -1 && separators < MIN_LIST_LENGTH - 1; at = text.indexOf(',', at + 1)) separators++;
  return separators >= MIN_LIST_LENGTH - 1 || (/[,;]/.test(text) && / (?:och|and|samt|&) /.test(text));
}

/** A footnote mark after a name ("Sverige<sup>1</sup>") is no part of it. */
export function readCountryList(block: Block, language: Language): CountryList | undefined {
  if (block.text.length > MAX_LIST_TEXT || !mayBeList(block.text)) return undefined;
  const names = splitNameList(withoutMarks(block.text, block.cuts));
  if (names.length < MIN_LIST_LENGTH) return undefined;
  const list: CountryList = { items: [], unresolved: [], duplicates: [], start: block.start };
  const seen = new Set<string>();
  const allowedUnresolved = Math.floor(names.length * (1 - MIN_RESOLVED_SHARE));
  for (const name of names) {
    const code = resolveCountry(name, language);
    if (!code) {
      list.unresolved.push(name);
      if (list.unresolved.length > allowedUnresolved) return undefined;
    } else if (seen.has(code)) list.duplicates.push({ code, name });
    else {
      seen.add(code);
      list.items.push({ code, name });
    }
  }
  return list.items.length < MIN_LIST_LENGTH ? undefined : list;
}

/** The block that names the most countries as a list, if any does. */
export function findCountryList(blocks: readonly Block[], language: Language): CountryList | undefined {
  let best: CountryList | undefined;
  for (const block of blocks) {
    const list = readCountryList(block, language);
    if (list && (!best || list.items.length > best.items.length)) best = list;
  }
  return best;
}

export interface Footnote {
  url: string;
  text: string;
  start: number;
}

/**
 * The footnote behind "48 länder*": a paragraph opening with the asterisk and
 * carrying a link. Archive links are unwrapped to the address the post gave.
 */
export function findFootnote(blocks: readonly Block[]): Footnote | undefined {
  for (const block of blocks) {
    if (!block.text.startsWith('*')) continue;
    const link = block.links.find((candidate) => candidate.href);
    if (link) return { url: unwrapArchiveUrl(link.href), text: block.text, start: block.start };
  }
  return undefined;
}
