import { HEDGES, NEGATION, OPEN_ENDED, OPEN_WORDS, QUALIFIERS } from '../rules/facts.js';
import { clauseBefore, wordsToPunctuation } from './clauses.js';
import type { Qualifier } from '../schema/output.js';
import { WORD_CHAR } from '../rules/letters.js';

/** The words of a text, in the rules' letters (no Unicode property classes, whose tables a cold run would load). */
const WORDS = new RegExp(`[${WORD_CHAR}]+`, 'g');

/** How far before a figure its qualifier or hedge may start: "uppskattningsvis" and a space fit. */
const BEFORE_WINDOW = 30;

/** Where the phrase of a `before` match starts: after the character that bounds it, if one does. */
function phraseStart(match: RegExpExecArray): number {
  return match.index + (/^[^\p{L}]/u.test(match[0]) ? 1 : 0);
}

/** Where a qualifier that ends `text` starts ("Mer än " before "omkring"), else undefined. */
function stackedBefore(text: string): number | undefined {
  for (const [pattern] of QUALIFIERS) {
    const match = pattern.exec(text);
    if (match) return phraseStart(match);
  }
  return undefined;
}

/**
 * Where a bound or a hedge that ends `text` starts ("In excess of ", "Under ", "In the region of "), else undefined:
 * the words of the figure's size, not of a setting it stands in (see `setElsewhere` in src/extract/bareFigure.ts).
 */
export function boundStart(text: string): number | undefined {
  const match = HEDGES.exec(text);
  return match ? phraseStart(match) : stackedBefore(text);
}

/** What the words around a figure make of it: a qualifier (`null`: stated exact), or why it is no fact. */
export type Qualified = { qualifier: Qualifier | null } | { reason: string };

/**
 * The qualifier the words before a figure (from `start` to `end` of
 * `sentence`) give it, or why the figure is no fact: a hedge before it that
 * no qualifier states exactly ("nästan", "up to", "inte mer än"), or a
 * negation in its clause ("står inte 48 länder") — other than the one in a
 * bound such as "no fewer than".
 */
export function qualify(sentence: string, start: number, end: number): Qualified {
  const window = sentence.slice(Math.max(0, start - BEFORE_WINDOW), start);
  const hedge = HEDGES.exec(window);
  if (hedge) return { reason: `"${hedge[0].replace(/^[^\p{L}]+/u, '').trim()}" before it makes it no exact figure, and no bound the output states` };
  const after = wordsToPunctuation(sentence, end);
  const open = OPEN_ENDED.exec(after);
  if (open && (after.slice(0, open.index).match(WORDS)?.length ?? 0) <= OPEN_WORDS) return { reason: `"${open[0]}" after it leaves it open-ended, no exact figure and no bound the output states` };
  let qualifier: Qualifier | null = null;
  let clauseEnd = start;
  for (const [pattern, value] of QUALIFIERS) {
    const match = pattern.exec(window);
    if (!match) continue;
    // The output states one qualifier: of "mer än omkring" it would state only the nearer, which says another thing.
    const outer = stackedBefore(window.slice(0, phraseStart(match)));
    if (outer !== undefined) return { reason: `"${window.slice(outer).trim()}" before it are two qualifiers, of which the output states one` };
    qualifier = value;
    clauseEnd = start - window.length + match.index + 1;
    break;
  }
  const negation = NEGATION.exec(clauseBefore(sentence, clauseEnd)) ?? NEGATION.exec(wordsToPunctuation(sentence, end));
  if (negation) return { reason: `its clause is negated ("${negation[0]}")` };
  return { qualifier };
}
