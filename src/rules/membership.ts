/**
 * Since 5 December, the words of the guard on who takes part (see `unreadMembership` in
 * src/extract/unreadMembership.ts), as ordered data: a sentence of the post with a word of joining, leaving or
 * membership (`MEMBERSHIP`) beside what it could bear on (a country, `COUNTRY_WORDS`, a number) is left unread unless
 * the readers understood it. These lists are wide on purpose: a word here that a sentence did not need costs a false
 * alarm (the list and the count left out, exit 4), a word missing costs a wrong list printed with exit 0.
 */
import { words } from './facts.js';
import { LETTER } from './letters.js';

const L = `[${LETTER}]`;
/** Up to two words between an auxiliary and its particle ("är nu också med", "has now formally"). */
const BETWEEN = `(?: ${L}+){0,2}?`;
/**
 * What may follow a leaving of the alliance: the alliance, a time, or the clause's end ("har lämnat alliansen", "left
 * today", "har lämnat."); not what is handed in or left behind ("lämnat in ett förslag", "lämnade ett bidrag", "left
 * its mark").
 */
const LEAVING_END = `(?= (?:alliansen|initiativet|samarbetet|oss|nu|i dag|idag|i går|igår|the alliance|the initiative|us|today|now|yesterday)(?![${LETTER}])|\\s*(?:[.,;:!?)–—]|$))`;
const LEAVING = [`(?:lämna|lämnar|lämnade|lämnat)${LEAVING_END}`, `(?:left|leave|leaves|leaving)${LEAVING_END}`];

/**
 * A word of joining, leaving, signing or membership, in any tense or as a noun: "ratificerat", "ställt sig bakom",
 * "finns med", "saknas", "står utanför", "tackade nej", "observatör", "anslutning", "accession", "has become a member",
 * "opted out", "stays out", "declined". Not "varit med och presenterat" (taking part in a deed, the post's own), nor
 * "part of presenting".
 */
export const MEMBERSHIP = words(
  `anslut${L}*`, `anslöt${L}*`, `underteckn${L}*`, `signer${L}*`, `ratific${L}*`, `ratifik${L}*`, `medlem${L}*`, 'delta', 'deltar', 'deltog',
  'deltagit', `deltagar${L}*`, 'deltagande', 'ingå', 'ingår', 'ingått', 'ingick', `(?:gå|går|gick|gått|gått) (?:${L}+ )?med(?! och)`,
  `(?:är|var|vara|varit|bli|blir|blev|blivit|finns|fanns|kommer)${BETWEEN} med(?! och| ${L}+(?:ande|at|it|a)(?![${LETTER}]))`,
  `(?:skriva|skriver|skrev|skrivit) (?:under|på)`, `(?:säga|säger|sa|sade|sagt) (?:ja|nej)`, 'en del av', '(?:anmäla|anmäler|anmälde|anmält) sig',
  `(?:sluta|slutar|slutade|slutat|upphört|upphör|upphörde) (?:att )?delta${L}*`, `(?:backa|backar|backade|backat) ur`, '(?:avbryta|avbryter|avbröt|avbrutit)',
  `(?:är|var|blev|blir|vara|varit) (?:${L}+ )?(?:ute|inne)(?=\s*(?:[.,;:!?)–—]|$))`,
  `[0-9]+:e (?:land|landet|medlem${L}*|stat|staten)`, `(?:land|landet|medlem|stat) nummer [0-9]+`, `[0-9]+(?:st|nd|rd|th) (?:country|member|state|signatory)`, `(?:ställ|ställer|ställde|ställt|står|stod|stått) (?:sig )?(?:${L}+ )?(?:bakom|utanför)`,
  'utanför', 'saknas', 'saknades', `(?:tacka|tackar|tackade|tackat) (?:nej|ja)`, `avböj${L}*`, `avstå${L}*`, `avstod`, `vägra${L}*`,
  `observatör${L}*`, ...LEAVING, `(?:hoppa|hoppar|hoppade|hoppat) av`, `(?:dra|drar|drog|dragit) sig (?:ur|tillbaka)`, `utträ${L}*`, `(?:trädde|träder) ut`,
  'join', 'joins', 'joined', 'joining', 'sign', 'signs', 'signed', 'signing', `signator${L}*`, `ratif${L}*`, `acced${L}*`, `accession${L}*`, `member${L}*`, `participa${L}*`,
  `(?:take|takes|took|taken|taking) part`, `part of(?! ${L}+ing(?![${LETTER}]))`, 'on board', 'aboard', 'missing', `sign${L}* up`,
  `(?:is|are|was|were|be|been|being)(?: ${L}+){0,2}? (?:in|out)(?=\s*(?:[.,;:!?)–—]|$))`, `withdr${L}*`,
  `(?:pull|pulls|pulled|pulling|opt|opts|opted|opting|stay|stays|stayed|staying|drop|drops|dropped) out`, 'observers?', `declin${L}*`, `refus${L}*`,
  `abstain${L}*`, `endors${L}*`, `(?:back|backs|backed|backing|stand|stands|stood) behind`, `adher${L}*`, 'quit', 'quits',
);

