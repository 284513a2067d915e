import type { core } from 'zod/mini';

/** The most values an objection lists; a longer list (the countries' codes) is named by the schema's message. */
const MAX_LISTED = 12;

/**
 * A schema's objection in words. zod/mini carries no locale, so its own
 * message is "Invalid input" whatever the fault: what was expected is in the
 * issue, and a person fixing a file by hand needs it.
 */
export function describeIssue(issue: core.$ZodIssue | undefined): string {
  if (!issue) return 'not what the schema allows';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${KINDS[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint'
        ? `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`
        : `must hold at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint'
        ? `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`
        : `must hold at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return issue.values.length > MAX_LISTED ? issue.message : `expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    case 'invalid_format':
      return `not ${issue.format === 'regex' ? 'of the form the schema gives' : `a valid ${issue.format}`}`;
    case 'invalid_union':
      return 'matches none of the forms the schema allows';
    case 'unrecognized_keys':
      return `unknown key ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}`;
    default:
      return issue.message;
  }
}

const KINDS: Readonly<Record<string, string>> = {
  int: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping (it is missing, or not one)',
  array: 'a list',
  null: 'null',
};
