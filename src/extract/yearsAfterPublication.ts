import { leavingOut, type PostFacts } from '../locate/post.js';
import type { UnclearStatistic } from './statistics.js';
import { STATISTIC_RULES } from '../rules/facts.js';
import { calendarYears, fullDates } from './years.js';
import { clipped } from '../text/clip.js';

/** The statistics that count what happened in a year the post looks back on (Operation Rescue's). */
const pastCounts = new Set(STATISTIC_RULES.filter((rule) => rule.pastCount === true).map((rule) => rule.id));

/**
 * The post's facts without what the post cannot have reported: a year still
 * to come when it was published (`published`, an ISO date, or null when the
 * page does not say). A statistic whose own year comes after it ("År 2014
 * ledde operation Rescue…" in a post of 2012) keeps its figure with the year
 * null and an `unclear-attribute`, as for any year the sentence leaves
 * unclear: a year is not part of a statistic's identity. A statistic of the
 * present (the countries, the images), stated in a sentence that names one after it
 * ("År 2014 står 48 länder…", "…ligga ute på nätet år 2015", "…varje år
 * fram till 2020"), is left out (`unclear-figure`): the sentence is a plan or
 * a forecast, or the page was edited, or its date is wrong, and which it
 * does not say.
 */
export function withoutYearsAfter(read: PostFacts, published: string | null): PostFacts {
  const post = withoutOtherDays(read, published);
  if (published === null) return post;
  const publishedYear = Number(published.slice(0, 4));
  const laterIn = (quote: string) => calendarYears(quote).map((match) => Number(match[0])).find((year) => year > publishedYear);
  const unclear: UnclearStatistic[] = post.statistics.flatMap(({ id, quote, start }) => {
    // A count of a past year is judged by the year it reads (below), whatever other year its sentence names.
    const later = pastCounts.has(id) ? undefined : laterIn(quote);
    const reason = `the sentence names ${later}, after the post was published (${published}), and a post cannot report a figure for a year still to come`;
    return later === undefined ? [] : [{ id, figure: clipped(quote), reason, start }];
  });
  const dated = unclear.length === 0 ? post : leavingOut(post, () => null, unclear);
  const later = dated.statistics.filter((statistic) => statistic.year !== null && statistic.year > publishedYear);
  if (later.length === 0) return dated;
  return {
    ...dated,
    statistics: dated.statistics.map((statistic) => (later.includes(statistic) ? { ...statistic, year: null } : statistic)),
    unclearAttributes: [
      ...dated.unclearAttributes,
      ...later.map(({ id, year, start }) => ({
        id,
        field: 'year' as const,
        reason: `the sentence gives ${year}, after the post was published (${published}), and a post cannot report a figure for a year still to come`,
        start,
      })),
    ],
  };
}

/**
 * Since 4 December, the post's facts without a statistic of the present whose sentence names a day with its year
 * (`fullDates`: "Den 5/12 2012 står 48 länder", "On 5 December 2012, 48 countries") other than the post's own, as a day
 * without its year ("Den 5/3") leaves it out; on a page that gives no date, any such day. A count of a past year is
 * judged by its year.
 */
function withoutOtherDays(post: PostFacts, published: string | null): PostFacts {
  const day = published?.slice(0, 10);
  const unclear: UnclearStatistic[] = post.statistics.flatMap(({ id, quote, start }) => {
    const other = pastCounts.has(id) ? undefined : fullDates(quote).find(({ iso }) => iso !== day);
    if (other === undefined) return [];
    const reason = day === undefined ? `"${other.written}" in its sentence dates it to a day the page gives no date to weigh against` : `"${other.written}" in its sentence dates it to another day than the post's (${day})`;
    return [{ id, figure: clipped(quote), reason, start }];
  });
  return unclear.length === 0 ? post : leavingOut(post, () => null, unclear);
}
