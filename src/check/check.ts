import { isCountryCode, resolveCountry } from '../countries/resolve.js';
import { findNumbers, type Language } from '../extract/numbers.js';
import { readStatistics } from '../extract/statistics.js';
import { describeStatement } from '../extract/conflicts.js';
import { showPath } from './paths.js';
import { describeIssue } from '../schema/issues.js';
import { findDecodingDamage } from '../text/damage.js';
import { COMMITMENT_IDS, STATISTIC_IDS, type CountrySource, type Extraction, type Location } from '../schema/output.js';
import { Expectations, STATISTIC_EXPECTATION_FIELDS } from '../schema/expectations.js';
import { STATISTIC_RULES } from '../rules/facts.js';
import { readCommitment } from '../extract/commitments.js';
import type { LeftOut } from '../warnings.js';

const NOTHING_LEFT_OUT: LeftOut = new Map();

export interface CheckItem {
  /** What was checked, e.g. "statistic operation-rescue-arrests". */
  fact: string;
  ok: boolean;
  expected: string | number | null;
  found: string | number | null;
  /** The sentence the figure was read from, where there is one. */
  quote: string | null;
  /** Where in the page the fact was read (or the warning placed), where it was. */
  location: Location | null;
  message: string | null;
}

export interface CheckReport {
  passed: boolean;
  items: CheckItem[];
}

export interface CheckOptions {
  /** Every warning of the extraction fails the check, so that each fact must come from the pages given. */
  strict?: boolean;
  /**
   * The extraction was read from a file, not made from a page now: under
   * `strict` that fails, for nothing ties its countries, their source or its
   * warnings to a page (see README, "What check can verify of a saved extraction").
   */
  saved?: boolean;
  /**
   * The facts the page states that the extraction left out, with the warnings
   * that say why (the CLI's, of a page it read): a missing fact's failure
   * names them. A saved extraction's warnings name no fact by id.
   */
  leftOut?: LeftOut;
}

function item(fact: string, ok: boolean, fields: Partial<Omit<CheckItem, 'fact' | 'ok'>> = {}): CheckItem {
  return { fact, ok, expected: null, found: null, quote: null, location: null, message: null, ...fields };
}

const COUNTRY_SOURCE_WARNINGS = ['countries-from-reference', 'no-country-list', 'linked-without-list'];

/** Why a list of countries should be read with care, by where it came from. */
const COUNTRY_SOURCE_NOTES: Record<CountrySource, string | null> = {
  post: null,
  linked: null,
  reference:
    "the page does not list them: these are the tool's own reference copy of MEMO/12/944's list; pass the saved memo with --linked to read them from it",
  none: 'no list of countries was found',
};

/**
 * The warnings the pipeline gives with a list of countries from this source,
 * one of which it always gives: no list at all is `linked-without-list` when
 * a --linked page was read and held none.
 */
const SOURCE_WARNINGS: Partial<Record<CountrySource, readonly string[]>> = {
  reference: ['countries-from-reference'],
  none: ['no-country-list', 'linked-without-list', 'unintroduced-country-list', 'tied-country-lists', 'unclear-countries'],
};

type SavedStatistic = Extraction['statistics'][number];

/** Every extracted text drops control characters: a saved text that holds one was edited after. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const EDITED_TEXT = 'it holds control characters, which no extraction writes';

const ATTRIBUTES = ['value', 'qualifier', 'year', 'period', 'source'] as const;

/**
 * The quote is the one part of a saved extraction that holds the page's own
 * words for the figure: read again as the page's sentence was, it must state
 * the statistic as the record does — its value, and its qualifier, period,
 * year and source — or the record was edited. Empty when it agrees.
 */
function quoteDisagrees(statistic: SavedStatistic, language: Language): string {
  if (CONTROL_CHARACTERS.test(statistic.quote)) return EDITED_TEXT;
  const block = { kind: 'paragraph' as const, text: statistic.quote, links: [], start: 0, owner: undefined };
  const read = readStatistics([block], language).found.filter((statement) => statement.id === statistic.id);
  if (read.some((statement) => ATTRIBUTES.every((field) => statement[field] === statistic[field]))) return '';
  if (read.length === 0) {
    const stated = findNumbers(statistic.quote, language).map((token) => token.value);
    return `its quote does not state this statistic (it states ${stated.join(', ') || 'no number'})`;
  }
  return `its quote states ${read.map(describeStatement).join(' or ')}, not ${describeStatement(statistic)}`;
}

