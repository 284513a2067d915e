import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
export const MAIN = join(FIXTURES, 'wordpress-2012', 'source.html');
export const MEMO = join(FIXTURES, 'wordpress-2012', 'memo.html');
export const ENGLISH = join(FIXTURES, 'english-edition', 'source.html');

export interface FixtureSpec {
  description: string;
  /** The capture's file in the folder, when it is not source.html (an MHTML file, a feed, gzip). */
  source?: string;
  /** The fixture whose page this one holds (in a container) and whose facts it must yield. */
  sameFactsAs?: string;
  args: string[];
  exitCode: number;
  mustInclude: string[];
  mustNotInclude: string[];
}

export interface Fixture {
  name: string;
  dir: string;
  source: string;
  spec: FixtureSpec;
}

/** Every folder under fixtures/ with a fixture.json, and its capture (source.html unless the spec names another file). */
export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES, entry.name, 'fixture.json')))
    .map((entry) => {
      const dir = join(FIXTURES, entry.name);
      const spec = JSON.parse(readFileSync(join(dir, 'fixture.json'), 'utf8')) as FixtureSpec;
      return { name: entry.name, dir, source: join(dir, spec.source ?? 'source.html'), spec };
    });
}

export function readBytes(path: string): Buffer {
  return readFileSync(path);
}
