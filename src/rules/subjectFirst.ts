/**
 * Since 4 December, what may open a sentence before its verb and its subject, which Swedish then puts after its verb
 * ("I går anslöt sig Kanada.", "Nu är Kanada med.") and English before its subject ("Yesterday Canada joined."): read in
 * the subject's order (see `subjectFirst`), a join or a leaving is heard as "Kanada anslöt sig i går." is.
 */
import { LETTER } from './letters.js';

const MONTHS_SV = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';
const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';

/** A Swedish adverb that, moved, stands right after the verb ("Nu är Kanada med." as "Kanada är nu med."). */
export const ADVERB_FIRST_SV = new RegExp(`^(nu|numera|tyvärr|ännu|fortfarande|redan|nyligen|äntligen|därmed|dessutom),? `, 'i');

/** A Swedish time that, moved, ends the sentence ("I går hoppade Belgien av." as "Belgien hoppade av i går."). */
export const TIME_FIRST_SV = new RegExp(
  `^(i går|igår|i förrgår|i dag|idag|i morse|i kväll|i natt|i helgen|i veckan|i (?:${MONTHS_SV})|(?:efter|under|vid|inför|före|innan) [${LETTER}]+),? `,
  'i',
);

/** An English time that, moved, stands right after the verb ("This morning Canada joined the alliance." as "Canada joined this morning the alliance."). */
export const TIME_FIRST_EN = new RegExp(
  `^(yesterday|today|earlier today|this (?:morning|afternoon|evening|week)|last (?:night|week|month)|now|recently|(?:after|during|at|before|following) the [${LETTER}]+|in (?:${MONTHS_EN})),? `,
  'i',
);

/** The finite verb, a reflexive and an "also" after it, that Swedish puts before a subject after a time ("anslöt sig ", "är även "). */
export const VERB_SV = new RegExp(`^([${LETTER}]+(?: sig)?)((?: (?:även|också))?) `);

/** The verb right after an English subject ("joined", "signed"). */
export const VERB_EN = new RegExp(`^ [${LETTER}]+`);
