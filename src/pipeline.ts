import { createHash } from 'node:crypto';
import type { Document, ParentNode } from 'domhandler';
import { decode } from './load/decode.js';
import { fromHtml } from './load/fromHtml.js';
import { createLocator, type Position } from './load/positions.js';
import { rankContainers } from './locate/candidates.js';
import { toBlocks, type Block } from './text/blocks.js';
import { findDecodingDamage } from './text/damage.js';
import { detectLanguage } from './extract/language.js';
import { extractStatistics, type FoundStatistic } from './extract/statistics.js';
import { extractCommitments, type FoundCommitments } from './extract/commitments.js';
import { findCountryList, findFootnote, type CountryList, type Footnote } from './extract/countries.js';
import { extractMetadata } from './extract/metadata.js';
import type { Language } from './extract/numbers.js';
import { resolveCountry } from './countries/resolve.js';
import { MEMO_12_944 } from './countries/reference.js';
import {
  COMMITMENT_IDS,
  Extraction,
  SCHEMA_VERSION,
  STATISTIC_IDS,
  type Countries,
  type Location,
  type Warning,
} from './schema/output.js';

export interface ExtractOptions {
  /** The bytes of the page the footnote links to, saved by the user. */
  linked?: Uint8Array | undefined;
}

interface Loaded {
  document: Document;
  locate: (offset: number) => Position;
  encoding: string;
}

function load(bytes: Uint8Array): Loaded {
  const { text, encoding } = decode(bytes);
  return { document: fromHtml(text), locate: createLocator(text), encoding };
}

interface PostFacts {
  /** The element that holds the post, or the whole page when none stood out. */
  container: ParentNode;
  blocks: Block[];
  language: Language;
  statistics: FoundStatistic[];
  commitments: FoundCommitments;
}

function readFacts(container: ParentNode, blocks: Block[]): PostFacts {
  const language = detectLanguage(blocks.map((block) => block.text).join(' '));
  return { container, blocks, language, statistics: extractStatistics(blocks, language), commitments: extractCommitments(blocks) };
}

const ALL_FACTS = COMMITMENT_IDS.length + STATISTIC_IDS.length;
const factCount = (facts: PostFacts) => facts.statistics.length + facts.commitments.items.length;

/**
 * The post is the candidate container from which the most of its facts can be
 * read; among equals, the one whose text structure ranks highest — which is
 * the tightest, so that nothing around the post leaks in.
 */
function locatePost(document: Document, pageBlocks: Block[]): PostFacts {
  let best: PostFacts | undefined;
  for (const candidate of rankContainers(pageBlocks)) {
    const facts = readFacts(candidate.element, toBlocks(candidate.element));
    if (!best || factCount(facts) > factCount(best)) best = facts;
    if (factCount(best) === ALL_FACTS) break;
  }
  return best ?? readFacts(document, pageBlocks);
}

class Warnings {
  readonly list: Warning[] = [];
  constructor(private readonly locate: (offset: number) => Position) {}

  add(code: string, message: string, offset?: number): void {
    this.list.push({ code, message, location: offset === undefined ? null : this.locate(offset) });
  }
}

function readLinked(bytes: Uint8Array): CountryList | undefined {
  const page = load(bytes);
  const blocks = toBlocks(page.document);
  return findCountryList(blocks, detectLanguage(blocks.map((block) => block.text).join(' ')));
}

let reference: Array<{ code: string; name: string }> | undefined;

/** The reference list, resolved to codes through the same library as any page's list, once. */
function referenceCountries(): Array<{ code: string; name: string }> {
  reference ??= MEMO_12_944.countries.flatMap((name) => {
    const code = resolveCountry(name, 'en');
    return code ? [{ code, name }] : [];
  });
  return reference.map((country) => ({ ...country }));
}

