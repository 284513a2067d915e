import { createHash } from 'node:crypto';
import { decodeDocument, documentsOf, loadDocument, type Page } from './load/loadPage.js';
import { handOver, type HandedOver } from './load/handedOver.js';
import type { Transport, Unpacked } from './load/unpack/index.js';
import { factCount, locatePost, withoutStatedElsewhere, type PostFacts } from './locate/post.js';
import { readHtml } from './load/readHtml.js';
import { blocksLanguage } from './extract/language.js';
import { readStatistics } from './extract/statistics.js';
import type { HtmlPage } from './load/htmlPage.js';
import type { FoundStatistic } from './extract/statistics.js';
import { countriesInConflict, describeStatement, yieldOtherwise } from './extract/conflicts.js';
import { findDecodingDamage } from './text/damage.js';
import { findFootnote } from './extract/countries.js';
import { listedCodes, notedCodes, resolveCountries } from './extract/countrySources.js';
import { extractMetadata, headExcerpts } from './extract/metadata.js';
import { withoutYearsAfter } from './extract/yearsAfterPublication.js';
import { DATED } from './rules/facts.js';
import { countriesUnread, findCountriesAmendment, withoutAmendedCountries } from './extract/amendedCountries.js';
import { withUnreadFigures } from './extract/unreadFigures.js';
import { findQualifyingFootnotes, footnoteOnCountries, withoutQualifiedFigures } from './extract/footnotes.js';
import { blocksRightAfter, findUntiedValues, untiedCountries, withoutUntiedValues } from './extract/untiedValues.js';
import { sameEntry, withDoubtsOfCopies, type OtherCopy } from './extract/otherCopies.js';
import { alignedStatements } from './extract/renderings.js';
import { Warnings, type LeftOut } from './warnings.js';
import { clipped } from './text/clip.js';
import { withOwnStrings } from './text/ownCopy.js';
import { endPage } from './text/pageEnd.js';
import { COMMITMENT_IDS, Extraction, SCHEMA_VERSION, STATISTIC_IDS, type Location } from './schema/output.js';

export interface ExtractOptions {
  /** The page the footnote links to, saved by the user: bytes, or text already decoded. */
  linked?: string | Uint8Array | undefined;
  /** What the HTTP response said of the bytes: its charset and final address. */
  transport?: Transport | undefined;
  /** What the HTTP response said of the linked page. */
  linkedTransport?: Transport | undefined;
  /** The most bytes a compressed capture may unpack to (default 64 MiB). */
  maxBytes?: number | undefined;
}

/** A document's facts to compare: each statistic as stated, and each commitment found. */
type Figures = Map<string, FoundStatistic | true>;

function figuresOf(post: PostFacts): Figures {
  return new Map<string, FoundStatistic | true>([
    ...post.statistics.map((statistic): [string, FoundStatistic] => [statistic.id, statistic]),
    ...post.commitments.items.map(({ id }): [string, true] => [id, true]),
  ]);
}

/** Every clear statement of a statistic in a document, each naming where it stands (see `FoundStatistic.elsewhere`). */
function statementsIn(page: HtmlPage, elsewhere: string): FoundStatistic[] {
  return readStatistics(page.blocks, blocksLanguage(page.blocks), '', { unnamed: false }).statements.map((statement) => ({ ...statement, elsewhere }));
}

/** Text, such as a <meta> tag's content, as the HTML of one paragraph that says it. */
const asParagraph = (text: string): string => `<p>${text.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`;

function entryName(unpacked: Pick<Unpacked, 'stated'>): string {
  const title = unpacked.stated.title?.trim();
  return title ? `another entry of the feed ("${clipped(title, 60)}")` : 'another entry of the feed';
}

/** A document the capture holds, decoded and parsed once however often it is searched (see `ownMonth`); its bytes are not kept. */
interface LoadedDocument {
  unpacked: Omit<Unpacked, 'content'>;
  page: Page;
}

/**
 * The capture's documents decoded, and the sha256 of the input as given. The
 * input is taken here and held by no frame past this one (see `HandedOver`):
 * the bytes of a large page are then young enough for the first minor
 * collection of the parse to free them, rather than the end of the run.
 */
