/**
 * What a block of the post says of a country its list names that puts it out, or not yet in, as ordered data (see
 * `listedNotIn` in src/extract/listedNotIn.ts): a join denied, a leaving, a join to come or one that waits on a
 * decision. Each needs a verb of joining or leaving, so a sentence about the country with none ("Sverige har en lång
 * tradition.") says nothing of its taking part.
 */
import { NOT_CONSENT_OR_COMPANY, words } from './facts.js';
import { LETTER, WORD_CHAR } from './letters.js';

const L = `[${LETTER}]`;
/** Up to two words between a verb and what it governs ("väntas formellt ansluta", "will formally join"). */
const BETWEEN = `(?: ${L}+){0,2}?`;

/** A join of the alliance, in any tense, as what a negation or a date may bear on ("inte undertecknat", "anslöt sig 2013"). */
const JOIN_SV = [
  `anslut${L}*`, 'anslöt', 'anslöts', `(?:gå|går|gick|gått) med${NOT_CONSENT_OR_COMPANY}`, `underteckn${L}*`, '(?:skriva|skriver|skrev|skrivit) under', `ratificer${L}*`,
  '(?:bli|blir|blev|blivit) (?:en )?medlem', '(?:vara|är|var|varit) (?:med|(?:en )?medlem)', 'delta', 'deltar', 'deltog', 'deltagit', 'ingår', 'ingick',
  '(?:tacka|tackar|tackade|tackat) ja',
];
const JOIN_EN = [
  'join', 'joins', 'joined', 'joining', 'sign', 'signs', 'signed', 'signing', `ratif${L}*`, `acced${L}*`, '(?:become|becomes|became|be|been|is|was) (?:a )?member',
  '(?:take|takes|took|taken|taking) part', `participat${L}*`, '(?:come|comes|came) on board',
];
export const JOIN_ANY = words(...JOIN_SV, ...JOIN_EN);

const NOT = `(?:inte|ej|icke|aldrig|not|never|${L}+n['’]t)`;
/**
 * A join denied: a negation right before the join ("har inte undertecknat", "har ännu inte anslutit sig", "has not
 * yet joined", "hasn't signed"), or after its verb in Swedish ("anslöt sig inte", "är inte med"), or a join yet to be
 * done ("has yet to sign"). Not "inte bara undertecknat" nor "not only signed", which add to the join.
 */
export const JOIN_DENIED = words(
  `${NOT}(?: (?:ännu|än|heller|alls|formellt|yet|ever|formally|officially|been)){0,2} (?:${[...JOIN_SV, ...JOIN_EN].join('|')})`,
  `(?:anslöt|undertecknade|deltar|deltog|ingår|ingick)(?: sig)? ${NOT}`,
  `(?:är|var|gick)(?: (?:ännu|än|fortfarande|tyvärr)){0,2} ${NOT}(?: (?:ännu|än|heller))? (?:med|(?:en )?medlem)`, `skrev ${NOT} under`,
  `yet to (?:join|sign|ratify|accede|become)`, `${NOT}(?: (?:yet|formally|officially))? (?:an? (?:member|participant)|part of the (?:alliance|initiative)|among the (?:members|participants))`,
);

/**
 * A leaving, said as no longer in ("Sverige är inte längre med.", "deltar inte längre", "Sweden is no longer a
 * member.") or as left with no more said ("Belgium left today."), beside the leavings `LEFT` names ("har lämnat
 * alliansen", "has left the alliance").
 */
export const NO_LONGER = words(
  '(?:inte|ej) längre (?:med|(?:en )?medlem|en del|deltar|deltagare|ingår)', '(?:deltar|ingår) (?:inte|ej) längre',
  // Since 4 December, a leaving told in the present ('Sverige lämnar nu alliansen.').
  '(?:lämnar|går ur)(?: (?:nu|numera|snart))? (?:alliansen|initiativet|samarbetet)',
  `no longer (?:in|on board|an? (?:member|participant)|part|participat${L}*|takes part)`, 'not (?:in|a member|part of the alliance) any ?(?:more|longer)',
  // Left, with nothing after it or a time ("Belgium has left.", "Belgium left today."); not a place or an event left.
  '(?:has|have|had) left(?=\\s*(?:[.,;:!?)–—]|$))', '(?:has |have |had )?left (?:today|now|yesterday)',
);

