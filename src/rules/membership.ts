/**
 * Since 5 December, the words of the guard on who takes part (see `unreadMembership` in
 * src/extract/unreadMembership.ts), as ordered data: a sentence of the post with a word of joining, leaving or
 * membership (`MEMBERSHIP`) beside what it could bear on (a country, `COUNTRY_WORDS`) is left unread unless the
 * readers understood it. These lists are wide on purpose: a word here that a sentence did not need costs a false
 * alarm (the list and the count left out, exit 4), a word missing costs a wrong list printed with exit 0.
 */
import { NOT_CONSENT_OR_COMPANY, words } from './facts.js';
import { LETTER, WORD_CHAR } from './letters.js';

const L = `[${LETTER}]`;
/** Up to two words between an auxiliary and its particle ("är nu också med", "has now formally"). */
const BETWEEN = `(?: ${L}+){0,2}?`;
/** The clause's end: what may follow a particle that ends a membership ("Sverige är ute.", "Sweden is not yet in."). */
const CLAUSE_END = '(?=\\s*(?:[.,;:!?)–—]|$))';
/** The alliance as a word of membership may name it after a preposition ("en del av den globala alliansen"). */
const THE_ALLIANCE = `(?:(?:den|det|the) )?(?:${L}+ )?(?:alliansen|initiativet|samarbetet|alliance|initiative|cooperation)`;

/**
 * What may follow a leaving of the alliance: the alliance, a time, or the clause's end ("har lämnat alliansen",
 * "lämnade i mars", "left in March", "har lämnat."); not what is handed in or left behind ("lämnat in ett förslag",
 * "lämnade ett bidrag", "left its mark").
 */
const LEAVING = [
  `(?:lämna|lämnar|lämnade|lämnat)(?=(?: också| även)? (?:alliansen|initiativet|samarbetet|projektet|oss|nu|i|idag|igår|förra|utom|förutom|inte|aldrig)(?![${LETTER}])|${CLAUSE_END.slice(3, -1)})`,
  `(?:left|leave|leaves|leaving)(?= (?:the alliance|the initiative|the project|us|today|now|yesterday|in|on|after|before|during|last|this|early|late|except|but|not|never)(?![${LETTER}])|${CLAUSE_END.slice(3, -1)})`,
];

/** A number of members or countries that changed, and how it is said to stand (see `COUNTED_BEFORE`, `MEMBER_CHANGE`). */
const CHANGED_EN = '(?:fell|fallen|dropped|shrank|rose|risen|grew|grown|climbed|increased|decreased)';
const CHANGED_SV = '(?:sjönk|sjunkit|steg|stigit|ökade|ökat|minskade|minskat|växte|vuxit)';
const MEMBERS_WORD = '(?:medlemmar|medlemmarna|medlemsländer|medlemsländerna|members|member countries)';
const COUNT_VERB = '(?: nu| now)? (?:är|blev|har blivit|is|are|was|were|number|numbered|totals?)(?: nu| numera| now)?';

/** The alliance as what a leaving in other words breaks with, is pushed out of or turns its back on (see `BROKEN_OFF_SV`). */
const ALLIANCE_SV = `(?:alliansen|initiativet|samarbetet|deklarationen|koalitionen|pakten|partnerskapet|${L}+-alliansen)`;
/**
 * A country's own part in it, which a leaving in other words withdraws, freezes or lays down ("drog in sitt stöd"), or
 * whatever of its own it has there ("lagt ner sitt arbete i alliansen", "drog in sina bidrag till alliansen").
 */
const OWN_PART_SV = `(?:hela )?(?:sitt|sin|sina)(?: ${L}+)? (?:stöd|medlemskap|deltagande|engagemang|underskrift|namnteckning|${L}+ (?:i|inom|för|till|med) ${ALLIANCE_SV})`;
/**
 * A leaving in other words, both a word of membership and a word of doubt ("Sverige har brutit med alliansen."). Since
 * the evening of 5 December in every tense, with up to two words between the verb and its particle, which also reads
 * a country after the verb ("Belgien bryter nu med alliansen.", "I fjol bröt Belgien med alliansen.", "Norge drog i
 * fjol in sitt stöd."), and with what is left: the alliance or the country's own part in it, where "bröt med
 * traditionen", "drog in sitt bistånd", "lade ner sin ambassad", "petades ur laget" are other things.
 */
const BROKEN_OFF_SV = [
  `(?:bryta|bryter|bröt|brutit)${BETWEEN} med (?:${ALLIANCE_SV}|oss)`, '(?:bryta|bryter|bröt|brutit) sig (?:ur|loss)', `(?:dra|drar|drog|dragit)${BETWEEN} in ${OWN_PART_SV}`,
  `ersat${L}*`, `(?:byttes|bytts|byts) ut`, 'frusit', `(?:frysa|fryser|frös|fryst)${BETWEEN} ${OWN_PART_SV}`, `frys${L}* ut`, `frånträ${L}*`, `(?:kastats|kastades|kastas) ut`,
  `(?:lägga|lägger|lade|la|lagt)${BETWEEN} (?:ner|ned) ${OWN_PART_SV}`, 'återbud', `pausa${L}*`, `petat${L}*`, `(?:petas|petades)${BETWEEN} (?:ur|ut ur) ${ALLIANCE_SV}`,
  `(?:vända|vänder|vände|vänt)${BETWEEN} (?:${ALLIANCE_SV} ryggen|ryggen (?:åt|mot|till) ${ALLIANCE_SV})`, '(?:faller|föll|fallit) (?:bort|ifrån)',
  `(?:återkalla|återkallar|återkallade|återkallat)${BETWEEN} ${OWN_PART_SV}`, `(?:överge|överger|övergav|övergett)${BETWEEN} ${ALLIANCE_SV}`,
];
/** A country's own part in the alliance, which a leaving in other words pulls or freezes ("pulled its support", "froze its funding for the alliance"). */
const OWN_PART_EN = `(?:all )?(?:its|their)(?: ${L}+)? (?:support|membership|participation|backing|signature)|(?:its|their) ${L}+ (?:to|for|with) the (?:alliance|initiative)(?!['’])`;
/**
 * A leaving in other words, both a word of membership and a word of doubt, in every tense: since the evening of 5
 * December "is quitting", "is stepping back", "is turning its back", "breaks with the alliance" too, where only one
 * tense was heard ("quit", "stepped back", "turned its back", "broken with") and the others kept the list of 48; a
 * break is with the alliance, and what is pulled or frozen the country's part in it ("broke with tradition", "froze its
 * assets" are other things), and a falling away is from it or said alone ("fell away in the rankings" is not).
 */