function decodeDocuments(handed: HandedOver<string | Uint8Array>, options: ExtractOptions) {
  const input = handed.take();
  // Node hashes a string as its UTF-8 encoding.
  const sha256 = createHash('sha256').update(input).digest('hex');
  const decoded = documentsOf(input, { transport: options.transport, maxBytes: options.maxBytes }).map(({ content, ...unpacked }) => ({
    unpacked,
    text: decodeDocument(content),
  }));
  return { decoded, sha256 };
}

/** The capture's documents, each parsed once, and the sha256 of the input. */
function loadDocuments(handed: HandedOver<string | Uint8Array>, options: ExtractOptions): { documents: LoadedDocument[]; sha256: string } {
  const { decoded, sha256 } = decodeDocuments(handed, options);
  return { documents: decoded.map(({ unpacked, text }) => ({ unpacked, page: loadDocument(text) })), sha256 };
}

/**
 * Each document the capture holds — one, or a feed's entries — loaded and
 * searched; the one that yields the most of the post's facts is the post,
 * the first of equals. `tied`: the figures of the others that yield as many
 * (none of them yields none), kept to say so. `elsewhere`: the statements of
 * every other document and of the post's other renderings — the entry's
 * excerpt in a feed, the page head's description and titles — to leave out
 * what they contradict. `copies`: the other documents that are the same
 * post (`sameEntry`), whose doubts are the post's too (`withDoubtsOfCopies`);
 * `alternatives`: the entry's other renderings, as blocks, whose amendments are.
 */
function locateDocument(documents: readonly LoadedDocument[], month?: number) {
  let best;
  let tied: Array<{ figures: Figures; stated: Unpacked['stated'] }> = [];
  const others: FoundStatistic[][] = [];
  const holding: OtherCopy[] = [];
  for (const { unpacked, page } of documents) {
    const post = locatePost(page, month);
    const statements = documents.length > 1 ? statementsIn(page, entryName(unpacked)) : [];
    // A copy that holds none of the post's facts may still amend them ("<p>Rättelse: 47, inte 48.</p>"), or cut them.
    if (documents.length > 1) holding.push({ post, blocks: page.blocks, stated: unpacked.stated, name: entryName(unpacked) });
    if (!best || factCount(post) > factCount(best.post)) {
      if (best) others.push(best.statements);
      best = { unpacked, page, post, statements };
      tied = [];
    } else {
      others.push(statements);
      if (factCount(post) === factCount(best.post) && factCount(post) > 0) tied.push({ figures: figuresOf(post), stated: unpacked.stated });
    }
  }
  if (!best) throw new Error('unpack returned no document');
  const { stated } = best.unpacked;
  const copies = holding.filter((copy) => copy.post !== best.post && sameEntry(copy.stated, stated));
  // The entry's <description> beside its content is heard for an amendment it adds too, in its own paragraphs.
  const alternatives = (best.unpacked.alternatives ?? []).map(({ html, paragraphs, name }) => ({ blocks: readHtml(paragraphs ?? html).blocks, name }));
  const renderings = [
    ...(best.unpacked.alternatives ?? []).flatMap(({ html, name }) => statementsIn(readHtml(html), name)),
    // Since 4 December, the post's sentence cut short by the excerpt states its figure too, though it no longer says what it counts.
    ...alternatives.flatMap(({ blocks, name }) => alignedStatements(best.post, blocks).map((statement) => ({ ...statement, elsewhere: name }))),
    ...headExcerpts(best.page, best.post.blocks).flatMap(({ text, name }) => statementsIn(readHtml(asParagraph(text)), name)),
  ];
  // Since 4 December a copy of the entry (`sameEntry`) with the same figures is the post again, not a tie: its amendments are heard as a copy's.
  const ties = tied.filter(({ figures, stated: its }) => !sameEntry(its, stated) || tiedDifferences(best.post, [figures]).differing.length > 0).map(({ figures }) => figures);
  return { ...best, tied: ties, copies, alternatives, elsewhere: [...others.flat(), ...renderings] };
}

