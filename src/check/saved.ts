import { Extraction } from '../schema/output.js';
import { describeIssue } from '../schema/issues.js';
import { showPath } from './paths.js';

/** A saved extraction that the published schema refuses, with the first fault found. */
export class SavedExtractionError extends Error {
  override readonly name = 'SavedExtractionError';
}

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
 * A saved extraction read as exactly what the published schema
 * (`alliance-extract schema`) accepts: every key known, each statistic and
 * commitment once. Throws SavedExtractionError naming the first fault.
 */
export function readSavedExtraction(data: unknown): Extraction {
  const result = Extraction.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = (issue?.path ?? []).filter((part): part is string | number => typeof part !== 'symbol');
    throw new SavedExtractionError(`${showPath(path)}: ${describeIssue(issue)}`);
  }
  const stray = strayKey(data, result.data);
  if (stray) throw new SavedExtractionError(stray);
  return result.data;
}
