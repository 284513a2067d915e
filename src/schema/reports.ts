import * as z from 'zod/mini';
import { Location } from './output.js';
import type { CheckRun } from '../check/check.js';
import type { DiffReport } from '../diff/diff.js';

/**
 * The reports `check --format json` and `diff --format json` print, as data
 * that scripts read: described here so that `schema --check` and
 * `schema --diff` publish them, as `schema` does the output. The interfaces
 * in src/check/check.ts and src/diff/diff.ts are what the code builds; the
 * tests validate real reports against the JSON Schema made from these.
 */
const Value = z.nullable(z.union([z.string(), z.number()]));

export const CheckItemSchema = z.object({
  fact: z.string(),
  ok: z.boolean(),
  expected: Value,
  found: Value,
  quote: z.nullable(z.string()),
  location: z.nullable(Location),
  message: z.nullable(z.string()),
});

export const CheckRunSchema = z.object({
  passed: z.boolean(),
  pages: z.array(
    z.object({
      path: z.string(),
      input: z.enum(['page', 'extraction']),
      expectations: z.nullable(z.object({ path: z.string(), lines: z.record(z.string(), z.int().check(z.positive())) })),
      report: z.nullable(z.object({ passed: z.boolean(), items: z.array(CheckItemSchema) })),
      error: z.nullable(z.object({ exitCode: z.int(), message: z.string() })),
    }),
  ),
});

export const DiffReportSchema = z.object({
  a: z.string(),
  b: z.string(),
  differences: z.array(z.object({ fact: z.string(), field: z.nullable(z.string()), a: Value, b: Value })),
  missingFromBoth: z.array(z.string()),
});

/** Fails the type check when the schemas and the types the code builds part ways. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const REPORTS_MATCH_THEIR_TYPES: [Same<z.infer<typeof CheckRunSchema>, CheckRun>, Same<z.infer<typeof DiffReportSchema>, DiffReport>] = [true, true];
