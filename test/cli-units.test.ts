import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseSize, formatSize } from '../src/cli/size.js';
import { colorLevel } from '../src/cli/color.js';
import { EXIT, OutputError, UsageError, exitCodeFor, type Outcome } from '../src/cli/exit.js';
import { InputError } from '../src/load/errors.js';
import { emit as emitChecked, serializerFor, type Format } from '../src/emit/emit.js';
import { safe } from '../src/text/escape.js';

describe('parseSize', () => {
  it.each([
    ['1024', 1024],
    ['500K', 500 * 1024],
    ['64MB', 64 * 1024 ** 2],
    ['1.5 MiB', 1.5 * 1024 ** 2],
    ['1g', 1024 ** 3],
    ['1.3K', 1331],
    ['1b', 1],
  ])('%s → %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(['', 'lots', '-1M', '10 parsecs'])('rejects %j as a usage error', (text) => {
    expect(() => parseSize(text)).toThrow(UsageError);
  });

  it.each([
    ['1.5', /whole number of bytes/],
    ['2.5b', /whole number of bytes/],
    ['0', /at least one byte/],
    ['0K', /at least one byte/],
    ['0.0001K', /at least one byte/],
  ])('rejects %j, which would read a page by a size no one meant', (text, message) => {
    expect(() => parseSize(text)).toThrow(message);
  });

  it('formats sizes for messages', () => {
    expect([formatSize(1), formatSize(512), formatSize(1024), formatSize(64 * 1024 ** 2)]).toEqual(['1 byte', '512 bytes', '1 KiB', '64 MiB']);
  });
});

describe('colorLevel', () => {
  it.each([
    [{ flag: true, env: {}, isTTY: true }, 1],
    [{ flag: true, env: {}, isTTY: false }, 0],
    [{ flag: false, env: { FORCE_COLOR: '1' }, isTTY: true }, 0],
    [{ flag: true, env: { NO_COLOR: '1' }, isTTY: true }, 0],
    [{ flag: true, env: { NO_COLOR: '' }, isTTY: true }, 1],
    [{ flag: true, env: { FORCE_COLOR: '' }, isTTY: false }, 1],
    [{ flag: true, env: { FORCE_COLOR: '3' }, isTTY: false }, 3],
    [{ flag: true, env: { FORCE_COLOR: '0' }, isTTY: true }, 0],
    [{ flag: true, env: { TERM: 'dumb' }, isTTY: true }, 0],
    [{ flag: true, env: { TERM: 'dumb', FORCE_COLOR: '1' }, isTTY: true }, 1],
    [{ flag: true, env: { NO_COLOR: '1', FORCE_COLOR: '1' }, isTTY: false }, 1],
    [{ flag: true, env: { TERM: 'xterm-256color' }, isTTY: true }, 1],
  ])('%j → %d', (options, level) => {
    expect(colorLevel(options)).toBe(level);
  });
});

describe('exitCodeFor', () => {
  it.each<[Outcome, number]>([
    [{ kind: 'printed' }, EXIT.ok],
    [{ kind: 'extracted', missing: [] }, EXIT.ok],
    [{ kind: 'extracted', missing: ['raise-awareness'] }, EXIT.incomplete],
    [{ kind: 'checked', passed: true, isPost: true }, EXIT.ok],
    [{ kind: 'checked', passed: false, isPost: true }, EXIT.failed],
    [{ kind: 'checked', passed: false, isPost: false }, EXIT.incomplete],
    [{ kind: 'diffed', differences: 0, missingFromBoth: 0 }, EXIT.ok],
    [{ kind: 'diffed', differences: 1, missingFromBoth: 0 }, EXIT.failed],
    [{ kind: 'diffed', differences: 0, missingFromBoth: 1 }, EXIT.incomplete],
    [{ kind: 'diffed', differences: 1, missingFromBoth: 1 }, EXIT.incomplete],
    [{ kind: 'batch', failures: [] }, EXIT.ok],
    [{ kind: 'batch', failures: [EXIT.incomplete, EXIT.input] }, EXIT.incomplete],
    [{ kind: 'failed', error: new UsageError('x') }, EXIT.usage],
    [{ kind: 'failed', error: new InputError('empty', 'x') }, EXIT.input],
    [{ kind: 'failed', error: new OutputError('x') }, EXIT.input],
    [{ kind: 'failed', error: new TypeError('x') }, EXIT.internal],
  ])('%j → %d', (outcome, code) => {
    expect(exitCodeFor(outcome)).toBe(code);
  });
});

/** The serializers `emit` writes with, for values of any shape: `emit` itself refuses what the output contract does not describe. */
const emit = async (value: unknown, format: Format) => (await serializerFor(format))(value);

