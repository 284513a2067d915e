import type { Language } from './numbers.js';
import { continuesFigure, cutFigures, cutTest, findNumbers } from './numbers.js';
import { inConflict, type ConflictingFigures } from './conflicts.js';
import { toSentences } from '../text/sentences.js';
import { withoutMarks } from '../text/marks.js';
import type { Block } from '../text/blocks.js';
import { PER_YEAR, QUALIFIERS, SOURCES, STATISTIC_RULES, YEAR, type StatisticRule } from '../rules/facts.js';
import type { Qualifier, StatisticId, Unit } from '../schema/output.js';

/**
 * No sentence of the post is longer than a few hundred characters; a longer
 * one is not prose, and no pattern needs to see it.
 */
export const MAX_SENTENCE = 2000;
const AFTER_WINDOW = 80;
const BEFORE_WINDOW = 30;

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

function sourceOf(sentence: string): string | null {
  return SOURCES.find(([pattern]) => pattern.test(sentence))?.[1] ?? null;
}

function qualifierBefore(text: string): Qualifier | null {
  return QUALIFIERS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
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

export interface StatisticsRead {
  found: FoundStatistic[];
  /** Statistics stated more than once, differently: none of their statements is found. */
  conflicts: ConflictingFigures[];
  /** For each statistic not found, the first figure that would have stated it but for a cut. */
  split: SplitFigure[];
}

/** A sentence of a block: its text, and the block's cuts that fall inside it, as offsets in it. */
interface Sentence {
  text: string;
  cuts: number[];
}

/** The calendar year the sentence gives ("År 2011"), unless a cut runs through it ("År 20<sup>11</sup>"). */
function yearOf({ text, cuts }: Sentence): number | null {
  const match = YEAR.exec(text);
  const year = match?.[1];
  if (!match || year === undefined) return null;
  const end = match.index + match[0].length;
  return cutTest(cuts)(end - year.length, end) ? null : Number(year);
}

/**
 * The words after a figure that ends at `end`, less the footnote marks among
 * them: "bilder<sup>1</sup> ut" reads "bilder ut".
 */
function wordsAfter({ text, cuts }: Sentence, end: number): string {
  return withoutMarks(text, cuts, end, end + AFTER_WINDOW).slice(0, AFTER_WINDOW);
}

/** Each figure of the sentence that states the rule's statistic. `cutAt`: where the tail of a figure cut off from the text before opens the sentence, else -1. */
function* matchRule(rule: StatisticRule, sentence: Sentence, language: Language, start: number, cutAt: number): Generator<FoundStatistic> {
  const { text, cuts } = sentence;
  for (const token of findNumbers(text, language, cuts)) {
    if (token.start === cutAt) continue;
    if (!rule.after.test(wordsAfter(sentence, token.end))) continue;
    yield {
      id: rule.id,
      value: token.value,
      unit: rule.unit,
      qualifier: qualifierBefore(text.slice(Math.max(0, token.start - BEFORE_WINDOW), token.start)),
      period: PER_YEAR.test(text) ? 'year' : null,
      year: rule.year ? yearOf(sentence) : null,
      source: rule.source ? sourceOf(text) : null,
      quote: text,
      start,
    };
  }
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
 * Each statistic as the post's paragraphs state it: the first statement,
 * unless another contradicts it (see src/extract/conflicts.ts), when none is
 * taken. Each rule asks for its own context words, so a figure is only taken
 * from a sentence that says what it counts.
 */
export function readStatistics(blocks: readonly Block[], language: Language, before = ''): StatisticsRead {
  const found = new Map<StatisticId, FoundStatistic[]>();
  const split = new Map<StatisticId, SplitFigure>();
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
        if (!rule.context.every((pattern) => pattern.test(text))) continue;
        const statements = [...matchRule(rule, sentence, language, block.start, cutAt)];
        if (statements.length > 0) {
          const all = found.get(rule.id);
          if (all) all.push(...statements);
          else found.set(rule.id, statements);
        } else if (!found.has(rule.id) && !split.has(rule.id)) {
          const figure = splitFigure(rule, sentence, block.start);
          if (figure) split.set(rule.id, figure);
        }
      }
    }
  }
  const stated = STATISTIC_RULES.flatMap((rule) => {
    const statements = found.get(rule.id);
    return statements ? [{ id: rule.id, statements }] : [];
  });
  return {
    found: stated.flatMap(({ statements }) => (inConflict(statements) ? [] : statements.slice(0, 1))),
    conflicts: stated.filter(({ statements }) => inConflict(statements)),
    split: STATISTIC_RULES.flatMap((rule) => (found.has(rule.id) ? [] : (split.get(rule.id) ?? []))),
  };
}

/** The statistics `readStatistics` finds. */
export function extractStatistics(blocks: readonly Block[], language: Language, before = ''): FoundStatistic[] {
  return readStatistics(blocks, language, before).found;
}
