import { describe, expect, it } from 'vitest';
import { listFixtures, readBytes } from './helpers/fixtures.js';
import { runCli } from './helpers/io.js';
import { MUTATIONS, mutate, random, type Mutation } from './fuzz/mutations.js';
import type { Extraction } from '../src/schema/output.js';

/**
 * The fuzzer: every fixture, mutated (byte flips, truncation, elements removed
 * or duplicated, ill-formed UTF-8, deep nesting, odd separators in figures),
 * through the CLI in process. A case fails on an exception, exit 70 or any
 * exit code the README does not document, a stack trace on standard error,
 * or a figure that differs from the unmutated page's in a run that exits 0
 * and warns of nothing the unmutated page did not.
 *
 * Bounded and seeded in `npm test`; `npm run fuzz -- --runs N --seed S` runs
 * longer and also times each case against the unmutated page (scripts/fuzz.mjs).
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20121206);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 4);
const TIMING = process.env['FUZZ_TIMING'] === '1';
const MAX_DEPTH = Number(process.env['FUZZ_MAX_DEPTH'] ?? (TIMING ? 200_000 : 20_000));
/**
 * Generous: a mutant may take this many times the unmutated page's time,
 * scaled by its size in bytes or in tags (a page of 200 000 "<i>" is small in
 * bytes but holds 200 000 elements), whichever grew more.
 */
const SLOWDOWN = 20;

function tags(bytes: Uint8Array): number {
  let count = 1;
  for (const byte of bytes) if (byte === 0x3c) count++;
  return count;
}

interface Outcome {
  code: number;
  stderr: string;
  extraction: Extraction | undefined;
  ms: number;
}

async function extract(bytes: Uint8Array, args: string[]): Promise<Outcome> {
  const start = performance.now();
  const result = await runCli(['-', ...args], { stdin: bytes });
  const ms = performance.now() - start;
  const extraction = result.code === 0 ? (JSON.parse(result.stdout) as Extraction) : undefined;
  return { code: result.code, stderr: result.stderr, extraction, ms };
}

const valuesOf = (extraction: Extraction) => new Map(extraction.statistics.map((statistic) => [statistic.id, statistic.value]));
const warningsOf = (extraction: Extraction | undefined) => new Set(extraction?.warnings.map((warning) => warning.code) ?? []);

function problems(original: Outcome, mutant: Outcome, growth: number): string[] {
  const found: string[] = [];
  if (![0, 3, 4].includes(mutant.code)) found.push(`exit ${mutant.code}`);
  if (/\n\s+at |internal error/.test(mutant.stderr)) found.push(`stack trace or internal error on stderr: ${mutant.stderr.slice(0, 300)}`);
  if (mutant.code === 0 && original.code !== 0) found.push(`exit 0 where the unmutated page exits ${original.code}`);
  if (mutant.extraction && original.extraction) {
    const before = valuesOf(original.extraction);
    const warned = [...warningsOf(mutant.extraction)].some((code) => !warningsOf(original.extraction).has(code));
    for (const [id, value] of valuesOf(mutant.extraction)) {
      if (!warned && before.get(id) !== value) found.push(`${id}: ${value} where the unmutated page gives ${before.get(id)}, exit 0, no warning`);
    }
  }
  if (TIMING && mutant.ms > SLOWDOWN * original.ms * Math.max(1, growth) + 1000) {
    found.push(`took ${Math.round(mutant.ms)} ms, the unmutated page ${Math.round(original.ms)} ms, at ${growth.toFixed(1)}× its size`);
  }
  return found;
}

describe(`fuzz: ${RUNS} mutants of each kind for every fixture (seed ${SEED})`, () => {
  for (const fixture of listFixtures()) {
    it(fixture.name, { timeout: TIMING ? 3_600_000 : 120_000 }, async () => {
      const page = readBytes(fixture.source);
      const args = fixture.spec.args;
      await extract(page, args);
      const original = await extract(page, args);
      const rng = random(SEED ^ [...fixture.name].reduce((hash, char) => Math.imul(hash, 31) + char.charCodeAt(0), 7));
      const failures: string[] = [];
      for (let run = 0; run < RUNS; run++) {
        for (const kind of MUTATIONS as readonly Mutation[]) {
          const mutant = mutate(page, kind, rng, MAX_DEPTH);
          let outcome: Outcome;
          try {
            outcome = await extract(mutant, args);
          } catch (error) {
            failures.push(`${kind} #${run}: threw ${(error as Error).stack ?? String(error)}`);
            continue;
          }
          const growth = Math.max(mutant.length / page.length, tags(mutant) / tags(page));
          for (const problem of problems(original, outcome, growth)) failures.push(`${kind} #${run}: ${problem}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
