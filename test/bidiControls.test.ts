import { describe, expect, it } from 'vitest';
import { controlsMayMoveDigits, controlsOpenAt, withoutBidiControls } from '../src/text/bidiControls.js';

describe('withoutBidiControls: a text as it reads without its bidirectional controls, its cuts moved with it', () => {
  it.each([
    ['Totalt greps 260 personer.', [], undefined],
    ['Totalt greps 260\u200e personer.', [], { text: 'Totalt greps 260 personer.', cuts: [] }],
    ['att \u202e779\u202c misstänkta', [4, 9], { text: 'att 779 misstänkta', cuts: [4, 7] }],
    ['\u2067\u2069', [0, 1, 2], { text: '', cuts: [0] }],
    ['a\u061cb\u200fc', [1, 2, 3, 4, 5], { text: 'abc', cuts: [1, 2, 3] }],
    // Zero widths are no bidirectional controls (the normalizer drops them).
    ['a\u200bb', [], undefined],
  ] as const)('%j cut at %j', (text, cuts, expected) => {
    expect(withoutBidiControls(text, cuts)).toEqual(expected);
  });
});

describe('controlsMayMoveDigits: a control beside a digit, or a digit inside an embedding, an override or an isolate', () => {
  it.each([
    ['Totalt greps \u200e260 personer.', 0, true],
    ['Totalt greps 260\u200e personer.', 0, true],
    ['Totalt greps 2\u200f60 personer.', 0, true],
    ['\u202eTotalt greps 260 personer.', 0, true],
    ['Totalt \u2067greps 260 personer.', 0, true],
    ['Totalt greps 260 personer.', 1, true],
    // Closed before the figure, or only beside words.
    ['\u202eTotalt\u202c greps 260 personer.', 0, false],
    ['\u2067Totalt\u2069 greps 260 personer.', 0, false],
    ['Totalt greps 260 personer\u200e.', 0, false],
    ['Totalt gre\u200fps 260 personer.', 0, false],
    ['Totalt greps 260 personer.', 0, false],
  ] as const)('%j, %d open → %s', (text, open, moved) => {
    expect(controlsMayMoveDigits(text, open)).toBe(moved);
  });

  it.each([
    ['\u202eEtt. Två.', 5, 1],
    ['\u202eEtt\u202c. Två.', 6, 0],
    ['\u2066\u202bEtt\u202c. Två.', 7, 1],
    ['Ett. Två.', 4, 0],
  ] as const)('controlsOpenAt(%j, %d) → %d', (text, end, open) => {
    expect(controlsOpenAt(text, end)).toBe(open);
  });

  it('goes on from where it was last asked, as asked from the start', () => {
    const text = '\u202eEtt. \u2067Två\u2069. Tre\u202c. Fyra.';
    let open = 0;
    for (let end = 0, from = 0; end <= text.length; from = end, end += 3) {
      open = controlsOpenAt(text, end, from, open);
      expect(open).toBe(controlsOpenAt(text, end));
    }
  });
});
