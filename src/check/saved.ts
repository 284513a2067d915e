import { Extraction } from '../schema/output.js';
import { exactly } from '../schema/exact.js';

/** A saved extraction that the published schema refuses, with the first fault found. */
export class SavedExtractionError extends Error {
  override readonly name = 'SavedExtractionError';
}

/**
 * A saved extraction read as exactly what the published schema
 * (`alliance-extract schema`) accepts: every key known, each statistic and
 * commitment once. Throws SavedExtractionError naming the first fault.
 */
export function readSavedExtraction(data: unknown): Extraction {
  const read = exactly(Extraction, data);
  if ('fault' in read) throw new SavedExtractionError(read.fault);
  return read.data;
}