/**
 * What a sentence's word of membership may bear on besides a country it names: the countries or a country, a state,
 * the alliance or the initiative ("Ytterligare en stat har anslutit sig.", "The alliance has a new member.").
 */
export const COUNTRY_WORDS = words(
  'land', 'landet', 'länder', 'länderna', `nation${L}*`, 'stat', 'staten', 'stater', 'staterna', `allians${L}*`, `initiativ${L}*`,
  'country', "country's", 'countries', "countries'", 'state', 'states', 'nation', 'nations', 'alliance', "alliance's", 'initiative',
);

/**
 * Words that put a listed country's taking part in doubt: a negation, a leaving, a join to come or that waits, a place
 * outside, a refusal, a condition. A listed country named beside a word of membership and none of these is the list's
 * own ("Det är ingen hemlighet att Sverige gick med tidigt.", "Sverige har anslutit sig, liksom Danmark.").
 */
export const DOUBT = words(
  'inte', 'ej', 'icke', 'aldrig', 'varken', 'ännu', 'ska', 'skall', 'kommer att', 'väntas', 'väntar', 'avvaktar', 'planerar',
  'avser', `överväg${L}*`, `tvek${L}*`, 'snart', 'senare', 'nästa', 'kanske', 'eventuellt', 'troligen', 'förutsatt', 'villkor', ...LEAVING,
  `(?:hoppa|hoppar|hoppade|hoppat) av`, `(?:dra|drar|drog|dragit) sig`, `utträ${L}*`, 'utanför', 'saknas', 'saknades', 'nej', `avböj${L}*`, `avstå${L}*`,
  'avstod', `vägra${L}*`, `observatör${L}*`, 'formellt', 'utom', 'förutom', 'undantag', 'ute', `(?:sluta|slutar|slutade|slutat|upphört|upphör|upphörde)`,
  `backa${L}*`, '(?:avbryta|avbryter|avbröt|avbrutit)', 'i kraft', 'sker', 'except', 'excluding', 'apart from', 'all but', 'out', 'effect', 'effective', 'not', 'never', 'neither', 'nor', `${L}+n['’]t`, 'yet', 'will', 'would', 'shall',
  'expected', 'expects', 'plans', 'planned', 'planning', 'intends', `consider${L}*`, `hesitat${L}*`, 'pending', 'awaiting', 'awaits', 'soon', 'later',
  'next', 'may', 'might', 'maybe', 'perhaps', 'if', 'unless', `withdr${L}*`, 'quit', 'quits',
  `(?:pull|pulls|pulled|opt|opts|opted|stay|stays|stayed|drop|drops|dropped) out`, 'outside', 'missing', 'observers?', `declin${L}*`, `refus${L}*`,
  `abstain${L}*`, `reject${L}*`, 'formally', 'officially',
);

/** A leaving in any tense, as a denial may bear on it ("kommer aldrig att lämna", "has not withdrawn"). */
const LEAVES = [
  'lämna', 'lämnar', 'lämnat', 'lämnade', '(?:hoppa|hoppar|hoppat|hoppade) av', '(?:dra|drar|dragit|drog) sig ur', 'leave', 'leaves', 'left',
  'withdraw', 'withdraws', 'withdrawn', 'withdrew', 'quit', 'quits', '(?:pull|pulls|pulled|drop|drops|dropped) out',
];

/**
 * Phrases a sentence may hold that the guard understands as saying nothing of who takes part now: the door left open
 * to more (the post's own "och fler har möjlighet att gå med", "and more have the possibility to join"), a negation
 * that adds ("inte bara", "not only"), an expectation met ("som väntat", "as expected"), a leaving denied, or said of
 * none ("har inte lämnat alliansen", "Inget land har lämnat alliansen."). Taken out before the guard reads the rest.
 */
export const UNDERSTOOD = words(
  `(?:och |and )?(?:fler|flera|andra|ytterligare|more|others|other countries)(?: länder)? (?:har möjlighet att|kan|får|är välkomna att|have the possibility to|can|may|are welcome to) (?:gå med|ansluta sig|join)`,
  // With what it adds, up to the clause's end ("alltså inte bara EU och USA", "so not just the EU and the US").
  `(?:inte|not) (?:bara|enbart|endast|blott|only|just)(?: [^,.;:!?]{1,60}(?=[,.;:!?]|$))?`, '(?:ett|one|a) (?:år|year) (?:senare|later)', 'som väntat', 'som planerat', 'as expected', 'as planned',
  `(?:inte|ej|aldrig|inget land|ingen|not|never|no country|none)${BETWEEN} (?:${LEAVES.join('|')})`, `(?:lämnar|lämnade|leaves) (?:inte|ej|aldrig|not|never)`,
);

/**
 * What the post calls the participants, a name rather than news ("De deltagande länderna förbinder sig …", "The
 * participating countries commit …"): taken out of a sentence that names no country, where it would bear on nothing.
 */
