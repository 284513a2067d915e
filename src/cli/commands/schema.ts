import * as z from 'zod/mini';
import { Extraction } from '../../schema/output.js';
import { Expectations } from '../../schema/expectations.js';
import { BatchRecord } from '../../schema/batch.js';
import { CheckRunSchema, DiffReportSchema } from '../../schema/reports.js';
import type { Outcome } from '../exit.js';
import type { CliIO } from '../io.js';

const SCHEMAS = {
  output: { schema: Extraction, title: 'alliance-extract output' },
  expectations: { schema: Expectations, title: 'alliance-extract expectations' },
  ndjson: { schema: BatchRecord, title: 'alliance-extract batch record' },
  check: { schema: CheckRunSchema, title: 'alliance-extract check report' },
  diff: { schema: DiffReportSchema, title: 'alliance-extract diff report' },
};

/** The JSON Schema (draft 2020-12) of the output, an expectations file, a batch record or a check or diff report, generated from the zod schemas. */
export function jsonSchema(which: keyof typeof SCHEMAS): Record<string, unknown> {
  const { schema, title } = SCHEMAS[which];
  return { ...z.toJSONSchema(schema, { target: 'draft-2020-12' }), title };
}

export function schemaCommand(options: { expectations: boolean; ndjson?: boolean; check?: boolean; diff?: boolean }, io: CliIO): Outcome {
  const which = options.expectations ? 'expectations' : options.ndjson ? 'ndjson' : options.check ? 'check' : options.diff ? 'diff' : 'output';
  io.stdout.write(`${JSON.stringify(jsonSchema(which), null, 2)}\n`);
  return { kind: 'printed' };
}
