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

/** A text with some of its characters taken out, and its cuts (`Block.cuts`) moved with it. */
export interface Uncut {
  text: string;
  /** The cuts moved to the text without the characters, in increasing order. */
  cuts: number[];
}

/** The text less the characters at the offsets `dropped` says, each cut (in increasing order) kept before what follows it. */
export function withoutCharacters(text: string, cuts: readonly number[], dropped: (index: number) => boolean): Uncut {
  const kept: string[] = [];
  // For each cut in turn, how many characters before it are kept.
  const moved: number[] = [];
  let next = 0;
  for (let index = 0; index <= text.length; index++) {
    for (; next < cuts.length && (cuts[next] as number) <= index; next++) if (moved.at(-1) !== kept.length) moved.push(kept.length);
    if (index < text.length && !dropped(index)) kept.push(text[index] as string);
  }
  return { text: kept.join(''), cuts: moved };
}
