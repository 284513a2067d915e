import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './helpers/io.js';
import { FIXTURES, MAIN, MEMO } from './helpers/fixtures.js';
import { scratchDir } from './helpers/scratch.js';

function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^alliance-extract: /);
  return lines[0] ?? '';
}

describe('mistakes are usage errors', () => {
  // An unset shell variable: '' resolves to the current directory, every file of which would be read as a page.
  it.each([
    [['']],
    [[MAIN, '']],
    [['check', '']],
    [['diff', '', MAIN]],
    [['expect', '']],
  ])('an empty page name %j is a usage error, not the current directory', async (args) => {
    const result = await runCli(args, { cwd: FIXTURES });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(oneLine(result.stderr)).toBe("alliance-extract: a page's name is empty (an unset variable?): give a path, a directory, an address or '-'");
  });

  it.each([['-o'], ['--output'], ['--linked'], ['--expect']])('an empty file name for %s is a usage error', async (option) => {
    const args = option === '--expect' ? ['check', MAIN, option, ''] : [MAIN, option, ''];
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toMatch(/an empty file name/);
  });

  it.each([
    ['chek', 'check'],
    ['dif', 'diff'],
    ['exract', 'extract'],
    ['expct', 'expect'],
    ['shema', 'schema'],
  ])('a first argument %s that is no path and close to a command names the command', async (typed, command) => {
    const result = await runCli([typed, MAIN]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(oneLine(result.stderr)).toBe(`alliance-extract: unknown command '${typed}' (did you mean ${command}?)`);
  });

  it('takes a first argument that is an existing file as a page, however it is named', async () => {
    const dir = scratchDir('alliance-mistakes-');
    writeFileSync(join(dir, 'chek'), '<p>nothing here</p>');
    const result = await runCli(['chek'], { cwd: dir });
    expect(result.code).toBe(4);
  });

  it('a name far from every command is a page that does not exist (exit 3)', async () => {
    const result = await runCli(['banana']);
    expect(result.code).toBe(3);
    expect(oneLine(result.stderr)).toMatch(/banana: no such file/);
  });

  it.each([
    [['check', MAIN, '--formt', 'json'], "alliance-extract: unknown option '--formt' (did you mean --format?)"],
    [[MAIN, '--outptu', 'x'], "alliance-extract: unknown option '--outptu' (did you mean --output?)"],
    [['check', MAIN, '--bogus'], "alliance-extract: unknown option '--bogus' (see --help)"],
  ])('an unknown option is one line: %j', async (args, line) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toBe(line);
  });

  it.each([
    [['-', '--files-from', '-'], 'a page and --files-from'],
    [['-', '--linked', '-'], 'a page and --linked'],
    [['check', '-', '-'], '2 pages'],
    [['check', '-', '--expect', '-'], 'a page and --expect'],
    [['check', MAIN, '--expect', '-', '--linked', '-'], '--expect and --linked'],
    [['expect', '-', '--linked', '-'], 'a page and --linked'],
    [['diff', '-', '-'], '2 pages'],
  ])('standard input used twice, %j, is one line and exit 2', async (args, uses) => {
    const result = await runCli(args, { stdin: readFileSync(MAIN) });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(oneLine(result.stderr)).toBe(`alliance-extract: standard input can be read once, but '-' is given twice: as ${uses}`);
  });

  it.each([
    [['check', MAIN, '--expect', 'a.yaml', '--expect', 'b.yaml'], '--expect <file>'],
    [['check', MAIN, '--expect-beside', 'a.yaml', '--expect-beside', 'b.yaml'], '--expect-beside <name>'],
    [['check', MAIN, '--linked', MEMO, '--linked', MEMO], '--linked <file>'],
    [['expect', MAIN, '--linked', MEMO, '--linked', MEMO], '--linked <file>'],
    [['expect', MAIN, '-o', 'a.yaml', '-o', 'b.yaml'], '-o, --output <file>'],
    [[MAIN, '-o', 'a.json', '-o', 'b.json'], '-o, --output <file>'],
    [[MAIN, '--linked', MEMO, '--linked', MEMO], '--linked <file>'],
    [[MAIN, '--files-from', 'a.txt', '--files-from', 'b.txt'], '--files-from <file>'],
  ])('a file option given twice, %j, is a usage error, not the last one silently', async (args, option) => {
    const result = await runCli(args, { cwd: scratchDir('alliance-mistakes-') });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(oneLine(result.stderr)).toMatch(new RegExp(`^alliance-extract: option '${option.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}' argument '.*' is invalid\. given twice: it takes one file`));
  });

  it('extract accepts --no-color as the other commands do', async () => {
    const result = await runCli(['extract', MAIN, '--no-color']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).schemaVersion).toBe(1);
  });

  it('diff with a side that is not the post says so in one line and exits 4', async () => {
    for (const args of [[MAIN, MEMO], [MEMO, MAIN]]) {
      const result = await runCli(['diff', ...args]);
      expect(result.code).toBe(4);
      expect(result.stdout).toBe('');
      expect(oneLine(result.stderr)).toBe(`alliance-extract: ${MEMO}: not the post: fewer than 4 of its 10 facts were found`);
    }
  });
});

