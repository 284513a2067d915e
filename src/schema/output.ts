import * as z from 'zod/mini';

/**
 * The output contract. Every type the extractor emits is inferred from these
 * schemas, and every document is validated against them before it is written.
 * Raise SCHEMA_VERSION on any change that could break a consumer's script.
 */
export const SCHEMA_VERSION = 1;

export const COMMITMENT_IDS = ['identify-victims', 'investigate-and-prosecute', 'raise-awareness', 'reduce-availability'] as const;

export const STATISTIC_IDS = [
  'participating-countries',
  'abuse-images-online',
  'new-abuse-images-per-year',
  'operation-rescue-suspects-identified',
  'operation-rescue-arrests',
  'operation-rescue-children-safeguarded',
] as const;

export const CommitmentId = z.enum(COMMITMENT_IDS);
export const StatisticId = z.enum(STATISTIC_IDS);
export const Unit = z.enum(['countries', 'images', 'persons', 'children']);
export const Qualifier = z.enum(['more-than', 'at-least', 'less-than', 'about']);
export const CountrySource = z.enum(['post', 'linked', 'reference', 'none']);

export const Location = z.object({
  line: z.int().check(z.positive()),
  column: z.int().check(z.positive()),
});

export const DocumentInfo = z.object({
  title: z.nullable(z.string()),
  url: z.nullable(z.string()),
  language: z.enum(['sv', 'en']),
  published: z.nullable(z.iso.date()),
  author: z.nullable(z.string()),
  encoding: z.string(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

export const Commitment = z.object({
  id: CommitmentId,
  text: z.string().check(z.minLength(1)),
  location: Location,
});

export const Statistic = z.object({
  id: StatisticId,
  value: z.int().check(z.nonnegative()),
  unit: Unit,
  qualifier: z.nullable(Qualifier),
  period: z.nullable(z.literal('year')),
  year: z.nullable(z.int()),
  source: z.nullable(z.string()),
  quote: z.string().check(z.minLength(1)),
  location: Location,
});

export const Country = z.object({
  code: z.string().check(z.regex(/^[A-Z]{2}$/)),
  name: z.string().check(z.minLength(1)),
});

export const Countries = z.object({
  declared: z.nullable(z.int().check(z.nonnegative())),
  source: CountrySource,
  url: z.nullable(z.string()),
  items: z.array(Country),
});

export const Warning = z.object({
  code: z.string(),
  message: z.string(),
  location: z.nullable(Location),
});

/**
 * A list of facts that holds each id at most once: a saved extraction with a
 * statistic twice would read as one figure to `check` (the first) and as
 * another to `diff` (the last). The JSON Schema says the same with one
 * `contains`/`maxContains` a possible id.
 */
function onceEach<T extends { id: string }>(item: z.ZodMiniType<T>, ids: readonly string[]) {
  return z
    .array(item)
    .check(
      z.refine((items: T[]) => new Set(items.map((entry) => entry.id)).size === items.length, {
        message: 'an id is listed twice',
      }),
    )
    .register(z.globalRegistry, {
      allOf: ids.map((id) => ({ contains: { properties: { id: { const: id } }, required: ['id'] }, minContains: 0, maxContains: 1 })),
    });
}

export const Extraction = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  document: DocumentInfo,
  commitments: onceEach(Commitment, COMMITMENT_IDS),
  statistics: onceEach(Statistic, STATISTIC_IDS),
  countries: Countries,
  warnings: z.array(Warning),
});

export type CommitmentId = z.infer<typeof CommitmentId>;
export type StatisticId = z.infer<typeof StatisticId>;
export type Unit = z.infer<typeof Unit>;
export type Qualifier = z.infer<typeof Qualifier>;
export type CountrySource = z.infer<typeof CountrySource>;
export type Location = z.infer<typeof Location>;
export type DocumentInfo = z.infer<typeof DocumentInfo>;
export type Commitment = z.infer<typeof Commitment>;
export type Statistic = z.infer<typeof Statistic>;
export type Country = z.infer<typeof Country>;
export type Countries = z.infer<typeof Countries>;
export type Warning = z.infer<typeof Warning>;
export type Extraction = z.infer<typeof Extraction>;
