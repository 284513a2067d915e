import * as z from 'zod/mini';
import { isCountryCode } from '../countries/resolve.js';
import { CommitmentId, Qualifier, StatisticId } from './output.js';

/** Two capitals (which the JSON Schema says too) that name a country. */
export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/), z.refine(isCountryCode, 'not an ISO 3166-1 alpha-2 code'));

/**
 * What the JSON Schema says of rules that src/check/expectations.ts applies
 * with the file's line (each entry once, something expected), so that an
 * editor validating with the schema refuses what `check` refuses.
 */
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

/**
 * What a user expects of the post, for `check --expect`: any subset of the
 * commitments' ids, statistics (each a value, or a value with its qualifier,
 * year, period and source) and the full list of country codes.
 */
export const Expectations = z
  .strictObject({
    commitments: z.optional(z.array(CommitmentId).register(z.globalRegistry, UNIQUE)),
    statistics: z.optional(z.partialRecord(StatisticId, z.union([ExpectedValue, StatisticExpectation]))),
    countries: z.optional(z.array(CountryCode).register(z.globalRegistry, UNIQUE)),
  })
  .register(z.globalRegistry, { minProperties: 1 });

export type StatisticExpectation = z.infer<typeof StatisticExpectation>;
export type Expectations = z.infer<typeof Expectations>;