/**
 * The month the post is dated in, when it leaves a figure out as dated to a month (`DATED`): only the post's date,
 * read once the post is found, tells whether that month is the post's own ("I december står 48 länder" in a post of 6
 * December 2012), and the pages, parsed once, are then searched again with it (see `readStatistics`).
 */
function ownMonth({ page, post, unpacked }: ReturnType<typeof locateDocument>): number | undefined {
  if (!post.unclearFigures.some((figure) => figure.reason.endsWith(DATED))) return undefined;
  const month = /^[0-9]{4}-([0-9]{2})/.exec(extractMetadata(page, post, unpacked).published ?? '')?.[1];
  return month === undefined ? undefined : Number(month);
}

/**
 * The facts on which the entries that hold the post equally completely
 * disagree: which entry is the post is a guess, so a statistic that another
 * such entry states with another value is left out (the first entry's value
 * would be a guess too); a fact that one holds and another lacks is only said.
 */
function tiedDifferences(post: PostFacts, tied: readonly Figures[]): { differing: string[]; contradicted: Set<string> } {
  const read = figuresOf(post);
  const differing = new Set<string>();
  const contradicted = new Set<string>();
  for (const other of tied) {
    for (const id of new Set([...read.keys(), ...other.keys()])) {
      const [mine, theirs] = [read.get(id), other.get(id)];
      // As for two copies on one page (`yieldOtherwise`): another value or qualifier, or another source or year where both state one.
      const both = typeof mine === 'object' && typeof theirs === 'object';
      if (both ? !yieldOtherwise(mine, theirs) : mine === theirs) continue;
      differing.add(id);
      if (both) contradicted.add(id);
    }
  }
  return { differing: [...differing], contradicted };
}

/** Entries of a feed that hold the post as completely as the one read: which is the post is then a guess, and said. */
function tieWarning(post: PostFacts, tied: readonly Figures[], differing: readonly string[], contradicted: ReadonlySet<string>, warnings: Warnings): void {
  if (tied.length === 0) return;
  const others = tied.length === 1 ? 'another entry of the feed holds' : `${tied.length} other entries of the feed hold`;
  const left = contradicted.size > 0 ? `; left out, since which entry is the post cannot be told: ${[...contradicted].join(', ')}` : '';
  const figures = differing.length > 0 ? `their figures differ: ${differing.join(', ')}${left}` : 'their figures are the same';
  warnings.add('tied-feed-entries', `${others} as many of the post's facts (${factCount(post)}) as the one read, which is the first of them; ${figures}`, undefined, [...contradicted]);
}

/** A statement of a statistic as the conflict warning names it: its value, what the sentence adds to it, and where it stands. */
function statement(found: FoundStatistic, at: (offset: number) => Location): string {
  const words = clipped(found.quote);
  if (found.elsewhere !== undefined) return `${describeStatement(found)} in ${found.elsewhere}: "${words}"`;
  const { line, column } = at(found.start);
  return `${describeStatement(found)} at line ${line}, column ${column}: "${words}"`;
}

/**
 * A statistic stated differently in two places is left out (see
 * src/extract/conflicts.ts), and said so: each different statement once, in
 * the order read, a page may repeat one thousands of times.
 */
function conflictWarnings(post: PostFacts, warnings: Warnings, at: (offset: number) => Location): void {
  for (const { id, statements } of post.conflicts) {
    const different = new Map<string, FoundStatistic>();
    for (const found of statements) {
      const key = JSON.stringify([found.value, found.qualifier, found.period, found.source, found.year]);
      if (!different.has(key)) different.set(key, found);
    }
    const said = [...different.values()].slice(0, 5).map((found) => statement(found, at));
    const more = different.size > 5 ? ` and ${different.size - 5} more` : '';
    warnings.add(
      'conflicting-figures',
      `the statistic ${id} is stated differently in more than one place, so which is the post's own is not certain and it is left out: ${said.join('; ')}${more}`,
      statements[0]?.start,
      [id],
    );
  }
}


