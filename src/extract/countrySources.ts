import { loadPage } from '../load/loadPage.js';
import type { UnpackOptions } from '../load/unpack/index.js';
import { InputError } from '../load/errors.js';
import type { Block } from '../text/blocks.js';
import { isAmbiguousCountryName, resolveCountry } from '../countries/resolve.js';
import { isMemoAddress, MEMO_12_944 } from '../countries/reference.js';
import type { Countries } from '../schema/output.js';
import type { Warnings } from '../warnings.js';
import type { Position } from '../load/positions.js';
import { chooseCountryList, type CountryList, type Footnote } from './countries.js';
import { blocksLanguage } from './language.js';
import type { CountriesAmendment } from './amendedCountries.js';
import type { Language } from './numbers.js';

/**
 * A list read from the linked page, with where it stands there: its offsets
 * are the linked page's, which the extracted page's locations cannot place.
 */
type LinkedList = CountryList & {
  position: Position;
  /** The Commission memos the linked page names itself by ("MEMO/12/944"), normalised to "12/944". */
  memos: string[];
};

const MEMO_NAMED = /(?<![0-9A-Za-z])MEMO[-_/ ]([0-9]{2})[-_/]([0-9]{1,5})(?![0-9])/gi;

/** The memos a page's text names. */
function memosNamed(blocks: readonly Block[]): string[] {
  const named = new Set<string>();
  for (const block of blocks) for (const [, year, number] of block.text.matchAll(MEMO_NAMED)) named.add(`${year}/${number}`);
  return [...named];
}

/** The linked page's list, by the bytes it was read from and the post's date: a batch passes the same memo for every page. */
const linkedLists = new WeakMap<Uint8Array, Map<string | null, LinkedChoice>>();

/** The linked page, whose input errors say that they are about it rather than the page extracted. */
function loadLinked(page: string | Uint8Array, options: UnpackOptions): ReturnType<typeof loadPage> {
  try {
    return loadPage(page, options);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.problem, error.message, 'linked');
    throw error;
  }
}

/**
 * The linked page's list, or the lists it has that the tool cannot tell apart,
 * or those nothing introduces as the participants (placed in that page), or null.
 */
type LinkedChoice = LinkedList | { tied: Position[] } | { unintroduced: Position[] } | null;

function listOf(page: string | Uint8Array, options: UnpackOptions, published: string | null): LinkedChoice {
  const { blocks, locate } = loadLinked(page, options);
  const choice = chooseCountryList(blocks, blocksLanguage(blocks), published);
  if (!choice) return null;
  if ('tied' in choice) return { tied: choice.tied.map((list) => locate(list.start)) };
  if ('unintroduced' in choice) return { unintroduced: choice.unintroduced.map((list) => locate(list.start)) };
  return { ...choice.list, position: locate(choice.list.start), memos: memosNamed(blocks) };
}

/** `published`: the post's date, which a note in the linked page's list is set against too (see `chooseCountryList`). */
function readLinked(page: string | Uint8Array, options: UnpackOptions, published: string | null): LinkedChoice {
  if (typeof page === 'string') return listOf(page, options, published);
  let lists = linkedLists.get(page);
  if (lists === undefined) {
    lists = new Map();
    linkedLists.set(page, lists);
  }
  let list = lists.get(published);
  if (list === undefined) {
    list = listOf(page, options, published);
    lists.set(published, list);
  }
  return list;
}

/** How a list opens, to name it in a message: its lead-in, or its first name. */
function opening(list: CountryList): string {
  const words = list.leadIn || (list.items[0]?.name ?? '');
  return `"${words.length > 60 ? `${words.slice(0, 60)}…` : words}"`;
}

const TIED = 'which of them names the participating countries cannot be told, so none is taken';
const UNINTRODUCED = 'nothing says it names the participating countries (a lead-in such as "*Alla länder:" or "The following countries have joined:"), so it is not taken';

let reference: Array<{ code: string; name: string }> | undefined;

