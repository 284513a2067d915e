import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createLocator } from '../src/load/positions.js';
import { extractPost } from '../src/pipeline.js';
import type { Extraction } from '../src/schema/output.js';
import { MAIN } from './helpers/fixtures.js';

/** Line and column from the start of every line of the page; CR LF, CR and LF each end a line, as HTML reads them. */
function naive(text: string, offset: number) {
  const starts = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((match) => match.index + match[0].length)];
  const line = starts.filter((start) => start <= offset).length;
  return { line, column: offset - (starts[line - 1] ?? 0) + 1 };
}

describe('createLocator', () => {
  it.each([
    ['', 0, { line: 1, column: 1 }],
    ['ab\ncd', 0, { line: 1, column: 1 }],
    ['ab\ncd', 2, { line: 1, column: 3 }],
    ['ab\ncd', 3, { line: 2, column: 1 }],
    ['ab\n\n\ncd', 5, { line: 4, column: 1 }],
    ['ab\r\ncd', 4, { line: 2, column: 1 }],
    ['ab\r\n\r\ncd', 6, { line: 3, column: 1 }],
    ['ab\rcd', 2, { line: 1, column: 3 }],
    ['ab\rcd', 3, { line: 2, column: 1 }],
    ['ab\rcd', 4, { line: 2, column: 2 }],
    ['ab\r\rcd', 4, { line: 3, column: 1 }],
    ['ab\n\rcd', 4, { line: 3, column: 1 }],
    ['a\rb\nc\r\nd', 7, { line: 4, column: 1 }],
  ])('%j at %i → %j', (text, offset, position) => {
    expect(createLocator(text)(offset)).toEqual(position);
  });

  it('answers offsets asked in any order as counting from the start would', () => {
    const text = fc.array(fc.constantFrom('a', 'b', '\n', '\r', ' '), { maxLength: 200 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(220), { maxLength: 20 }), (page, offsets) => {
        const locate = createLocator(page);
        for (const offset of offsets.map((n) => n % (page.length + 1))) expect(locate(offset)).toEqual(naive(page, offset));
      }),
      { seed: 6122012, numRuns: 500 },
    );
  });

  it.each([
    ['CR', '\r'],
    ['CR LF', '\r\n'],
  ])('places the facts of a page with %s line ends on the lines an editor shows', (_name, lineEnd) => {
    const golden = JSON.parse(readFileSync(new URL('../fixtures/wordpress-2012/expected.json', import.meta.url), 'utf8')) as Extraction;
    const page = readFileSync(MAIN, 'utf8').replace(/\n/g, lineEnd);
    const locations = (extraction: Extraction) => extraction.statistics.map(({ id, location }) => ({ id, location }));
    expect(locations(extractPost(page))).toEqual(locations(golden));
  });
});
