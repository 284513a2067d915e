export const FORMATS = ['json', 'yaml', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

export type Serializer = (value: unknown) => string;

/** The serializer for a format. The YAML library is loaded only when YAML is asked for. */
export async function serializerFor(format: Format): Promise<Serializer> {
  switch (format) {
    case 'json':
      return (value) => `${JSON.stringify(value, null, 2)}\n`;
    case 'ndjson':
      return (value) => `${JSON.stringify(value)}\n`;
    case 'yaml':
      return (await import('./yaml.js')).toYaml;
  }
}

export async function emit(value: unknown, format: Format): Promise<string> {
  return (await serializerFor(format))(value);
}
