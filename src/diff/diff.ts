import { COMMITMENT_IDS, STATISTIC_IDS, type Extraction, type Statistic } from '../schema/output.js';

export interface Difference {
  /** The fact by its id, e.g. "statistic new-abuse-images-per-year". */
  fact: string;
  /** The field that differs; null when the fact is only on one side. */
  field: string | null;
  a: string | number | null;
  b: string | number | null;
}

/** What `diff --format json` prints. */
export interface DiffReport {
  a: string;
  b: string;
  differences: Difference[];
  /** The required facts neither side states (see `missingFromBoth`). */
  missingFromBoth: string[];
}

/** The parts of a statistic that are facts; the quote and its place vary with wording and capture. */
const STATISTIC_FIELDS = ['value', 'unit', 'qualifier', 'period', 'year', 'source'] as const satisfies ReadonlyArray<keyof Statistic>;

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((entry) => [entry.id, entry]));
}

function union<T>(a: Iterable<T>, b: Iterable<T>): T[] {
  return [...new Set([...a, ...b])];
}

/**
 * What differs between two extractions, fact by fact: commitments and
 * statistics by id, countries by code. Wording is not compared, so a Swedish
 * and an English edition differ only where their facts do.
 */
export function diffExtractions(a: Extraction, b: Extraction): Difference[] {
  const differences: Difference[] = [];
  const commitmentsA = byId(a.commitments);
  const commitmentsB = byId(b.commitments);
  for (const id of union(commitmentsA.keys(), commitmentsB.keys())) {
    if (commitmentsA.has(id) !== commitmentsB.has(id)) {
      differences.push({ fact: `commitment ${id}`, field: null, a: commitmentsA.has(id) ? 'present' : null, b: commitmentsB.has(id) ? 'present' : null });
    }
  }
  const statisticsA = byId(a.statistics);
  const statisticsB = byId(b.statistics);
  for (const id of union(statisticsA.keys(), statisticsB.keys())) {
    const left = statisticsA.get(id);
    const right = statisticsB.get(id);
    if (!left || !right) {
      differences.push({ fact: `statistic ${id}`, field: null, a: left?.value ?? null, b: right?.value ?? null });
      continue;
    }
    for (const field of STATISTIC_FIELDS) {
      if (left[field] !== right[field]) differences.push({ fact: `statistic ${id}`, field, a: left[field], b: right[field] });
    }
  }
  if (a.countries.declared !== b.countries.declared) {
    differences.push({ fact: 'countries', field: 'declared', a: a.countries.declared, b: b.countries.declared });
  }
  const codesA = new Set(a.countries.items.map((country) => country.code));
  const codesB = new Set(b.countries.items.map((country) => country.code));
  for (const code of union(codesA, codesB)) {
    if (codesA.has(code) !== codesB.has(code)) {
      differences.push({ fact: `country ${code}`, field: null, a: codesA.has(code) ? code : null, b: codesB.has(code) ? code : null });
    }
  }
  return differences;
}

/**
 * The required facts neither side states: nothing differs there, yet nothing
 * was compared either. `diffExtractions` lists only what differs, so two
 * captures that lost the same figure would look alike.
 */
export function missingFromBoth(a: Extraction, b: Extraction): string[] {
  const has = (side: Extraction, id: string): boolean => [...side.commitments, ...side.statistics].some((fact) => fact.id === id);
  return [...COMMITMENT_IDS, ...STATISTIC_IDS].filter((id) => !has(a, id) && !has(b, id));
}
