/**
 * How each fact of the post is recognised, in Swedish and English, as ordered
 * data: the words a sentence must contain, and the words that must follow (or
 * precede) the number. A number alone never makes a fact — "48" in a tweet or
 * "50 000" in a comment has none of the surrounding words.
 */
import type { CommitmentId, StatisticId, Unit, Qualifier } from '../schema/output.js';
import { LETTER, WORD_CHAR } from './letters.js';

export interface StatisticRule {
  id: StatisticId;
  unit: Unit;
  /** Every one must match somewhere in the sentence. */
  context: readonly RegExp[];
  /** Must match the text right after the number (anchored at its start). */
  after: RegExp;
  /** The organisation or operation the figure is credited to. */
  source?: boolean;
  /** Read the calendar year from the sentence. */
  year?: boolean;
}

/**
 * A case-insensitive match of any of the phrases as whole words. JavaScript's
 * \b knows only ASCII letters, which would split "årligen" or "tillgången".
 */
export function words(...phrases: string[]): RegExp {
  return new RegExp(`(?<![${WORD_CHAR}])(?:${phrases.join('|')})(?![${WORD_CHAR}])`, 'i');
}

/** Like `words`, anchored: the phrase must open the text after a number. */
function next(...phrases: string[]): RegExp {
  return new RegExp(`^(?:${phrases.join('|')})(?![${WORD_CHAR}])`, 'i');
}

/** Like `words`, anchored at the end: the phrase must close the text before a number. */
function before(...phrases: string[]): RegExp {
  return new RegExp(`(?:^|[^${LETTER}])(?:${phrases.join('|')}) ?$`, 'i');
}

/** Any run of letters, to end a stem: "initiativ" + L* matches "initiativet". */
const L = `[${LETTER}]`;

const OPERATION_RESCUE = words('operation rescue');

/** A figure stated for each year rather than in total. */
export const PER_YEAR = words('varje år', 'per år', 'om året', 'årligen', 'every year', 'each year', 'per year', 'a year(?! (?:later|ago|earlier|before|after))', 'annually');

export const STATISTIC_RULES: readonly StatisticRule[] = [
  {
    id: 'participating-countries',
    unit: 'countries',
    context: [words(`initiativ${L}*`, 'initiative', `allians${L}*`, 'alliance', 'bakom', 'behind', 'joined', 'gått med')],
    after: next('\\*? ?länder', '\\*? ?countries', '\\*? ?stater', '\\*? ?states'),
  },
  {
    id: 'abuse-images-online',
    unit: 'images',
    context: [words('nätet', 'internet', 'online', 'webben', 'the web')],
    after: next(' bilder', ' images', ' pictures', ' photos'),
  },
  {
    id: 'new-abuse-images-per-year',
    unit: 'images',
    context: [PER_YEAR],
    after: next(` (?:nya|new)(?: [${LETTER}-]+){0,3}? (?:bilder|images|pictures|photos)`),
    source: true,
  },
  {
    id: 'operation-rescue-suspects-identified',
    unit: 'persons',
    context: [OPERATION_RESCUE],
    after: next(' misstänkta', ' suspects?', ' suspected'),
    source: true,
    year: true,
  },
  {
    id: 'operation-rescue-arrests',
    unit: 'persons',
    context: [OPERATION_RESCUE],
    after: next(' greps', ' gripits', ' anhölls', ' arrests?', ' arrested', ' (?:were|had been) arrested'),
    source: true,
    year: true,
  },
  {
    id: 'operation-rescue-children-safeguarded',
    unit: 'children',
    context: [OPERATION_RESCUE],
    after: next(' barn', ' children'),
    source: true,
    year: true,
  },
];

/** Words just before a number that qualify it, read from the end of the preceding text. */
export const QUALIFIERS: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [before('mer än', 'fler än', 'över', 'more than', 'over', 'upwards of'), 'more-than'],
  [before('minst', 'at least'), 'at-least'],
  [before('mindre än', 'färre än', 'under', 'less than', 'fewer than'), 'less-than'],
  [before('cirka', 'ungefär', 'omkring', 'ca\\.?', 'about', 'around', 'approximately', 'some', 'nearly', 'närmare'), 'about'],
];

/**
 * "År 2011", "in 2011": a year, but not the start of a longer figure ("2011-12",
 * "2011.5", "2011 779"), which is no year the reader can be sure of.
 */
export const YEAR = new RegExp(
  `(?<![${LETTER}])(?:år|in|during|under) ((?:19|20)[0-9][0-9])(?![0-9]|(?:[\\ud800-\\udbff][\\udc00-\\udfff]|[^0-9${LETTER}])[0-9])`,
  'i',
);

/** Organisations and operations a figure can be credited to, with the name the output uses. */
export const SOURCES: ReadonlyArray<readonly [RegExp, string]> = [
  [words('UNODC', 'FN:s drog- och brottsbekämpningsbyrå', 'United Nations Office on Drugs and Crime', 'UN Office on Drugs and Crime'), 'UNODC'],
  [OPERATION_RESCUE, 'Operation Rescue'],
  [words('Europol'), 'Europol'],
];

export interface CommitmentRule {
  id: CommitmentId;
  /** Every one must match the item's text. */
  all: readonly RegExp[];
}

/** The Global Alliance's four policy targets, as the post words them in each edition. */
export const COMMITMENT_RULES: readonly CommitmentRule[] = [
  { id: 'identify-victims', all: [words('offren', 'offer', 'victims?'), /identif/i] },
  { id: 'investigate-and-prosecute', all: [words('utreda', `investigat${L}*`), words('lagföra', 'åtala', `prosecut${L}*`)] },
  { id: 'raise-awareness', all: [words(`medvetenhet${L}*`, 'awareness')] },
  { id: 'reduce-availability', all: [words('minska', `reduc${L}*`), words('tillgången', 'availability', 'available')] },
];

/** A paragraph that announces a list ends with a colon. */
export const LIST_INTRO = /:\s*$/;
