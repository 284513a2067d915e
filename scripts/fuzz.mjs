#!/usr/bin/env node
// The longer fuzz run: `npm run fuzz -- [--runs N] [--seed S] [--max-depth D]`.
// It runs test/fuzz.test.ts (which `npm test` runs bounded: 4 mutants of each
// kind a fixture) with N mutants of each kind a fixture, from seed S, nesting
// up to D deep, and with each case timed against the unmutated page.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const USAGE = 'usage: npm run fuzz -- [--runs N (default 50)] [--seed S (default: the time)] [--max-depth D (default 200000)]';
let values;
try {
  ({ values } = parseArgs({ options: { runs: { type: 'string' }, seed: { type: 'string' }, 'max-depth': { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
} catch (error) {
  process.stderr.write(`fuzz: ${error.message}\n${USAGE}\n`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const whole = (name, text, fallback) => {
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isSafeInteger(value) || value < 0) {
    process.stderr.write(`fuzz: --${name} must be a whole number\n`);
    process.exit(2);
  }
  return value;
};
const runs = whole('runs', values.runs, 50);
const seed = whole('seed', values.seed, Date.now() % 2 ** 31);
const maxDepth = whole('max-depth', values['max-depth'], 200_000);
process.stdout.write(`fuzz: ${runs} mutants of each kind a fixture, seed ${seed} (rerun with --seed ${seed}), nesting up to ${maxDepth}\n`);
const result = spawnSync('npx', ['vitest', 'run', 'test/fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed), FUZZ_MAX_DEPTH: String(maxDepth), FUZZ_TIMING: '1' },
});
process.exit(result.status ?? 1);
