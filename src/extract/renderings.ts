import type { Block } from '../text/blocks.js';
import { toSentences } from '../text/sentences.js';
import type { PostFacts } from '../locate/post.js';
import { readStatistics, type FoundStatistic } from './statistics.js';
import { findQualifyingFootnotes, type QualifyingFootnote } from './footnotes.js';

/** A figure's groups of thousands as one run of digits ("50 000" as "50000"), so that a word is a figure whole. */
const GROUPED = /(?<=[0-9])[\s\u00a0](?=[0-9]{3}(?![0-9]))/g;
/** A footnote's mark as the figure carries it too: "*", "**", "†". */
const LITERAL_MARK = /^[*†‡§]+/;
const WORD = /[\p{L}\p{N}]+/gu;
const DIGITS = /^[0-9]+$/;

const wordsOf = (text: string): string[] => (text.replace(GROUPED, '').toLowerCase().match(WORD) ?? []);

/** The words before a figure that place it in its sentence: enough to tell it from another, as few as an excerpt keeps. */
const BEFORE = 6;
const LEAST_BEFORE = 2;

/**
 * The figure of a rendering's sentence that stands where the post's statement has its own (`statement`): after the
 * same words, and before at least the word after it ("Ett år senare står 49 länder*, alltså inte bara EU och USA
 * [&#8230;]" for "Ett år senare står 48 länder*, alltså … bakom initiativet"). An excerpt cuts a sentence before the
 * words that tell what a figure counts, which the post's sentence still says; a figure cut itself ("… och 25
 * [&#8230;]") has no word after it, and is none.
 */
function alignedValue(statement: FoundStatistic, sentence: readonly string[]): number | undefined {
  const own = wordsOf(statement.quote);
  const at = own.indexOf(String(statement.value));
  if (at < LEAST_BEFORE || own.indexOf(String(statement.value), at + 1) >= 0) return undefined;
  const before = own.slice(Math.max(0, at - BEFORE), at);
  const next = own[at + 1];
  if (next === undefined) return undefined;
  for (let i = before.length; i < sentence.length - 1; i += 1) {
    if (!DIGITS.test(sentence[i] as string) || sentence[i + 1] !== next) continue;
    if (before.every((word, k) => sentence[i - before.length + k] === word)) return Number(sentence[i]);
  }
  return undefined;
}

/**
 * The statements of the post's statistics that a rendering of the entry (`blocks`) makes only as the post's sentence
 * cut short or with another figure (`alignedValue`), where that sentence no longer says what its figure counts: each
 * as the post's statement with the rendering's value and sentence.
 */
export function alignedStatements(post: Pick<PostFacts, 'statements'>, blocks: readonly Block[]): FoundStatistic[] {
  return blocks.flatMap((block) =>
    toSentences(block.text).flatMap(({ text }) => {
      const sentence = wordsOf(text);
      return post.statements.flatMap((statement) => {
        const value = alignedValue(statement, sentence);
        return value === undefined ? [] : [{ ...statement, value, quote: text }];
      });
    }),
  );
}

/**
 * The statements of the post's statistics that a rendering of the entry (its <description>, as `blocks`) makes: those
 * it words so that they are read, and those of its sentences that are the post's own cut short or with another
 * figure (`alignedValue`), each as the post's statement with the rendering's value and sentence.
 */
export function renderedStatements(post: Pick<PostFacts, 'statements' | 'language'>, blocks: readonly Block[]): FoundStatistic[] {
  const read = readStatistics([...blocks], post.language, '', { unnamed: false }).statements;
  return [...read, ...alignedStatements(post, blocks).filter(({ id, quote }) => !read.some((statement) => statement.id === id && statement.quote === quote))];
}

/**
 * The footnotes of a rendering (`blocks`) that qualify what the post counts, under a mark that a figure of the
 * rendering carries: "Ett år senare står 48 länder* … [&#8230;] *Två av dem har ännu inte undertecknat." speaks of
 * the post's 48 as the same footnote in the post would. The post's own footnotes are heard as the post's.
 */
export function renderingFootnotes(post: Pick<PostFacts, 'statements' | 'language'>, blocks: readonly Block[]): QualifyingFootnote[] {
  const statements = renderedStatements(post, blocks);
  if (statements.length === 0) return [];
  const notes = findQualifyingFootnotes({ blocks: [...blocks], language: post.language, statistics: statements, statements, unclearFigures: [] });
  // A note with no figure of the rendering under its mark ("*Siffrorna avser enbart Europa." after a teaser) is not
  // known to speak of the post's figures, which carry their own marks.
  return notes.flatMap((note) => {
    const mark = LITERAL_MARK.exec(note.text)?.[0];
    const qualifies = mark === undefined ? [] : note.qualifies.filter(({ quote }) => quote.includes(mark));
    return qualifies.length === 0 ? [] : [{ ...note, qualifies }];
  });
}
