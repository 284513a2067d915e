import { checkExtraction } from '../../check/check.js';
import { missingFacts } from '../../pipeline.js';
import { describeFailure } from '../../report/text.js';
import { COMMITMENT_IDS, STATISTIC_IDS, type Extraction, type Statistic } from '../../schema/output.js';
import { STATISTIC_EXPECTATION_FIELDS } from '../../schema/expectations.js';
import { safe, shownName } from '../../text/escape.js';
import type { Outcome } from '../exit.js';
import { stopIfSignalled, writeData, type CliIO } from '../io.js';
import { describeMissing, extractFile, type SourceOptions } from './shared.js';

export interface ExpectOptions extends SourceOptions {
  output?: string | undefined;
}

const COUNTRY_NOTES: Partial<Record<Extraction['countries']['source'], string[]>> = {
  reference: [
    "# countries: the page does not list them; these are the tool's own reference copy of MEMO/12/944's list.",
    '# Record them again with --linked MEMO (the saved memo) to have them read from it.',
  ],
  linked: ['# countries: read from the page the footnote links to (--linked)'],
};

/**
 * A statistic as a flow mapping: its value and every part of it a fact turns
 * on, so that a later capture saying "less than" or another year fails. JSON
 * strings are YAML flow scalars, so the page's source needs no other quoting.
 */
function statisticYaml(statistic: Statistic): string {
  const fields = [['value', statistic.value], ...STATISTIC_EXPECTATION_FIELDS.map((field) => [field, statistic[field]] as const)];
  return `{ ${fields.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(', ')} }`;
}

/**
 * The expectations a capture of the complete post meets, as the YAML that
 * `check --expect` reads: a baseline recorded as snapshot tools do, saying
 * which page, whose bytes and when. Every id and code is one the schemas
 * allow, so nothing here needs quoting beyond the codes (Norway's `NO` is
 * false to a YAML 1.1 reader).
 */
export function expectationsYaml(path: string, extraction: Extraction, recorded: Date): string {
  const found = new Set(extraction.commitments.map((commitment) => commitment.id));
  const statistics = new Map(extraction.statistics.map((statistic) => [statistic.id, statistic]));
  const { items, source } = extraction.countries;
  return [
    '# Expectations for `alliance-extract check --expect`, recorded by `alliance-extract expect`',
    `# from: ${shownName(path)}`,
    `# sha256: ${extraction.document.sha256}`,
    `# recorded: ${recorded.toISOString()}`,
    `commitments: [${COMMITMENT_IDS.filter((id) => found.has(id)).join(', ')}]`,
    'statistics:',
    ...STATISTIC_IDS.flatMap((id) => {
      const statistic = statistics.get(id);
      return statistic ? [`  ${id}: ${statisticYaml(statistic)}`] : [];
    }),
    ...(items.length > 0 ? [...(COUNTRY_NOTES[source] ?? []), `countries: [${items.map((country) => JSON.stringify(country.code)).join(', ')}]`] : []),
    '',
  ].join('\n');
}

/** What `check --strict` fails that a recording states in a comment instead: the countries' reference copy. */
const NOTED_IN_THE_FILE = ['warning countries-from-reference'];

/**
 * Records a capture's figures as expectations. A page that is not the
 * complete post is refused (exit 4), and so is one that `check --strict`
 * fails (exit 1) for anything but the countries' reference copy: damaged
 * text or a country list that does not add up would become the baseline
 * every later capture is held to.
 */
export async function expectCommand(path: string, options: ExpectOptions, io: CliIO): Promise<Outcome> {
  const extraction = await extractFile(path, options, io);
  // Heard before a page is refused: a signal during its extraction ends the run as one (130), not as the page's verdict.
  await stopIfSignalled(io);
  const missing = missingFacts(extraction);
  if (missing.length > 0) {
    io.stderr.write(`alliance-extract: ${safe(describeMissing(path, extraction))}: expectations are recorded from the complete post only\n`);
    return { kind: 'extracted', missing };
  }
  const failed = checkExtraction(extraction, undefined, { strict: true }).items.filter((entry) => !entry.ok && !NOTED_IN_THE_FILE.includes(entry.fact));
  if (failed.length > 0) {
    const failures = failed.map(describeFailure).join('; ');
    io.stderr.write(`alliance-extract: ${shownName(path)}: fails check: ${failures}: expectations are recorded from a page that passes check --strict only\n`);
    return { kind: 'checked', passed: false, isPost: true };
  }
  await writeData(expectationsYaml(path, extraction, new Date()), options.output, io);
  return { kind: 'extracted', missing };
}
