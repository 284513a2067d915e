import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ownCopy, withOwnStrings } from '../src/text/ownCopy.js';
import { ENGLISH, MAIN } from './helpers/fixtures.js';

const LIBRARY = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const PAGES = fileURLToPath(new URL('../bench/pages.mjs', import.meta.url));
const SMALL_PAGE = 1024 * 1024;
const PAGE_BYTES = 16 * 1024 * 1024;

interface Held {
  kept: number;
  left: number;
  commitments: number;
}

/**
 * What a process still holds once it is done with a page: the heap after full
 * collections, less what it held before, in the built library (the one the
 * command runs). A page's text is one string of its size; what the first
 * Swedish page costs whatever its size (compiled code, the lexicon's words)
 * is the same for a small page and a large one of the same words.
 */
function heldAfter(pageBytes: number): Held {
  const script = `
    import { readFileSync } from 'node:fs';
    const { extractPost } = await import(${JSON.stringify(LIBRARY)});
    const { grownPage } = await import(${JSON.stringify(PAGES)});
    const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
    // The caches warmed on another page in another language, so that the page's own words are new to them.
    extractPost(readFileSync(${JSON.stringify(ENGLISH)}));
    let page = Buffer.from(grownPage(${JSON.stringify(MAIN)}, ${pageBytes}).page);
    const before = heap();
    let extraction = extractPost(page);
    page = null;
    const kept = heap() - before;
    const commitments = extraction.commitments.length;
    extraction = null;
    const left = heap() - before;
    process.stdout.write(JSON.stringify({ kept, left, commitments }));
  `;
  const result = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Held;
}

describe('a page read is let go', () => {
  const small = heldAfter(SMALL_PAGE);
  const large = heldAfter(PAGE_BYTES);

  it('was read (the figures below are of real extractions)', () => {
    expect([small.commitments, large.commitments]).toEqual([4, 4]);
  });

  it('by the extraction made from it: its title, quotes and addresses are their own strings', () => {
    expect(large.kept - small.kept).toBeLessThan(PAGE_BYTES / 8);
  });

  it('by every cache of the readers, once the extraction is dropped', () => {
    expect(large.left - small.left).toBeLessThan(PAGE_BYTES / 8);
  });
});

describe('ownCopy', () => {
  it.each([
    ['empty', ''],
    ['short', 'Kanada'],
    ['longer than V8 copies anyway', 'Global Alliance against Child Sexual Abuse Online'],
    ['two-byte', 'Cecilia Malmström – ”globala alliansen”'],
    ['astral', 'figures 𝟕𝟕𝟗 and 😀 beside them'],
    ['a lone surrogate', 'half \ud83d of a pair, kept as it is'],
  ])('gives the same characters: %s', (_kind, text) => {
    const copy = ownCopy(text);
    expect(copy).toBe(text);
    expect(copy.length).toBe(text.length);
  });
});

describe('withOwnStrings', () => {
  it('rebuilds plain objects and arrays with the same keys, order and values', () => {
    const value = { b: 'two', a: [1, 'one', null, { deep: 'yes', flag: true }], none: undefined, n: 0 };
    const copy = withOwnStrings(value);
    expect(copy).toStrictEqual(value);
    expect(Object.keys(copy)).toEqual(['b', 'a', 'none', 'n']);
    expect(copy).not.toBe(value);
    expect(copy.a).not.toBe(value.a);
  });

  it('keeps what is not a plain object as it is', () => {
    const date = new Date(0);
    const map = new Map([['k', 'v']]);
    const copy = withOwnStrings({ date, map });
    expect(copy.date).toBe(date);
    expect(copy.map).toBe(map);
  });
});
