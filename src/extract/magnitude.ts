const digits = (value: number): number => String(Math.trunc(Math.abs(value))).length;

/**
 * Whether a number is of a figure's order, so may be another value of it: as many digits (a count changed, 48 to 49, or
 * a digit slipped, 779 to 780), or ten times it or a tenth of it (a zero dropped or added). "(se 3)" after 252, or
 * "Barn: 3" under the post, is no count of its children.
 */
export function mayCorrect(value: number, figure: number): boolean {
  return digits(value) === digits(figure) || value === figure * 10 || value * 10 === figure;
}
