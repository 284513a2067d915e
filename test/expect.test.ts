import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/io.js';
import { elements, parseXml } from './helpers/xml.js';
import { FIXTURES, MAIN, MEMO, listFixtures } from './helpers/fixtures.js';
import { parseExpectations } from '../src/check/expectations.js';
import { scratchDir } from './helpers/scratch.js';

const page = readFileSync(MAIN, 'utf8');

function tempDir(): string {
  return scratchDir('alliance-expect-');
}

async function record(source: string, ...options: string[]): Promise<string> {
  const target = join(tempDir(), 'expected-figures.yaml');
  const result = await runCli(['expect', source, '-o', target, ...options]);
  expect(result).toMatchObject({ code: 0, stdout: '' });
  return target;
}

describe('expect', () => {
  it('records a capture as expectations saying from which page, its sha256 and when', async () => {
    const result = await runCli(['expect', MAIN]);
    expect(result.code).toBe(0);
    const sha256 = createHash('sha256').update(readFileSync(MAIN)).digest('hex');
    expect(result.stdout).toContain(`# from: ${MAIN}\n# sha256: ${sha256}\n# recorded: `);
    expect(result.stdout).toMatch(/# recorded: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\n/);
    const { expectations } = parseExpectations(result.stdout);
    const none = { qualifier: null, year: null, period: null, source: null };
    const rescue = { ...none, year: 2011, source: 'Operation Rescue' };
    expect(expectations.statistics).toEqual({
      'participating-countries': { value: 48, ...none },
      'abuse-images-online': { value: 1000000, ...none, qualifier: 'more-than' },
      'new-abuse-images-per-year': { value: 50000, ...none, period: 'year', source: 'UNODC' },
      'operation-rescue-suspects-identified': { value: 779, ...rescue },
      'operation-rescue-arrests': { value: 250, ...rescue },
      'operation-rescue-children-safeguarded': { value: 252, ...rescue },
    });
    expect(expectations.commitments).toHaveLength(4);
    expect(expectations.countries).toHaveLength(48);
    expect(result.stdout).toMatch(/# countries: the page does not list them; these are the tool's own reference copy/);
  });

  it.each(listFixtures().filter((fixture) => fixture.spec.exitCode === 0))('records $name so that check --expect passes on it', async (fixture) => {
    const expectations = await record(fixture.source);
    const result = await runCli(['check', fixture.source, '--expect', expectations]);
    expect(result.code, result.stdout).toBe(0);
  });

  it.each(listFixtures().filter((fixture) => fixture.spec.exitCode === 0))(
    'records $name with --linked so that check --strict --linked passes on it',
    async (fixture) => {
      const expectations = await record(fixture.source, '--linked', MEMO);
      const result = await runCli(['check', fixture.source, '--expect', expectations, '--linked', MEMO, '--strict']);
      expect(result.code, result.stdout).toBe(0);
    },
  );

  it.each([
    // Damage in a fact's own text leaves the fact out (a word the lexicon lacks): the post is then incomplete, not damaged.
    ['damaged text', MAIN, 'Tanken är att länderna', 'Tanken Ã¤r att länderna', /warning decoding-damage \(the text looks wrongly decoded near "Tanken Ã¤r att länderna/],
    ['damage in a paragraph without figures', MAIN, '<p>Vissa dagar', '<p>Vissa dagar (sÃ¤ger jag)', /warning decoding-damage \(the text looks wrongly decoded near "Vissa dagar \(sÃ¤ger jag\)/],
    ['a country it cannot name', join(FIXTURES, 'countries-in-post', 'source.html'), 'Bulgarien, Kambodja', 'Bulgarien, Kongo', /countries count: expected 48, found 47/],
    ['a country twice', join(FIXTURES, 'countries-in-post', 'source.html'), 'Bulgarien, Kambodja', 'Bulgarien, Bulgarien', /countries count: expected 48, found 47/],
  ])('refuses (exit 1) a complete post that check --strict fails, with %s, writing nothing', async (_name, source, original, edited, failure) => {
    const dir = tempDir();
    const damaged = join(dir, 'damaged.html');
    const text = readFileSync(source, 'utf8');
    expect(text).toContain(original);
    writeFileSync(damaged, text.replace(original, edited));
    const result = await runCli(['expect', damaged, '-o', join(dir, 'out.yaml')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^alliance-extract: ${damaged.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: fails check: `));
    expect(lines[0]).toMatch(failure);
    expect(lines[0]).toMatch(/: expectations are recorded from a page that passes check --strict only$/);
    expect(readdirSync(dir)).toEqual(['damaged.html']);
  });

  it('records the countries read from the memo with --linked', async () => {
    const expectations = await record(MAIN, '--linked', MEMO);
    const text = readFileSync(expectations, 'utf8');
    expect(text).toContain('# countries: read from the page the footnote links to (--linked)');
    expect((await runCli(['check', MAIN, '--linked', MEMO, '--expect', expectations, '--strict'])).code).toBe(0);
  });

  it('refuses a page that is not the complete post (exit 4), writing nothing', async () => {
    const dir = tempDir();
    const cut = join(dir, 'cut.html');
    writeFileSync(cut, page.replace(/<li>Att öka barnens medvetenhet[^]*?<\/li>/, ''));
    for (const source of [cut, MEMO, join(FIXTURES, 'other-post', 'source.html')]) {
      const result = await runCli(['expect', source, '-o', join(dir, 'out.yaml')]);
      expect(result.code).toBe(4);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^alliance-extract: .*incomplete: not found: .*recorded from the complete post only/);
    }
    expect(readdirSync(dir)).toEqual(['cut.html']);
  });

  it('writes -o all or nothing', async () => {
    const dir = tempDir();
    const result = await runCli(['expect', MAIN, '-o', join(dir, 'no', 'such', 'dir.yaml')]);
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'no'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps a hostile file name inside its comment line', async () => {
    const dir = tempDir();
    const name = join(dir, 'a\ncountries: [XX]\n\u001b[2J.html');
    writeFileSync(name, page);
    const result = await runCli(['expect', name]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(parseExpectations(result.stdout).expectations.countries).toHaveLength(48);
  });
});

describe('expect → check --expect: an edited copy fails, naming the fact in every format', () => {
  const edited = (): string => {
    const file = join(tempDir(), 'edited.html');
    writeFileSync(file, page.replace('250 greps', '205 greps'));
    return file;
  };
  const fact = 'expected statistic operation-rescue-arrests';

  it('text', async () => {
    const expectations = await record(MAIN);
    const result = await runCli(['check', edited(), '--expect', expectations]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`✗ ${fact}: expected 250, found 205`);
  });

  it('JUnit XML: one suite a page, one case a fact, the failure with expected, found and the sentence', async () => {
    const expectations = await record(MAIN);
    const bad = edited();
    const result = await runCli(['check', MAIN, bad, '--expect', expectations, '--format', 'junit']);
    expect(result.code).toBe(1);
    const document = parseXml(result.stdout);
    expect(document.name).toBe('testsuites');
    const suites = elements(document, 'testsuite');
    expect(suites.map((suite) => suite.attributes['name'])).toEqual([MAIN, bad]);
    expect(document.attributes).toMatchObject({ failures: '1', errors: '0' });
    const failures = elements(document, 'failure');
    expect(failures).toHaveLength(1);
    const [failed] = elements(suites[1]!, 'testcase').filter((testcase) => elements(testcase, 'failure').length > 0);
    expect(failed?.attributes).toMatchObject({ name: fact, classname: bad, file: bad });
    expect(failures[0]?.attributes['message']).toBe('expected 250, found 205');
    expect(failures[0]?.text).toContain('expected: 250\nfound: 205\n');
    expect(failures[0]?.text).toContain('sentence: År 2011 ledde operation Rescue till att 779 misstänkta personer kunde identifieras i hela världen, 205 greps');
    const cases = elements(suites[0]!, 'testcase');
    expect(suites[0]?.attributes['tests']).toBe(String(cases.length));
    expect(cases.map((testcase) => testcase.attributes['name'])).toContain(fact);
  });

  it('GitHub annotations: at the line the figure was read, or the expectations line where it is missing', async () => {
    const expectations = await record(MAIN);
    const bad = edited();
    const result = await runCli(['check', bad, '--expect', expectations, '--format', 'github']);
    expect(result.code).toBe(1);
    const lines = readFileSync(bad, 'utf8').split('\n');
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error '));
    expect(errors).toHaveLength(1);
    const match = /^::error file=(.*),line=(\d+),col=(\d+),title=(.*)::(.*)$/.exec(errors[0] ?? '');
    expect(match?.[1]).toBe(bad.replace(/:/g, '%3A').replace(/,/g, '%2C'));
    // The statistic's location: where the paragraph holding the figure starts, on the figure's line here.
    expect(lines[Number(match?.[2]) - 1]?.slice(Number(match?.[3]) - 1)).toMatch(/^Mycket återstår[^<]*205 greps/);
    expect(match?.[4]).toBe(`alliance-extract%3A ${fact}`);
    expect(match?.[5]).toMatch(/^expected 250, found 205 — “År 2011/);

    const missing = join(tempDir(), 'missing.html');
    writeFileSync(missing, page.replace(/, 250 greps/, ''));
    const absent = await runCli(['check', missing, '--expect', expectations, '--format', 'github']);
    const expectLines = readFileSync(expectations, 'utf8').split('\n');
    const at = /^::error file=([^,]*),line=(\d+),title=alliance-extract%3A expected statistic operation-rescue-arrests::(.*): expected 250, found —$/m.exec(absent.stdout);
    expect(at?.[3]).toBe(missing);
    expect(at?.[1]).toBe(expectations);
    expect(expectLines[Number(at?.[2]) - 1]).toMatch(/^ {2}operation-rescue-arrests: \{ value: 250, /);
  });
});