export const PARTICIPANTS_NAMED = words('(?:de )?deltagande länder(?:na)?', '(?:the )?participating countries');

/** A quantifier over every country ("Alla länder har undertecknat.", "All countries have signed."): the list's own. */
export const EVERY_COUNTRY = words('alla(?: länder| länderna| stater)?', 'samtliga', 'all(?: the)?(?: countries| states)?', 'every country', 'each country');

/**
 * Another body or treaty a word of membership may bear on ("Norge är inte med i EU.", "Kanada har anslutit sig till
 * Lanzarotekonventionen.", "Sweden has not signed the Budapest Convention."): within three words after the word.
 */
export const OTHER_BODY = words(
  'EU', 'EES', 'Nato', 'FN', 'Europarådet', 'Schengen', `${L}*konvention${L}*`, `${L}*fördrag${L}*`, `${L}*avtal${L}*`, `${L}*protokoll${L}*`,
  'EEA', 'UN', 'United Nations', 'Council of Europe', 'European Union', `${L}*convention${L}*`, 'treaty', 'agreement', 'protocol', 'euro',
  `${L}*debatt${L}*`, 'debate', 'talks', 'samtal', `förhandling${L}*`, `negotiation${L}*`, 'liknande', 'andra', 'similar', 'other',
  // Events: a country that takes part in a meeting, or leaves one, takes no part in the alliance by it.
  `${L}*möte${L}*`, `middag${L}*`, `${L}*konferens${L}*`, `pressträff${L}*`, `lunch${L}*`, `mottagning${L}*`, `ceremoni${L}*`, `seminari${L}*`,
  'meetings?', 'dinners?', 'lunch(?:es)?', 'conferences?', 'press conferences?', 'receptions?', 'summits?', 'seminars?', 'ceremon(?:y|ies)', 'room',
);

/**
 * More countries wished or expected to join, named by none ("Det borde vara fler länder med.", "It should now be
 * easier for more countries to join.", "It could be 2013 before more countries join."): the door left open, as the
 * post's own sentence leaves it (`UNDERSTOOD`), read where the sentence names no country.
 */
export const MORE_COUNTRIES = words('fler(?: länder| stater)?', 'flera länder', 'more(?: countries| states)?', 'other countries');
export const WISHED = words(
  'borde', 'bör', 'ska', 'skall', 'skulle', 'kan', 'kunde', 'hoppas', 'vill', 'önskar', 'önskvärt', 'roligt', 'lättare', 'möjlighet', 'välkomna',
  'should', 'could', 'would', 'can', 'may', 'might', 'hope', 'hopes', 'wish', 'want', 'easier', 'possibility', 'welcome', 'before', 'innan',
);

/**
 * Another body named right before a word of membership, its members', with a word between or none ("EU:s 27
 * medlemsstater", "EU-medlemsländer", "Natos medlemmar", "EU member states"), or an event a country attended in a role
 * ("deltog i mötet som observatör", "took part in the meeting as an observer"): read on the last words before the word.
 */
export const BODY_NAME = /^(?:EU|EES|Nato|FN|UN|EEA|Europarådet)(?::s|s|'s|’s)?$/i;
export const EVENT_NAME = /^(?:möte|middag|konferens|meeting|dinner|conference|summit)\p{L}*$/iu;
export const ROLE_WORD = /^(?:som|as|an?)$/i;

/**
 * A country's genitive before a noun of membership, read as the country ("Kanadas anslutning", "Sveriges anslutning
 * sker i januari", "Canada's accession"): the genitive's ending, which `countriesNamedIn` reads as no country.
 */
export const GENITIVE_OF_MEMBERSHIP =
  /(?<=\p{L})(?::s|s|['’]s) (?=(?:anslutning|medlemskap|deltagande|underskrift|ratificering|utträde|accession|membership|participation|signature|withdrawal|ratification|exit)(?![\p{L}\p{N}]))/gu;

/** Another body's countries ("EU-länder", "EU countries"): no word for the alliance's. */
export const OTHER_BODY_COUNTRIES = /(?<![\p{L}\p{N}])(?:EU|EES|Nato|FN|UN|EEA)[- ](?:länder|länderna|stater|staterna|countries|states)(?![\p{L}\p{N}])/giu;

/** A time's preposition after a word of membership: what follows dates the join, and is no body joined ("anslöt sig strax efter mötet"). */
export const TIME_AFTER = /(?<![\p{L}\p{N}])(?:efter|före|innan|sedan|under|inför|after|before|since|during|following|ahead of)(?![\p{L}\p{N}])/iu;

/** What follows a count of countries or members: the word for them, a footnote's mark after it or none ("48 länder*", "48 countries1", "49 members"). */
export const COUNTED_AFTER = /^[*¹²³⁴⁵⁶⁷⁸⁹⁰†‡§]{0,3} ?(?:länder|länderna|stater|staterna|nationer|medlemmar|medlemsländer|countries|states|nations|members|member states)(?!\p{L})/iu;