const WALKED_OUT_EN = [
  `walk${L}* (?:away|out)`, `(?:back|backs|backed|backing|bow|bows|bowed|bowing) out`, `drop${L}* off`, `exit${L}*`, '(?:quit|quits|quitting)',
  `(?:pull|pulls|pulled|pulling|opt|opts|opted|opting|stay|stays|stayed|staying|drop|drops|dropped|dropping) out`,
  '(?:turn|turns|turned|turning) its back', '(?:step|steps|stepped|stepping) (?:away|back|down)',
  `(?:break|breaks|broke|broken|breaking)(?: ${L}+ly| off(?: relations)?| ranks)?(?: away from| with) (?:the (?:alliance|initiative|declaration|coalition|pact|partnership)|us)(?!['’])`,
  `(?:pull|pulls|pulled|pulling)(?: back)? (?:${OWN_PART_EN})`, `(?:freeze|freezes|froze|freezing) (?:${OWN_PART_EN})`, 'frozen', `(?:fall|falls|fell|fallen|falling)(?: ${L}+ly)? away(?! in the )`,
  `(?:end|ends|ended|ending|terminat${L}*|discontinu${L}*|cancel${L}*) (?:${OWN_PART_EN})`,
  `(?:abandon|abandons|abandoned|abandoning|desert|deserts|deserted|deserting) (?:the (?:alliance|initiative|declaration)|us)(?!['’])`, 'washed its hands', 'pulled the plug',
];

/** Swedish words of joining, leaving, signing or membership (see `MEMBERSHIP`). */
export const MEMBERSHIP_SV = words(
  `anslut${L}*`, `anslöt${L}*`, `underteckn${L}*`, `signer${L}*`, `ratific${L}*`, `ratifik${L}*`, 'delta', 'deltar', 'deltog',
  'deltagit', `deltagar${L}*`, 'deltagande', `medverka${L}*`, 'ingå', 'ingår', 'ingått', 'ingick', `(?:gå|går|gick|gått) (?:${L}+ )?(?:med(?! och)${NOT_CONSENT_OR_COMPANY}|ur)`,
  `(?:är|var|vara|varit|bli|blir|blev|blivit|finns|fanns|kommer)${BETWEEN} med(?! och| oss| mig| dig| er| ${L}+(?:ande|at|it|a)(?![${LETTER}]))`,
  `(?:skriva|skriver|skrev|skrivit) (?:under|på)`, `(?:säga|säger|sa|sade|sagt) (?:ja|nej|upp)`, `en del av ${THE_ALLIANCE}`,
  '(?:anmäla|anmäler|anmälde|anmält) sig', `(?:sluta|slutar|slutade|slutat|upphört|upphör|upphörde) (?:att )?delta${L}*`,
  `(?:backa|backar|backade|backat) ur`, '(?:avbryta|avbryter|avbröt|avbrutit)', `(?:är|var|blev|blir|vara|varit) (?:${L}+ )?(?:ute|inne)${CLAUSE_END}`,
  `[0-9]+:e (?:land|landet|medlem${L}*|stat|staten)`, `(?:land|landet|medlem|stat) nummer [0-9]+`, `[0-9]+(?:st|nd|rd|th) (?:country|member|state|signatory)`,
  `(?:ställ|ställer|ställde|ställt|stå|står|stod|stått) (?:sig )?(?:${L}+ )?(?:bakom|utanför)`, `tillträ${L}*`, '(?:förband|förbundit) sig',
  `säll${L}* sig`, '(?:listan|list)(?: (?:ovan|nedan|här|above|below|here))? (?:saknar|omits|omitted|lacks|leaves out|is missing)', `utanför ${THE_ALLIANCE}`, 'saknas', 'saknades',
  `(?:tacka|tackar|tackade|tackat) (?:nej|ja)`, `avböj${L}*`, `avstå${L}*`, `avstod`, `vägra${L}*`, `observatör${L}*`, ...LEAVING,
);
/** More of them, apart so that each pattern is small enough for the regex-safety check to decide in time under load. */
export const MEMBERSHIP_SV_MORE = words(
  `(?:hoppa|hoppar|hoppade|hoppat) av`, `(?:dra|drar|drog|dragit) sig (?:${L}+ )?(?:ur|tillbaka)`, `utträ${L}*`, `(?:trädde|träder) ut`, `uteslu${L}*`,
  `avstäng${L}*`, `(?:består|bestod|bestått) av`, `omfatta${L}*`, `(?:kommit|kom|komma|kommer) (?:${L}+ )?(?:med|in)(?! och)`, `(?:trätt|trädde|träder|träda) in`,
  `(?:lagts|lades|läggs|lagt) till`, `(?:på|on) (?:listan|the list)`, `inkluder${L}*`, 'sitt ja', `sällskap${L}*`, `(?:nya?|nytt) (?:i|på) alliansen`,
  'välkommen in', `inträd${L}*`, `underskrift${L}*`, `(?:kliva|kliver|klev|klivit) av`, `avgå${L}*`, 'avgick', `(?:dra|drar|drog|dragit) tillbaka`,
  `(?:stryk|stryks|struk|strukits|ströks|strukit)${L}*`, `(?:tagits|togs|tas|tagit) bort`, `(?:stanna|stannar|stannade|stannat) kvar`, 'räknar',
  `upphäv${L}*`, 'ingen medlem', `engager${L}*`, `(?:blev|är|blir) (?:den |det )?[0-9]+:e(?![${LETTER}])`, `(?:är|blev|blir) (?:land )?nummer`,
  `(?:den|det) (?:fyrtio|femtio)${L}*nde (?:landet|medlemmen|staten)`, `(?:land|länder) (?:fler|färre)`, `(?:blivit|blir|blev) (?:fler|färre)`, `tillkom${L}*`, 'kommit till', `tillhör${L}*`,
  `(?:hör|hörde|hört)(?: ${L}+){0,2}? till`, `utök${L}*`, `utvidga${L}*`, `vuxit`, 'växt', 'krympt', 'kortare', 'antagits', 'antogs', 'upptagits',
  '(?:tagits|tas|togs) upp', 'fått plats',
  `(?:förlorat|förlorade|förlorar|tappat|tappade|tappar|fått|fick|får) (?:en|ett|två|tre|[0-9]+) (?:(?:ny|nya|nytt) )?(?:land|länder|medlem|medlemmar|medlemsländer)`, `förena${L}* sig`, 'gemensam sak', `godkän${L}*`, `(?:är|blivit|blir|blev)(?: ${L}+)? part(?![${LETTER}])`, 'parten', 'parterna',
  'parter', `partner${L}*`, `signatär${L}*`, `del av ${THE_ALLIANCE}`, `namnteckning${L}*`, 'sitt namn', ...BROKEN_OFF_SV, `petade${L}*`, 'sagt adjö',
  `${CHANGED_SV} till [0-9]+`,
);

