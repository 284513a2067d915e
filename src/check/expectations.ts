import { isCountryCode } from '../countries/resolve.js';
import { readYaml, YamlError, type YamlDocument, type YamlPath } from '../emit/yaml.js';
import { showPath } from './paths.js';
import { Expectations, STATISTIC_EXPECTATION_FIELDS, StatisticExpectation } from '../schema/expectations.js';
import { COMMITMENT_IDS, STATISTIC_IDS } from '../schema/output.js';
import { closest } from '../text/closest.js';
import { safe } from '../text/escape.js';

/** A fault in an expectations file, with the line of the file where it is, when the YAML gives one. */
export class ExpectationsError extends Error {
  override readonly name = 'ExpectationsError';
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
  }
}

/** Expectations read from a file, with the line each expected fact is written on (by its check's name). */
export interface ReadExpectations {
  expectations: Expectations;
  lines: Record<string, number>;
}

const TOP_KEYS = Object.keys(Expectations.shape);

const FIELD_KEYS = Object.keys(StatisticExpectation.shape);

interface Mapping {
  path: YamlPath;
  keys: readonly string[];
  unknown: string;
}

/** The mappings of an expectations file, each with the keys it may hold and what to call a wrong one. */
function mappingsOf(value: unknown): Mapping[] {
  const statistics = valueAt(value, ['statistics']);
  return [
    { path: [], keys: TOP_KEYS, unknown: `unknown key (expected ${TOP_KEYS.join(', ')})` },
    { path: ['statistics'], keys: STATISTIC_IDS, unknown: 'unknown statistic' },
    ...Object.keys(isMapping(statistics) ? statistics : {}).map((id) => ({
      path: ['statistics', id],
      keys: FIELD_KEYS,
      unknown: `unknown field of a statistic (expected ${FIELD_KEYS.join(', ')})`,
    })),
  ];
}

function showValue(value: unknown): string {
  const text = typeof value === 'number' && !Number.isFinite(value) ? String(value) : (JSON.stringify(value) ?? String(value));
  return safe(text.length > 40 ? `${text.slice(0, 39)}…` : text);
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : Number.isFinite(value) ? 'a fraction' : 'not a finite number';
  return `a ${typeof value}`;
}

/** What belongs at a path of the file, said as the message needs it. */
function wanted(path: YamlPath): string {
  const [top, inner] = path;
  const field = path[2];
  if (top === 'statistics' && field !== undefined) return FIELD_WANTED[field] ?? 'a field of a statistic';
  if (top === 'statistics') return inner === undefined ? 'a mapping of statistic ids to integers' : 'an integer of 0 or more';
  if (top === 'commitments') return inner === undefined ? 'a list of commitment ids' : 'a commitment id';
  if (top === 'countries') return inner === undefined ? 'a list of ISO 3166-1 alpha-2 codes' : 'an ISO 3166-1 alpha-2 code';
  return 'a mapping of commitments, statistics and countries';
}

/** What each field of a statistic's mapping may be. */
const FIELD_WANTED: Record<string, string> = {
  value: 'an integer of 0 or more',
  qualifier: 'one of more-than, at-least, less-than, about, or null',
  year: 'an integer (a calendar year), or null',
  period: 'year, or null',
  source: 'a name such as UNODC, or null',
};

