import * as z from 'zod/mini';
import { isCountryCode } from '../countries/resolve.js';
import { CommitmentId, StatisticId } from './output.js';

/** Two capitals (which the JSON Schema says too) that name a country. */
export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/), z.refine(isCountryCode, 'not an ISO 3166-1 alpha-2 code'));

/**
 * What the JSON Schema says of rules that src/check/expectations.ts applies
 * with the file's line (each entry once, something expected), so that an
 * editor validating with the schema refuses what `check` refuses.
 */
const UNIQUE = { uniqueItems: true };

/**
 * What a user expects of the post, for `check --expect`: any subset of the
 * commitments' ids, statistics' values and the full list of country codes.
 */
export const Expectations = z
  .strictObject({
    commitments: z.optional(z.array(CommitmentId).register(z.globalRegistry, UNIQUE)),
    statistics: z.optional(z.partialRecord(StatisticId, z.int().check(z.nonnegative()))),
    countries: z.optional(z.array(CountryCode).register(z.globalRegistry, UNIQUE)),
  })
  .register(z.globalRegistry, { minProperties: 1 });

export type Expectations = z.infer<typeof Expectations>;
