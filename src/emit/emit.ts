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

export async function emit(value: unknown, format: Format): Promise<string> {
  return (await serializerFor(format))(value);
}
