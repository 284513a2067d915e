import * as z from 'zod/mini';
import { Extraction } from '../../schema/output.js';
import { Expectations } from '../../schema/expectations.js';
import type { Outcome } from '../exit.js';
import type { CliIO } from '../io.js';

/** The JSON Schema (draft 2020-12) of the output or of an expectations file, generated from the zod schemas. */
export function jsonSchema(which: 'output' | 'expectations'): Record<string, unknown> {
  const schema = z.toJSONSchema(which === 'output' ? Extraction : Expectations, { target: 'draft-2020-12' });
  return { ...schema, title: which === 'output' ? 'alliance-extract output' : 'alliance-extract expectations' };
}

export function schemaCommand(options: { expectations: boolean }, io: CliIO): Outcome {
  io.stdout.write(`${JSON.stringify(jsonSchema(options.expectations ? 'expectations' : 'output'), null, 2)}\n`);
  return { kind: 'printed' };
}
