export const FORMATS = ['json', 'yaml', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

/** Serializes a document. The YAML library is loaded only when YAML is asked for. */
export async function emit(value: unknown, format: Format): Promise<string> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(value, null, 2)}\n`;
    case 'ndjson':
      return `${JSON.stringify(value)}\n`;
    case 'yaml': {
      const { toYaml } = await import('./yaml.js');
      return toYaml(value);
    }
  }
}
