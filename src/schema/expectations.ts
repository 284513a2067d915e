import * as z from 'zod/mini';
import { isCountryCode } from '../countries/resolve.js';
import { CommitmentId, StatisticId } from './output.js';

/** Two capitals (which the JSON Schema says too) that name a country. */
export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/), z.refine(isCountryCode, 'not an ISO 3166-1 alpha-2 code'));

/**
 * What a user expects of the post, for `check --expect`: any subset of the
 * commitments' ids, statistics' values and the full list of country codes.
 */
export const Expectations = z.strictObject({
  commitments: z.optional(z.array(CommitmentId)),
  statistics: z.optional(z.partialRecord(StatisticId, z.int().check(z.nonnegative()))),
  countries: z.optional(z.array(CountryCode)),
});

export type Expectations = z.infer<typeof Expectations>;
