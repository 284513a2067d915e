import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import { InputError, OutputError, UsageError, extractPost } from '../src/index.js';
import { exitCodeFor } from '../src/cli/exit.js';
import { FIXTURES, MAIN, MEMO } from './helpers/fixtures.js';

const golden = JSON.parse(readFileSync(join(FIXTURES, 'wordpress-2012', 'expected.json'), 'utf8')) as library.Extraction;
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('extractPost on a string', () => {
  it('gives what the same page saved as UTF-8 gives', () => {
    expect(extractPost(readFileSync(MAIN, 'utf8'))).toEqual(golden);
  });

  it('reads the string as it is, whatever charset the page declares, and names it utf-8', () => {
    const bytes = readFileSync(join(FIXTURES, 'legacy-latin1', 'source.html'));
    const text = new TextDecoder('windows-1252').decode(bytes);
    expect(text).toMatch(/<meta[^>]+charset=iso-8859-1/i);
    const fromBytes = extractPost(bytes);
    const fromText = extractPost(text);
    expect(fromBytes.document.encoding).toBe('windows-1252');
    expect(fromText.document).toEqual({ ...fromBytes.document, encoding: 'utf-8', sha256: sha256(Buffer.from(text, 'utf8')) });
    expect({ ...fromText, document: null }).toEqual({ ...fromBytes, document: null });
  });

  it.each([
    ['an RSS feed', 'rss-feed/source.xml'],
    ['an Atom feed', 'atom-feed/source.atom'],
    ['an MHTML file', 'mhtml-chrome/source.mhtml'],
    ['an MHTML file of Latin-1 parts', 'mhtml-ie-latin1/source.mht'],
  ])('reads %s given as a string as its bytes are read', (_name, file) => {
    const bytes = readFileSync(join(FIXTURES, file));
    const fromBytes = extractPost(bytes);
    expect(fromBytes.statistics).toHaveLength(6);
    expect({ ...extractPost(bytes.toString('utf8')), document: null }).toEqual({ ...fromBytes, document: null });
  });

  it('reads a feed given as a string as decoded, whatever charset its XML declaration names', () => {
    const feed = readFileSync(join(FIXTURES, 'rss-feed', 'source.xml'), 'utf8');
    const declared = feed.replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="ISO-8859-1"?>');
    expect(declared).not.toBe(feed);
    const extraction = extractPost(declared);
    expect(extraction.document.encoding).toBe('utf-8');
    expect(extraction.commitments).toEqual(extractPost(Buffer.from(feed)).commitments);
  });

  it.each([
    ['gzip decoded as UTF-8', readFileSync(join(FIXTURES, 'gzip', 'source.html.gz')).toString('utf8'), /gzip-compressed data given as text/],
    ['gzip decoded as Latin-1', readFileSync(join(FIXTURES, 'gzip', 'source.html.gz')).toString('latin1'), /gzip-compressed data given as text/],
    ['an MHTML file with 8-bit text', `${readFileSync(join(FIXTURES, 'mhtml-chrome', 'source.mhtml'), 'utf8')}\r\nÅ`, /MHTML file given as text with characters beyond ASCII/],
  ])('refuses %s, which only its bytes can give', (_name, text, message) => {
    expect(() => extractPost(text)).toThrow(expect.objectContaining({ name: 'InputError', problem: 'unsupported', message: expect.stringMatching(message) as unknown }));
  });

  it('takes the linked page as a string too', () => {
    const linked = extractPost(readFileSync(MAIN, 'utf8'), { linked: readFileSync(MEMO, 'utf8') });
    expect(linked.countries.source).toBe('linked');
    expect(linked.countries.items).toHaveLength(48);
  });

  it.each([
    ['an empty string', '', 'empty'],
    ['plain text', 'just some words', 'not-html'],
  ])('rejects %s as bytes would be rejected', (_name, text, problem) => {
    expect(() => extractPost(text)).toThrow(expect.objectContaining({ name: 'InputError', problem }));
    expect(() => extractPost(Buffer.from(text))).toThrow(expect.objectContaining({ name: 'InputError', problem }));
  });

  it('says what it takes when given neither a string nor bytes', () => {
    expect(() => extractPost(42 as unknown as string)).toThrow(new TypeError('extractPost takes the page as a string or a Uint8Array, not number'));
  });
});

