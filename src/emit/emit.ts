import { BatchRecord } from '../schema/batch.js';
import { exactly } from '../schema/exact.js';
import { Extraction } from '../schema/output.js';
import { toJson } from './json.js';

export const FORMATS = ['json', 'yaml', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

export type Serializer = (value: unknown) => string;

/** The serializer for a format. The YAML library is loaded only when YAML is asked for. */
export async function serializerFor(format: Format): Promise<Serializer> {
  switch (format) {
    case 'json':
      return (value) => toJson(value, 2);
    case 'ndjson':
      return (value) => toJson(value);
    case 'yaml':
      return (await import('./yaml.js')).toYaml;
  }
  // Reached only from JavaScript, or TypeScript that cast its way past `Format`.
  throw new TypeError(`unknown format ${JSON.stringify(format)}: one of ${FORMATS.join(', ')}`);
}

/**
 * The text the CLI writes for `value` in `format`, once `value` is exactly
 * what the published schema of that format accepts: an extraction
 * (`alliance-extract schema`) for JSON and YAML, a batch record (`schema
 * --ndjson`) for NDJSON. Anything else is refused with a TypeError naming
 * the first fault, so that no caller writes a document the contract does not
 * describe. The CLI, whose documents come straight from `extractPost` (which
 * validated them as it made them), writes with `serializerFor` instead, and
 * pays for no second validation.
 */
export async function emit(value: unknown, format: Format): Promise<string> {
  const serialize = await serializerFor(format);
  const checked = format === 'ndjson' ? exactly(BatchRecord, value) : exactly(Extraction, value);
  if ('fault' in checked) {
    const what = format === 'ndjson' ? 'a batch record (alliance-extract schema --ndjson)' : 'an extraction (alliance-extract schema)';
    throw new TypeError(`emit: the value is not ${what} of the output contract: ${checked.fault}`);
  }
  return serialize(checked.data);
}
