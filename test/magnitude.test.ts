import { describe, expect, it } from 'vitest';
import { mayCorrect, mayCorrectBeside } from '../src/extract/magnitude.js';

describe("mayCorrect and mayCorrectBeside: whether a number is of a figure's order, so may be another value of it", () => {
  it.each([
    [49, 48, true, true],
    [780, 779, true, true],
    [2500, 250, true, true],
    [25, 250, true, true],
    // Since the evening of 6 December, beside the figure only: a group of thousands dropped or added.
    [250_000, 250, false, true],
    [250, 250_000, false, true],
    [1000, 1_000_000, false, true],
    [3, 252, false, false],
    [12, 252, false, false],
    [25_000, 250, false, false],
    [2_500_000, 250, false, false],
  ])('%d beside %d: %s apart, %s beside it', (value, figure, apart, beside) => {
    expect(mayCorrect(value, figure)).toBe(apart);
    expect(mayCorrectBeside(value, figure)).toBe(beside);
  });
});