function listWarnings(list: CountryList, warnings: Warnings, where: string): void {
  for (const name of list.unresolved) {
    warnings.add('unresolved-country', `${where}: "${name}" is not a country name this tool knows`, list.start);
  }
  for (const { name, code } of list.duplicates) {
    warnings.add('duplicate-country', `${where}: "${name}" (${code}) is listed twice`, list.start);
  }
}

function resolveCountries(
  post: PostFacts,
  footnote: Footnote | undefined,
  declared: number | null,
  options: ExtractOptions,
  warnings: Warnings,
): Countries {
  const url = footnote?.url ?? null;
  const inPost = findCountryList(post.blocks, post.language);
  let countries: Countries;
  if (inPost) {
    listWarnings(inPost, warnings, 'the post');
    countries = { declared, source: 'post', url, items: inPost.items };
  } else if (options.linked) {
    const linked = readLinked(options.linked);
    if (linked) listWarnings(linked, warnings, 'the linked page');
    else warnings.add('linked-without-list', 'the page given with --linked names no list of countries');
    countries = { declared, source: linked ? 'linked' : 'none', url, items: linked?.items ?? [] };
  } else if (url && MEMO_12_944.pattern.test(url)) {
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
    warnings.add('country-count-mismatch', `the post speaks of ${declared} countries but the list names ${countries.items.length}`);
  }
  return countries;
}

function factWarnings(post: PostFacts, warnings: Warnings): void {
  const { commitments, statistics } = post;
  for (const item of commitments.unrecognised) {
    warnings.add('unrecognised-list-item', `a list item matches none of the four commitments: "${item.text.slice(0, 80)}"`, item.start);
  }
  for (const item of commitments.duplicates) {
    warnings.add('duplicate-commitment', `the commitment ${item.id} is listed twice`, item.start);
  }
  for (const id of COMMITMENT_IDS) {
    if (!commitments.items.some((item) => item.id === id)) warnings.add('missing-commitment', `the commitment ${id} was not found`);
  }
  for (const id of STATISTIC_IDS) {
    if (!statistics.some((statistic) => statistic.id === id)) warnings.add('missing-statistic', `the statistic ${id} was not found`);
  }
  for (const block of post.blocks) {
    const damage = findDecodingDamage(block.text);
    if (damage) {
      warnings.add('decoding-damage', `the text looks wrongly decoded near "${damage}"`, block.start);
      break;
    }
  }
}

/**
 * The whole pipeline: bytes → DOM → the post's blocks → facts → a validated
 * document. Throws `InputError` for input that is not a readable page; a page
 * that lacks some of the post's facts still yields a document, whose warnings
 * say what is missing (see `missingFacts`).
 */
export function extractPost(bytes: Uint8Array, options: ExtractOptions = {}): Extraction {
  const page = load(bytes);
  const pageBlocks = toBlocks(page.document);
  const post = locatePost(page.document, pageBlocks);
  const warnings = new Warnings(page.locate);
  const at = (offset: number): Location => page.locate(offset);
  const metadata = extractMetadata(page.document, pageBlocks, post);
  const declared = post.statistics.find((statistic) => statistic.id === 'participating-countries')?.value ?? null;
  factWarnings(post, warnings);
  const countries = resolveCountries(post, findFootnote(post.blocks), declared, options, warnings);
  return Extraction.parse({
    schemaVersion: SCHEMA_VERSION,
    document: {
      ...metadata,
      language: post.language,
      encoding: page.encoding,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    },
    commitments: post.commitments.items.map(({ id, text, start }) => ({ id, text, location: at(start) })),
    statistics: post.statistics.map(({ start, ...statistic }) => ({ ...statistic, location: at(start) })),
    countries,
    warnings: warnings.list,
  });
}

/** The ids of the post's required facts that an extraction lacks; empty when it is complete. */
export function missingFacts(extraction: Extraction): string[] {
  const found = new Set<string>([...extraction.commitments, ...extraction.statistics].map((fact) => fact.id));
  return [...COMMITMENT_IDS, ...STATISTIC_IDS].filter((id) => !found.has(id));
}
