import { leavingOut, type PostFacts } from '../locate/post.js';
import type { UnclearStatistic } from './statistics.js';
import { STATISTIC_RULES } from '../rules/facts.js';
import { calendarYears } from './years.js';
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
export function withoutYearsAfter(post: PostFacts, published: string | null): PostFacts {
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
