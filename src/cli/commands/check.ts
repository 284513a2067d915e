import { Chalk } from 'chalk';
import { checkExtraction } from '../../check/check.js';
import { Expectations } from '../../schema/expectations.js';
import { COMMITMENT_IDS, STATISTIC_IDS } from '../../schema/output.js';
import { missingFacts } from '../../pipeline.js';
import { formatCheckReport } from '../../report/text.js';
import { colorLevel } from '../color.js';
import { UsageError, type Outcome } from '../exit.js';
import { readInput, type CliIO } from '../io.js';
import { extractFile, type SourceOptions } from './shared.js';

export interface CheckOptions extends SourceOptions {
  expect?: string | undefined;
  format: 'text' | 'json';
  color: boolean;
}

/** An expectations file lists at most 4 ids, 6 figures and some 250 codes. */
const MAX_EXPECTATIONS_SIZE = 1024 * 1024;

/** Reads and validates an expectations file; any fault in it is the caller's, so a usage error. */
export async function readExpectations(path: string, io: CliIO): Promise<Expectations> {
  const { fromYaml } = await import('../../emit/yaml.js');
  let data: unknown;
  try {
    data = fromYaml(new TextDecoder().decode(await readInput(path, io, MAX_EXPECTATIONS_SIZE)));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`${path}: cannot read the expectations: ${reason}`);
  }
  const result = Expectations.safeParse(data ?? {});
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const place = issue?.path.length ? issue.path.join('.') : 'top level';
  const keys = issue && 'keys' in issue && Array.isArray(issue.keys) ? ` ${issue.keys.map((key) => `"${String(key)}"`).join(', ')}` : '';
  throw new UsageError(`${path}: bad expectations at ${place}:${keys} ${issue?.message ?? 'invalid'}`);
}

/**
 * A page with fewer of the post's facts than this is some other page — the
 * memo the post links to states one of them — and is reported as such
 * (exit 4) rather than as the post with figures missing (exit 1).
 */
const MIN_FACTS_OF_THE_POST = 4;
const ALL_FACTS = COMMITMENT_IDS.length + STATISTIC_IDS.length;

export async function checkCommand(path: string, options: CheckOptions, io: CliIO): Promise<Outcome> {
  const expectations = options.expect ? await readExpectations(options.expect, io) : undefined;
  const extraction = await extractFile(path, options, io);
  const report = checkExtraction(extraction, expectations);
  const isPost = ALL_FACTS - missingFacts(extraction).length >= MIN_FACTS_OF_THE_POST;
  if (!isPost) {
    io.stderr.write(`alliance-extract: ${path}: not the post: fewer than ${MIN_FACTS_OF_THE_POST} of its ${ALL_FACTS} facts were found\n`);
  } else if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const color = new Chalk({ level: colorLevel({ flag: options.color, env: io.env, isTTY: io.stdoutIsTTY }) });
    io.stdout.write(formatCheckReport(report, color));
  }
  return { kind: 'checked', passed: report.passed, isPost };
}