/** English words of joining, leaving, signing or membership (see `MEMBERSHIP`). */
export const MEMBERSHIP_EN = words(
  'join', 'joins', 'joined', 'joining', '(?:to|will|would|shall|must|can|did|does|not|yet to) sign', 'signs (?:up|on|the)', 'signed', 'signing', `signator${L}*`, `ratif${L}*`, `acced${L}*`, `accession${L}*`,
  `participa${L}*`, `(?:take|takes|took|taken|taking) part`, `part of ${THE_ALLIANCE}`, 'on board', 'aboard', 'missing', `sign${L}* up`, `sign-ups?(?= (?:is|was|has|came|to ${THE_ALLIANCE})(?![${LETTER}])|${CLAUSE_END})`,
  `(?:is|are|was|were|be|been|being)(?: ${L}+){0,2}? (?:in|out)${CLAUSE_END}`, `withdr${L}*`,
  'observers?',
  `(?:stay|stays|stayed|staying|remain|remains|remained) outside`, `declin${L}*`, `refus${L}*`,
  `abstain${L}*`, `endors${L}*`, `(?:back|backs|backed|backing|stand|stands|stood) behind`, `adher${L}*`, `expel${L}*`, `resign${L}*`,
  `revok${L}*`, `suspend${L}*`, `consist${L}* of`, `compris${L}*`, ...WALKED_OUT_EN, `(?:taken|removed|struck|deleted|dropped) (?:off|from)`, `remov${L}*`, `(?:stay|stays|stayed|staying) on`, 'involved',
  `(?:came|come|comes|coming) in`, `enter${L}*`, 'entry', `admi(?:t|ts|tted|ssion)`, `enlist${L}*`, `hop${L}* on`, 'addition', `added`, `includ${L}*`,
  `(?:became|become|becomes) a party`, `(?:new|newest) (?:to|in) the alliance`, 'counts', `renounc${L}*`, `lapse${L}*`, 'non-members?', 'ex-members?',
  `(?:became|become|becomes|is|was) the [0-9]+(?:st|nd|rd|th)(?![${LETTER}])`, `(?:is|became|becomes) (?:country )?number`, `(?:forty|fifty)-${L}*th (?:country|member|state)`,
  `(?:country|countries) (?:more|fewer)`, `grown in number`, 'signature',
  // What points back to a join before it ("Andra länder kan gå med, och Kanada har gjort det."; the door is taken out).
  'done so', 'did so', 'followed suit', 'belongs? to', 'party to', `partner${L}*`, `(?:lost|lose|loses|losing|gained|gain|gains|gaining) (?:a|one|two|three|[0-9]+) (?:new )?(?:country|countries|member|members)`,
  'grown', 'expanded', 'shrunk', `${CHANGED_EN} to [0-9]+`, `(?:kicked|thrown|ousted|pushed) out`, 'ousted', `replac${L}*`, 'pen to paper', `team${L}* up`,
  `link${L}* up`, `enrol${L}*`, 'in the fold', `(?:put|lent|lend|lends|puts) its name`, 'welcomed into', `distanc${L}*`,
  `bail${L}* out`, '[0-9]+ (?:countries|members) strong', `(?:forty|fifty)-${L}*th party`, `embrac${L}*`, `subscrib${L}*`, `pledg${L}*`, `rall${L}* behind`,
  'weight behind', 'taken into', 'got in', 'with us now', 'common cause', 'affixed', 'swapped', `disengag${L}*`, `paus${L}*`, 'its ranks', 'gjort det', 'gjort så', 'tagit den', 'tagit chansen', `följ${L}* efter`,
);

