/**
 * Letters a page spells as a base letter and combining marks ("a\u0308" for
 * "ä": text copied on a Mac, from a PDF, or out of some word processors)
 * composed as NFC composes them, so that the post's words read the same
 * whichever way it spells them ("ökad", "länder", "Malmström"). Since the
 * evening of 5 December: before, such a capture of the Swedish post was a page
 * that states none of its facts.
 *
 * Only a letter and the combining marks right after it are composed, each run
 * alone, never the whole text: NFC would also compose ">" and U+0338 into "≯",
 * and so end no tag where a browser, which does not normalize, ends one.
 * Marks written as character references ("a&#776;") are not composed. A run of
 * more marks than Unicode's stream-safe text format allows (30, UAX #15) is
 * left as it is, so that a page of endless marks costs linear time (a letter
 * it bears is no word the tool reads).
 */
/** The combining blocks: diacritical marks, their extension and supplement, marks for symbols, half marks. */
const MARK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];
const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
const MARKS = MARK_RANGES.map(([first, last]) => `${hex(first)}-${hex(last)}`).join('');
export const MARK = new RegExp(`[${MARKS}]`);
/** The characters beyond ASCII that are no combining mark: the ranges between `MARK_RANGES`, to U+FFFF. */
const NOT_MARKS = [...MARK_RANGES, [0x10000, 0x10000] as const]
  .map(([first], at, all) => [at === 0 ? 0x80 : (all[at - 1] as readonly [number, number])[1] + 1, first - 1] as const)
  .map(([first, last]) => `${hex(first)}-${hex(last)}`)
  .join('');
/** A base: an ASCII letter, or any character beyond ASCII that is no combining mark (markup and digits never are). */
const BASE = `[A-Za-z${NOT_MARKS}]`;
export const MARKED = new RegExp(`${BASE}[${MARKS}]{1,30}(?![${MARKS}])`, 'g');

const ASCII = /[\u0000-\u007f]/;

export interface Composed {
  text: string;
  /** The offset in the text given of an offset in the composed text. */
  original: (offset: number) => number;
}

const unchanged = (offset: number) => offset;

/** How much of the text is composed at a time: the pieces of one chunk are let go before the next is read. */
const CHUNK = 1 << 20;
const isMark = (code: number): boolean => MARK_RANGES.some(([first, last]) => code >= first && code <= last);

export function composeMarks(text: string): Composed {
  if (!MARK.test(text)) return { text, original: unchanged };
  // One entry a character composed away: the offset in the composed text from which the offsets shift by one more.
  let shifts = new Int32Array(1024);
  let count = 0;
  const chunks: string[] = [];
  for (let start = 0; start < text.length; ) {
    // A chunk ends where no mark follows, so that a letter and its marks are composed together.
    let end = Math.min(text.length, start + CHUNK);
    while (end < text.length && isMark(text.charCodeAt(end))) end++;
    const base = start;
    chunks.push(
      text.slice(start, end).replace(MARKED, (run: string, offset: number) => {
        const nfc = run.normalize('NFC');
        // Only a run that NFC composes, shorter, and into no ASCII: NFC also makes a Kelvin sign "K" and a Greek question
        // mark ";" whatever mark follows, markup a browser never sees ("<\u212a\u0308 …>" a tag, "none\u037e\u0301" a
        // declaration); a mark NFC spells as two ("q\u0344") would make the text longer.
        if (nfc.length >= run.length || ASCII.test(nfc)) return run;
        const from = base + offset - count + nfc.length;
        for (let removed = run.length - nfc.length; removed > 0; removed--) {
          if (count === shifts.length) {
            const grown = new Int32Array(shifts.length * 2);
            grown.set(shifts);
            shifts = grown;
          }
          shifts[count++] = from;
        }
        return nfc;
      }),
    );
    start = end;
  }
  const composed = chunks.length === 1 ? (chunks[0] as string) : chunks.join('');
  if (count === 0) return { text: composed, original: unchanged };
  const at = shifts.subarray(0, count);
  return {
    text: composed,
    original: (offset) => {
      let low = 0;
      let high = count;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((at[mid] as number) <= offset) low = mid + 1;
        else high = mid;
      }
      return offset + low;
    },
  };
}
