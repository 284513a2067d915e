import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every regular expression the extractor runs over page text must be safe from
 * catastrophic backtracking: hostile pages put 200 000 digits in a row inside
 * the post. recheck analyses each pattern.
 * Literals are read from the source with the TypeScript scanner; patterns built
 * at run time are reached through the modules' exports, so a pattern built with
 * `new RegExp` is exported, alone or in a rule table.
 *
 * recheck runs its checker as a native program where its platform package
 * (an optional dependency, a binary inside the npm package) is installed:
 * about four times faster than its pure-JS backend, which took some 400 s of a
 * CI run. Where there is none, the pure-JS backend runs; never the JVM or a
 * worker, which would make the result depend on what else the machine has.
 */
const PLATFORMS: Partial<Record<NodeJS.Platform, string>> = { linux: 'linux', darwin: 'macos', win32: 'windows' };

function hasNativeChecker(): boolean {
  try {
    createRequire(import.meta.url).resolve(`recheck-${PLATFORMS[process.platform]}-${process.arch}/package.json`);
    return true;
  } catch {
    return false;
  }
}

process.env['RECHECK_BACKEND'] = hasNativeChecker() ? 'native' : 'pure';
const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function literalPatterns(): Array<{ where: string; regex: RegExp }> {
  const found: Array<{ where: string; regex: RegExp }> = [];
  for (const file of sourceFiles(SRC)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const end = text.lastIndexOf('/');
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({ where: `${file.slice(SRC.length)}:${line + 1}`, regex: new RegExp(text.slice(1, end), text.slice(end + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function collect(value: unknown, where: string, into: Array<{ where: string; regex: RegExp }>, seen = new Set<unknown>()): void {
  if (value instanceof RegExp) into.push({ where, regex: value });
  else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const [key, inner] of Object.entries(value)) collect(inner, `${where}.${key}`, into, seen);
  }
}

async function runtimePatterns(): Promise<Array<{ where: string; regex: RegExp }>> {
  const found: Array<{ where: string; regex: RegExp }> = [];
  for (const file of sourceFiles(SRC).filter((name) => !name.includes('/cli/'))) {
    const module = (await import(file)) as Record<string, unknown>;
    collect(module, file.slice(SRC.length), found);
  }
  return found;
}

describe('regular expressions in src/', () => {
  it('are all free of super-linear backtracking', { timeout: 900_000 }, async () => {
    const { check } = await import('recheck');
    // The checker itself is checked: one that called everything safe would pass every pattern below.
    expect((await check('^(?:a+)+$', '', { timeout: 60_000 })).status).toBe('vulnerable');
    const patterns = [...literalPatterns(), ...(await runtimePatterns())];
    const unique = new Map(patterns.map((pattern) => [`${pattern.regex.source}/${pattern.regex.flags}`, pattern]));
    expect(unique.size).toBeGreaterThan(30);
    const unsafe: string[] = [];
    for (const { where, regex } of unique.values()) {
      // On a loaded machine a check may run out of time ("unknown"), and the fuzzer, which alone checks a pattern with
      // lookarounds, judges an attack by how long it runs (`attackTimeout`, `incubationTimeout`: wall time), so a busy
      // host made it call a pattern vulnerable that every quiet run found safe (three times in a row, once). A pattern is
      // unsafe only when two more checks say so that judge by the characters an attack makes the engine read, not by
      // time, and have more time to finish.
      let result = await check(regex.source, regex.flags, { timeout: 20_000 });
      for (let retry = 0; retry < 2 && result.status !== 'safe'; retry++) {
        result = await check(regex.source, regex.flags, { timeout: 60_000, attackTimeout: null, incubationTimeout: null });
      }
      if (result.status !== 'safe') unsafe.push(`${where} /${regex.source}/${regex.flags}: ${result.status}`);
    }
    expect(unsafe).toEqual([]);
  });
});
