import { describe, expect, it } from 'vitest';
import { marksDigits, marksFigure, withoutDigitMarks, withoutMarksOnDigits } from '../src/text/digitMarks.js';

describe('withoutDigitMarks: a text as it reads without the combining marks on its digits, its cuts moved with it', () => {
  it.each([
    ['Totalt greps 260 personer.', [], undefined],
    ['Totalt greps 260\u0301 personer.', [], { text: 'Totalt greps 260 personer.', cuts: [] }],
    ['2\u0301\u030260', [1, 3], { text: '260', cuts: [1] }],
    ['\u20e3260', [0, 1], { text: '260', cuts: [0] }],
    ['7\u20e38\u20e3', [2, 4], { text: '78', cuts: [1, 2] }],
    // A variation selector from the supplement is two code units, taken out whole.
    ['5\udb40\udd00 bilder', [], { text: '5 bilder', cuts: [] }],
    // Marks on letters are left where a digit has one.
    ['ma\u0308n 26\u0301', [], { text: 'ma\u0308n 26', cuts: [] }],
    ['ma\u0308n 26', [], undefined],
    // A mark on nothing, after white space, is taken out with the space where another follows: words stay apart.
    ['260 \u0301 personer', [4, 6], { text: '260 personer', cuts: [3, 4] }],
    ['260 \u0301personer', [], { text: '260 personer', cuts: [] }],
    ['260\u00a0\u0301\u0302 personer', [], { text: '260 personer', cuts: [] }],
    ['\u0301Totalt greps', [], { text: 'Totalt greps', cuts: [] }],
    ['personer \u0301', [], { text: 'personer', cuts: [] }],
    ['500 \u0301 000', [], { text: '500 000', cuts: [] }],
  ] as const)('%j cut at %j', (text, cuts, expected) => {
    const read = withoutDigitMarks({ text, cuts: [...cuts] });
    expect(read && { text: read.text, cuts: read.cuts }).toEqual(expected);
  });

  it.each([
    ['260\u0301 personer', [3], [[0, 3, true], [4, 12, false]]],
    ['2\u0301\u030260 och 7\u20e38', [1, 9], [[0, 3, true], [8, 10, true], [4, 7, false]]],
    ['\u0301260', [0], [[0, 3, true]]],
    // A mark on nothing touches no figure, but between a figure's groups it stands in it.
    ['48 \u0301 länder', [], [[0, 2, false]]],
    ['500 \u0301 000 bilder', [3], [[0, 7, true]]],
  ] as const)('%j: marks taken out at %j, and which figures they touch', (text, marks, figures) => {
    const read = withoutDigitMarks({ text, cuts: [] });
    expect(read?.marks).toEqual(marks);
    for (const [start, end, touched] of figures) if (read) expect(marksFigure(read, start, end)).toBe(touched);
  });
});

describe('withoutMarksOnDigits: the text without them, the marks on letters left', () => {
  it.each([
    ['Totalt greps 260\u0301 personer.', 'Totalt greps 260 personer.'],
    ['Totalt greps 260 \u0301 personer.', 'Totalt greps 260 personer.'],
    ['Alliansen har 52 me\u0301dlemsländer.', 'Alliansen har 52 me\u0301dlemsländer.'],
  ] as const)('%j → %j', (text, read) => {
    expect(withoutMarksOnDigits(text)).toBe(read);
  });
});

describe('marksDigits: a combining mark on a digit or right before one', () => {
  it.each([
    ['260\u0301', true],
    ['\u0301260', true],
    ['2\ufe0f', true],
    ['ma\u0308n', false],
    ['ma\u0308n 260', false],
    ['260 \u0301', false],
  ] as const)('%j → %s', (text, marked) => {
    expect(marksDigits(text)).toBe(marked);
  });
});
