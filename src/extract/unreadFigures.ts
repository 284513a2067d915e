import type { PostFacts } from '../locate/post.js';
import { STATISTIC_RULES, type StatisticRule } from '../rules/facts.js';
import { clipped } from '../text/clip.js';
import type { Block } from '../text/blocks.js';
import { mayHoldFigure } from './speaking.js';
import { ANY_SCALE_WORD, NUMBER_WORD } from './numbers.js';
import { sentencesOf, type UnclearStatistic } from './statistics.js';

const REASON = 'the sentence says what it counts, in the words that state it, and holds a number, but none the tool reads as its figure';

/** A run of digits, with what may group them ("50 000", "1.000.000", "5 0000"). */
const DIGITS = /[0-9](?:[0-9\s.,'’\u00A0\u202F]*[0-9])?/g;
const YEAR = /^(?:19|20)[0-9]{2}$/;
/**
 * Whether a sentence holds a number no statistic read from it took: a run of
 * digits that is no year ("År 2011") and not the value of a statistic read
 * from the same sentence (the 250 and the 252 beside the suspects), a
 * scale word ("en halv miljon") where no statistic of the sentence is of
 * thousands, or a number in words ("fyrtioåtta") where no statistic was read
 * from the sentence.
 */
function holdsUnreadNumber(text: string, taken: readonly number[]): boolean {
  for (const [run] of text.matchAll(DIGITS)) {
    const digits = run.replace(/[^0-9]/g, '');
    if (!YEAR.test(digits) && !taken.includes(Number(digits))) return true;
  }
  return (ANY_SCALE_WORD.test(text) && !taken.some((value) => value >= 1000)) || (taken.length === 0 && NUMBER_WORD.test(text));
}

/** A paragraph's sentence that has a rule's context words and the words that state its figure, and a number no other statistic took: one that would state the statistic. */
function wouldState(rule: StatisticRule, text: string, taken: readonly number[]): boolean {
  return rule.context.every((pattern) => pattern.test(text)) && rule.states.test(text) && holdsUnreadNumber(text, taken);
}

/**
 * The post's facts with a reason for each statistic that is missing without
 * one: a paragraph's sentence that would state it ("…läggs 50 000–60 000 nya
 * bilder ut varje år", "779 (!) misstänkta personer kunde identifieras",
 * "48 (nu 50) länder* … bakom initiativet") holds a number the tool does not
 * read as its figure, and reads as the post stating something the tool did not
 * understand — never as a post that does not state it. A statistic found, or
 * left out for a reason already given (in the post's facts, or `givenElsewhere`:
 * a feed's entries that disagree on it), is as it was.
 */
export function withUnreadFigures(post: PostFacts, givenElsewhere: Iterable<string> = []): PostFacts {
  const explained = new Set([...[...post.statistics, ...post.unclearFigures, ...post.splitFigures, ...post.conflicts].map(({ id }) => id), ...givenElsewhere]);
  const missing = STATISTIC_RULES.filter((rule) => !explained.has(rule.id));
  if (missing.length === 0) return post;
  const takenIn = (text: string) => post.statistics.filter((statistic) => statistic.quote.includes(text) || text.includes(statistic.quote)).map(({ value }) => value);
  // Each sentence split and weighed against the statistics read from it once, for every rule asked of it.
  const sentences = (post.blocks as readonly Block[])
    .filter((block) => block.kind === 'paragraph' && (mayHoldFigure(block.text) || NUMBER_WORD.test(block.text)))
    .flatMap((block) => sentencesOf(block).sentences.map(({ text }) => ({ block, text, taken: takenIn(text) })));
  const unread: UnclearStatistic[] = [];
  for (const rule of missing) {
    const sentence = sentences.find(({ text, taken }) => wouldState(rule, text, taken));
    if (sentence) unread.push({ id: rule.id, figure: clipped(sentence.text), reason: REASON, start: sentence.block.start });
  }
  return unread.length === 0 ? post : { ...post, unclearFigures: [...post.unclearFigures, ...unread] };
}
