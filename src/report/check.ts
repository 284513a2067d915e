import { Chalk } from 'chalk';
import type { CheckRun } from '../check/check.js';
import { formatCheckGithub } from './github.js';
import { formatCheckJunit } from './junit.js';
import { formatCheckText } from './text.js';
import { toJson } from '../emit/json.js';

import type { CheckFormat } from './formats.js';

export interface CheckReportOptions {
  format: CheckFormat;
  /** Only what failed (text); the other formats are for machines and give everything. */
  quiet: boolean;
  colorLevel: 0 | 1 | 2 | 3;
  /** The directory the run's paths are relative to (GitHub annotations give absolute ones). */
  cwd: string;
}

/** The report of a check run in a format: a pure function of the run. */
export function formatCheckRun(run: CheckRun, options: CheckReportOptions): string {
  switch (options.format) {
    case 'text':
      return formatCheckText(run, new Chalk({ level: options.colorLevel }), options.quiet);
    case 'json':
      return toJson(run, 2);
    case 'junit':
      return formatCheckJunit(run);
    case 'github':
      return formatCheckGithub(run, options.cwd);
  }
}
