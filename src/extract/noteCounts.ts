import { STATISTIC_RULES } from '../rules/facts.js';
import { FOOTNOTE_MARK } from '../rules/noteMarks.js';
import { asTyped, shownText, type Block } from '../text/blocks.js';

/** A count in figures and the word after it: "49 länder", "49 countries" (a count of countries has no groups of thousands). */
const COUNT = /(?<![\p{L}\p{N}])([0-9]{1,4})[ \u00a0](\p{L}+)/gu;

/** The counts a text gives of what a statistic counts (`countedBefore`): 49 for "(uppdaterad lista, 49 länder)" of the countries. */
export function countsOf(id: string, text: string): number[] {
  const rule = STATISTIC_RULES.find((candidate) => candidate.id === id);
  if (rule === undefined) return [];
  return [...text.matchAll(COUNT)].flatMap(([, figure, word]) => {
    rule.countedBefore.lastIndex = 0;
    return rule.countedBefore.test(word ?? '') ? [Number(figure)] : [];
  });
}

/**
 * The mark of a footnote that gives a count of something a statistic counts, amending nothing by a label or a word of
 * error (`amends`): "*" for "*Alla länder här (uppdaterad lista, 49 länder)". It speaks of the figure that carries its
 * mark, and of no other.
 */
export function countNoteMark(item: Block, amends: (text: string) => boolean): string | undefined {
  const block = asTyped(item);
  const mark = FOOTNOTE_MARK.exec(block.text)?.[0];
  if (mark === undefined || amends(shownText(block))) return undefined;
  return STATISTIC_RULES.some(({ id }) => countsOf(id, block.text).length > 0) ? mark.trim() : undefined;
}
