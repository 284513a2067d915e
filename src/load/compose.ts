/**
 * Letters a page spells as a base and combining marks ("o\u0308" for "ö":
 * text copied on a Mac, from a PDF, or out of some word processors) composed
 * as NFC composes them, so that the post's words read the same whichever way
 * it spells them ("ökad", "länder", "Malmström"). Since the evening of
 * 5 December: before, such a capture of the Swedish post was a page that
 * states none of its facts.
 *
 * Only runs of a character and the combining marks after it are composed,
 * each alone: the marks of the combining blocks (diacritics, their extension
 * and supplement, those for symbols, half marks). A page without any is
 * returned as it is, and its offsets are the source's.
 */
const MARK = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;
export const MARKED = new RegExp(`[^${MARK.source.slice(1, -1)}]${MARK.source}+`, 'g');

export interface Composed {
  text: string;
  /** The offset in the text given of an offset in the composed text: what a message's line and column are counted in. */
  original: (offset: number) => number;
}

const unchanged = (offset: number) => offset;

export function composeMarks(text: string): Composed {
  if (!MARK.test(text)) return { text, original: unchanged };
  /** Where, in the composed text, the offsets shift, and by how much from there on. */
  const from: number[] = [];
  const shift: number[] = [];
  let total = 0;
  const composed = text.replace(MARKED, (run: string, offset: number) => {
    const nfc = run.normalize('NFC');
    if (nfc.length !== run.length) {
      from.push(offset - total + nfc.length);
      total += run.length - nfc.length;
      shift.push(total);
    }
    return nfc;
  });
  if (from.length === 0) return { text: composed, original: unchanged };
  return {
    text: composed,
    original: (offset) => {
      let low = 0;
      let high = from.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((from[mid] as number) <= offset) low = mid + 1;
        else high = mid;
      }
      return offset + (low === 0 ? 0 : (shift[low - 1] as number));
    },
  };
}