/** A negation in the few words before a leaving ("har inte lämnat alliansen", "has never left the alliance"), read on what precedes it. */
export const NEGATED_BEFORE = new RegExp(`(?:^|[^${WORD_CHAR}])${NOT}(?: ${L}+){0,2} ?$`, 'i');

/**
 * A join to come: in the present as news says one to come ("Sverige ansluter sig i januari.", "undertecknar i
 * morgon", "Sweden joins in January."), after a word that expects, plans or wants it ("väntas ansluta sig", "ska gå
 * med", "Sweden will join in January.", "is expected to sign"), or one that waits on a decision ("väntar på
 * riksdagens beslut", "awaiting parliament's approval"; not "väntar på svar från Europol").
 */
export const JOINS_AFTER = words(
  'ansluter', 'ansluts', `går med${NOT_CONSENT_OR_COMPANY}`, 'undertecknar', 'skriver under', 'ratificerar', 'blir (?:en )?(?:medlem|del|deltagare)', 'tackar ja',
  `(?:väntas|förväntas|beräknas|planerar att|avser att|ska|skall|kommer att|tänker|vill|hoppas|bör|lär|räknar med att)${BETWEEN} (?:ansluta|gå med|underteckna|skriva under|ratificera|bli (?:en )?medlem)`,
  'joins', '(?:is|are) joining', 'signs', 'ratifies', 'accedes',
  `(?:will|shall|would|may|might|should|is to|are to|(?:is|are) (?:expected|set|due|going|about|scheduled|planning|likely|hoping) to|plans? to|intends? to|expects? to|hopes? to|wants? to|aims? to)${BETWEEN} (?:join|sign|ratify|accede|become a member|take part|participate)`,
  `(?:väntar på|väntade på|i väntan på|inväntar|awaiting|awaits|waiting for|waits for|pending)${BETWEEN} (?:beslut${L}*|godkänn${L}*|ratific${L}*|klartecken|omröstning${L}*|underskrift${L}*|riksdag${L}*|parlament${L}*|approv${L}*|decision${L}*|ratification|consent|vote|signature${L}*|parliament${L}*)`,
);

/**
 * Since 4 December, an exception from a join that names who is left out ("Alla länder utom Sverige har undertecknat.",
 * "All countries except Sweden have signed."): what follows it, up to the join or the clause's end, is not in. Not
 * "förutom" nor "apart from", which as often add ("Förutom Sverige har även Danmark undertecknat.").
 */
export const EXCEPTED = words('utom', 'med undantag (?:av|för)', 'except(?: for)?', 'with the exception of', 'save for');

/**
 * Since 4 December, a denial that stands for a clause of its own, a country right after it ("Sverige har anslutit
 * sig, men inte Danmark.", "Sweden has joined, but not Denmark."): what the sentence's join says, denied of that
 * country. Not "inte bara Danmark" nor "not only Denmark", whose word after the negation is no country.
 */
export const DENIED_ALONE = new RegExp(`(?:^|[^${WORD_CHAR}])(?:(?:men|but|dock|och|and) )?${NOT}(?: (?:ännu|än|heller|yet))? `, 'gi');

/**
 * Since 4 December, an aside of a few words between commas ("Sverige har, tyvärr, inte undertecknat.", "Sweden has,
 * sadly, not signed."), read as if away when it splits a country from its verb: see `AUX_BEFORE`.
 */
export const ASIDE = new RegExp(`, ((?:[${LETTER}]+ ){0,3}[${LETTER}]+),`, 'g');

/** An auxiliary that ends the text before an aside, whose verb comes after it ("Sverige har, …, undertecknat"). */
export const AUX_BEFORE = new RegExp(
  `(?:^|[^${WORD_CHAR}])(?:har|hade|är|var|ska|skall|kommer|has|have|had|is|are|was|were|will|would|did|does|do)$`,
  'i',
);
