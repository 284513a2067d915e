import type { Expectations } from '../schema/expectations.js';

/** A rule of an expectations file that its schema's types do not say, with where it is broken. */
export interface ExpectationsFault {
  message: string;
  path: Array<string | number>;
}

function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

/**
 * What would make valid-looking expectations pass by accident: expecting
 * nothing at all, or an entry listed twice (a list with a code twice is not
 * the list of the post's countries). Shared by the file's reader and the library.
 */
export function expectationsFault(expectations: Expectations): ExpectationsFault | undefined {
  if (Object.values(expectations).every(isEmpty)) {
    return { message: 'expects nothing: give at least one of commitments, statistics, countries', path: [] };
  }
  for (const key of ['commitments', 'countries'] as const) {
    const list: readonly string[] = expectations[key] ?? [];
    const twice = list.findIndex((entry, index) => list.indexOf(entry) !== index);
    if (twice >= 0) return { message: `${JSON.stringify(list[twice])} is listed twice`, path: [key, twice] };
  }
  return undefined;
}
