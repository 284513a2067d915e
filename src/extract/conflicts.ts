import type { Qualifier, StatisticId } from '../schema/output.js';
import { clipped } from '../text/clip.js';
import type { CountriesAmendment } from './amendedCountries.js';
import { mayCorrect } from './magnitude.js';
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
 * A statistic's statements less a label's bare value ("Barn: 3", "<td>Barn</td><td>25</td>"; `FoundStatistic.bare`)
 * that cannot be another value of any statement in words: one of another order counts another thing, as a bare number
 * beside a figure does (`mayCorrect`). One of another period than theirs stays, weighed as a sentence of another
 * period is ("Nya bilder per dag: 137" beside 50 000 a year): no figure per year is made of it to weigh its order.
 * A table's cell of another year than every statement in words gives goes (`FoundStatistic.year` from `cellYear`).
 */
export function weighed(statements: readonly FoundStatistic[]): readonly FoundStatistic[] {
  if (!statements.some((statement) => statement.bare)) return statements;
  const weighs = bareWeigher(statements);
  return statements.filter((statement) => !statement.bare || weighs(statement));
}

/**
 * Whether a label's bare value is weighed against a statistic's statements in words (see `weighed`); every one is
 * where there are none. Also asked of each way a cut label value may be read, and of a cut figure's year alone
 * (`weighedLater` in statistics.ts).
 */
export function bareWeigher(statements: readonly FoundStatistic[]): (label: Pick<FoundStatistic, 'period' | 'year'> & { value?: number }) => boolean {
  // Each value and period once: a page may state a figure thousands of times.
  const worded = [...new Map(statements.filter((statement) => !statement.bare).map((statement) => [`${statement.value} ${statement.period ?? ''}`, statement])).values()];
  if (worded.length === 0) return () => true;
  const another = (label: Pick<FoundStatistic, 'value' | 'period'>, { value, period }: FoundStatistic): boolean =>
    (label.period !== null && period !== null && label.period !== period) || mayCorrect(label.value, value);
  // Without a value, only its year is asked (a cut figure no label gives).
  // A year-by-year table's cell states its year's figure (see `cellYear`): of a year no statement in words gives, where
  // each gives one, it is another year's figure, not another value of the post's ("2010 | 180" beside 250 in 2011).
  const wordedYears = new Set(worded.map((statement) => statement.year));
  const ofAnotherYear = (year: number | null): boolean => year !== null && !wordedYears.has(null) && !wordedYears.has(year);
  return ({ value, period, year }) => !ofAnotherYear(year) && (value === undefined || worded.some((other) => another({ value, period }, other)));
}

/** The qualifiers that bound a value strictly, which it is not. */
const STRICT: ReadonlySet<Qualifier | null> = new Set<Qualifier>(['more-than', 'less-than']);

/**
 * Whether a later statement bounds strictly the value the first states plainly: "Färre än 250 personer greps." or
 * "Fewer than 250 people were arrested worldwide." after the post's "250 greps" agreed, and the 250 printed as exact
 * (helper 188), since no qualifier was weighed against none. Not the other way round: a restatement that leaves the
 * post's bound out ("en miljon bilder" after "Mer än en miljon bilder") says the figure more loosely, not otherwise.
 */
function boundsPlain(statements: readonly FoundStatistic[]): boolean {
  const [first] = statements;
  if (first === undefined || first.qualifier !== null) return false;
  // Of the same time and period, or of none: "Over 500 000 new images were put online in 2010." bounds another year's
  // figure (helper 189).
  return statements.some(
    ({ value, qualifier, year, period }) => value === first.value && STRICT.has(qualifier) && (year === null || year === first.year) && (period === null || period === first.period),
  );
}

/**
 * Whether any two of a statistic's statements contradict each other: another
 * value, or another qualifier, source, year or period where both give one, or a strict bound of the value the first
 * states plainly (`boundsPlain`; not asked with `bounds` false). "År 2011
 * … 779 misstänkta" and a later "779 misstänkta" agree; 779 and 10 do not,
 * nor does 50 000 credited to UNODC and 50 000 credited to Europol. Counted
 * in one pass, as a page may state a figure thousands of times.
 */
export function inConflict(all: readonly FoundStatistic[], bounds = true): boolean {
  const statements = weighed(all);
  return (
    (bounds && boundsPlain(statements)) ||
    stated(statements, (statement) => statement.value) > 1 ||
    stated(statements, (statement) => statement.qualifier) > 1 ||
    stated(statements, (statement) => statement.source) > 1 ||
    stated(statements, (statement) => statement.period) > 1 ||
    stated(statements, (statement) => statement.year) > 1
  );
}

/**
 * Since the evening of 5 December, the page stating the number of countries as two values ("48 länder" in the post and
 * "The alliance now counts 49 countries." beside it): the count is left out (`inConflict`), and the list with it, as
 * no list is known to name the participants of both. The list of 48 was printed beside the conflict, where a block
 * that gives another number ("Alliansen har nu 49 länder.") leaves it out (see `findCountriesAmendment`). Another
 * qualifier, source or year of the same number leaves the list in. The message quotes the first statement of another
 * value than the first's, and stands where the conflict's warning does.
 */
export function countriesInConflict(conflicts: readonly ConflictingFigures[]): CountriesAmendment | undefined {
  // Every conflict of the count, the reader's and the copies' (`leavingOut`), whose statements are not all weighed.
  const statements = weighed(conflicts.filter(({ id }) => id === 'participating-countries').flatMap((conflict) => conflict.statements));
  const [first] = statements;
  const other = first && statements.find(({ value }) => value !== first.value);
  if (first === undefined || other === undefined) return undefined;
  const why = `states the number of countries as ${other.value} and as ${first.value}, so no list is known to name the participants`;
  return { text: clipped(other.quote), start: first.start, why, where: other.elsewhere ?? 'the page' };
}

/**
 * Whether two copies of the post yield a statistic differently: as `inConflict`, or with another qualifier though one
 * of them gives none, which says the figure is exact. A copy is the same sentence again, so "cirka 779" where the
 * other says "779" is an edit, not a restatement that leaves a qualifier out: which copy is the post's own would
 * decide what is printed, and the page does not say.
 */
export function yieldOtherwise(mine: FoundStatistic, theirs: FoundStatistic): boolean {
  return mine.qualifier !== theirs.qualifier || inConflict([mine, theirs]);
}

/**
 * A statement as a person reads it in a message: its value, then what its
 * sentence adds to it — "50000 (per year, UNODC)", "779 (Operation Rescue, 2011)".
 */
export function describeStatement({ value, qualifier, period, source, year }: Pick<FoundStatistic, 'value' | 'qualifier' | 'period' | 'source' | 'year'>): string {
  const added = [qualifier, period && `per ${period}`, source, year].filter((detail) => detail !== null);
  return `${value}${added.length > 0 ? ` (${added.join(', ')})` : ''}`;
}
