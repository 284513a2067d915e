import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFixtures } from './helpers/fixtures.js';
import { runCli } from './helpers/io.js';
import type { Extraction } from '../src/schema/output.js';

/**
 * One folder per capture of the post: its page, what it is (fixture.json) and
 * the expected output (expected.json). `npm run golden` (UPDATE=1) rewrites the
 * expected files; review them in the diff, never edit them by hand.
 */
const UPDATE = process.env['UPDATE'] === '1';

/** The text a reader gets out of the facts: where "must include" phrases must appear and others must not. */
function factText(extraction: Extraction): string {
  return [
    ...extraction.commitments.map((commitment) => commitment.text),
    ...extraction.statistics.map((statistic) => statistic.quote),
    ...extraction.countries.items.map((country) => country.name),
  ].join('\n');
}

describe.each(listFixtures())('fixture $name', ({ dir, source, spec }) => {
  const args = [source, ...spec.args.map((arg) => (existsSync(join(dir, arg)) ? join(dir, arg) : arg)), '--partial', '--quiet'];

  it(`exits ${spec.exitCode} and matches expected.json`, async () => {
    const result = await runCli(args, { cwd: dir });
    expect(result.code, result.stderr).toBe(spec.exitCode);
    const golden = join(dir, 'expected.json');
    if (UPDATE) writeFileSync(golden, result.stdout);
    expect(existsSync(golden), `${golden} is missing: run npm run golden and review it`).toBe(true);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });

  it('states its must-include phrases and none of its must-not-include ones', async () => {
    const { stdout } = await runCli(args, { cwd: dir });
    const text = factText(JSON.parse(stdout) as Extraction);
    for (const phrase of spec.mustInclude) expect(text, `missing "${phrase}"`).toContain(phrase);
    for (const phrase of spec.mustNotInclude) expect(text, `leaked "${phrase}"`).not.toContain(phrase);
  });
});
