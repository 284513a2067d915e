import { Chalk } from 'chalk';
import { diffExtractions } from '../../diff/diff.js';
import { formatDifferences } from '../../report/text.js';
import { colorLevel } from '../color.js';
import type { Outcome } from '../exit.js';
import type { CliIO } from '../io.js';
import { loadExtraction, type SourceOptions } from './shared.js';

export interface DiffOptions extends Omit<SourceOptions, 'linked'> {
  format: 'text' | 'json';
  color: boolean;
}

export async function diffCommand(pathA: string, pathB: string, options: DiffOptions, io: CliIO): Promise<Outcome> {
  const [a, b] = [await loadExtraction(pathA, options, io), await loadExtraction(pathB, options, io)];
  const differences = diffExtractions(a, b);
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify({ a: pathA, b: pathB, differences }, null, 2)}\n`);
  } else {
    const color = new Chalk({ level: colorLevel({ flag: options.color, env: io.env, isTTY: io.stdoutIsTTY }) });
    io.stdout.write(formatDifferences(differences, color));
  }
  return { kind: 'diffed', differences: differences.length };
}
