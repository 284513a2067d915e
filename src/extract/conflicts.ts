import type { StatisticId } from '../schema/output.js';
import type { FoundStatistic } from './statistics.js';

/**
 * A statistic the page states more than once, saying different things: which
 * statement is the post's own — not a quotation, a draft left in, a second
 * copy — the text does not say, so none becomes a fact.
 */
export interface ConflictingFigures {
  id: StatisticId;
  /** The statements that disagree, in the order read; at least two. */
  statements: FoundStatistic[];
}

/** How many different values a statement's attribute takes, leaving out "not stated". */
function stated<T>(statements: readonly FoundStatistic[], of: (statement: FoundStatistic) => T | null): number {
  return new Set(statements.map(of).filter((value) => value !== null)).size;
}

/**
 * Whether any two of a statistic's statements contradict each other: another
 * value, or another qualifier, source, year or period where both give one. "År 2011
 * … 779 misstänkta" and a later "779 misstänkta" agree; 779 and 10 do not,
 * nor does 50 000 credited to UNODC and 50 000 credited to Europol. Counted
 * in one pass, as a page may state a figure thousands of times.
 */
export function inConflict(statements: readonly FoundStatistic[]): boolean {
  return (
    stated(statements, (statement) => statement.value) > 1 ||
    stated(statements, (statement) => statement.qualifier) > 1 ||
    stated(statements, (statement) => statement.source) > 1 ||
    stated(statements, (statement) => statement.period) > 1 ||
    stated(statements, (statement) => statement.year) > 1
  );
}

/**
 * A statement as a person reads it in a message: its value, then what its
 * sentence adds to it — "50000 (per year, UNODC)", "779 (Operation Rescue, 2011)".
 */
export function describeStatement({ value, qualifier, period, source, year }: Pick<FoundStatistic, 'value' | 'qualifier' | 'period' | 'source' | 'year'>): string {
  const added = [qualifier, period && `per ${period}`, source, year].filter((detail) => detail !== null);
  return `${value}${added.length > 0 ? ` (${added.join(', ')})` : ''}`;
}
