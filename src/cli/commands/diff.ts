import { Chalk } from 'chalk';
import { isThePost, NOT_THE_POST } from '../../check/check.js';
import { diffExtractions, missingFromBoth, type DiffReport } from '../../diff/diff.js';
import { formatDifferences } from '../../report/text.js';
import { colorLevel } from '../color.js';
import { missingFacts } from '../../pipeline.js';
import { shownName } from '../../text/escape.js';
import { withoutPassword } from '../../text/address.js';
import { toJson } from '../../emit/json.js';
import type { Outcome } from '../exit.js';
import { collectorAfterPages, print, stopIfInterrupted, stopIfSignalled, type CliIO } from '../io.js';
import { loadSource, type SourceOptions } from './shared.js';

export interface DiffOptions extends Omit<SourceOptions, 'linked'> {
  format: 'text' | 'json';
  color: boolean;
}

export async function diffCommand(pathA: string, pathB: string, options: DiffOptions, io: CliIO): Promise<Outcome> {
  const afterPage = collectorAfterPages(io);
  stopIfInterrupted(io);
  const first = await loadSource(pathA, options, io);
  afterPage();
  // Each page holds the event loop while it is read: a signal that came meanwhile is heard before more is read or written.
  await stopIfSignalled(io);
  const sources = [first, await loadSource(pathB, options, io)] as const;
  await stopIfSignalled(io);
  // Two pages of which one is not the post differ in every fact; saying that is the one useful line.
  for (const [path, { extraction, leftOut }] of [[pathA, sources[0]], [pathB, sources[1]]] as const) {
    if (!isThePost(extraction, leftOut)) {
      io.stderr.write(`alliance-extract: ${shownName(path)}: ${NOT_THE_POST}\n`);
      return { kind: 'extracted', missing: missingFacts(extraction) };
    }
  }
  const [a, b] = [sources[0].extraction, sources[1].extraction];
  const differences = diffExtractions(a, b);
  const missing = missingFromBoth(a, b);
  if (missing.length > 0) {
    io.stderr.write(`alliance-extract: ${shownName(pathA)} and ${shownName(pathB)} are both incomplete: neither states ${missing.join(', ')}, which was not compared\n`);
  }
  // Two copies of the tool's own list agree whatever the pages say: that is no comparison of them.
  if (a.countries.source === 'reference' && b.countries.source === 'reference') {
    io.stderr.write(`alliance-extract: note: neither ${shownName(pathA)} nor ${shownName(pathB)} lists the countries: both are the tool's reference copy of MEMO/12/944's list, so the countries were not compared\n`);
  }
  if (options.format === 'json') {
    const report: DiffReport = { a: withoutPassword(pathA), b: withoutPassword(pathB), differences, missingFromBoth: missing };
    print(io, toJson(report, 2));
  } else {
    const color = new Chalk({ level: colorLevel({ flag: options.color, env: io.env, isTTY: io.stdoutIsTTY }) });
    print(io, formatDifferences(differences, color));
  }
  return { kind: 'diffed', differences: differences.length, missingFromBoth: missing.length };
}
