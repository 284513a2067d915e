import * as z from 'zod/mini';
import { Extraction } from '../../schema/output.js';
import { Expectations } from '../../schema/expectations.js';
import { BatchRecord } from '../../schema/batch.js';
import type { Outcome } from '../exit.js';
import type { CliIO } from '../io.js';

const SCHEMAS = {
  output: { schema: Extraction, title: 'alliance-extract output' },
  expectations: { schema: Expectations, title: 'alliance-extract expectations' },
  ndjson: { schema: BatchRecord, title: 'alliance-extract batch record' },
};

/** The JSON Schema (draft 2020-12) of the output, an expectations file or a batch record, generated from the zod schemas. */
export function jsonSchema(which: keyof typeof SCHEMAS): Record<string, unknown> {
  const { schema, title } = SCHEMAS[which];
  return { ...z.toJSONSchema(schema, { target: 'draft-2020-12' }), title };
}

export function schemaCommand(options: { expectations: boolean; ndjson?: boolean }, io: CliIO): Outcome {
  const which = options.expectations ? 'expectations' : options.ndjson ? 'ndjson' : 'output';
  io.stdout.write(`${JSON.stringify(jsonSchema(which), null, 2)}\n`);
  return { kind: 'printed' };
}
