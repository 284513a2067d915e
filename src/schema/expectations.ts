import * as z from 'zod/mini';
import { COUNTRY_CODES } from '../countries/resolve.js';
import { CommitmentId, Qualifier, StatisticId } from './output.js';

/**
 * A country's ISO 3166-1 alpha-2 code, as the list of them: so that the
 * published JSON Schema refuses "UK" or "XX" as `check` does, not only what
 * is not two capitals.
 */
export const CountryCode = z.enum(COUNTRY_CODES as [string, ...string[]], 'not an ISO 3166-1 alpha-2 code');

/** What the JSON Schema says of the rule that each entry of a list is there once (see `expectationsFault`). */
const UNIQUE = { uniqueItems: true };

/** A statistic's value as expected: an integer of 0 or more. */
export const ExpectedValue = z.int().check(z.nonnegative());

/**
 * The parts of a statistic besides its value that a fact turns on: "less
 * than a million" is not "more than a million", nor 2009 2011. Each one given
 * must be the extraction's; `null` expects the page to state none.
 */
export const STATISTIC_EXPECTATION_FIELDS = ['qualifier', 'year', 'period', 'source'] as const;

export const StatisticExpectation = z.strictObject({
  value: ExpectedValue,
  qualifier: z.optional(z.nullable(Qualifier)),
  year: z.optional(z.nullable(z.int())),
  period: z.optional(z.nullable(z.literal('year'))),
  source: z.optional(z.nullable(z.string().check(z.minLength(1)))),
});

const ExpectationsShape = z.strictObject({
  commitments: z.optional(z.array(CommitmentId).register(z.globalRegistry, UNIQUE)),
  statistics: z.optional(z.partialRecord(StatisticId, z.union([ExpectedValue, StatisticExpectation]))),
  countries: z.optional(z.array(CountryCode).register(z.globalRegistry, UNIQUE)),
});

/** A rule of expectations that their fields' types do not say, with where it is broken. */
export interface ExpectationsFault {
  message: string;
  path: Array<string | number>;
}

function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

/**
 * What would make valid-looking expectations pass by accident: expecting
 * nothing at all (no key, or only empty ones), or an entry listed twice (a
 * list with a code twice is not the list of the post's countries).
 */
export function expectationsFault(expectations: z.infer<typeof ExpectationsShape>): ExpectationsFault | undefined {
  if (Object.values(expectations).every(isEmpty)) {
    return { message: 'expects nothing: give at least one of commitments, statistics, countries', path: [] };
  }
  for (const key of ['commitments', 'countries'] as const) {
    const list: readonly string[] = expectations[key] ?? [];
    const twice = list.findIndex((entry, index) => list.indexOf(entry) !== index);
    if (twice >= 0) return { message: `${JSON.stringify(list[twice])} is listed twice`, path: [key, twice] };
  }
  return undefined;
}

/** How the JSON Schema says that a key is not empty, for each key: the type checker holds it to the schema's keys. */
const NOT_EMPTY: Record<keyof typeof ExpectationsShape.shape, Record<string, number>> = {
  commitments: { minItems: 1 },
  statistics: { minProperties: 1 },
  countries: { minItems: 1 },
};

/** `expectationsFault`'s "expects nothing", in the JSON Schema: at least one key given and not empty. */
const SOMETHING_EXPECTED = {
  anyOf: Object.entries(NOT_EMPTY).map(([key, rule]) => ({ required: [key], properties: { [key]: rule } })),
};

/**
 * What a user expects of the post, for `check --expect`: any subset of the
 * commitments' ids, statistics (each a value, or a value with its qualifier,
 * year, period and source) and the full list of country codes, expecting
 * something and listing nothing twice. The file's reader, the library's
 * `checkExtraction` and the published JSON Schema all hold expectations to
 * this one schema.
 */
export const Expectations = ExpectationsShape.check(
  z.superRefine((expectations, context) => {
    const fault = expectationsFault(expectations);
    if (fault) context.addIssue({ code: 'custom', message: fault.message, path: fault.path, input: expectations });
  }),
).register(z.globalRegistry, SOMETHING_EXPECTED);

export type StatisticExpectation = z.infer<typeof StatisticExpectation>;
export type Expectations = z.infer<typeof Expectations>;