function factWarnings(post: PostFacts, warnings: Warnings, at: (offset: number) => Location): void {
  const { commitments, statistics } = post;
  for (const item of commitments.unrecognised) {
    warnings.add('unrecognised-list-item', `a list item matches none of the four commitments: "${item.text.slice(0, 80)}"`, item.start);
  }
  for (const item of commitments.duplicates) {
    warnings.add('duplicate-commitment', `the commitment ${item.id} is listed twice`, item.start);
  }
  for (const { id, text, reason, start } of commitments.unclear) {
    warnings.add('unclear-commitment', `the commitment ${id} was not read from "${clipped(text)}": ${reason}`, start, [id]);
  }
  for (const { id, items } of commitments.conflicts) {
    const said = items.slice(0, 5).map(({ text, start }) => {
      const { line, column } = at(start);
      return `at line ${line}, column ${column}: "${clipped(text)}"`;
    });
    const more = items.length > 5 ? ` and ${items.length - 5} more` : '';
    warnings.add(
      'conflicting-commitments',
      `the commitment ${id} is worded differently by more than one list item, so which is the post's own is not certain and it is left out: ${said.join('; ')}${more}`,
      items[0]?.start,
      [id],
    );
  }
  for (const id of COMMITMENT_IDS) {
    if (!commitments.items.some((item) => item.id === id)) warnings.add('missing-commitment', `the commitment ${id} was not found`);
  }
  for (const id of STATISTIC_IDS) {
    if (!statistics.some((statistic) => statistic.id === id)) warnings.add('missing-statistic', `the statistic ${id} was not found`);
  }
  for (const { id, figure, start, reason } of post.splitFigures) {
    const why = reason ?? 'a superscript, a subscript, a footnote mark, hidden or struck-out text or a line break cuts the figure, so its value is not certain';
    warnings.add('split-figure', `the statistic ${id} was not read from "${figure}": ${why}`, start, [id]);
  }
  for (const { id, field, reason, start } of post.unclearAttributes) {
    warnings.add('unclear-attribute', `the ${field} of the statistic ${id} is left null: ${reason}`, start);
  }
  for (const { id, figure, reason, start } of post.unclearFigures) {
    warnings.add('unclear-figure', `the statistic ${id} was not read from "${figure}": ${reason}`, start, [id]);
  }
  for (const block of post.blocks) {
    const damage = findDecodingDamage(block.text);
    if (damage) {
      warnings.add('decoding-damage', `the text looks wrongly decoded near "${damage}"`, block.start);
      break;
    }
  }
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/**
 * Options from JavaScript, which no type checked: a linked page of another
 * kind would fail deep inside with Node's words, and a size limit that is no
 * size would let any capture unpack, or none.
 */
function checkOptions(options: ExtractOptions): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`extractPost takes its options as an object, not ${kindOf(options)}`);
  }
  const { linked, maxBytes } = options;
  if (linked !== undefined && typeof linked !== 'string' && !(linked instanceof Uint8Array)) {
    throw new TypeError(`extractPost's linked option takes the linked page as a string or a Uint8Array, not ${kindOf(linked)}`);
  }
  // A limit past any page (Infinity, 10²⁹) is no limit, which the CLI's --max-size may ask for.
  if (maxBytes !== undefined && !(typeof maxBytes === 'number' && maxBytes >= 1)) {
    throw new TypeError(`extractPost's maxBytes option is a number of bytes, 1 or more, not ${typeof maxBytes === 'number' ? String(maxBytes) : `${kindOf(maxBytes)} ${JSON.stringify(maxBytes)}`}`);
  }
}

/**
 * The whole pipeline, top to bottom: load (bytes → text → one pass) → locate (the post's
 * blocks) → extract (facts, metadata, countries) → validate (zod). The page is
 * bytes, decoded as a browser would, or a string, taken as already decoded
 * (`document.encoding` "utf-8", `sha256` of its UTF-8). Throws `InputError`
 * for input that is not a readable page; a page that lacks some of the post's
 * facts still yields a document, whose warnings say what is missing (see
 * `missingFacts`).
 */
