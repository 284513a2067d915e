import type { Language } from './numbers.js';
import { continuesFigure, cutFigures, readNumbers, type UnclearReason } from './numbers.js';
import { toSentences } from '../text/sentences.js';
import { withoutMarks } from '../text/marks.js';
import type { Block } from '../text/blocks.js';
import { STATISTIC_RULES, type StatisticRule } from '../rules/facts.js';
import { qualify } from './qualifier.js';
import { readAttributes, type Sentence, type UnclearField } from './attributes.js';
import type { Qualifier, StatisticId, Unit } from '../schema/output.js';

/**
 * No sentence of the post is longer than a few hundred characters; a longer
 * one is not prose, and no pattern needs to see it.
 */
export const MAX_SENTENCE = 2000;
const AFTER_WINDOW = 80;

export interface FoundStatistic {
  id: StatisticId;
  value: number;
  unit: Unit;
  qualifier: Qualifier | null;
  period: 'year' | null;
  year: number | null;
  source: string | null;
  quote: string;
  /** Source offset of the paragraph the sentence belongs to. */
  start: number;
}

/**
 * A figure that would have stated a statistic but for a cut through it (see
 * `Block.cuts`): left out, and said so, since the reader sees a figure there.
 */
export interface SplitFigure {
  id: StatisticId;
  /** The figure as the text has it, the cut-in text and all: "501 000" for "50<sup>1</sup> 000". */
  figure: string;
  /** Source offset of the paragraph the sentence belongs to. */
  start: number;
}

/**
 * A figure that would have stated a statistic, but that the tool does not
 * fully understand: left out, and said so.
 */
export interface UnclearStatistic {
  id: StatisticId;
  /** The expression as the text has it: "240 – 250", "half a million". */
  figure: string;
  /** Why it was not read: "it is a range, not one figure". */
  reason: string;
  /** Source offset of the paragraph the sentence belongs to. */
  start: number;
}

/** A field of a statistic found that the sentence leaves unclear: it is `null`, and said so. */
export interface UnclearAttribute extends UnclearField {
  id: StatisticId;
  /** Source offset of the paragraph the sentence belongs to. */
  start: number;
}

export interface StatisticsRead {
  found: FoundStatistic[];
  /** The fields of the statistics found that their sentences leave unclear. */
  attributes: UnclearAttribute[];
  /** For each statistic not found, the first figure that would have stated it but for a cut. */
  split: SplitFigure[];
  /** For each statistic not found, the first figure that would have stated it had the tool understood it. */
  unclear: UnclearStatistic[];
}

const UNCLEAR_NUMBER: Record<UnclearReason, string> = {
  range: 'it is a range, not one figure',
  compound: 'it is a compound of numbers, not one figure',
  fraction: 'it is a fraction, or has one',
  sign: 'a sign or a comparison stands before it',
};

/**
 * The words after a figure that ends at `end`, less the footnote marks among
 * them: "bilder<sup>1</sup> ut" reads "bilder ut".
 */
function wordsAfter({ text, cuts }: Sentence, end: number): string {
  return withoutMarks(text, cuts, end, end + AFTER_WINDOW).slice(0, AFTER_WINDOW);
}

/**
 * The rule's statistic as the sentence states it: the first figure followed
 * by the rule's words, or why that figure is not read. `cutAt`: where the
 * tail of a figure cut off from the text before opens the sentence, else -1.
 */
function matchRule(
  rule: StatisticRule,
  sentence: Sentence,
  language: Language,
  start: number,
  cutAt: number,
): { statistic: FoundStatistic; attributes: UnclearAttribute[] } | UnclearStatistic | undefined {
  const { text, cuts } = sentence;
  const { tokens, unclear } = readNumbers(text, language, cuts);
  const figures = [...tokens, ...unclear].sort((a, b) => a.start - b.start);
  for (const figure of figures) {
    if (figure.start === cutAt) continue;
    if (!rule.after.test(wordsAfter(sentence, figure.end))) continue;
    if ('reason' in figure) return { id: rule.id, figure: figure.text, reason: UNCLEAR_NUMBER[figure.reason], start };
    const qualified = qualify(text, figure.start, figure.end);
    if ('reason' in qualified) return { id: rule.id, figure: figure.text, reason: qualified.reason, start };
    const read = readAttributes(rule, sentence, figure.start, figure.end);
    if ('reason' in read) return { id: rule.id, figure: figure.text, reason: read.reason, start };
    const { period, year, source } = read;
    const statistic: FoundStatistic = { id: rule.id, value: figure.value, unit: rule.unit, qualifier: qualified.qualifier, period, year, source, quote: text, start };
    return { statistic, attributes: read.unclear.map((field) => ({ id: rule.id, ...field, start })) };
  }
  return undefined;
}

