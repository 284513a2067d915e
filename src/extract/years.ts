import { DAY_BEFORE_MONTH, DAY_RANGE, DAYS_RANGE, DAYS_FROM_NOW, FULL_DATES, MONTH_BEFORE_YEAR, MONTH_NUMBER, NAME_AFTER_YEAR, NAME_BEFORE_YEAR, YEAR_LIKE } from '../rules/facts.js';
import { SPACED_DATE } from '../rules/spacedDates.js';

/** Far enough before a year for the longest name `NAME_BEFORE_YEAR` knows, and the character before it. */
const NAME_REACH = 10;
/** Far enough before a year for the longest month and a day before it ("september 30th, "). */
const MONTH_REACH = 18;

/** Whether the year-like number from `start` to `end` of `text` is part of a name ("Agenda 2030", "2030-rapporten"), not a calendar year. */
export function isNamedYear(text: string, start: number, end: number): boolean {
  return NAME_BEFORE_YEAR.test(text.slice(Math.max(0, start - NAME_REACH), start)) || NAME_AFTER_YEAR.test(text.slice(end, end + 5));
}

/** The numbers of `text` that may be calendar years (`YEAR_LIKE`), but none that is part of a name. */
export function calendarYears(text: string): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(YEAR_LIKE))].filter((match) => !isNamedYear(text, match.index, match.index + match[0].length));
}

/** A day of a month, as a number may be: 1 to 31, "05" too. */
const DAY = /^(?:0?[1-9]|[12][0-9]|3[01])$/;
/** A year right after a day ("5, 2012", "5th 2012"). */
const YEAR_AFTER_DAY = /^(?:st|nd|rd|th)?,? (?:19|20)[0-9]{2}(?![0-9])/;
/** Far enough after a day for its ending and the longest month's name ("th of september"). */
const DAY_REACH = 20;

/**
 * Whether the number from `start` to `end` of `text` is a day before its month ("Den 5 mars", "On 1st March"), the
 * first of a range of them ("Från 5 till 7 mars") or the days a time is told in ("In 5 days"): a date, no count.
 */
export function isDayOfMonth(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 2 * DAY_REACH);
  if (DAYS_RANGE.test(text.slice(start, end))) return DAY_BEFORE_MONTH.test(after);
  if (!DAY.test(text.slice(start, end))) return false;
  // Since 4 December a day between its month and its year too ("December 5, 2012"): a date, weighed as one (`fullDates`).
  if (MONTH_BEFORE_YEAR.test(text.slice(Math.max(0, start - MONTH_REACH), start)) && YEAR_AFTER_DAY.test(after)) return true;
  // Since 4 December the day and the month of a date spaced around its mark ("Den 5 / 3", "Den 5. 3.").
  const before = text.slice(Math.max(0, start - MONTH_REACH), start);
  if ((SPACED_DATE.beforeDay.test(before) && SPACED_DATE.afterDay.test(after)) || (SPACED_DATE.beforeMonth.test(before) && SPACED_DATE.afterMonth.test(after))) return true;
  return DAY_BEFORE_MONTH.test(after) || DAY_RANGE.test(after) || (DAYS_FROM_NOW.before.test(text.slice(Math.max(0, start - 3), start)) && DAYS_FROM_NOW.after.test(after));
}

/** The month named right before the year at `index` of `text` ("januari 2012", "December 5, 2012"): its name as written and its number. */
function monthBefore(text: string, index: number): { name: string; number: number } | undefined {
  const name = MONTH_BEFORE_YEAR.exec(text.slice(Math.max(0, index - MONTH_REACH), index))?.[1];
  const number = name === undefined ? undefined : MONTH_NUMBER.get(name.toLowerCase());
  return name === undefined || number === undefined ? undefined : { name, number };
}

/**
 * Whether every calendar year of `text` ends before `published` (an ISO date, "2012-12-06"): a year before its year, or
 * its year after a month before its month ("mars 2012"). The post's own year alone, or its month, may fall either side
 * of its day, and is not before it.
 */
export function yearsBefore(text: string, published: string): boolean {
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  return calendarYears(text).every((match) => {
    const named = Number(match[0]);
    if (named !== year) return named < year;
    const before = monthBefore(text, match.index);
    return before !== undefined && before.number < month;
  });
}

/** A date as ISO writes it ("2013-01-15"). */
const ISO_DATE = /(?<![0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])/g;
/** The day of a month named just before it ("7 december 2012") or just after it ("December 7, 2012"). */
const DAY_AROUND_MONTH = /(?:^|[^0-9])([0-9]{1,2})\.? *$|^ *([0-9]{1,2})(?:st|nd|rd|th)?\b/;

/**
 * Whether `text` names a date after `published` (an ISO date): a later year, or the post's year after a later month,
 * or its month after a later day ("Källa: regeringen 2013.", "7 december 2012", "2013-01-15"). The post's year alone
 * may fall either side of its day, and is not after it.
 */
export function datedAfter(text: string, published: string): boolean {
  if ([...text.matchAll(ISO_DATE)].some((match) => match[0] > published.slice(0, 10))) return true;
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  const day = Number(published.slice(8, 10));
  return calendarYears(text).some((match) => {
    const named = Number(match[0]);
    if (named !== year) return named > year;
    const monthNamed = monthBefore(text, match.index);
    if (monthNamed === undefined) return false;
    if (monthNamed.number !== month) return monthNamed.number > month;
    const at = text.lastIndexOf(monthNamed.name, match.index);
    const days = DAY_AROUND_MONTH.exec(text.slice(Math.max(0, at - 4), at)) ?? DAY_AROUND_MONTH.exec(text.slice(at + monthNamed.name.length, match.index));
    const dayNamed = Number(days?.[1] ?? days?.[2]);
    return Number.isFinite(dayNamed) && dayNamed > day;
  });
}

/** The days `text` names with their month and year (`FULL_DATES`, or as ISO writes them), each as written and as ISO writes it. */
export function fullDates(text: string): Array<{ written: string; iso: string }> {
  const iso = [...text.matchAll(ISO_DATE)].map((match) => ({ written: match[0], iso: match[0] }));
  const named = FULL_DATES.flatMap((pattern) =>
    [...text.matchAll(new RegExp(pattern))].flatMap((match) => {
      const { day, month, year } = match.groups ?? {};
      const number = /^[0-9]+$/.test(month ?? '') ? Number(month) : MONTH_NUMBER.get((month ?? '').toLowerCase());
      if (day === undefined || year === undefined || number === undefined) return [];
      return [{ written: match[0], iso: `${year}-${String(number).padStart(2, '0')}-${day.padStart(2, '0')}` }];
    }),
  );
  return [...iso, ...named];
}

/** A day and its month in numbers right before a year ("6/12 2012", "6.12. 2012", "6. 12. 2012"). */
const DAY_AND_MONTH_BEFORE = /(?:^|[^0-9])(?:0?[1-9]|[12][0-9]|3[01])(?:[/.-]| ?\/ ?|\. )(?:0?[1-9]|1[0-2])(?:[/.-] ?| )$/;

/**
 * Whether the number from `start` to `end` of `text` is the year a date ends with ("December 2012", "6/12 2012"): a
 * figure after it is another ("In December 2012 48 countries"), not its group.
 */
export function endsDate(text: string, start: number, end: number): boolean {
  if (!/^(?:19|20)[0-9]{2}$/.test(text.slice(start, end))) return false;
  return monthBefore(text, start) !== undefined || DAY_AND_MONTH_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}