/**
 * Since the evening of 5 December, a count after its word or after a change ("Medlemsländerna är nu 49.", "The
 * membership fell to 47.", "Antalet deltagande länder sjönk till 47."): what stands before the figure (see `countsIn`).
 */
export const COUNTED_BEFORE = new RegExp(
  `(?<![${WORD_CHAR}])(?:(?:${MEMBERS_WORD}|länder|länderna|countries)${COUNT_VERB}|(?:${CHANGED_EN}|${CHANGED_SV}) (?:to|till)) $`,
  'i',
);

/**
 * Since the evening of 5 December, a count of the signatories or delegations ("49 signatärländer", "49 delegations"): of
 * the countries, to the guard, where the sentence opens with it (`OPENS_WITH_COUNT`) or speaks of the alliance or its
 * declaration (`ALLIANCE_WORDS`): "Now 49 signatories.", "49 delegationer skrev under.", "Deklarationen har nu 49
 * undertecknare." named neither countries nor members, and were understood. A petition's, a treaty's or a meeting's
 * is none ("The petition has 49 signatories.", "Vid FN-mötet deltog 193 delegationer.").
 */
export const SIGNATORIES_COUNTED = words(`[0-9]+ (?:signatories|signatär${L}+|undertecknare${L}*|delegations|delegationer${L}*)`);
export const OPENS_WITH_COUNT = /^\s*(?:(?:now|nu|today|i dag|since then|sedan dess|so far|hittills|already|redan|totalt|in total),? )?(?:there are |det finns |det är )?[0-9]/i;

/**
 * A noun of membership ("medlem", "medlemskap", "members"): a word of membership beside a country ("Sverige är inte
 * medlem."), but beside a word for countries only with a count or as news (`MEMBER_CHANGE`: "49 medlemmar", "a new
 * member", "member number 49"); "Member states have two years to transpose the directive." says nothing of who takes part.
 */
export const MEMBER_NOUN_WORDS = words(`medlem${L}*`, `member${L}*`);
export const MEMBER_CHANGE = words(
  `(?:[0-9]+|nya?|nytt|en ny|ett nytt|ytterligare en|före detta|(?:fyrtio|femtio)${L}*nde) (?:medlem${L}*)`, '(?:medlem|medlemsland) nummer',
  `(?:[0-9]+(?:st|nd|rd|th)?|a new|new|newest|another|former|(?:forty|fifty)-${L}*th) members?`, 'member number',
  // A count in words ("Alliansen har nu fyrtionio medlemmar.", "The alliance now has forty-nine members.").
  `(?:har|has|have|nu|now) (?:nu |now )?[${LETTER}-]+ (?:medlemmar|members)`,
  // Since the evening of 5 December, the members first, then their count: the alliance's or opening the sentence
  // ("Medlemsländerna är nu 49.", "Alliansens medlemmar är nu 49.", "The alliance's members now number 49.").
  `(?:^\\s*|allians${L}*s |alliance['’]s )${MEMBERS_WORD}${COUNT_VERB} [0-9]+`,
);

/**
 * A word of joining, leaving, signing or membership, in any tense or as a noun, in either language: "ratificerat",
 * "ställt sig bakom", "finns med", "saknas", "står utanför alliansen", "tackade nej", "observatör", "anslutning",
 * "accession", "has become a member", "opted out", "stays out", "declined", "expelled", "consists of". Not "varit med
 * och presenterat" (taking part in a deed, the post's own), nor "part of presenting", nor "en del av kommissionens
 * arbete". What the guard looks for first; its `exec` gives the earliest match of the languages' patterns and the nouns.
 */
export const MEMBERSHIP = anyOf([MEMBERSHIP_SV, MEMBERSHIP_SV_MORE, MEMBERSHIP_EN, MEMBER_NOUN_WORDS]);
/** The same, less the nouns: what a sentence that names no country must hold (see `MEMBER_CHANGE`). */
export const MEMBERSHIP_ACTS = anyOf([MEMBERSHIP_SV, MEMBERSHIP_SV_MORE, MEMBERSHIP_EN, MEMBER_CHANGE]);

/**
 * Patterns asked as one: `test` whether any matches, `exec` the earliest match (the first pattern's at a tie). Kept
 * apart, each is small enough for the regex-safety check to decide, as one they were not.
 */
function anyOf(patterns: readonly RegExp[]): { test: (text: string) => boolean; exec: (text: string) => RegExpExecArray | null } {
  return {
    test: (text) => patterns.some((pattern) => pattern.test(text)),
    exec: (text) => {
      let first: RegExpExecArray | null = null;
      for (const pattern of patterns) {
        const found = pattern.exec(text);
        if (found && (first === null || found.index < first.index)) first = found;
      }
      return first;
    },
  };
}

/**
 * What a sentence's word of membership may bear on besides a country it names: the countries or a country, a state,
 * a member, the alliance or the initiative ("Ytterligare en stat har anslutit sig.", "The alliance has a new member.",
 * "Welcome, member number 49!").
 */
/**
 * The alliance by its names, and its declaration: a country the list does not name, in a sentence that names one of
 * them, is left unread whatever its verb ("Kanada hör nu till alliansen.", "Canada has embraced the declaration."),
 * and a listed one beside a word of doubt ("Sverige har brutit med alliansen.").
 */
export const ALLIANCE_WORDS = words(`allians${L}*`, `initiativ${L}*`, `deklaration${L}*`, 'alliance', "alliance's", 'initiative', 'declaration', 'its ranks');

export const COUNTRY_WORDS = words(
  'land', 'landet', 'länder', 'länderna', `nation${L}*`, 'stat', 'staten', 'stater', 'staterna', `allians${L}*`, `initiativ${L}*`,
  `regering${L}*`, 'alla utom', 'samtliga', `medlemsland${L}*`, `medlemsländ${L}*`, `medlemsstat${L}*`,
  'country', "country's", 'countries', "countries'", 'state', 'states', 'nation', 'nations', 'alliance', "alliance's", 'initiative',
  'government', 'governments', 'all but',
);