describe('saved extractions read by diff', () => {
  afterEach(() => vi.restoreAllMocks());

  it('turn the YAML library\'s warnings into one line of the tool, never a YAMLWarning', async () => {
    const emitted = vi.spyOn(process, 'emitWarning');
    const saved = join(scratchDir('alliance-mistakes-'), 'saved.yaml');
    writeFileSync(saved, '%FOO\u001b[2J bar\n---\nschemaVersion: !!js/function "function () {}"\n');
    const result = await runCli(['diff', MAIN, saved]);
    expect(result.code).toBe(3);
    expect(oneLine(result.stderr)).toBe(`alliance-extract: ${saved}: neither an HTML page nor a saved extraction (line 1: Unknown directive %FOO\\u001b[2J)`);
    expect(emitted).not.toHaveBeenCalled();
  });
});

describe('a file name is shown, never obeyed', () => {
  const dir = scratchDir('alliance-mistakes-');
  const hostile = '\u001b]52;c;cHduZWQ=\u0007\u001b[2J';
  const malformed = join(dir, `${hostile}.yaml`);
  writeFileSync(malformed, 'figures: {}\n');

  it('in the warnings and the incomplete-post line of extract', async () => {
    const page = readFileSync(MAIN, 'utf8');
    const complete = join(dir, `${hostile}.html`);
    writeFileSync(complete, page);
    const cut = join(dir, `${hostile}-cut.html`);
    writeFileSync(cut, page.replace(/<li>Att öka barnens medvetenhet[^]*?<\/li>/, ''));
    for (const [path, code] of [[complete, 0], [cut, 4]] as const) {
      const result = await runCli([path]);
      expect(result.code).toBe(code);
      expect(result.stderr).toContain('\\u001b]52;c;cHduZWQ=\\u0007\\u001b[2J');
      expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    }
  });

  it.each([
    ['extract', [hostile]],
    ['check, its page', ['check', hostile]],
    ['check, a missing --expect', ['check', MAIN, '--expect', hostile]],
    ['check, a malformed --expect', ['check', MAIN, '--expect', malformed]],
    ['check, a missing --linked', ['check', MAIN, '--linked', hostile]],
    ['expect', ['expect', hostile]],
    ['diff', ['diff', MAIN, hostile]],
    ['check, a --expect whose name holds a newline', ['check', MAIN, '--expect', `${hostile}\nsecond line`]],
  ])('in the error line of %s', async (_name, args) => {
    const result = await runCli(args);
    expect(result.code).toBeGreaterThan(1);
    expect(oneLine(result.stderr)).toContain('\\u001b]52;c;cHduZWQ=\\u0007\\u001b[2J');
    expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });
});

describe('top-level --help', () => {
  it('says extract is the default, and gives examples, the exit codes and the environment variables', async () => {
    const { stdout, code } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/extract is the default command/);
    expect(stdout).toMatch(/Examples:\n {2}alliance-extract post\.html/);
    expect(stdout).toMatch(/alliance-extract expect post\.html -o expected-figures\.yaml/);
    for (const code of ['0', '1', '2', '3', '4', '70']) expect(stdout).toMatch(new RegExp(`^ {2}${code} +\\S`, 'm'));
    for (const variable of ['NO_COLOR', 'FORCE_COLOR', 'TERM=dumb']) expect(stdout).toContain(variable);
  });

  it('lists the expect command', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(/^ {2}expect \[options\] <page>/m);
    expect(FIXTURES).toBeTruthy();
  });
});

describe('an input error is one line on standard error and exit 3, whatever the command and the format', () => {
  const dir = scratchDir('alliance-input-errors-');
  const text = join(dir, 'notes.txt');
  writeFileSync(text, 'plain text, no page\n');
  const missing = join(dir, 'missing.html');
  const EXPECT = join(FIXTURES, 'expected-figures.yaml');
  // check prints its report of every page given, the failed one included; the others print nothing on standard output.
  const runs: Array<[string, (bad: string) => string[], boolean]> = [
    ...['json', 'yaml', 'ndjson'].map((format): [string, (bad: string) => string[], boolean] => [`extract -f ${format}`, (bad) => ['extract', '-f', format, bad], false]),
    ...['text', 'json', 'junit', 'github'].map((format): [string, (bad: string) => string[], boolean] => [`check -f ${format}`, (bad) => ['check', '-f', format, '--expect', EXPECT, bad], true]),
    ...['text', 'json'].flatMap((format): Array<[string, (bad: string) => string[], boolean]> => [
      [`diff -f ${format} (a side)`, (bad) => ['diff', '-f', format, MAIN, bad], false],
      [`diff -f ${format} (a side)`, (bad) => ['diff', '-f', format, bad, MAIN], false],
    ]),
    ['expect', (bad) => ['expect', bad], false],
  ];
  it.each(runs.flatMap(([name, args, reports]) => [[name, missing, args, reports] as const, [name, text, args, reports] as const]))('%s %s', async (_name, bad, args, reports) => {
    const result = await runCli(args(bad));
    expect(result.code).toBe(3);
    expect(oneLine(result.stderr)).toMatch(new RegExp(`^alliance-extract: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    if (!reports) expect(result.stdout).toBe('');
    else expect(result.stdout).toContain(bad);
  });
});
