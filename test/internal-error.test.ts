import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MAIN } from './helpers/fixtures.js';
import { runCli } from './helpers/io.js';
import { scratchDir } from './helpers/scratch.js';

/**
 * A bug of the tool's own — here a serializer that throws what no input can
 * make it throw — must end as README's exit-code table promises: code 70, one
 * line on stderr that says it is one, no stack trace, nothing on stdout and
 * no file where `-o` pointed.
 */
const bug = vi.hoisted(() => ({ armed: false }));

vi.mock('../src/emit/emit.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/emit/emit.js')>();
  return {
    ...original,
    serializerFor: async (format: Parameters<typeof original.serializerFor>[0]) => {
      const serialize = await original.serializerFor(format);
      return (value: unknown) => {
        if (bug.armed) throw new TypeError("Cannot read properties of undefined (reading 'id')\n    at toJson (src/emit/json.ts:1:1)");
        return serialize(value);
      };
    },
  };
});

afterEach(() => {
  bug.armed = false;
});

describe('an internal error', () => {
  it.each(['json', 'yaml'])('(--format %s) exits 70 with one line that asks for a report, and prints nothing', async (format) => {
    bug.armed = true;
    const result = await runCli([MAIN, '--format', format, '--linked', MAIN.replace('source.html', 'memo.html')]);
    expect(result.code).toBe(70);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^alliance-extract: internal error \(please report\): .*Cannot read properties of undefined/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('leaves no file, and no temporary file, where -o pointed', async () => {
    const dir = scratchDir('alliance-internal-');
    bug.armed = true;
    const out = join(dir, 'post.json');
    const result = await runCli([MAIN, '--format', 'json', '-o', out]);
    expect(result.code).toBe(70);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is no internal error when the serializer works (the same run, unarmed)', async () => {
    const result = await runCli([MAIN, '--format', 'json', '--linked', MAIN.replace('source.html', 'memo.html')]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveProperty('statistics');
  });
});