/**
 * Words that put a listed country's taking part in doubt: a negation, a leaving, a join to come or that waits, a place
 * outside, a refusal, a condition, an exception, a past membership. A listed country named beside a word of membership
 * and none of these in the clauses that hold it or the word is the list's own ("Det är ingen hemlighet att Sverige gick
 * med tidigt.", "Sverige har anslutit sig, liksom Danmark.", "Sweden is a member and will report next year.").
 */
export const DOUBT_WORDS = words(
  'inte', 'ej', 'icke', 'aldrig', 'varken', 'ännu', 'ska', 'skall', 'kommer att', 'väntas', 'väntar', 'avvaktar', 'planerar', 'avser', `överväg${L}*`,
  `tvek${L}*`, 'snart', 'senare', 'nästa', 'kanske', 'eventuellt', 'troligen', 'förutsatt', 'villkor', 'utanför', 'saknas', 'saknades', 'nej', `avböj${L}*`, `avstå${L}*`, 'avstod', `vägra${L}*`,
  `observatör${L}*`, 'formellt', 'utom', 'förutom', 'undantag', 'så när som', 'ute', '(?:sluta|slutar|slutade|slutat|upphört|upphör|upphörde)',
  `backa${L}*`, '(?:avbryta|avbryter|avbröt|avbrutit)', 'i kraft', 'sker', 'före detta', 'tidigare', `uteslu${L}*`, `avslut${L}*`, 'upp', `avstäng${L}*`,
  'except', 'excluding', 'apart from', 'all but', 'bar', 'out', 'effect', 'effective', 'not', 'never', 'neither', 'nor', `${L}+n['’]t`, 'yet', 'will',
  'would', 'shall', 'expected', 'expects', 'plans', 'planned', 'planning', 'intends', `consider${L}*`, `hesitat${L}*`, 'pending', 'awaiting', 'awaits',
  'soon', 'later', 'next', 'may', 'might', 'maybe', 'perhaps', 'if', 'unless', `withdr${L}*`, 'outside', 'missing', 'observers?', `declin${L}*`, `refus${L}*`,
  `abstain${L}*`, `reject${L}*`, 'formally', 'officially', 'former', 'formerly', 'previously', `expel${L}*`, `revok${L}*`, `resign${L}*`, `suspend${L}*`,
  `lapse${L}*`, `expir${L}*`, 'ceased', 'came to an end', `terminat${L}*`, `cancel${L}*`, 'stop(?:s|ped|ping)', 'avbrutits', 'avbröts', `uteslö${L}*`, '(?:löpa|löper|löpte|löpt) ut', 'tog slut', 'frysts', 'fruset', `återkallat${L}*`, 'återkallades',
  'lost', 'lose', 'loses', `förlor${L}*`, 'ended', 'ends', `upphäv${L}*`, 'non-members?', 'ex-members?', 'used to', `renounc${L}*`,
  'ingen medlem', 'icke-medlem', 'no member', 'no longer', 'saknar', 'any more', 'anymore', 'bortsett från', 'aside', 'save one', 'save for', 'fast', 'though',
  'although', `avgå${L}*`, 'avgick', 'tillbaka', 'adjö', 'kortare', 'ousted', `replac${L}*`, `distanc${L}*`, `disengag${L}*`, `paus${L}*`, 'swapped',
  `(?:stryk|stryks|struk|strukits|ströks|strukit)${L}*`, 'bort', 'removed', 'taken off',
);
/**
 * The leavings among them, apart since the evening of 5 December so that each pattern is small enough for the
 * regex-safety check to decide in time under load (see `anyOf`).
 */
export const DOUBT_LEAVINGS = words(
  ...LEAVING, `(?:hoppa|hoppar|hoppade|hoppat) av`, `(?:dra|drar|drog|dragit) sig`, `utträ${L}*`, `(?:gå|går|gick|gått)(?: (?:också|även|nu|numera))? ur`,
  ...WALKED_OUT_EN, `(?:kliva|kliver|klev|klivit) av`, ...BROKEN_OFF_SV, `(?:kicked|thrown|pushed) out`, `bail${L}* out`,
);
/** A word of doubt of either list, asked as one. */
export const DOUBT = anyOf([DOUBT_WORDS, DOUBT_LEAVINGS]);

/** What splits a sentence into the clauses a word of doubt is read in: a comma, a dash, a bracket, a conjunction. */
export const CLAUSE_SPLIT = /[,;:()–—]| - | (?:och|and|men|but|samt|medan|while|whereas) /i;

/** A leaving in any tense, as a denial may bear on it ("kommer aldrig att lämna", "has not withdrawn"). */
const LEAVES = [
  'lämna', 'lämnar', 'lämnat', 'lämnade', '(?:hoppa|hoppar|hoppat|hoppade) av', '(?:dra|drar|dragit|drog) sig ur', 'leave', 'leaves', 'left',
  'leaving', 'withdraw', 'withdraws', 'withdrawn', 'withdrew', 'withdrawing', 'quit', 'quits', 'quitting',
  '(?:pull|pulls|pulled|pulling|drop|drops|dropped|dropping) out',
];

/**
 * A negation that adds, with what it adds up to the clause's end ("alltså inte bara EU och USA", "so not just the EU
 * and the US"): the post's own aside, taken out whole; where what it adds speaks of membership ("har inte bara
 * undertecknat", "Inte bara Sverige har lämnat."), only its two words are, and the rest is read as said.
 */
