/**
 * Whether to color a human report, by the conventions users expect:
 * `--no-color` and NO_COLOR (https://no-color.org) turn it off, FORCE_COLOR
 * turns it on (its value picks the depth), `TERM=dumb` (a terminal that
 * shows escape sequences as text) turns it off, and otherwise only a terminal
 * gets color. chalk 5 alone ignores NO_COLOR, so the decision is made here.
 */
export function colorLevel(options: { flag: boolean; env: Readonly<Record<string, string | undefined>>; isTTY: boolean }): 0 | 1 | 2 | 3 {
  if (!options.flag) return 0;
  const force = options.env['FORCE_COLOR'];
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const level = Number(force);
    return level >= 0 && level <= 3 ? (Math.floor(level) as 0 | 1 | 2 | 3) : 1;
  }
  if (options.env['NO_COLOR']) return 0;
  if (options.env['TERM'] === 'dumb') return 0;
  return options.isTTY ? 1 : 0;
}
