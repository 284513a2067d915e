import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLocator } from '../src/load/positions.js';

/** Line and column by counting every character before the offset. */
function naive(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

describe('createLocator', () => {
  it.each([
    ['', 0, { line: 1, column: 1 }],
    ['ab\ncd', 0, { line: 1, column: 1 }],
    ['ab\ncd', 2, { line: 1, column: 3 }],
    ['ab\ncd', 3, { line: 2, column: 1 }],
    ['ab\n\n\ncd', 5, { line: 4, column: 1 }],
    ['ab\r\ncd', 4, { line: 2, column: 1 }],
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
});