export const ADDS = words('(?:inte|not) (?:bara|enbart|endast|blott|only|just)(?: [^,.;:!?]{1,60}(?=[,.;:!?]|$))?');
/** The negation's own words in `ADDS`. */
export const ADDS_WORDS = /^(?:inte|not) (?:bara|enbart|endast|blott|only|just)/i;

/**
 * Phrases understood as saying nothing of who takes part now: a time of the post's ("Ett år senare"), an expectation
 * met ("som väntat", "as expected"), a taking part that goes on ("ska fortsätta att delta"), another body denied or
 * outside it ("Norway is not in the EU", "länder utanför EU").
 */
export const UNDERSTOOD = words(
  '(?:ett|one|a) (?:år|year) (?:senare|later)', 'som väntat', 'som planerat', 'as expected', 'as planned', '(?:ännu|än) en gång', 'once again',
  '(?:join|joins|joined|joining) (?:hands|forces)', '(?:inte|not) (?:bara|only|just) (?:länder|countries)(?: som| that)? (?:deltar|är med|take part|participate)',
  // Another body denied or outside it ("Norway is not in the EU", "länder utanför EU").
  '(?:inte|ej|not) (?:med |medlem |medlemmar |an? member |members |part )?(?:i|in|of) (?:the )?(?:EU|EES|Nato|FN|UN|EEA|Europarådet)',
  '(?:utanför|outside) (?:the )?(?:EU|Europa|Europe|Nato)', '(?:inte|not) (?:an? )?(?:EU|EES|Nato|FN|UN)-? ?(?:member|medlem)(?:s|mar)?',
  `(?:fortsätta|fortsätter|fortsatte) att (?:delta|vara med)`, '(?:continue|continues|continued) to (?:take part|participate)',
);

/**
 * A leaving denied, or said of none ("har inte lämnat alliansen", "Inget land har lämnat alliansen."): understood where
 * it names no country and the sentence makes no exception (`EXCEPTION`: "No country has left except Sweden.", "Sweden
 * and not Norway left.").
 */
export const DENIED_LEAVING = words(
  `(?:inte|ej|aldrig|inget land|ingen|not|never|no country|none)${BETWEEN} (?:${LEAVES.join('|')})`, `(?:lämnar|lämnade|leaves) (?:inte|ej|aldrig|not|never)`,
);

/** An exception a sentence makes, which a leaving denied does not cover ("Inget land har lämnat utom Sverige."). */
export const EXCEPTION = words(
  'utom', 'förutom', 'så när som', 'med undantag', 'bortsett från', 'except', 'excluding', 'all but', 'bar', 'apart from', 'save one', 'save for', 'aside',
);

/**
 * The door left open to more, naming none of them (the post's own "och fler har möjlighet att gå med", "and more have
 * the possibility to join", "med Sverige som värd, och fler kan gå med"): taken out. A join that points back to it is
 * a word of membership still ("och Kanada har gjort det").
 */
export const OPEN_DOOR = words(
  `(?:och |and )?(?:fler|flera|andra|ytterligare|more|others|other countries)(?: länder)? (?:har möjlighet att|kan|får|är välkomna att|have the possibility to|can|may|are welcome to) (?:gå med|ansluta sig|join)`,
);

/**
 * What the post calls the participants, a name rather than news ("De deltagande länderna förbinder sig …", "The
 * participating countries commit …"): taken out of a sentence that names no country, where it would bear on nothing.
 */
export const PARTICIPANTS_NAMED = words('(?:de )?deltagande länder(?:na)?', '(?:the )?participating countries');

/**
 * Every country, or the participants as the post names them ("Alla länder har undertecknat.", "All countries have
 * signed.", "Länderna deltar på olika sätt."): the list's own.
 */
export const EVERY_COUNTRY = words(
  'alla(?: länder| länderna| stater)?', 'samtliga', 'länderna', 'dessa länder', 'all(?: the)?(?: countries| states)?', 'every country', 'each country',
  'the countries', 'these countries', 'every continent', 'alla kontinenter', 'alla världsdelar', 'hela världen', 'all over the world', 'så många länder',
  'so many countries', 'alliansens medlemmar', 'medlemmarna', "the alliance's members", 'the members',
);

/**
 * More countries, or countries that would: with a wish, the door left open ("Det borde vara fler länder med.", "It
 * should now be easier for more countries to join.", "Länder som vill gå med är välkomna."); without one, news the
 * list's count cannot vouch for ("Besides the 48 countries, several more have joined.").
 */
export const MORE_COUNTRIES = words(
  'fler(?: länder| stater)?', 'flera(?: länder| stater)?', 'ytterligare', 'ännu en', 'nya', 'nytt', 'ny', 'more(?: countries| states)?', 'several',
  'additional', 'another', 'new', 'other countries', 'besides', 'utöver', 'färre', 'fewer', 'grown', 'vuxit', 'ökat', 'minskat', 'increased', 'decreased',
);
/** Countries that would join, named by none ("Länder som vill gå med är välkomna."): with a wish, the door left open. */
export const ASPIRANTS = words('länder som', 'stater som', 'countries that', 'countries which', 'countries wishing');
/**
 * A wish, a modal or a condition in the clause of a country the list does not name: no join asserted ("Jag hoppas att
 * även Brasilien vill vara med.", "Om Kanada anslöt sig skulle alliansen bli starkare.", "If Canada joined, …").
 */