type SavedCommitment = Extraction['commitments'][number];

/**
 * A commitment's text is the page's own words for it: read again as the
 * page's list item was, it must state that commitment, clearly, or the record
 * was edited (another text, two texts swapped). Empty when it agrees.
 */
function textDisagrees(commitment: SavedCommitment): string {
  if (CONTROL_CHARACTERS.test(commitment.text)) return EDITED_TEXT;
  const read = readCommitment(commitment.text);
  if (!read || !read.states) return 'its text does not state this commitment (it states none)';
  if (read.id !== commitment.id) return `its text states ${read.id}, not ${commitment.id}`;
  return read.unclear === null ? '' : `its text does not state it clearly: ${read.unclear}`;
}

/** Why a fact the page states was left out, and where the first warning that says so stands; nothing when it was not. */
function leftOutReason(id: string, leftOut: LeftOut): Pick<CheckItem, 'message' | 'location'> {
  const warnings = leftOut.get(id) ?? [];
  if (warnings.length === 0) return { message: null, location: null };
  return { message: `left out: ${warnings.map(({ code, message }) => `${message} [${code}]`).join('; ')}`, location: warnings[0]?.location ?? null };
}

function structureChecks(extraction: Extraction, leftOut: LeftOut): CheckItem[] {
  const items: CheckItem[] = [];
  for (const id of COMMITMENT_IDS) {
    const commitment = extraction.commitments.find((candidate) => candidate.id === id);
    const message = commitment ? textDisagrees(commitment) || null : null;
    items.push(
      item(`commitment ${id}`, Boolean(commitment) && !message, {
        found: commitment ? 'present' : null,
        expected: 'present',
        quote: commitment?.text ?? null,
        ...(commitment ? { location: commitment.location, message } : leftOutReason(id, leftOut)),
      }),
    );
  }
  for (const id of STATISTIC_IDS) {
    const statistic = extraction.statistics.find((candidate) => candidate.id === id);
    // A saved extraction can be edited by hand: its unit and, for the countries, its count must still be the post's.
    const unit = STATISTIC_RULES.find((rule) => rule.id === id)?.unit;
    const wrongUnit = statistic && statistic.unit !== unit ? `counts ${statistic.unit}, not ${unit}` : '';
    const declared = extraction.countries.declared;
    const wrongCount =
      statistic && id === 'participating-countries' && statistic.value !== declared ? `the list of countries declares ${declared ?? 'no number'}` : '';
    const notQuoted = statistic ? quoteDisagrees(statistic, extraction.document.language) : '';
    const message = [wrongUnit, wrongCount, notQuoted].filter(Boolean).join('; ') || null;
    items.push(
      item(`statistic ${id}`, Boolean(statistic) && !message, {
        found: statistic?.value ?? null,
        quote: statistic?.quote ?? null,
        ...(statistic ? { location: statistic.location, message } : leftOutReason(id, leftOut)),
      }),
    );
  }
  const { declared, items: countries, source } = extraction.countries;
  const note = COUNTRY_SOURCE_NOTES[source];
  // Placed where the page's footnote points at the memo, as the extraction's warning is.
  const noteAt = note ? (extraction.warnings.find((warning) => COUNTRY_SOURCE_WARNINGS.includes(warning.code))?.location ?? null) : null;
  // The warning that goes with a source the pipeline marks: a saved extraction that lost it was edited.
  const sourceWarnings = SOURCE_WARNINGS[source];
  const sourceWarning = sourceWarnings && extraction.warnings.find((warning) => sourceWarnings.includes(warning.code));
  // No list says why in its own warning ("a block of the post amends who takes part", "two lists alike"), which says more than the note.
  const noList = source === 'none' && sourceWarning ? { message: `${sourceWarning.message} [${sourceWarning.code}]`, location: sourceWarning.location } : undefined;
  items.push(
    item('countries source', sourceWarnings === undefined || sourceWarning !== undefined, {
      found: source,
      ...(sourceWarnings !== undefined && sourceWarning === undefined
        ? { message: `the extraction lacks the ${sourceWarnings.join(' or ')} warning that goes with it`, location: noteAt }
        : (noList ?? { message: note, location: noteAt })),
    }),
  );
  // A number of countries the post states but the extraction left out is not one the post lacks.
  const countLeftOut = declared === null ? leftOutReason('participating-countries', leftOut).message : null;
  items.push(
    item('countries count', declared !== null && countries.length === declared, {
      expected: declared,
      found: countries.length,
      message: declared === null ? (countLeftOut ?? 'the post states no number of countries') : null,
    }),
  );
  const codes = countries.map((country) => country.code);
  const invalid = codes.filter((code) => !isCountryCode(code));
  const duplicates = codes.filter((code, index) => codes.indexOf(code) !== index);
  // The memo's names are English whatever the post's language; a code is the name's in either.
  const misnamed = countries.filter(({ code, name }) => isCountryCode(code) && resolveCountry(name, 'sv') !== code && resolveCountry(name, 'en') !== code);
  items.push(
    item('countries codes', invalid.length === 0 && duplicates.length === 0 && misnamed.length === 0, {
      message: [
        invalid.length ? `invalid: ${invalid.join(', ')}` : '',
        duplicates.length ? `duplicated: ${duplicates.join(', ')}` : '',
        misnamed.length ? `not the code of the name beside it: ${misnamed.map(({ code, name }) => `${code} for ${name}`).join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ') || null,
    }),
  );
  const texts = [
    extraction.document.title ?? '',
    ...extraction.commitments.map((commitment) => commitment.text),
    ...extraction.statistics.map((statistic) => statistic.quote),
    ...countries.map((country) => country.name),
  ];
  const damage = texts.map(findDecodingDamage).find(Boolean);
  items.push(item('text decoding', !damage, { message: damage ? `damaged text near "${damage}"` : null }));
  return items;
}

function expectationChecks(extraction: Extraction, expectations: Expectations): CheckItem[] {
  const items: CheckItem[] = [];
  if (expectations.commitments) {
    const found = new Set(extraction.commitments.map((commitment) => commitment.id));
    const expected = new Set(expectations.commitments);
    for (const id of COMMITMENT_IDS) {
      if (!expected.has(id) && !found.has(id)) continue;
      items.push(
        item(`expected commitment ${id}`, expected.has(id) === found.has(id), {
          expected: expected.has(id) ? 'present' : 'absent',
          found: found.has(id) ? 'present' : 'absent',
        }),
      );
    }
  }
  for (const [id, expected] of Object.entries(expectations.statistics ?? {})) {
    const statistic = extraction.statistics.find((candidate) => candidate.id === id);
    const wanted = typeof expected === 'number' ? { value: expected } : expected;
    const place = { quote: statistic?.quote ?? null, location: statistic?.location ?? null };
    items.push(item(`expected statistic ${id}`, statistic?.value === wanted?.value, { expected: wanted?.value ?? null, found: statistic?.value ?? null, ...place }));
    // A missing statistic is named once, by its value's check above.
    if (!statistic || !wanted) continue;
    for (const field of STATISTIC_EXPECTATION_FIELDS) {
      const value = wanted[field];
      if (value === undefined) continue;
      items.push(
        item(`expected statistic ${id} ${field}`, statistic[field] === value, {
          expected: value,
          found: statistic[field],
          ...place,
          // null is what the report shows for "none" and for "not given" alike: here it was expected.
          message: value === null && statistic[field] !== null ? `expected no ${field}` : null,
        }),
      );
    }
  }
  if (expectations.countries) {
    const found = extraction.countries.items.map((country) => country.code);
    const missing = expectations.countries.filter((code) => !found.includes(code));
    const extra = found.filter((code) => !expectations.countries?.includes(code));
    // The expected list has each code once, so the found one must too to be the same list.
    const twice = found.filter((code, index) => found.indexOf(code) !== index);
    items.push(
      item('expected countries', missing.length === 0 && extra.length === 0 && twice.length === 0, {
        expected: expectations.countries.length,
        found: found.length,
        message:
          [
            missing.length ? `missing: ${missing.join(', ')}` : '',
            extra.length ? `unexpected: ${extra.join(', ')}` : '',
            twice.length ? `listed twice: ${twice.join(', ')}` : '',
            extraction.countries.source === 'reference' ? "compared with the tool's reference copy, not with the page" : '',
          ]
            .filter(Boolean)
            .join('; ') || null,
      }),
    );
  }
  return items;
}

/** The extraction's warnings as failures, but for missing facts: the checks above already name those. */
function warningChecks(extraction: Extraction): CheckItem[] {
  return extraction.warnings
    .filter((warning) => !warning.code.startsWith('missing-'))
    .map((warning) => item(`warning ${warning.code}`, false, { message: warning.message, location: warning.location }));
}

/** `path` under the argument's name: `expectations.statistics.x`, `expectations` itself when empty. */
function underExpectations(path: ReadonlyArray<PropertyKey>): string {
  const parts = path.filter((part): part is string | number => typeof part !== 'symbol');
  return parts.length === 0 ? 'expectations' : `expectations${typeof parts[0] === 'number' ? '' : '.'}${showPath(parts)}`;
}

/**
 * Expectations a library caller built, held to what `check --expect` holds a
 * file to: a misspelt key (`statistic`, `Statistics`) would otherwise be
 * expectations that expect nothing, and every check would pass.
 */
function validExpectations(expectations: unknown): void {
  const result = Expectations.safeParse(expectations);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path ?? [];
    const unknown = issue?.code === 'unrecognized_keys' ? issue.keys.map((key) => JSON.stringify(key)).join(', ') : undefined;
    const expected = path.length === 0 ? ' (expected commitments, statistics, countries)' : '';
    const problem = unknown === undefined ? describeIssue(issue) : `unknown key ${unknown}${expected}`;
    throw new TypeError(`checkExtraction: ${underExpectations(path)}: ${problem}`);
  }
}

const SAVED_UNDER_STRICT =
  '--strict asks that every fact come from the pages given: a saved extraction\'s countries, their source and its warnings cannot be traced to a page (check the page itself)';

/**
 * Whether the figures parse and hang together, and, given expectations,
 * whether they are the expected ones. Pure: the CLI decides how to show it.
 */
export function checkExtraction(extraction: Extraction, expectations?: Expectations, options: CheckOptions = {}): CheckReport {
  if (expectations !== undefined) validExpectations(expectations);
  const items = [
    ...structureChecks(extraction, options.leftOut ?? NOTHING_LEFT_OUT),
    ...(expectations ? expectationChecks(extraction, expectations) : []),
    ...(options.strict ? warningChecks(extraction) : []),
    ...(options.strict && options.saved ? [item('saved extraction', false, { message: SAVED_UNDER_STRICT })] : []),
  ];
  return { passed: items.every((entry) => entry.ok), items };
}

/**
 * A page that states fewer of the post's facts than this is some other page —
 * the memo the post links to states one of them — and is reported as such
 * (exit 4) rather than as the post with figures missing (exit 1). A fact the
 * page states is counted whether it was read or left out for a reason a
 * warning gives (a correction that speaks of every figure): such a page is
 * the post, and what fails is its figures.
 */
export const MIN_FACTS_OF_THE_POST = 4;
export const ALL_FACTS = COMMITMENT_IDS.length + STATISTIC_IDS.length;

/** Whether an extraction is of the post at all, however incomplete. */
export function isThePost(extraction: Extraction, leftOut: LeftOut = NOTHING_LEFT_OUT): boolean {
  const stated = new Set([...[...extraction.commitments, ...extraction.statistics].map((fact) => fact.id), ...leftOut.keys()]);
  return stated.size >= MIN_FACTS_OF_THE_POST;
}

export const NOT_THE_POST = `not the post: fewer than ${MIN_FACTS_OF_THE_POST} of its ${ALL_FACTS} facts were found`;

/** One input of a `check` run, checked or not, with what a report needs to place its findings. */
export interface PageCheck {
  /** As given on the command line, or found under a directory given; an address's password masked (`withoutPassword`), for every report prints it. */
  path: string;
  /** A capture, whose lines the locations are; or a saved extraction, whose are not. */
  input: 'page' | 'extraction';
  /** The expectations file and the line each expected fact is written on. */
  expectations: { path: string; lines: Record<string, number> } | null;
  /** null when the input could not be checked: see `error`. */
  report: CheckReport | null;
  error: { exitCode: number; message: string } | null;
}

export interface CheckRun {
  passed: boolean;
  pages: PageCheck[];
}