describe('emit', () => {
  it('quotes YAML strings that a YAML 1.1 reader would take for booleans or numbers', async () => {
    const value = { codes: ['NO', 'SE', 'ON', 'Y'], year: '2012', octal: '0777' };
    const yaml = await emit(value, 'yaml');
    expect(parse(yaml, { version: '1.1' })).toEqual(value);
    expect(parse(yaml)).toEqual(value);
  });

  it.each(['0o17', '0o7', '08', '1e3', '.NaN', '+.inf', '-0', 'null', 'FALSE'])('quotes %j, which a YAML 1.1 or 1.2 reader (this tool\'s own) could take for a non-string', async (text) => {
    const value = { title: text };
    const yaml = await emit(value, 'yaml');
    expect(parse(yaml, { version: '1.1' })).toEqual(value);
    expect(parse(yaml)).toEqual(value);
  });

  it('writes NDJSON as one line a document', async () => {
    expect(await emit({ a: [1, 2] }, 'ndjson')).toBe('{"a":[1,2]}\n');
  });

  // Characters a YAML stream may not hold raw, or that a YAML 1.1 reader takes for a line break; and 1.1's own keys.
  // Since the evening of 6 December the bidirectional controls too, which reorder what a terminal shows.
  const AWKWARD = ['=', '<<', 'a\u2029b', 'a\u2028b', 'x\ufffey', 'x\uffffy', 'a\u0085b', 'a\u007fb', 'c\u0080d', 'c\u009bd', 'tab\tok', '\ud800', 'ok 😀', 'abc\u202edcba', '\u2066x\u2069', 'a\u200fb\u061c'];
  const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

  it.each(AWKWARD)('writes %j so that YAML 1.1 and 1.2 readers read it back, and the stream holds only printable characters', async (text) => {
    const value = { title: text, items: [text] };
    const yaml = await emit(value, 'yaml');
    expect(parse(yaml, { version: '1.1' })).toEqual(value);
    expect(parse(yaml)).toEqual(value);
    // The YAML 1.2 printable set, less U+0085 (a line break to 1.1), without the library's help.
    for (const character of yaml) {
      const code = character.codePointAt(0) as number;
      const printable =
        code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xd7ff && code !== 0x2028 && code !== 0x2029 && !BIDI.test(character)) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;
      expect(printable, `U+${code.toString(16)} in ${JSON.stringify(yaml)}`).toBe(true);
    }
    expect(yaml).not.toMatch(/^title: (=|<<)$/m);
  });

  it.each(['json', 'ndjson'] as const)('writes %s with U+0085, U+2028 and U+2029 escaped, so that no reader splits a line inside a string', async (format) => {
    const value = { text: 'a\u0085b\u2028c\u2029d' };
    const text = await emit(value, format);
    expect(JSON.parse(text)).toEqual(value);
    expect(text.split(/\r\n|[\n\r\u0085\u2028\u2029]/).filter(Boolean)).toHaveLength(format === 'ndjson' ? 1 : 3);
    expect(text).toContain('a\\u0085b\\u2028c\\u2029d');
  });

  it.each(['json', 'ndjson'] as const)('writes %s with the C1 and bidirectional controls escaped, the same value', async (format) => {
    const value = { text: 'Mer \u202emakt\u202c, \u2066x\u2069 \u200e\u200f\u061c \u009b2J' };
    const text = await emit(value, format);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).not.toMatch(/[\u0080-\u009f]/);
    expect(text).not.toMatch(BIDI);
    expect(text).toContain('Mer \\u202emakt\\u202c, \\u2066x\\u2069 \\u200e\\u200f\\u061c \\u009b2J');
  });

  it('refuses a format it does not write, saying which it does', async () => {
    await expect(emitChecked({}, 'xml' as never)).rejects.toThrow(/unknown format "xml": one of json, yaml, ndjson/);
  });

  // PyYAML is the YAML 1.1 reader the README names first; where Python has it, it reads back what was written.
  const pyyaml = spawnSync('python3', ['-c', 'import yaml'], { stdio: 'ignore' }).status === 0;
  it.runIf(pyyaml)('writes YAML that PyYAML reads back as the same values', async () => {
    // And two thousand strings of any code points, each a scalar of its own and a mapping's key.
    const random = fc.sample(fc.string({ unit: 'binary', maxLength: 12 }), { seed: 12, numRuns: 2000 });
    const value = { strings: AWKWARD, codes: ['NO', 'ON', 'Y', '2012-12-06', '1:20', '0777', '~', '.inf'], random, keys: Object.fromEntries(random.map((text, i) => [`${i} ${text}`, i])) };
    const yaml = await emit(value, 'yaml');
    const read = spawnSync('python3', ['-c', 'import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin.buffer), sys.stdout, ensure_ascii=True)'], { input: yaml, encoding: 'utf8' });
    expect(read.stderr).toBe('');
    // Python's json writes a lone surrogate as JavaScript does; everything else must be the same value.
    expect(JSON.parse(read.stdout)).toEqual(value);
  });
});

describe('safe', () => {
  it.each([
    ['an SGR colour sequence', 'a\u001b[31mb\u0007', 'a\\u001b[31mb\\u0007'],
    ['an OSC 52 clipboard write', '\u001b]52;c;aGk=\u0007', '\\u001b]52;c;aGk=\\u0007'],
    ['a screen clear', 'x\u001b[2J', 'x\\u001b[2J'],
    ['a newline in a file name', 'a\nb.html', 'a\\u000ab.html'],
    ['a C1 CSI', 'a\u009bb', 'a\\u009bb'],
    ['a right-to-left override', 'abc\u202Edcba', 'abc\\u202edcba'],
    ['an isolate', '\u2066x\u2069', '\\u2066x\\u2069'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
    ['Swedish letters and no-break spaces, kept', 'Malmström 50\u00a0000', 'Malmström 50\u00a0000'],
  ])('%s', (_what, input, shown) => {
    expect(safe(input)).toBe(shown);
  });
});