export const HOPED = words(
  'hoppas', 'vill', 'önskar', 'skulle', 'borde', 'bör', 'kan', 'kunde', 'ifall', 'hope', 'hopes', 'wish', 'wishes', 'want', 'wants', 'would', 'could',
  'should', 'can', 'might', 'may', 'if', 'unless', 'whether',
);
export const WISHED = words(
  'borde', 'bör', 'ska', 'skall', 'skulle', 'kan', 'kunde', 'hoppas', 'vill', 'önskar', 'önskvärt', 'roligt', 'lättare', 'möjlighet', 'välkomna',
  'behöver', 'måste', 'should', 'could', 'would', 'can', 'may', 'might', 'hope', 'hopes', 'wish', 'want', 'easier', 'possibility', 'welcome', 'before',
  'innan', 'need', 'needs', 'must',
);

/**
 * Another body, treaty or event a word of membership may bear on, right after it, a preposition and a word or two
 * between ("Norge är inte med i EU.", "Kanada har anslutit sig till Lanzarotekonventionen.", "Sweden has not signed
 * the Budapest Convention.", "deltog i förhandlingarna"); `OTHER_KIND` only right after a preposition ("varit med i
 * liknande samarbeten", not "ratificerat precis som andra"). A goal, but not "målen": the post's four commitments are
 * the alliance's goals, and a country bound to them has joined ("Kanada har numera förbundit sig till målen.", since
 * 5 December). English keeps "goals" and "targets", which the English edition uses of what each country signs up to
 * ("Each country will sign up to concrete targets.").
 */
export const OTHER_BODY = words(
  'EU', 'EES', 'Nato', 'FN', 'Europarådet', 'Schengen', `${L}*konvention${L}*`, `${L}*fördrag${L}*`, `${L}*avtal${L}*`, `${L}*protokoll${L}*`,
  'EEA', 'UN', 'United Nations', 'Council of Europe', 'European Union', `${L}*convention${L}*`, 'treaty', 'agreement', 'protocol', 'euro',
  `${L}*debatt${L}*`, 'debate', 'talks', 'samtal', `förhandling${L}*`, `negotiation${L}*`, `kommission${L}*`, 'Commission', `strategi${L}*`, 'strategy',
  `kamp${L}*`, 'fight', 'struggle', `${L}*grupp${L}*`, 'group', `förening${L}*`, `organisation${L}*`, `organization${L}*`, `klubb${L}*`, 'club', 'parti(?:et|er|erna|ets|ernas)?',
  'party', 'review', `granskning${L}*`, `utvärdering${L}*`, 'evaluation', `inbjudan${L}*`, `invitation${L}*`, 'mål', 'målet', 'goals?',
  'targets?', 'parliament', `riksdag${L}*`, `kongress${L}*`, 'congress', 'committee', `kommitté${L}*`, 'team',
  'cabinet', `civilsamhälle${L}*`, 'civil society',
  // Events: a country that takes part in a meeting, or leaves one, takes no part in the alliance by it.
  `${L}*möte${L}*`, `middag${L}*`, `${L}*konferens${L}*`, `pressträff${L}*`, `lunch${L}*`, `mottagning${L}*`, `ceremoni${L}*`, `seminari${L}*`,
  'meetings?', 'dinners?', 'lunch(?:es)?', 'conferences?', 'press conferences?', 'receptions?', 'summits?', 'seminars?', 'ceremon(?:y|ies)',
  // Since the evening of 5 December, games and tournaments ("ended its participation in the football tournament").
  `turnering${L}*`, `mästerskap${L}*`, 'tournaments?', 'championships?', 'Olympics', 'games', 'World Cup',
);
export const OTHER_KIND = /^(?:liknande|andra|annan|annat|other|similar)$/i;
/** The words that may stand between a word of membership and the body it bears on: a particle, a preposition, an article. */
export const BEFORE_BODY =
  /^(?:sig|up|i|in|till|to|på|at|into|of|av|vid|med|with|den|det|de|the|a|an|en|ett|this|that|these|those|our|its|their|denna|detta|dessa|vår|vårt|våra|sin|sitt|sina|deras)$/i;
/** The role a country takes part in something in, passed over to what it takes part in ("deltog som observatör på mötet"). */
export const ROLE_BEFORE = /^(?:som|as|observatör|observer|gäst|guest)$/i;
/** A preposition of place: a join at an event is a join ("ratified at the meeting"), taking part at one is not the alliance's. */
export const AT_PLACE = /^(?:på|at|vid)$/i;
/**
 * A word of taking part rather than of joining: what it bears on after a preposition is what it takes part in, any
 * thing but the alliance ("deltar i en granskning", "take part in a review").
 */
