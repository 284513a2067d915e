import { LETTER } from './letters.js';

/** A word that dates what follows it ("Den 5/3", "Per 5.3", "On 5-3"), as `NUMERIC_DATE` (src/rules/facts.ts) has it. */
const DATING_WORD = '(?:den|per|sedan|från|till|on|since|as of|as at|from|until|by)';

/**
 * Since 4 December, a date in numbers spaced around its mark after a word that dates ("Den 5 / 3", "Den 5. 3."): its
 * day (`beforeDay` the text before it, `afterDay` after it) and its month (`beforeMonth`, `afterMonth`), whose numbers
 * are no figure (`isDayOfMonth`), and the full stop after its day ends no sentence (`toSentences`). Apart from
 * facts.ts, which src/text does not read.
 */
export const SPACED_DATE = {
  beforeDay: new RegExp(`(?:^|[^${LETTER}])${DATING_WORD} $`, 'i'),
  afterDay: /^(?: ?\/ ?|\. )(?:0?[1-9]|1[0-2])(?!\.?[0-9])/,
  beforeMonth: new RegExp(`(?:^|[^${LETTER}])${DATING_WORD} (?:0?[1-9]|[12][0-9]|3[01])(?: ?/ ?|\\. )$`, 'i'),
  afterMonth: /^(?!\.?[0-9])/,
  /** A day and its month before the year ("Den 5. 12. 2012", "Den 5.12. 2012"), whose full stop ends no sentence either. */
  beforeYear: new RegExp(`(?:^|[^${LETTER}])${DATING_WORD} (?:0?[1-9]|[12][0-9]|3[01])(?:[/.-]| ?/ ?|\\. )(?:0?[1-9]|1[0-2])\\. $`, 'i'),
};
