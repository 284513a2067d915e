/**
 * The text less each match of `pattern`, a space in its place. The pattern is
 * not global, and is matched one at a time: for a short text (a heading, a
 * lead-in) that holds a few, without a second, global copy of each pattern.
 */
export function withoutAll(text: string, pattern: RegExp): string {
  let rest = text;
  for (let match = pattern.exec(rest); match?.[0]; match = pattern.exec(rest)) rest = `${rest.slice(0, match.index)} ${rest.slice(match.index + match[0].length)}`;
  return rest;
}