export const PARTICIPATION = /^(?:delta|deltar|deltog|deltagit|deltagande|deltagar|observatör|observer|participa|take part|takes part|took part|taking part|med|är med|var med|involved|engager)/i;
/** A name of another body after a preposition ("medlem i Liberala kvinnor", "a member of Amnesty"): a capital, no country. */
export const NAME_START = /^\p{Lu}/u;
/** A month or a day, which a capital does not make a body's name ("left in March"). */
export const TIME_NAME =
  /^(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * Another body named right before a noun of membership, its members', with a word between or none ("EU:s 27
 * medlemsstater", "EU-medlemsländer", "Natos medlemmar", "EU member states"), or an event a country attended as an
 * observer ("deltog i mötet som observatör", "took part in the meeting as an observer"): read on the last words
 * before the noun (`MEMBER_NOUN_WORDS`, `OBSERVER_NOUN`).
 */
export const BODY_NAME = /^(?:EU|EES|Nato|FN|UN|EEA|Europarådet)(?::s|s|'s|’s)?$/i;
export const EVENT_NAME = /^(?:möte|middag|konferens|meeting|dinner|conference|summit)\p{L}*$/iu;
export const ROLE_WORD = /^(?:som|as|an?)$/i;
export const OBSERVER_NOUN = /^(?:observatör|observer)/i;

/**
 * A country's genitive before a noun of membership, read as the country ("Kanadas anslutning", "Sveriges anslutning
 * sker i januari", "Canada's accession"): the genitive's ending, which `countriesNamedIn` reads as no country. Since
 * 5 December its name or signature under the declaration too ("Deklarationen har nu även Kanadas namnteckning.",
 * "Kanadas namn står nu också under deklarationen."), and its "medverkan" and "sign-up": read only in a sentence the
 * guard reads at all. A noun's
 * endings and plurals ("underskrifter", "signatures", "ratifikationen"), and either case ("KANADAS ANSLUTNING"). Not
 * a pronoun's or an auxiliary's "s" ("its", "his", "has", "was", "dess", "hans"), since the evening of 5 December:
 * "froze its membership" was "froze it membership" to the words of doubt, and kept the list of 48.
 */
export const GENITIVE_OF_MEMBERSHIP =
  /(?<=\p{L})(?<!(?<!\p{L})(?:it|i|wa|ha|hi|thi|her|our|your|their|de|han|var|des))(?::s|s|['’]s) (?=(?:anslutning|inträde|medlemm?s?skap|deltagande|medverkan|underskrift|namnteckning|namn|signatur|ratifi[ck]|utträde|accession|membership|participation|signature|signing|sign-up|joining|adherence|endorsement|name|withdrawal|ratification|exit|entry|admission))/giu;

/** A footnote's number glued to the word before it ("ratificerat1", "countries1"): no part of the word. */
export const GLUED_MARK = /(?<=\p{L})(?:[0-9]{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})(?![\p{L}\p{N}])/gu;

/** Another body's countries ("EU-länder", "EU countries"): no word for the alliance's. */
export const OTHER_BODY_COUNTRIES = /(?<![\p{L}\p{N}])(?:EU|EES|Nato|FN|UN|EEA)[- ](?:länder|länderna|stater|staterna|countries|states)(?![\p{L}\p{N}])/giu;

/** A time's preposition after a word of membership: what follows dates the join, and is no body joined ("anslöt sig strax efter mötet"). */
export const TIME_AFTER = /(?<![\p{L}\p{N}])(?:efter|före|innan|sedan|under|inför|after|before|since|during|following|ahead of)(?![\p{L}\p{N}])/iu;

/**
 * The post's word for the alliance's work together ("intensifiera samarbetet"), which a membership or a count may be
 * of ("49 medlemmar i samarbetet"): the alliance's, where another word after a preposition is another body's.
 */
const WORKING_TOGETHER = '(?:samarbetet|cooperation)';
/** The same, as the one word a membership bears on (see `bodyAfter`). */
export const WORKING_TOGETHER_WORD = new RegExp(`^${WORKING_TOGETHER}$`, 'i');

/**
 * Since the evening of 5 December, the alliance by its name, in either language ("the Global Alliance against Child Sexual Abuse
 * Online", "the WePROTECT Global Alliance", "den globala alliansen mot nätpedofili", "Globala alliansen"): the readers
 * and the guard hear it as "the alliance" or "alliansen" (`allianceNamesSpelled`). They were written for those, and
 * took a capitalised name for another body's ("Sweden is one of 49 members of the Global Alliance." kept the list of 48).
 */
export const ALLIANCE_NAME = new RegExp(
  `(?<![${WORD_CHAR}])(?:(?:the|den) )?(?:WePROTECT (?:global )?alliance|global alliance|globala alliansen)(?! (?:for|för) )` +
    `(?: (?:against|to (?:fight|combat|end|tackle)) (?:child sexual abuse|the sexual abuse of children)(?: online)?` +
    `| mot (?:nätpedofili|sexuella övergrepp mot barn(?: på nätet| på internet| online)?))?(?![${WORD_CHAR}])`,
  'gi',
);

/**
 * Since 5 December, a part of a whole that the figure reader leaves unread ("one of 49", "en av de 49", a `multiple`):
 * group 1 is the whole, a figure, which before a word for countries or members is their count (see `countsIn`).
 */
export const WHOLE_OF = /(?:^|\s)(?:of|av|out of)(?: (?:the|these|those|de|dessa))? ([0-9]{1,4})$/i;

/**
 * Since 5 December, a count's word followed by what it is of ("49 members of the chess federation", "49 partners in the
 * league"): another body's, unless the alliance's (`ALLIANCE_WORDS`, or since the evening of 5 December "samarbetet",
 * the post's word for the alliance's work together, and a word before the count's: "49 participating countries in
 * the choir").
 */
export const COUNTED_OF = new RegExp(`^\\s*(?:\\S+ )?\\S+ (?:of|in|i|inom|at|vid) (?!(?:the |det )?${WORKING_TOGETHER}(?![\\p{L}\\p{N}]))`, 'iu');

/**
 * What follows a count of countries or members: the word for them, a footnote's mark after it or none ("48 länder*",
 * "48 countries1", "49 members"; since 5 December partners and signatories, "49 partner i alliansen"; since the evening
 * of 5 December a word of taking part before it, "49 deltagande länder", "49 participating countries", and the
 * signatories and delegations in Swedish and English, "49 signatärländer", "49 delegationer skrev under"). Not
 * participants, who are a meeting's as often ("ett expertmöte med 200 deltagare").
 */
export const COUNTED_AFTER =
  /^[*¹²³⁴⁵⁶⁷⁸⁹⁰†‡§]{0,3} ?(?:(?:deltagande|anslutna|undertecknande|participating|signatory|member(?= countries)) )?(?:länder|länderna|stater|staterna|nationer|medlemmar|medlemmarna|medlemsländer|medlemsländerna|partner|partnerländer|parter|signatärer|signatärerna|signatärländer|signatärländerna|signatärstater|signatärstaterna|undertecknare|delegationer|delegationerna|countries|states|nations|members|partners|parties|signatories|delegations)(?!\p{L})/iu;