describe('extractPost options from JavaScript', () => {
  const page = readFileSync(MAIN);
  it.each([
    [{ linked: 5 }, /linked option takes the linked page as a string or a Uint8Array, not number/],
    [{ linked: null }, /linked option takes the linked page as a string or a Uint8Array, not null/],
    [{ linked: [1, 2] }, /linked option takes the linked page as a string or a Uint8Array, not an array/],
    [{ maxBytes: -1 }, /maxBytes option is a number of bytes, 1 or more, not -1/],
    [{ maxBytes: Number.NaN }, /maxBytes option is a number of bytes, 1 or more, not NaN/],
    [{ maxBytes: 0 }, /not 0/],
    [{ maxBytes: '64MB' }, /not string "64MB"/],
    [{ maxBytes: '100' }, /not string "100"/],
  ])('%j is a TypeError that says what the option takes', (options, message) => {
    expect(() => extractPost(page, options as never)).toThrow(TypeError);
    expect(() => extractPost(page, options as never)).toThrow(message);
  });

  it.each([[null], [5], ['linked.html']])('options %j, not an object, are a TypeError', (options) => {
    expect(() => extractPost(page, options as never)).toThrow(/extractPost takes its options as an object, not (null|number|string)/);
  });

  it.each([[''], [new Uint8Array()]])('an empty linked page %j is an input error about the linked page, not the reference copy', (linked) => {
    const thrown = (() => {
      try {
        extractPost(page, { linked });
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(InputError);
    expect(thrown).toMatchObject({ problem: 'empty', input: 'linked' });
  });

  it('takes a limit past any page as no limit', () => {
    expect(extractPost(page, { maxBytes: Number.POSITIVE_INFINITY }).statistics).toHaveLength(6);
  });
});

describe('the error classes', () => {
  it.each([
    ['InputError', new InputError('empty', 'the input is empty'), 3],
    ['UsageError', new UsageError('bad option'), 2],
    ['OutputError', new OutputError('cannot write'), 3],
  ])('%s carries the exit code the CLI gives it', (name, error, code) => {
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.exitCode).toBe(code);
    expect(exitCodeFor({ kind: 'failed', error })).toBe(code);
  });
});

describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## As a library'), readme.indexOf('\n## ', readme.indexOf('## As a library') + 1));

  it.each(Object.keys(library).filter((name) => typeof library[name as keyof typeof library] === 'function'))('documents %s in "As a library"', (name) => {
    expect(section).toContain(`\`${name}`);
  });
});

describe('checkExtraction', () => {
  const extraction = library.Extraction.parse(JSON.parse(readFileSync(join(FIXTURES, 'wordpress-2012', 'expected.json'), 'utf8')));

  it.each([
    ['a misspelt key', { statistic: { 'operation-rescue-arrests': 1 } }, /^checkExtraction: expectations: unknown key "statistic" \(expected commitments, statistics, countries\)$/],
    ['a capitalised key', { Statistics: { 'operation-rescue-arrests': 1 } }, /^checkExtraction: expectations: unknown key "Statistics"/],
    ['nothing expected', {}, /^checkExtraction: expectations: expects nothing/],
    ['an empty mapping', { statistics: {} }, /^checkExtraction: expectations: expects nothing/],
    ['an unknown statistic', { statistics: { 'operation-rescue-arests': 250 } }, /^checkExtraction: expectations\.statistics/],
    ['a value as a string', { statistics: { 'operation-rescue-arrests': '250' } }, /^checkExtraction: expectations\.statistics\.operation-rescue-arrests: /],
    ['an unknown field of a statistic', { statistics: { 'operation-rescue-arrests': { value: 250, yaer: 2011 } } }, /^checkExtraction: expectations\.statistics\.operation-rescue-arrests.*yaer/],
    ['a country twice', { countries: ['AL', 'AL'] }, /^checkExtraction: expectations\.countries\[1\]: "AL" is listed twice$/],
    ['null', null, /^checkExtraction: expectations: /],
  ])('refuses expectations with %s (TypeError), as check --expect refuses the file', (_name, expectations, message) => {
    expect(() => library.checkExtraction(extraction, expectations as never)).toThrow(TypeError);
    expect(() => library.checkExtraction(extraction, expectations as never)).toThrow(message);
  });

  it('takes valid expectations, and none', () => {
    expect(library.checkExtraction(extraction, { statistics: { 'operation-rescue-arrests': 250 } }).passed).toBe(true);
    expect(library.checkExtraction(extraction, { statistics: { 'operation-rescue-arrests': 251 } }).passed).toBe(false);
    expect(library.checkExtraction(extraction).passed).toBe(true);
  });
});

