import { independentValidator } from './helpers/ajv.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './helpers/io.js';
import { FIXTURES, listFixtures } from './helpers/fixtures.js';

async function validator(args: string[]) {
  const result = await runCli(['schema', ...args]);
  expect(result.code).toBe(0);
  const schema = JSON.parse(result.stdout);
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  return independentValidator(schema);
}

describe('schema', () => {
  it('describes every golden output, as an independent validator reads it', async () => {
    const validate = await validator([]);
    for (const fixture of listFixtures().filter((candidate) => existsSync(join(candidate.dir, 'expected.json')))) {
      const data = JSON.parse(readFileSync(join(fixture.dir, 'expected.json'), 'utf8'));
      expect(validate(data), `${fixture.name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('rejects broken documents', async () => {
    const validate = await validator([]);
    const good = JSON.parse(readFileSync(join(FIXTURES, 'wordpress-2012', 'expected.json'), 'utf8'));
    const broken = [
      { ...good, schemaVersion: 2 },
      { ...good, statistics: [{ ...good.statistics[0], value: '48' }] },
      { ...good, commitments: [{ ...good.commitments[0], id: 'be-nice' }] },
      { ...good, countries: { ...good.countries, items: [{ code: 'sweden', name: 'Sverige' }] } },
      { ...good, document: { ...good.document, published: '6 december 2012' } },
      { ...good, extra: true },
      { ...good, statistics: [...good.statistics, { ...good.statistics[0], value: 1 }] },
      { ...good, commitments: [...good.commitments, good.commitments[0]] },
    ];
    for (const document of broken) expect(validate(document), JSON.stringify(document).slice(-200)).toBe(false);
    // What the published schema refuses, a saved extraction given to check or diff is refused for.
    const { readSavedExtraction } = await import('../src/check/saved.js');
    for (const document of broken) expect(() => readSavedExtraction(document)).toThrow();
    expect(readSavedExtraction(good)).toEqual(good);
  });

  it('describes the expectations file, and the shipped one is valid', async () => {
    const validate = await validator(['--expectations']);
    expect(validate(parse(readFileSync(join(FIXTURES, 'expected-figures.yaml'), 'utf8')))).toBe(true);
    expect(validate({ statistics: { 'no-such-figure': 1 } })).toBe(false);
    expect(validate({ statistics: { 'operation-rescue-arrests': { value: 250, year: 2011, source: 'Operation Rescue' } } })).toBe(true);
    expect(validate({ statistics: { 'operation-rescue-arrests': { value: 250, yaer: 2011 } } })).toBe(false);
    expect(validate({ statistics: { 'abuse-images-online': { value: 1000000, qualifier: 'over' } } })).toBe(false);
    expect(validate({ statistics: { 'operation-rescue-arrests': { year: 2011 } } })).toBe(false);
  });

  it('refuses, as check --expect does, expectations that expect nothing or list an entry twice', async () => {
    const validate = await validator(['--expectations']);
    for (const refused of [{}, { countries: ['AL', 'SE', 'AL'] }, { commitments: ['identify-victims', 'identify-victims'] }]) {
      expect(validate(refused), JSON.stringify(refused)).toBe(false);
    }
    expect(validate({ countries: ['AL', 'SE'] })).toBe(true);
  });

  it.each([
    [{}, false],
    [{ commitments: [] }, false],
    [{ statistics: {} }, false],
    [{ countries: [] }, false],
    [{ commitments: [], statistics: {}, countries: [] }, false],
    [{ countries: ['XX'] }, false],
    [{ countries: ['UK'] }, false],
    [{ countries: ['se'] }, false],
    [{ countries: ['AL', 'SE', 'AL'] }, false],
    [{ commitments: ['identify-victims', 'identify-victims'] }, false],
    [{ countries: ['GB', 'SE'] }, true],
    [{ commitments: [], statistics: { 'participating-countries': 48 } }, true],
    [{ statistics: {}, countries: ['SE'] }, true],
  ])('the published schema of expectations and check --expect agree on %j (accepted: %s)', async (expectations, accepted) => {
    const validate = await validator(['--expectations']);
    expect(validate(expectations), JSON.stringify(validate.errors)).toBe(accepted);
    const { parseExpectations } = await import('../src/check/expectations.js');
    const parse = () => parseExpectations(JSON.stringify(expectations));
    if (accepted) expect(parse).not.toThrow();
    else expect(parse).toThrow();
    // One source of truth: the zod schema the library exports holds expectations to the same rules.
    const { Expectations } = await import('../src/schema/expectations.js');
    expect(Expectations.safeParse(expectations).success).toBe(accepted);
  });

  it('describes the report of check --format json, in every state a page can end in', async () => {
    const validate = await validator(['--check']);
    const { MAIN, MEMO, ENGLISH } = await import('./helpers/fixtures.js');
    const runs = [
      await runCli(['check', MAIN, ENGLISH, '--expect', join(FIXTURES, 'expected-figures.yaml'), '--format', 'json']),
      await runCli(['check', MAIN, MEMO, join(FIXTURES, 'nowhere.html'), '--strict', '--format', 'json']),
    ];
    for (const run of runs) {
      const report = JSON.parse(run.stdout);
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    }
    expect(validate({ passed: true, pages: [], extra: 1 })).toBe(false);
  });

  it('describes the report of diff --format json', async () => {
    const validate = await validator(['--diff']);
    const { MAIN, ENGLISH } = await import('./helpers/fixtures.js');
    const report = JSON.parse((await runCli(['diff', MAIN, ENGLISH, '--format', 'json'])).stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...report, missingFromBoth: undefined })).toBe(false);
  });

  it('prints one schema at a time', async () => {
    expect((await runCli(['schema', '--check', '--diff'])).code).toBe(2);
  });
});