/** The figure a cut runs through where the rule would have read its statistic. */
function splitFigure(rule: StatisticRule, sentence: Sentence, start: number): SplitFigure | undefined {
  const figure = cutFigures(sentence.text, sentence.cuts).find((cluster) => rule.after.test(wordsAfter(sentence, cluster.end)));
  return figure && { id: rule.id, figure: figure.text, start };
}

/**
 * The cuts of a block (`Block.cuts`) that fall inside each of its sentences,
 * as offsets in the sentence, asked for sentence by sentence in order: one
 * pass over the cuts for the whole block.
 */
function sentenceCuts(cuts: readonly number[] = []): (offset: number, length: number) => number[] {
  let next = 0;
  return (offset, length) => {
    while (next < cuts.length && (cuts[next] as number) <= offset) next++;
    const inside: number[] = [];
    for (; next < cuts.length && (cuts[next] as number) < offset + length; next++) inside.push((cuts[next] as number) - offset);
    return inside;
  };
}

/**
 * The first statement of each statistic in the post's paragraphs. Each rule
 * asks for its own context words, so a figure is only taken from a sentence
 * that says what it counts.
 */
export function readStatistics(blocks: readonly Block[], language: Language, before = ''): StatisticsRead {
  const found = new Map<StatisticId, FoundStatistic>();
  const attributes: UnclearAttribute[] = [];
  const split = new Map<StatisticId, SplitFigure>();
  const unclear = new Map<StatisticId, UnclearStatistic>();
  // The text before each sentence, be it in the block before (`before`: the
  // page's block before the first): a figure cut by a tag or a full stop
  // ("50</p><p>000", "50. 000") must not be read as its tail.
  for (const block of blocks) {
    if (block.kind !== 'paragraph') {
      before = block.text;
      continue;
    }
    const cutsOf = sentenceCuts(block.cuts);
    for (const { text, offset } of toSentences(block.text)) {
      const cutAt = continuesFigure(before, text) ? text.search(/[0-9]/) : -1;
      before = text;
      const cuts = cutsOf(offset, text.length);
      if (text.length > MAX_SENTENCE) continue;
      const sentence = { text, cuts };
      for (const rule of STATISTIC_RULES) {
        if (found.has(rule.id) || !rule.context.every((pattern) => pattern.test(text))) continue;
        const statistic = matchRule(rule, sentence, language, block.start, cutAt);
        if (statistic && 'reason' in statistic) {
          if (!unclear.has(rule.id)) unclear.set(rule.id, statistic);
        } else if (statistic) {
          found.set(rule.id, statistic.statistic);
          attributes.push(...statistic.attributes);
        }
        else if (!split.has(rule.id)) {
          const figure = splitFigure(rule, sentence, block.start);
          if (figure) split.set(rule.id, figure);
        }
      }
    }
  }
  return {
    found: STATISTIC_RULES.flatMap((rule) => found.get(rule.id) ?? []),
    attributes,
    split: STATISTIC_RULES.flatMap((rule) => (found.has(rule.id) ? [] : (split.get(rule.id) ?? []))),
    unclear: STATISTIC_RULES.flatMap((rule) => (found.has(rule.id) ? [] : (unclear.get(rule.id) ?? []))),
  };
}

/** The statistics `readStatistics` finds. */
export function extractStatistics(blocks: readonly Block[], language: Language, before = ''): FoundStatistic[] {
  return readStatistics(blocks, language, before).found;
}
