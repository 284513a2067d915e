const digits = (value: number): number => String(Math.trunc(Math.abs(value))).length;

/**
 * Whether a number is of a figure's order, so may be another value of it: as many digits (a count changed, 48 to 49, or
 * a digit slipped, 779 to 780), or ten times it or a tenth of it (a zero dropped or added). "(se 3)" after 252, or
 * "Barn: 3" under the post, is no count of its children.
 */
export function mayCorrect(value: number, figure: number): boolean {
  return digits(value) === digits(figure) || value === figure * 10 || value * 10 === figure;
}

/**
 * `mayCorrect`, for a number written right beside the figure: also a thousand times it or a thousandth of it, a group
 * of thousands dropped or added ("250 | 250 000 greps", "250, 250 000 greps" printed 250 000 as the arrests, since the
 * evening of 6 December). Not for a label apart from the figure, whose value a thousand times it has another unit
 * as often ("Bilder: 1 000 visningar" beside a million images: helper 195).
 */
export function mayCorrectBeside(value: number, figure: number): boolean {
  return mayCorrect(value, figure) || value === figure * 1000 || value * 1000 === figure;
}
