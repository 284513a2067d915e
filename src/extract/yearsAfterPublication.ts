import type { PostFacts } from '../locate/post.js';

/**
 * The post's facts with each statistic's year that comes after the year the
 * post was published (`published`, an ISO date, or null when the page does
 * not say) made null, with an `unclear-attribute` for it: a post cannot
 * report what was counted in a year still to come. The sentence is then a
 * plan or a forecast, or the page was edited, or its date is wrong; which,
 * the page does not say. The figure is kept, as for any other year the
 * sentence leaves unclear: a year is not part of a statistic's identity.
 */
export function withoutYearsAfter(post: PostFacts, published: string | null): PostFacts {
  if (published === null) return post;
  const publishedYear = Number(published.slice(0, 4));
  const later = post.statistics.filter((statistic) => statistic.year !== null && statistic.year > publishedYear);
  if (later.length === 0) return post;
  return {
    ...post,
    statistics: post.statistics.map((statistic) => (later.includes(statistic) ? { ...statistic, year: null } : statistic)),
    unclearAttributes: [
      ...post.unclearAttributes,
      ...later.map(({ id, year, start }) => ({
        id,
        field: 'year' as const,
        reason: `the sentence gives ${year}, after the post was published (${published}), and a post cannot report a figure for a year still to come`,
        start,
      })),
    ],
  };
}
