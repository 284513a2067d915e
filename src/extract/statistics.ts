import type { Language } from './numbers.js';
import { continuesFigure, findNumbers } from './numbers.js';
import { toSentences } from '../text/sentences.js';
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

/** `cutAt`: where the tail of a figure cut off from the text before opens the sentence, else -1. */
function matchRule(rule: StatisticRule, sentence: string, language: Language, start: number, cutAt: number): FoundStatistic | undefined {
  if (!rule.context.every((pattern) => pattern.test(sentence))) return undefined;
  for (const token of findNumbers(sentence, language)) {
    if (token.start === cutAt) continue;
    if (!rule.after.test(sentence.slice(token.end, token.end + AFTER_WINDOW))) continue;
    const year = rule.year ? YEAR.exec(sentence)?.[1] : undefined;
    return {
      id: rule.id,
      value: token.value,
      unit: rule.unit,
      qualifier: qualifierBefore(sentence.slice(Math.max(0, token.start - BEFORE_WINDOW), token.start)),
      period: PER_YEAR.test(sentence) ? 'year' : null,
      year: year ? Number(year) : null,
      source: rule.source ? sourceOf(sentence) : null,
      quote: sentence,
      start,
    };
  }
  return undefined;
}

/**
 * The first statement of each statistic in the post's paragraphs. Each rule
 * asks for its own context words, so a figure is only taken from a sentence
 * that says what it counts.
 */
export function extractStatistics(blocks: readonly Block[], language: Language, before = ''): FoundStatistic[] {
  const found = new Map<StatisticId, FoundStatistic>();
  // The text before each sentence, be it in the block before (`before`: the
  // page's block before the first): a figure cut by a tag or a full stop
  // ("50</p><p>000", "50. 000") must not be read as its tail.
  for (const block of blocks) {
    if (block.kind !== 'paragraph') {
      before = block.text;
      continue;
    }
    for (const { text } of toSentences(block.text)) {
      const cutAt = continuesFigure(before, text) ? text.search(/[0-9]/) : -1;
      before = text;
      if (text.length > MAX_SENTENCE) continue;
      for (const rule of STATISTIC_RULES) {
        if (found.has(rule.id)) continue;
        const statistic = matchRule(rule, text, language, block.start, cutAt);
        if (statistic) found.set(rule.id, statistic);
      }
    }
  }
  return STATISTIC_RULES.flatMap((rule) => found.get(rule.id) ?? []);
}
