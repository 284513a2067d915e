import { isCountryCode } from '../countries/resolve.js';
import { findDecodingDamage } from '../text/damage.js';
import { COMMITMENT_IDS, STATISTIC_IDS, type Extraction } from '../schema/output.js';
import type { Expectations } from '../schema/expectations.js';

export interface CheckItem {
  /** What was checked, e.g. "statistic operation-rescue-arrests". */
  fact: string;
  ok: boolean;
  expected: string | number | null;
  found: string | number | null;
  /** The sentence the figure was read from, where there is one. */
  quote: string | null;
  message: string | null;
}

export interface CheckReport {
  passed: boolean;
  items: CheckItem[];
}

function item(fact: string, ok: boolean, fields: Partial<Omit<CheckItem, 'fact' | 'ok'>> = {}): CheckItem {
  return { fact, ok, expected: null, found: null, quote: null, message: null, ...fields };
}

function structureChecks(extraction: Extraction): CheckItem[] {
  const items: CheckItem[] = [];
  for (const id of COMMITMENT_IDS) {
    const commitment = extraction.commitments.find((candidate) => candidate.id === id);
    items.push(item(`commitment ${id}`, Boolean(commitment), { found: commitment ? 'present' : null, expected: 'present', quote: commitment?.text ?? null }));
  }
  for (const id of STATISTIC_IDS) {
    const statistic = extraction.statistics.find((candidate) => candidate.id === id);
    items.push(item(`statistic ${id}`, Boolean(statistic), { found: statistic?.value ?? null, quote: statistic?.quote ?? null }));
  }
  const { declared, items: countries } = extraction.countries;
  items.push(
    item('countries count', declared !== null && countries.length === declared, {
      expected: declared,
      found: countries.length,
      message: declared === null ? 'the post states no number of countries' : null,
    }),
  );
  const codes = countries.map((country) => country.code);
  const invalid = codes.filter((code) => !isCountryCode(code));
  const duplicates = codes.filter((code, index) => codes.indexOf(code) !== index);
  items.push(
    item('countries codes', invalid.length === 0 && duplicates.length === 0, {
      message: [invalid.length ? `invalid: ${invalid.join(', ')}` : '', duplicates.length ? `duplicated: ${duplicates.join(', ')}` : '']
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
  for (const [id, value] of Object.entries(expectations.statistics ?? {})) {
    const statistic = extraction.statistics.find((candidate) => candidate.id === id);
    items.push(
      item(`expected statistic ${id}`, statistic?.value === value, {
        expected: value ?? null,
        found: statistic?.value ?? null,
        quote: statistic?.quote ?? null,
      }),
    );
  }
  if (expectations.countries) {
    const found = extraction.countries.items.map((country) => country.code);
    const missing = expectations.countries.filter((code) => !found.includes(code));
    const extra = found.filter((code) => !expectations.countries?.includes(code));
    items.push(
      item('expected countries', missing.length === 0 && extra.length === 0, {
        expected: expectations.countries.length,
        found: found.length,
        message: [missing.length ? `missing: ${missing.join(', ')}` : '', extra.length ? `unexpected: ${extra.join(', ')}` : '']
          .filter(Boolean)
          .join('; ') || null,
      }),
    );
  }
  return items;
}

/**
 * Whether the figures parse and hang together, and, given expectations,
 * whether they are the expected ones. Pure: the CLI decides how to show it.
 */
export function checkExtraction(extraction: Extraction, expectations?: Expectations): CheckReport {
  const items = [...structureChecks(extraction), ...(expectations ? expectationChecks(extraction, expectations) : [])];
  return { passed: items.every((entry) => entry.ok), items };
}
