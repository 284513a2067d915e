import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sourcesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Comments may explain why `process` is kept out; only code counts. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('only bin/ touches process', () => {
  it('names process in src/ only in the on-demand loader of Node modules', () => {
    const sources = sourcesUnder(join(root, 'src'));
    expect(sources.length).toBeGreaterThan(50);
    const touching = sources
      .filter((path) => /\bprocess\s*[.[]/.test(withoutComments(readFileSync(path, 'utf8'))))
      .map((path) => relative(root, path));
    expect(touching).toEqual(['src/builtinOnDemand.ts']);
  });

  it('the loader asks process for modules and nothing else', () => {
    const code = withoutComments(readFileSync(join(root, 'src/builtinOnDemand.ts'), 'utf8'));
    expect(code.match(/\bprocess\s*\.\s*\w+/g)).toEqual(['process.getBuiltinModule']);
  });
});