export function extractPost(input: string | Uint8Array, options: ExtractOptions = {}): Extraction {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError(`extractPost takes the page as a string or a Uint8Array, not ${kindOf(input)}`);
  }
  return extractExplained(handOver(input), options).extraction;
}

/**
 * `extractPost`, and the facts the page states that it left out, each with
 * the warnings that say why (see `LeftOut`): for the CLI, which tells the post
 * with every figure left out from a page that does not state them.
 */
export function extractExplained(input: HandedOver<string | Uint8Array>, options: ExtractOptions = {}): { extraction: Extraction; leftOut: LeftOut } {
  checkOptions(options);
  try {
    return readDocuments(input, options);
  } finally {
    endPage();
  }
}

function readDocuments(input: HandedOver<string | Uint8Array>, options: ExtractOptions): { extraction: Extraction; leftOut: LeftOut } {
  const { documents, sha256 } = loadDocuments(input, options);
  const first = locateDocument(documents);
  const month = ownMonth(first);
  const { unpacked, page, post: located, tied, copies, alternatives, elsewhere } = month === undefined ? first : locateDocument(documents, month);
  const { differing, contradicted } = tiedDifferences(located, tied);
  const unamended = withoutStatedElsewhere({ ...located, statistics: located.statistics.filter((statistic) => !contradicted.has(statistic.id)) }, elsewhere);
  const { post: read, amendment: copiesAmendment } = withDoubtsOfCopies(unamended, copies, { renderings: alternatives, published: unpacked.stated.published });
  const warnings = new Warnings(page.locate);
  const at = (offset: number): Location => page.locate(offset);
  const metadata = extractMetadata(page, read, unpacked);
  const untied = findUntiedValues(read, blocksRightAfter(page.blocks, read.container.endBlock));
  const notes = findQualifyingFootnotes(read, metadata.published);
  const listed = () =>
    listedCodes({ post: read, footnote: findFootnote(read.blocks), linked: options.linked, linkedOptions: { transport: options.linkedTransport, maxBytes: options.maxBytes }, published: metadata.published });
  const amendment = findCountriesAmendment(read, listed, metadata.published, () => notedCodes(read, metadata.published), notes) ?? copiesAmendment ?? untiedCountries(read, untied) ?? countriesInConflict(read.conflicts) ?? countriesUnread(read, listed) ?? footnoteOnCountries(notes);
  const post = withUnreadFigures(withoutQualifiedFigures(withoutUntiedValues(withoutAmendedCountries(withoutYearsAfter(read, metadata.published), amendment), untied), notes), contradicted);
  const declared = post.statistics.find((statistic) => statistic.id === 'participating-countries')?.value ?? null;
  tieWarning(located, tied, differing, contradicted, warnings);
  factWarnings(post, warnings, at);
  conflictWarnings(post, warnings, at);
  const countries = resolveCountries(
    {
      post,
      footnote: findFootnote(post.blocks),
      declared,
      linked: options.linked,
      linkedOptions: { transport: options.linkedTransport, maxBytes: options.maxBytes },
      amendment,
      published: metadata.published,
    },
    warnings,
  );
  // Own copies: the strings read from the page would otherwise keep its whole text alive with the document.
  const extraction = withOwnStrings(Extraction.parse({
    schemaVersion: SCHEMA_VERSION,
    document: {
      ...metadata,
      language: post.language,
      encoding: page.encoding,
      sha256,
    },
    commitments: post.commitments.items.map(({ id, text, start }) => ({ id, text, location: at(start) })),
    statistics: post.statistics.map(({ start, ...statistic }) => ({ ...statistic, location: at(start) })),
    countries,
    warnings: warnings.list,
  }));
  const found = new Set<string>([...extraction.commitments, ...extraction.statistics].map((fact) => fact.id));
  return { extraction, leftOut: warnings.leftOut(found) };
}

/** The ids of the post's required facts that an extraction lacks; empty when it is complete. */
export function missingFacts(extraction: Extraction): string[] {
  const found = new Set<string>([...extraction.commitments, ...extraction.statistics].map((fact) => fact.id));
  return [...COMMITMENT_IDS, ...STATISTIC_IDS].filter((id) => !found.has(id));
}
