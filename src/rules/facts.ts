/**
 * How each fact of the post is recognised, in Swedish and English, as ordered
 * data: the words a sentence must contain, and the words that must follow (or
 * precede) the number. A number alone never makes a fact — "48" in a tweet or
 * "50 000" in a comment has none of the surrounding words.
 */
import type { CommitmentId, StatisticId, Unit, Qualifier } from '../schema/output.js';

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
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Like `words`, anchored: the phrase must open the text after a number. */
function next(...phrases: string[]): RegExp {
  return new RegExp(`^(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

const OPERATION_RESCUE = words('operation rescue');

/** A figure stated for each year rather than in total. */
export const PER_YEAR = words('varje år', 'per år', 'om året', 'årligen', 'every year', 'each year', 'per year', 'a year(?! (?:later|ago|earlier|before|after))', 'annually');

export const STATISTIC_RULES: readonly StatisticRule[] = [
  {
    id: 'participating-countries',
    unit: 'countries',
    context: [words('initiativ\\p{L}*', 'initiative', 'allians\\p{L}*', 'alliance', 'bakom', 'behind', 'joined', 'gått med')],
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
    after: next(' (?:nya|new)(?: [\\p{L}-]+){0,3}? (?:bilder|images|pictures|photos)'),
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
  [/(?:^|[^\p{L}])(?:mer än|fler än|över|more than|over|upwards of) ?$/iu, 'more-than'],
  [/(?:^|[^\p{L}])(?:minst|at least) ?$/iu, 'at-least'],
  [/(?:^|[^\p{L}])(?:mindre än|färre än|under|less than|fewer than) ?$/iu, 'less-than'],
  [/(?:^|[^\p{L}])(?:cirka|ungefär|omkring|ca\.?|about|around|approximately|some|nearly|närmare) ?$/iu, 'about'],
];

export const YEAR = /(?<!\p{L})(?:år|in|during|under) ((?:19|20)\d\d)(?!\d)/iu;

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
  { id: 'investigate-and-prosecute', all: [words('utreda', 'investigat\\p{L}*'), words('lagföra', 'åtala', 'prosecut\\p{L}*')] },
  { id: 'raise-awareness', all: [words('medvetenhet\\p{L}*', 'awareness')] },
  { id: 'reduce-availability', all: [words('minska', 'reduc\\p{L}*'), words('tillgången', 'availability', 'available')] },
];

/** A paragraph that announces a list ends with a colon. */
export const LIST_INTRO = /:\s*$/;
