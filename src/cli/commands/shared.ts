import { extractPost, missingFacts } from '../../pipeline.js';
import { decode } from '../../load/decode.js';
import { Extraction } from '../../schema/output.js';
import { InputError } from '../../load/errors.js';
import { readInput, type CliIO } from '../io.js';

export interface SourceOptions {
  linked?: string | undefined;
  maxSize: number;
}

/** Reads a page (and the page its footnote links to, if given) and extracts the post. */
export async function extractFile(path: string, options: SourceOptions, io: Pick<CliIO, 'stdin' | 'cwd'>): Promise<Extraction> {
  const bytes = await readInput(path, io, options.maxSize);
  const linked = options.linked ? await readInput(options.linked, io, options.maxSize) : undefined;
  return extractPost(bytes, { linked });
}

/**
 * An extraction from a file that holds either a page or an earlier
 * extraction saved as JSON or YAML — so `diff` can compare a capture with a
 * stored result.
 */
export async function loadExtraction(path: string, options: Pick<SourceOptions, 'maxSize'>, io: CliIO): Promise<Extraction> {
  const bytes = await readInput(path, io, options.maxSize);
  const { text } = decode(bytes);
  if (/^\s*</.test(text)) return extractPost(bytes);
  const { fromYaml } = await import('../../emit/yaml.js');
  let data: unknown;
  try {
    data = fromYaml(text);
  } catch {
    throw new InputError('not-html', `${path}: neither an HTML page nor a saved extraction`);
  }
  const result = Extraction.safeParse(data);
  if (!result.success) throw new InputError('not-html', `${path}: neither an HTML page nor a valid extraction (schemaVersion 1)`);
  return result.data;
}

export function describeMissing(path: string, extraction: Extraction): string {
  return `${path}: incomplete: not found: ${missingFacts(extraction).join(', ')}`;
}
