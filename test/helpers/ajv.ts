import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule, { type FormatsPlugin } from 'ajv-formats';

// ajv-formats is CommonJS with `exports.default`: under Node's ESM interop the default import is the module object.
const addFormats = ((formatsModule as unknown as { default?: FormatsPlugin }).default ?? formatsModule) as FormatsPlugin;

/**
 * A published JSON Schema compiled by a validator that shares no code with the
 * tool's zod schemas. Strict, so that a keyword or format it does not know
 * throws here rather than passing anything there ("date" was once ignored so);
 * only `strictTypes` is off, which asks for a `type` beside keywords that JSON
 * Schema lets stand alone.
 */
export function independentValidator(schema: object) {
  const ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}