describe('the rest of the library, as "As a library" states it', () => {
  const read = (name: string) => library.Extraction.parse(JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')));

  it('checkExtraction with saved: true fails under strict however consistent the extraction, as check does', () => {
    const complete = read('countries-in-post');
    expect(library.checkExtraction(complete, undefined, { strict: true }).passed).toBe(true);
    expect(library.checkExtraction(complete, undefined, { saved: true }).passed).toBe(true);
    expect(library.checkExtraction(complete, undefined, { strict: true, saved: true }).passed).toBe(false);
  });

  it('Extraction.parse refuses a statistic listed twice and drops a key it does not know', () => {
    const document = JSON.parse(readFileSync(join(FIXTURES, 'wordpress-2012', 'expected.json'), 'utf8'));
    expect(() => library.Extraction.parse({ ...document, statistics: [...document.statistics, document.statistics[0]] })).toThrow(/an id is listed twice/);
    const noted = library.Extraction.parse({ ...document, statistics: [{ ...document.statistics[0], note: 'x' }, ...document.statistics.slice(1)] });
    expect(noted.statistics[0]).not.toHaveProperty('note');
  });

  it('readHtml refuses text with no HTML tags as InputError not-html, and reads a page', () => {
    expect(() => library.readHtml('just some words, no tags at all')).toThrow(expect.objectContaining({ name: 'InputError', problem: 'not-html', exitCode: 3 }));
    expect(library.readHtml('<p>48 länder</p>').blocks.map((block) => block.text)).toEqual(['48 länder']);
  });

  // One call of each function of the README's table, whose "sync / async" column is held against what the call returns.
  const calls: Record<string, () => unknown> = {
    extractPost: () => extractPost(readFileSync(MAIN)),
    missingFacts: () => library.missingFacts(read('wordpress-2012')),
    checkExtraction: () => library.checkExtraction(read('wordpress-2012')),
    diffExtractions: () => library.diffExtractions(read('wordpress-2012'), read('english-edition')),
    missingFromBoth: () => library.missingFromBoth(read('wordpress-2012'), read('english-edition')),
    emit: () => library.emit(read('wordpress-2012'), 'yaml'),
    decode: () => library.decode(readFileSync(MAIN)),
    readHtml: () => library.readHtml('<p>48 länder</p>'),
    findNumbers: () => library.findNumbers('48 länder', 'sv'),
    parseNumber: () => library.parseNumber('50 000', 'sv'),
    resolveCountry: () => library.resolveCountry('Sverige', 'sv'),
  };
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const rows = [...readme.matchAll(/^\| (`[^|]+`) \| (\*\*async\*\*|sync\b)/gm)].flatMap(([, names, kind]) =>
    [...(names as string).matchAll(/`([A-Za-z]+)\(/g)].map(([, name]) => [name as string, kind === 'sync' ? 'sync' : 'async'] as const),
  );

  it('lists every function of the table in this test, and the table lists the library\'s functions', () => {
    expect(rows.map(([name]) => name).sort()).toEqual(Object.keys(calls).sort());
  });

  it.each(rows)('%s is %s, as the README table says', async (name, kind) => {
    const call = calls[name];
    expect(call, `no call for ${name}`).toBeDefined();
    const result = (call as () => unknown)();
    expect(result instanceof Promise ? 'async' : 'sync').toBe(kind);
    await result;
  });

  it('missingFromBoth names the facts neither side states, which diffExtractions cannot list', () => {
    const whole = read('wordpress-2012');
    const cut = { ...whole, statistics: whole.statistics.filter((statistic) => statistic.id !== 'operation-rescue-arrests') };
    expect(library.diffExtractions(cut, cut)).toEqual([]);
    expect(library.missingFromBoth(cut, cut)).toEqual(['operation-rescue-arrests']);
    expect(library.missingFromBoth(cut, whole)).toEqual([]);
  });
});

describe('emit', () => {
  const statistics = golden.statistics;
  const first = statistics[0] as library.Statistic;

  it('writes an extraction as the CLI does', async () => {
    expect(JSON.parse(await library.emit(golden, 'json'))).toEqual(golden);
    expect(await library.emit(extractPost(readFileSync(MAIN)), 'json')).toBe(readFileSync(join(FIXTURES, 'wordpress-2012', 'expected.json'), 'utf8'));
  });

  it.each([
    ['a statistic of a value no integer', 'json', { ...golden, statistics: [{ ...first, value: '48' }, ...statistics.slice(1)] }, /statistics\[0\]\.value: expected a number/],
    ['a statistic listed twice', 'yaml', { ...golden, statistics: [...statistics, first] }, /statistics/],
    ['an unknown schema version', 'json', { ...golden, schemaVersion: 2 }, /schemaVersion: expected 1/],
    ['a key the schema does not know', 'yaml', { ...golden, statistics: [{ ...first, note: 'x' }, ...statistics.slice(1)] }, /statistics\[0\]\.note: unknown key/],
    ['no document at all', 'json', { a: [1, 2] }, /not an extraction/],
    ['an extraction without its path', 'ndjson', golden, /not a batch record/],
    ['a record whose path is empty', 'ndjson', { path: '', ...golden }, /not a batch record/],
  ] as const)('refuses %s (%s), naming the fault', async (_what, format, value, fault) => {
    await expect(library.emit(value, format)).rejects.toThrow(TypeError);
    await expect(library.emit(value, format)).rejects.toThrow(fault);
  });

  it('writes a batch record as NDJSON, a page\'s and a failed page\'s', async () => {
    expect(JSON.parse(await library.emit({ path: 'post.html', ...golden }, 'ndjson'))).toEqual({ path: 'post.html', ...golden });
    const failure = { path: 'cut.html', error: { exitCode: 4, message: 'cut.html: incomplete' }, warnings: [] };
    expect(await library.emit(failure, 'ndjson')).toBe(`${JSON.stringify(failure)}\n`);
  });
});
