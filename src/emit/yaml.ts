import { parse, stringify } from 'yaml';

/**
 * YAML for YAML 1.1 readers too (PyYAML, Ruby's Psych, Go's yaml.v2): there, a
 * bare `NO` — Norway's code — would read back as false, so every string such a
 * reader could take for something else is quoted. A YAML 1.2 reader reads the
 * same values.
 */
export function toYaml(value: unknown): string {
  return stringify(value, { version: '1.1', lineWidth: 0 });
}

/** Reads YAML, or JSON, which is YAML too. */
export function fromYaml(text: string): unknown {
  return parse(text);
}
