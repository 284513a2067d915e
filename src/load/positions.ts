export interface Position {
  line: number;
  column: number;
}

/**
 * Turns offsets into the decoded text into 1-based line and column numbers.
 * A line ends at CR LF, CR or LF, as HTML reads a page (and an editor shows
 * it): a page saved with old Mac line ends has lines too.
 * Lines are counted only as far as an offset asked for: the facts stand near
 * a page's start, and a page of 40 MB of comments would otherwise keep the
 * start of each of its half a million lines for nothing.
 */
export function createLocator(text: string): (offset: number) => Position {
  const lineStarts = [0];
  /** Where the search for the next line end resumes: past the last one counted. */
  let counted = 0;
  const lineEnd = /\r\n?|\n/g;
  return (offset) => {
    lineEnd.lastIndex = counted;
    for (let match = lineEnd.exec(text); match && match.index < offset; match = lineEnd.exec(text)) {
      counted = lineEnd.lastIndex;
      lineStarts.push(counted);
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