/** The reference list, resolved to codes through the same library as any page's list, once. */
function referenceCountries(): Array<{ code: string; name: string }> {
  reference ??= MEMO_12_944.countries.flatMap((name) => {
    const code = resolveCountry(name, 'en');
    return code ? [{ code, name }] : [];
  });
  return reference.map((country) => ({ ...country }));
}

/**
 * What is wrong with a list: placed in the extracted page when the list is
 * the post's own; a linked page's list is placed in words, in that page
 * (the warning's location can only name a place in the extracted page).
 */
function listWarnings(list: CountryList | LinkedList, warnings: Warnings): void {
  const linked = 'position' in list;
  const where = linked ? `the linked page (line ${list.position.line}, column ${list.position.column})` : 'the post';
  const offset = linked ? undefined : list.start;
  for (const name of list.unresolved) {
    const why = isAmbiguousCountryName(name) ? 'names more than one country' : 'is not a country name this tool knows';
    warnings.add('unresolved-country', `${where}: "${name}" ${why}`, offset);
  }
  for (const { name, note, named } of list.noted) {
    const how = named ? 'is named by a footnote on another country that the tool does not read as taking part' : 'carries a footnote the tool does not read as taking part';
    warnings.add('unresolved-country', `${where}: "${name}" ${how} ("${note}"), so it is not counted`, offset);
  }
  for (const { name, code } of list.duplicates) {
    warnings.add('duplicate-country', `${where}: "${name}" (${code}) is listed twice`, offset);
  }
}

export interface CountryContext {
  post: { blocks: readonly Block[]; language: Language };
  footnote: Footnote | undefined;
  declared: number | null;
  /** The page the footnote links to, when the user saved it: bytes, or text already decoded. */
  linked: string | Uint8Array | undefined;
  /** How the linked page arrived (the charset of its HTTP response), and how far it may unpack. */
  linkedOptions?: UnpackOptions | undefined;
  /** A block of the post that amends who takes part (see `findCountriesAmendment`). */
  amendment?: CountriesAmendment | undefined;
  /** The post's date, an ISO date, or null where the page does not say it: what a note on a listed country is set against. */
  published: string | null;
}

/**
 * The codes of the list the countries would come from, in `resolveCountries`' order and by its choices (the post's
 * own list, the linked page's, the reference copy), or undefined when none would be taken: what a note that says
 * whether a country takes part is compared with (see `findCountriesAmendment`).
 */
export function listedCodes({ post, footnote, linked, linkedOptions = {}, published }: Omit<CountryContext, 'declared' | 'amendment'>): ReadonlySet<string> | undefined {
  const codes = (items: ReadonlyArray<{ code: string }>) => new Set(items.map(({ code }) => code));
  const inPost = chooseCountryList(post.blocks, post.language, published);
  if (inPost && 'tied' in inPost) return undefined;
  if (inPost && 'list' in inPost) return codes(inPost.list.items);
  if (linked !== undefined) {
    const choice = readLinked(linked, linkedOptions, published);
    return choice && !('tied' in choice) && !('unintroduced' in choice) ? codes(choice.items) : undefined;
  }
  return footnote && isMemoAddress(footnote.url) ? codes(referenceCountries()) : undefined;
}

/**
 * The countries the post's own list names but holds out for a note the tool does not read whole ("Sverige¹," with
 * "¹ Sverige anslöt sig senare."): the list names them, so a block that says one joined names no country it lacks, and
 * the note that says so is read as the list's, not as news beside it.
 */
export function notedCodes(post: { blocks: readonly Block[]; language: Language }, published: string | null): ReadonlySet<string> {
  const inPost = chooseCountryList(post.blocks, post.language, published);
  const noted = inPost && 'list' in inPost ? inPost.list.noted : [];
  return new Set(noted.map(({ name }) => resolveCountry(name, post.language)).filter((code): code is string => code !== undefined));
}

/**
 * The participating countries, from the first source that has them: the
 * post's own list, the linked page the user saved, the tool's reference copy
 * of MEMO/12/944 when the footnote points there — or none, said in a warning;
 * none too when the post amends who takes part.
 */
