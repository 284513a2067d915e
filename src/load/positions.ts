export interface Position {
  line: number;
  column: number;
}

const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

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
  /** The first LF and the first CR at or after `counted`, or before it when not looked for since; -1 when there is none. */
  let nextFeed = text.indexOf('\n');
  let nextReturn = text.indexOf('\r');
  return (offset) => {
    // By indexOf, not by a pattern's matches: those made an array for every line up to the last fact, garbage on every page.
    for (;;) {
      if (nextFeed >= 0 && nextFeed < counted) nextFeed = text.indexOf('\n', counted);
      if (nextReturn >= 0 && nextReturn < counted) nextReturn = text.indexOf('\r', counted);
      const end = nextReturn < 0 || (nextFeed >= 0 && nextFeed < nextReturn) ? nextFeed : nextReturn;
      if (end < 0 || end >= offset) break;
      counted = end + (end === nextReturn && nextFeed === end + 1 ? 2 : 1);
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
