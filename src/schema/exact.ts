import type * as z from 'zod/mini';
import { showPath } from '../check/paths.js';
import { describeIssue } from './issues.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The first key of `data` that parsing dropped. zod's objects strip keys they
 * do not know, while the published JSON Schema (additionalProperties: false)
 * refuses them: what was dropped is what the schema refuses.
 */
function strayKey(data: unknown, parsed: unknown, path: Array<string | number> = []): string | undefined {
  if (Array.isArray(data) && Array.isArray(parsed)) {
    for (const [index, entry] of data.entries()) {
      const stray = strayKey(entry, parsed[index], [...path, index]);
      if (stray) return stray;
    }
  } else if (isRecord(data) && isRecord(parsed)) {
    for (const key of Object.keys(data)) {
      if (!Object.hasOwn(parsed, key)) return `${showPath([...path, key])}: unknown key`;
      const stray = strayKey(data[key], parsed[key], [...path, key]);
      if (stray) return stray;
    }
  }
  return undefined;
}

/**
 * `data` read as exactly what the published JSON Schema of `schema` accepts
 * (every key known, as zod alone does not hold it to), or the first fault
 * found, with where it is: "statistics[0].value: expected an integer".
 */
export function exactly<T>(schema: z.ZodMiniType<T>, data: unknown): { data: T } | { fault: string } {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = (issue?.path ?? []).filter((part): part is string | number => typeof part !== 'symbol');
    return { fault: `${showPath(path)}: ${describeIssue(issue)}` };
  }
  const stray = strayKey(data, result.data);
  return stray === undefined ? { data: result.data } : { fault: stray };
}