function suggestion(word: string, candidates: readonly string[]): string {
  const match = closest(word, candidates);
  return match ? ` (did you mean ${match}?)` : '';
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(value: unknown, path: YamlPath): unknown {
  return path.reduce<unknown>((at, key) => (isMapping(at) || Array.isArray(at) ? (at as Record<string, unknown>)[key] : undefined), value);
}

/**
 * Keys the file may not hold, at any depth. Own keys are compared, so a
 * `__proto__` key — which the YAML library keeps as an own key and zod's
 * record skips — is refused like any other.
 */
function checkKeys(document: YamlDocument): void {
  for (const { path, keys, unknown } of mappingsOf(document.value)) {
    const mapping = valueAt(document.value, path);
    if (!isMapping(mapping)) continue;
    const stray = Object.keys(mapping).find((key) => !keys.includes(key));
    if (stray !== undefined) {
      const at = [...path, stray];
      throw new ExpectationsError(`${showPath(at)}: ${unknown}${suggestion(stray, keys)}`, document.keyLineOf(at));
    }
  }
}

/**
 * Whether a figure is written as an integer a double holds exactly. The
 * library reads `250.00000000000001` as 250 and `9007199254740993` as
 * 9007199254740992: an expectation the file does not state.
 */
function inexact(source: string, value: number): string | undefined {
  const decimal = /^[-+]?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(source);
  if (decimal) {
    const [, whole = '', fraction = '', exponent = '0'] = decimal;
    const shift = Number(exponent) - fraction.length;
    if (shift < 0 && /[1-9]/.test(`${whole}${fraction}`.slice(shift))) return 'a fraction';
  }
  return Number.isFinite(value) && !Number.isSafeInteger(value) && Number.isInteger(value) ? 'too large to be read exactly' : undefined;
}

/** A figure with a leading zero: YAML 1.1 reads it as octal (060 is 48), YAML 1.2 — this tool — as decimal (60). */
const LEADING_ZERO = /^[-+]?0[0-9]+$/;
/** YAML 1.2's octal: 0o60 is 48 to this tool, and a string to a YAML 1.1 reader (PyYAML). */
const OCTAL_12 = /^[-+]?0o[0-7]+$/i;

function checkNumbers(document: YamlDocument): void {
  const statistics = valueAt(document.value, ['statistics']);
  if (!isMapping(statistics)) return;
  const paths = Object.entries(statistics).flatMap(([id, value]): YamlPath[] =>
    isMapping(value) ? [['statistics', id, 'value'], ['statistics', id, 'year']] : [['statistics', id]],
  );
  for (const path of paths) {
    const value = valueAt(document.value, path);
    const source = document.sourceOf(path);
    if (typeof value === 'number' && source !== undefined && LEADING_ZERO.test(source)) {
      throw new ExpectationsError(`${showPath(path)}: ${safe(source)} is ${value} to this tool but octal to a YAML 1.1 reader: write it without the leading zero`, document.lineOf(path));
    }
    if (typeof value === 'number' && source !== undefined && OCTAL_12.test(source)) {
      throw new ExpectationsError(`${showPath(path)}: ${safe(source)} is ${value} to this tool but a string to a YAML 1.1 reader: write it in decimal digits`, document.lineOf(path));
    }
    const problem = typeof value === 'number' && source !== undefined ? inexact(source, value) : undefined;
    if (problem) throw new ExpectationsError(`${showPath(path)}: ${safe(source ?? '')} is ${problem}, not ${wanted(path)}`, document.lineOf(path));
  }
}

function checkValues(document: YamlDocument): Expectations {
  const result = Expectations.safeParse(document.value);
  if (result.success) return result.data;
  let issue = result.error.issues[0];
  let path = (issue?.path ?? []).filter((part): part is string | number => typeof part !== 'symbol');
  // A statistic is an integer or a mapping: the fault to name is that of the form it was written in.
  if (issue?.code === 'invalid_union') {
    const branch = issue.errors[isMapping(valueAt(document.value, path)) ? 1 : 0]?.[0];
    if (branch) {
      path = [...path, ...branch.path.filter((part): part is string | number => typeof part !== 'symbol')];
      issue = branch;
    }
  }
  const value = valueAt(document.value, path);
  // A key the file leaves out (a statistic's value) has no line: its mapping's is the place to add it.
  const line = path.map((_, index) => path.slice(0, path.length - index)).reduce<number | undefined>((found, at) => found ?? document.lineOf(at) ?? document.keyLineOf(at), undefined);
  const at = showPath(path);
  // The schema's own rules (something expected, nothing listed twice) say what is wrong in their message.
  if (issue?.code === 'custom') {
    throw new ExpectationsError(`${path.length > 0 ? `${at}: ` : ''}${safe(issue.message)}`, document.lineOf(path));
  }
  if (issue?.code === 'invalid_value' && path[0] === 'commitments' && typeof value === 'string') {
    throw new ExpectationsError(`${at}: unknown commitment ${showValue(value)}${suggestion(value, COMMITMENT_IDS)}`, line);
  }
  const source = document.sourceOf(path);
  if (path[0] === 'countries' && typeof value === 'boolean' && source !== undefined) {
    throw new ExpectationsError(`${at}: ${safe(source)} is read as ${value} by YAML 1.1: quote it, ${showValue(source)}`, line);
  }
  if (issue?.code === 'invalid_value' && path[0] === 'countries') {
    const capitals = typeof value === 'string' ? value.toUpperCase() : '';
    const hint = capitals !== value && isCountryCode(capitals) ? ` (did you mean ${capitals}?)` : '';
    throw new ExpectationsError(`${at}: ${showValue(value)} is not an ISO 3166-1 alpha-2 code${hint}`, line);
  }
  if (issue?.code === 'invalid_value' && path[2] === 'qualifier' && typeof value === 'string') {
    throw new ExpectationsError(`${at}: unknown qualifier ${showValue(value)}, not ${wanted(path)}`, line);
  }
  if (issue?.code === 'too_small' && path[2] === 'source') throw new ExpectationsError(`${at}: empty, not ${wanted(path)}`, line);
  if (issue?.code === 'too_small') throw new ExpectationsError(`${at}: ${showValue(value)} is negative, not ${wanted(path)}`, line);
  const kind = kindOf(value);
  const found = kind === 'empty' || kind.startsWith('a list') || kind.startsWith('a mapping') ? kind : `${showValue(value)} is ${kind}`;
  throw new ExpectationsError(`${at}: ${found}, not ${wanted(path)}`, line);
}

/** Where each expected fact is written, by the name of the check that compares it. */
function factLines(expectations: Expectations, document: YamlDocument): Record<string, number> {
  const lines: Record<string, number> = {};
  const put = (fact: string, line: number | undefined): void => {
    if (line !== undefined) lines[fact] = line;
  };
  expectations.commitments?.forEach((id, index) => put(`expected commitment ${id}`, document.lineOf(['commitments', index])));
  for (const [id, expected] of Object.entries(expectations.statistics ?? {})) {
    put(`expected statistic ${id}`, document.keyLineOf(['statistics', id]));
    if (typeof expected !== 'object') continue;
    for (const field of STATISTIC_EXPECTATION_FIELDS) {
      if (field in expected) put(`expected statistic ${id} ${field}`, document.keyLineOf(['statistics', id, field]));
    }
  }
  if (expectations.countries) put('expected countries', document.keyLineOf(['countries']));
  return lines;
}

/**
 * Reads an expectations file. Anything that would make the guard pass by
 * accident is refused with one line saying where: a file that expects
 * nothing, a key the tool does not know (at any depth), a value of the wrong
 * type, a code that is no country's, a country listed twice.
 */
export function parseExpectations(text: string): ReadExpectations {
  let document: YamlDocument;
  try {
    document = readYaml(text);
  } catch (error) {
    if (error instanceof YamlError) throw new ExpectationsError(`not YAML: ${error.reason}`, error.line);
    throw error;
  }
  if (document.value === null) throw new ExpectationsError('expects nothing: the file is empty or holds only comments', undefined);
  if (!isMapping(document.value)) throw new ExpectationsError(`top level: ${kindOf(document.value)}, not ${wanted([])}`, document.lineOf([]));
  checkKeys(document);
  checkNumbers(document);
  const expectations = checkValues(document);
  return { expectations, lines: factLines(expectations, document) };
}
