import { Document, isMap, isScalar, LineCounter, parseAllDocuments, parseDocument, visit, type DocumentOptions, type ParseOptions, type SchemaOptions, type YAMLError } from 'yaml';
import { safe, unicodeEscape } from '../text/escape.js';

/**
 * YAML for YAML 1.1 readers too (PyYAML, Ruby's Psych, Go's yaml.v2): there, a
 * bare `NO` — Norway's code — would read back as false, so every string such a
 * reader could take for something else is quoted. A YAML 1.2 reader reads the
 * same values.
 */
export function toYaml(value: unknown): string {
  const document = new Document(value, { version: '1.1' });
  visit(document, {
    Scalar(_, node) {
      if (typeof node.value !== 'string' || !mustQuote(node.value)) return;
      node.type = 'QUOTE_DOUBLE';
      // The library writes the string `<<` as the 1.1 merge key, bare, whatever the style asked: the tag says it is a string.
      if (node.value === MERGE_KEY) node.tag = 'tag:yaml.org,2002:str';
    },
  });
  // Only double-quoted strings can hold these characters (see mustQuote), and there an escape stands for each.
  return document.toString({ lineWidth: 0 }).replace(UNPRINTABLE_GLOBAL, unicodeEscape);
}

/** The patterns by which a YAML 1.2 (core schema) reader takes a bare scalar for a null, boolean or number. */
const YAML_1_2_IMPLICIT: readonly RegExp[] = new Document(null, { version: '1.2' }).schema.tags.flatMap((tag) =>
  tag.default && tag.test ? [tag.test] : [],
);

/**
 * Bare scalars that YAML 1.1 gives a type of its own, which the library's 1.1
 * schema leaves bare: `=` (the value key) and `<<` (the merge key). PyYAML
 * refuses the one and merges on the other.
 */
const MERGE_KEY = '<<';
const YAML_1_1_KEYS: ReadonlySet<string> = new Set(['=', MERGE_KEY]);

/**
 * Characters a YAML stream may not hold raw (its printable set leaves out the
 * C0 and C1 controls but tab, line feed, carriage return and U+0085, and
 * U+FFFE, U+FFFF), and the line breaks a 1.1 reader cuts a plain scalar at
 * (U+0085, U+2028, U+2029). The library escapes only some of them. Since the
 * evening of 6 December the bidirectional controls too, which YAML allows but
 * which reorder what a terminal shows of a warning that quotes the page (as
 * the JSON escapes them, see src/emit/json.ts).
 */
const UNPRINTABLE = /[^\t\n\r\x20-\x7e\xa0-\u061b\u061d-\u200d\u2010-\u2027\u202f-\u2065\u206a-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const UNPRINTABLE_GLOBAL = new RegExp(UNPRINTABLE.source, 'gu');

/** PyYAML refuses a tab inside a bare scalar, which YAML 1.2 allows there. */
function mustQuote(text: string): boolean {
  return YAML_1_1_KEYS.has(text) || UNPRINTABLE.test(text) || text.includes('\t') || YAML_1_2_IMPLICIT.some((pattern) => pattern.test(text));
}

/** A file that is not YAML this tool reads: one line, with the line of the file where the library places it. */
export class YamlError extends Error {
  override readonly name = 'YamlError';
  constructor(
    readonly reason: string,
    readonly line: number | undefined,
  ) {
    super(line === undefined ? reason : `line ${line}: ${reason}`);
  }
}

export type YamlPath = ReadonlyArray<string | number>;

/** A YAML (or JSON) document read, and where in its text each value stands. */
export interface YamlDocument {
  /** null for a document that holds nothing (empty, or only comments). */
  value: unknown;
  /** The line of the value at a path, where the file has one. */
  lineOf(path: YamlPath): number | undefined;
  /** The line of the key that ends a path — where an unknown key is written. */
  keyLineOf(path: YamlPath): number | undefined;
  /** The text a scalar at a path is written as (`1e6`, `0xFA`), where it is a scalar of the file. */
  sourceOf(path: YamlPath): string | undefined;
}

function firstProblem(problems: readonly YAMLError[], lines: LineCounter): YamlError | undefined {
  const [problem] = problems;
  if (!problem) return undefined;
  // The library's messages repeat the file's text (a tag, a directive): shown, never obeyed.
  return new YamlError(safe(problem.message.split('\n')[0] ?? problem.code), lines.linePos(problem.pos[0]).line);
}

/**
 * Reads YAML, or JSON, which is YAML too. The library's warnings (an unknown
 * directive, a tag it cannot resolve such as `!!js/function`) are errors
 * here, as its errors are: a file this tool reads is data it wrote or a
 * person wrote for it, and a value the library could not read as written is
 * not a value to act on. Nothing reaches `process.emitWarning`.
 */
export function readYaml(text: string): YamlDocument {
  const lines = new LineCounter();
  const options: ParseOptions & DocumentOptions & SchemaOptions = { lineCounter: lines, prettyErrors: false, logLevel: 'silent', uniqueKeys: true };
  // The library reports a second document only when it may log, and this
  // must not log: a document after the first would otherwise go unread.
  const [first, second] = parseAllDocuments(text, options);
  const document = first ?? parseDocument(text, { ...options, lineCounter: new LineCounter() });
  const problem = firstProblem([...document.errors, ...document.warnings], lines);
  if (problem) throw problem;
  if (second) throw new YamlError('a second document starts here (after ---): the file must hold one', lines.linePos(second.range[0]).line);
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new YamlError(safe(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)), undefined);
  }
  const lineAt = (offset: number | undefined): number | undefined => (offset === undefined ? undefined : lines.linePos(offset).line);
  return {
    value: value ?? null,
    lineOf: (path) => {
      const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
      return lineAt(node?.range?.[0]);
    },
    sourceOf: (path) => {
      const node = document.getIn(path, true);
      return isScalar(node) ? node.source : undefined;
    },
    keyLineOf: (path) => {
      const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
      if (!isMap(parent)) return undefined;
      // As toJS names keys: a number by its digits, null as the empty string.
      const key = String(path.at(-1));
      const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value ?? '') === key);
      return lineAt(isScalar(pair?.key) ? pair.key.range?.[0] : undefined);
    },
  };
}

/** Reads YAML, or JSON, which is YAML too; throws YamlError for anything the library does not read cleanly. */
export function fromYaml(text: string): unknown {
  return readYaml(text).value;
}
