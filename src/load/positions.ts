export interface Position {
  line: number;
  column: number;
}

/**
 * Turns offsets into the decoded text into 1-based line and column numbers.
 * Lines are counted only as far as an offset asked for: the facts stand near
 * a page's start, and a page of 40 MB of comments would otherwise keep the
 * start of each of its half a million lines for nothing.
 */
export function createLocator(text: string): (offset: number) => Position {
  const lineStarts = [0];
  let counted = 0;
  return (offset) => {
    if (offset > counted) {
      for (let i = text.indexOf('\n', counted); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
      counted = offset;
    }
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}