export function resolveCountries({ post, footnote, declared, linked, linkedOptions = {}, amendment, published }: CountryContext, warnings: Warnings): Countries {
  const url = footnote?.url ?? null;
  if (amendment) {
    // No list, the post's own, a linked page's or the memo's, is known to name the participants the post now speaks of.
    warnings.add('unclear-countries', `the countries are left out: ${amendment.where ?? 'a block of the post'} ${amendment.why ?? 'amends who takes part'} ("${amendment.text}")`, amendment.start);
    return { declared, source: 'none', url, items: [] };
  }
  let inPost = chooseCountryList(post.blocks, post.language, published);
  if (inPost && 'unintroduced' in inPost) {
    const lists = inPost.unintroduced;
    const which = lists.length === 1 ? `a list of countries (${opening(lists[0] as CountryList)})` : `${lists.length} lists of countries (${lists.map(opening).join(', ')})`;
    warnings.add('unintroduced-country-list', `the post has ${which}, but ${UNINTRODUCED}`, lists[0]?.start);
    inPost = undefined;
  }
  let countries: Countries;
  if (inPost && 'tied' in inPost) {
    // The post names its countries, but in lists alike: neither the linked page nor the reference copy is known to be the one it means.
    const [first] = inPost.tied;
    warnings.add('tied-country-lists', `the post has ${inPost.tied.length} lists of countries, each introduced as the participants' (${inPost.tied.map(opening).join(', ')}): ${TIED}`, first?.start);
    countries = { declared, source: 'none', url, items: [] };
  } else if (inPost) {
    listWarnings(inPost.list, warnings);
    countries = { declared, source: 'post', url, items: inPost.list.items };
  } else if (linked !== undefined) {
    const choice = readLinked(linked, linkedOptions, published);
    const list = choice && !('tied' in choice) && !('unintroduced' in choice) ? choice : undefined;
    const where = (positions: readonly Position[]) => positions.map((position) => `line ${position.line}, column ${position.column}`).join('; ');
    if (list) listWarnings(list, warnings);
    else if (choice && 'tied' in choice) {
      warnings.add('tied-country-lists', `the page given with --linked has ${choice.tied.length} lists of countries (${where(choice.tied)}): ${TIED}`);
    } else if (choice && 'unintroduced' in choice) {
      warnings.add('unintroduced-country-list', `the page given with --linked has a list of countries (${where(choice.unintroduced)}), but ${UNINTRODUCED}`);
    } else warnings.add('linked-without-list', 'the page given with --linked names no list of countries');
    // A saved memo names itself; one that names only other memos is not the one the footnote links to.
    if (list && url && isMemoAddress(url) && list.memos.length > 0 && !list.memos.includes('12/944')) {
      warnings.add('linked-mismatch', `the page given with --linked names itself MEMO/${list.memos.slice(0, 3).join(', MEMO/')}, not MEMO/12/944, which the post's footnote links to`);
    }
    countries = { declared, source: list ? 'linked' : 'none', url, items: list?.items ?? [] };
  } else if (url && isMemoAddress(url)) {
    warnings.add(
      'countries-from-reference',
      "the post does not name its countries; they are the tool's reference copy of MEMO/12/944's list (pass the saved memo with --linked to read it instead)",
      footnote?.start,
    );
    countries = { declared, source: 'reference', url, items: referenceCountries() };
  } else {
    warnings.add('no-country-list', 'the post names no countries and its footnote links to no known list of them', footnote?.start);
    countries = { declared, source: 'none', url, items: [] };
  }
  if (declared !== null && countries.source !== 'none' && countries.items.length !== declared) {
    // The post's own list comes first; with a --linked page given, say that it was not read, or the page seems ignored for no reason.
    const unread = countries.source === 'post' && linked !== undefined ? ' (the list in the post itself, so the page given with --linked was not read)' : '';
    warnings.add('country-count-mismatch', `the post speaks of ${declared} countries but the list names ${countries.items.length}${unread}`);
  }
  return countries;
}
