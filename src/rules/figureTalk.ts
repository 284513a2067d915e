/**
 * Since the evening of 5 December, the words of the guard on what is said of the figures (see `unreadFigureTalk` in
 * src/extract/figureTalk.ts), as ordered data: a sentence of the post that speaks of "the figures", "UNODC:s
 * uppskattning" or "the number of arrests" (`FIGURES_SPOKEN_OF`) with a word that doubts, corrects, changes, dates or
 * narrows them (`DOUBTS`, `DATED_TO`) or gives them a source the post does not (`OTHER_SOURCE`) leaves the figures it
 * names out. A first version left out every figure a sentence spoke of unless what it said was listed as understood:
 * a hostile check found 80 false alarms in 112 sentences of ordinary prose ("Tack för siffrorna!", "We must act on
 * these figures."). These lists are wide on purpose: a word here that a sentence did not need costs a false alarm
 * (the figure left out, exit 4), a word missing costs a doubted figure printed with exit 0.
 */
import type { StatisticId } from '../schema/output.js';
import { words } from './facts.js';
import { LETTER, WORD_CHAR } from './letters.js';

const L = `[${LETTER}]`;

/** A Swedish word for figures in its definite form, alone or ending a compound ("siffrorna", "Rescue-siffrorna", "barnantalet"). */
const DEFINITE_SV = [`${L}*siffr(?:an|orna)`, 'uppskattning(?:en|arna)', `${L}*statistiken`, 'beräkning(?:en|arna)', 'uppgiften', 'uppgifterna', `${L}*antalet`];
/** The same words, indefinite: figures only after a determiner or an owner ("dessa siffror", "UNODC:s uppskattning", "Europols siffror"). */
const INDEFINITE_SV = 'siffr(?:a|or)|uppskattning(?:ar)?|statistik|beräkning(?:ar)?|uppgifter';
/** A determiner or an owner, in the genitive ("Europols", "UNODC:s", "FN:s"); not an adjective ("nya siffror", "bättre statistik"). */
/** Determiners that own nothing: figures after one are all the post's (`OWNERS_OF_ALL`). */
const PLAIN_DETERMINERS_SV = ['dessa', 'denna', 'alla', 'samtliga', 'inga', 'båda', 'våra', 'mina', 'dess', 'deras'];
const DETERMINER_SV = `${PLAIN_DETERMINERS_SV.join('|')}|ingen av|sina|sin|sitt|${L}+:s|${L}+s`;
/**
 * An English word for figures after a determiner or an owner, with up to two words between ("the figures", "these
 * figures", "the UNODC estimate", "the number of arrests", "the suspect count", "Europol's Rescue figures").
 */
const PLAIN_DETERMINERS_EN = ['the', 'these', 'those', 'this', 'that', 'all', 'both', 'our', 'my', 'no'];
const DETERMINER_EN = `${PLAIN_DETERMINERS_EN.join('|')}|all the|all of the|none of the|some of the|its|their|${L}+['’]s|${L}+s['’]`;
/**
 * An owner whose figures are all the post's, the first word of a figure's phrase: a determiner, not a name ("dessa
 * siffror", "alla siffror", "these figures", "ingen av dessa", "none of the", "some of the"; not "Sveriges siffror").
 */
export const OWNERS_OF_ALL = new RegExp(`^(?:${[...PLAIN_DETERMINERS_SV, ...PLAIN_DETERMINERS_EN, 'ingen', 'none', 'some'].join('|')})$`, 'i');
const FIGURE_EN = '(?:figures?|estimates?|statistics|data|numbers?|counts?|totals?|claims?)';
/** A word between a determiner and a figure's word is a name or an adjective, not a verb or a conjunction ("the figures are estimates" is two phrases' worth). */
const NOT_A_VERB = `(?!(?:are|is|was|were|be|been|have|has|had|and|or|of|to)(?![${WORD_CHAR}]))`;

/**
 * Where a sentence speaks of figures as the post's: each match is a figure's phrase, what it is of read around it.
 * Three patterns: as one, a compound's letters before "siffrorna" and an owner's before "s siffror" could be read two
 * ways, which made the pattern backtrack (test/regex-safety.test.ts).
 */
export const FIGURES_SPOKEN_OF: readonly RegExp[] = [
  words(...DEFINITE_SV),
  words(`(?:${DETERMINER_SV})(?: ${L}+)? (?:${INDEFINITE_SV})`),
  words(`(?:${DETERMINER_EN})(?: ${NOT_A_VERB}[${WORD_CHAR}-]+){0,2} ${FIGURE_EN}`),
];

/**
 * Where a sentence speaks of the commitments' list as the post's: its goals, commitments or points ("målen", "det
 * andra målet", "åtagandena", "punkterna ovan", "dessa mål"; "the goals", "the four commitments", "the second point").
 */
export const LIST_SPOKEN_OF: readonly RegExp[] = [
  words('målen', 'målet', 'åtagandena', 'åtagandet', 'punkterna', 'punkten', 'löftena', 'förbindelserna', 'listan (?:med|över) (?:mål|åtaganden)', 'punkt (?:ett|två|tre|fyra)'),
  words(`(?:dessa|denna|detta|alla|samtliga|inga|inget|ingen av|båda|våra|fyra|de fyra)(?: ${L}+)? (?:mål|åtaganden|punkter|löften)`),
  words(
    `(?:the|these|those|this|that|all|all the|all of the|none of the|some of the|both|our|its|their|four)(?: ${NOT_A_VERB}[${WORD_CHAR}-]+){0,2} (?:goals?|targets?|commitments?|pledges?|points?|undertakings?|objectives?)`,
    'point (?:one|two|three|four)', 'the list of (?:goals|commitments|targets|objectives)',
  ),
];

/** What makes a goal or a point another's right after it: an agenda's, a budget's, a trip's ("punkten på dagordningen", "the goal of the trip"). */
export const ANOTHER_LIST = new RegExp(
  `^ (?:(?:på|i) (?:dagordningen|agendan|programmet|budgeten)|med (?:resan|besöket|mötet)|(?:on|in) the (?:agenda|programme|program|budget)|of (?:the|my|our|this) (?:trip|visit|journey))(?![${WORD_CHAR}])`,
  'i',
);

/** A cheap first look: a text with none of these has no phrase of the list (`LIST_SPOKEN_OF`). */
export const MAY_SPEAK_OF_LIST = /mål|åtagand|punkt|löfte|förbindelse|goal|target|commitment|pledge|point|undertaking|objective/i;

/** A contrast right before a phrase, which sets it apart from what was changed ("… reviderat planen men inte målen", "revised our plans, but not the goals"). */
export const SPARED_BEFORE = /(?:^|[^\p{L}\p{N}])(?:men inte|but not|utom|except|förutom)(?: [\p{L}-]+)? $/iu;

/** A cheap first look: a text with none of these has no figure's phrase (`FIGURES_SPOKEN_OF`). */
export const MAY_SPEAK_OF_FIGURES = /siffr|uppskattning|statistik|beräkning|uppgift|antal|figure|estimate|statistics|data|number|count|total|claim|rescue|unodc|europol/i;

/**
 * Since the evening of 5 December, a source of the figures, or its report, said to be doubted, disputed or withdrawn,
 * with no word for figures ("Operation Rescue har ifrågasatts.", "UNODC:s rapport har kritiserats.", "The UNODC report
 * has since been disputed.", "Europol's report was later retracted."): the figures it names are doubted as "UNODC:s
 * siffra har ifrågasatts." doubts them, where these printed every figure with exit 0. Only the source as what is
 * doubted, in the passive right after it: the source that doubts or criticises another ("UNODC har kritiserat
 * regeringen.", "Europol has criticised the member states.") doubts nothing of its own, nor does one that only names
 * where others come from ("Suspects from Operation Rescue have been questioned.": questioned by the police).
 */
const SOURCE = `(?<!(?:from|in|of|by|with|från|i|av|med|inom) )(?:operation(?:en)? rescue|rescue-operationen|the rescue operation|unodc|europol)(?::s|s|['’]s)?(?: (?:rapport|rapporten|report|studie|studien|study|undersökning|undersökningen|survey|resultat|resultaten|results|arbete|work|metoder|metoderna|methods?))?`;
const SINCE_SV = '(?: (?:sedan dess|senare|nu|också|starkt|hårt))?';
const SINCE_EN = '(?: (?:since|later|now|also|widely|heavily|strongly))?';
export const SOURCE_DOUBTED = words(
  `${SOURCE}(?: (?:har|hade))?${SINCE_SV} (?:ifrågasatts|ifrågasätts|ifrågasattes|kritiserats|kritiseras|kritiserades|bestridits|bestrids|dragits tillbaka|drogs tillbaka)`,
  `${SOURCE} (?:är|var)${SINCE_SV} (?:omstridd|omstritt|omstridda|ifrågasatt|ifrågasatta|kritiserad|kritiserat)`,
  `${SOURCE} (?:(?:is|was|are|were)${SINCE_EN}|(?:has|have|had)${SINCE_EN} been${SINCE_EN}) (?:questioned|criticised|criticized|disputed|contested|challenged|discredited|retracted|withdrawn|controversial)`,
);

/** The statistics each source named in `SOURCE_DOUBTED` gives: the UNODC the new images a year, Europol and its operation Rescue's three. */
export const FIGURES_OF_SOURCE: ReadonlyArray<readonly [RegExp, readonly StatisticId[]]> = [
  [/unodc/i, ['new-abuse-images-per-year']],
  [/rescue|europol/i, ['operation-rescue-suspects-identified', 'operation-rescue-arrests', 'operation-rescue-children-safeguarded']],
];

/** Words for an estimate, which the post makes of the images alone ("beräknas", "are estimated"; "the estimate" is theirs). */
export const ESTIMATE_WORD = /uppskattning|beräkning|estimate/i;

/**
 * Words that doubt, dispute, correct, withdraw, change, date or narrow the figures, or set another value beside them
 * ("ifrågasatts", "omstridda", "drogs tillbaka", "preliminära", "avser", "har ändrats", "egentligen", "retracted",
 * "disputed", "out of date", "excluding", "actually"): with a figure's phrase, a sentence says of the figures what the
 * tool does not read. Words as common in prose as in doubt are read only in the phrases that doubt (`DOUBT_PHRASES`):
 * a second hostile check found "inte", "not", "bara", "only", "gäller", "cover", "higher", "old", "change" and "trust"
 * alone leaving out every figure for 48 of 120 sentences of ordinary prose ("Siffrorna säger inte allt om lidandet.",
 * "We only have the figures thanks to Europol.", "I hope the figures will one day be lower."). Stems, in patterns of a
 * few dozen, as one took the safety proof past its time limit.
 */
export const DOUBTS: readonly RegExp[] = [
  words(
    `ifrågasatt${L}*`, `ifrågasätt${L}*`, 'ifrågasattes', `omstridd${L}*`, `bestrid${L}*`, 'bestred', 'bestreds', `osäk${L}*`, `oklar${L}*`, `okänd${L}*`,
    `tvivel${L}*`, `tvivla${L}*`, `tveksam${L}*`, `felaktig${L}*`, 'fel', `felmarginal${L}*`, `misstag${L}*`, `överdriv${L}*`, `överskatt${L}*`, `underskatt${L}*`,
    `preliminär${L}*`, `dementer${L}*`, `kritik${L}*`, `kritiser${L}*`, `föråldrad${L}*`, `inaktuell${L}*`, `ogiltig${L}*`, `tillförlitlig${L}*`, `otillförlitlig${L}*`,
    `pålitlig${L}*`, `kontroversiell${L}*`, `verifier${L}*`, `bekräft${L}*`, `obekräft${L}*`, 'stämmer', 'stämde', `rimlig${L}*`, `orimlig${L}*`, `trovärdig${L}*`,
  ),
  words(
    `uppblåst${L}*`, 'tillbaka', `återkall${L}*`, `revider${L}*`, `juster${L}*`, `korriger${L}*`, 'rättad', 'rättade', 'rättats', 'rättades', `rättelse${L}*`,
    'ändrats', 'ändrades', 'uppdaterats', 'uppdaterades', 'egentligen', 'i själva verket', 'i verkligheten', 'faktiskt', 'numera', 'inte längre', 'ej längre',
    'utom', 'förutom', `exkluder${L}*`, 'avser', 'avsåg', 'ignorera', 'bortse från', `stryk${L}*`, `struk${L}*`, 'ströks', 'tagits bort', 'togs bort', `borttag${L}*`, 'nypa salt', `påhitt${L}*`,
    'missvisande', `vilseled${L}*`, `underkän${L}*`, `förkast${L}*`, `avvis${L}*`, `avstånd${L}*`, 'visat sig', 'visade sig', `falsk${L}*`,
    `osann${L}*`, `fiktiv${L}*`, `skeptisk${L}*`, `gissning${L}*`, `antagande${L}*`, 'ur luften', `mistro${L}*`, `omformuler${L}*`, 'skrivits om',
    'skrevs om', `modifier${L}*`, `utkast${L}*`, `ungefärlig${L}*`, `ofullständig${L}*`,
  ),
  words(
    `question${L}*`, `disput${L}*`, `contest${L}*`, `challeng${L}*`, `doubt${L}*`, `uncertain${L}*`, `unreliab${L}*`, `reliab${L}*`, 'wrong', `error${L}*`,
    `mistak${L}*`, `exaggerat${L}*`, 'inflated', `overstat${L}*`, `understat${L}*`, `overestimat${L}*`, `underestimat${L}*`, 'provisional', 'preliminary',
    'tentative', `critic${L}*`, 'flawed', 'false', `incorrect${L}*`, `inaccura${L}*`, `accura${L}*`, 'outdated', 'out of date', 'obsolete', 'invalid',
  ),
  words(
    `verif${L}*`, `unverif${L}*`, `confirm${L}*`, `unconfirm${L}*`, `plausib${L}*`, `implausib${L}*`, `credib${L}*`, `debunk${L}*`, `refut${L}*`, 'margins? of error',
    `controversial${L}*`, `retract${L}*`, `withdr${L}*`, `revis${L}*`, `adjust${L}*`, `correct${L}*`, `amend${L}*`, 'deny', 'denies', 'denied', 'actually',
    'in fact', 'in reality', 'no longer', 'except', 'excluding', `exclud${L}*`, 'ignore', 'disregard', 'unknown', 'unclear', 'pinch of salt', `fabricat${L}*`,
    `mislead${L}*`, `reject${L}*`, `distanc${L}*`, 'turned out', 'proved', 'proven', 'untrue', 'made up', 'bogus', 'dubious',
    `skeptic${L}*`, `sceptic${L}*`, `distrust${L}*`, 'untrustworthy', `guess${L}*`, `assumption${L}*`, 'thin air', 'solely', 'dropped', 'removed',
    'deleted', 'scrapped', 'abandoned', 'reworded', 'rewritten', 'rephrased', 'modified', `drafts?`, `approximat${L}*`, 'incomplete',
  ),
];

/** What the figures may be said not to be: "inte korrekta", "no longer accurate", "aren't real". */
const TRUE_SV = `(?:korrekt|riktig|rätt|sann|sant|aktuell|giltig|verklig|exakt|säker|slutgiltig|fastställd|antagen|antagna|antogs|beslutad|fullständig|komplett)${L}*`;
const TRUE_EN = '(?:correct|right|true|valid|current|accurate|real|exact|certain|reliable|trustworthy|trusted|confirmed|verified|final|adopted|agreed|decided|settled|complete)';
/** Verbs of scope, which narrow the figures with a word that limits or denies them ("gäller bara", "omfattar inte", "only cover"). */
const SCOPE_SV = '(?:gäller|gällde|omfattar|omfattade|inkluderar|inkluderade|inbegriper|täcker|räknar)';
const SCOPE_EN = '(?:covers?|covered|includes?|included|appl(?:y|ies|ied)|refers?|referred|counts?|counted)';
/**
 * Words as common in prose as in doubt, in the phrases where they doubt: a negation of what the figures are ("inte
 * korrekta", "not accurate", "can't be trusted"), a scope narrowed or denied ("gäller bara Europa", "omfattar inte",
 * "only cover", "does not include"), age ("är gamla", "gamla data", "based on old data", "very dated surveys"), change
 * done ("have since been changed", "was updated"), the real figure set beside them ("den verkliga siffran", "the real
 * number"), a denial of every figure ("Ingen av dessa siffror …", "None of the figures …"), fewer or more than stated
 * ("färre än vad som angavs", "smaller than was stated"), never checked ("har aldrig granskats", "never been
 * independently checked"), not matching ("do not match"), perhaps too high ("kan vara för höga", "may be too high"; not "too
 * low" alone, said as often of what the post wants more of: "The number of hotlines is still too low.").
 */
export const DOUBT_PHRASES: readonly RegExp[] = [
  words(
    `(?:inte|ej|icke|aldrig|knappast)(?: (?:längre|helt|riktigt|alls|särskilt|ännu))? ${TRUE_SV}`,
    `${SCOPE_SV} (?:bara|endast|enbart|inte|ej|även|också)`, `(?:bara|endast|enbart|inte|ej) ${SCOPE_SV}`,
    `(?:är|var) (?:mycket |väldigt )?(?:gamla|gammal|daterade)`, `(?:gamla|daterade) (?:data|uppgifter|siffror|undersökningar|studier|statistik|källor)`,
    `(?:verklig|faktisk|sann|riktig|korrekt|rätt)${L}* (?:siffr|antal|uppgift)${L}*`,
    '(?:ingen|inga|inget) av (?:de |dessa |siffrorna|uppgifterna|uppskattningarna)',
    '(?:färre|fler|lägre|högre|mindre|större) än (?:vad )?(?:som )?(?:angavs|uppgavs|rapporterades|sades|påstods|publicerades|anges|uppges)',
    '(?:inte|aldrig|ej) (?:har )?(?:granskats|kontrollerats|prövats|gåtts igenom)', 'går inte ihop', `kan vara för (?:hög|låg)${L}*`,
    '(?:är|var) (?:bara |endast )?(?:grova )?(?:uppskattningar|beräkningar)', '(?:kan|kommer att|ska) (?:komma att )?(?:ändras|revideras|strykas)',
  ),
  words(
    `(?:not|never|hardly|no longer|${L}+n['’]t)(?: (?:entirely|quite|fully|very|really|at all|be|yet))? ${TRUE_EN}`, "(?:cannot|can't|can not) be (?:trusted|verified|confirmed|relied on)",
    `${SCOPE_EN} (?:only|just|solely|not)`, `(?:only|not|do not|does not|did not|don't|doesn't|didn't) ${SCOPE_EN}`, '(?:is|are|was|were) (?:only|just) (?:for|from|in)',
    '(?:is|are|was|were) (?:very |quite )?(?:old|dated)', '(?:old|dated|outdated) (?:data|figures|numbers|surveys?|studies|statistics|sources)',
    '(?:rests?|based|relies|rely|relied) on (?:very )?(?:old|dated|outdated)',
    '(?:been|was|were|is|are|has|have|had) (?:since |later |now |recently )?(?:changed|updated)', '(?:real|true|actual) (?:figures?|numbers?|counts?|totals?)',
    '(?:none|neither) of (?:the|these|those)',
    '(?:fewer|more|lower|higher|smaller|larger) than (?:was |were |is |are )?(?:stated|reported|given|claimed|said|published)',
    '(?:not|never)(?: been)?(?: independently)? (?:checked|reviewed|audited|tested)', "(?:do not|does not|don't|doesn't|did not|didn't) (?:match|add up|tally|agree)",
    '(?:may|might|could) be (?:far |much )?too (?:high|low)', '(?:is|are|was|were) (?:only |just )?(?:an? )?(?:rough )?estimates?',
    '(?:may|might|could|are to|is to) (?:be )?(?:change|changed|revised|dropped)',
  ),
];

/**
 * Words that narrow a figure under its mark, in a footnote, where a note is set to qualify the figure it marks: scope
 * alone there narrows ("*The figure includes the European Commission.", "*Siffran inkluderar kommissionen.").
 */
export const NOTE_SCOPE = words(`inklu${L}*`, `omfatt${L}*`, 'gäller', 'includes?', 'included', 'including', 'covers?', 'applies', 'refers');

/**
 * Phrases that hold a word of `DOUBTS` and doubt nothing, read out of a sentence before its doubts are: not looking away
 * from the figures ("Vi får inte blunda för siffrorna.", "It would be a mistake to ignore these numbers.", "We cannot
 * ignore the figures."), "when it comes to" ("När det gäller siffrorna …"), "not only" ("These figures are not only
 * numbers."), a mistake one would make, a figure wished for a time to come, what the figures show.
 */
export const UNDERSTOOD = words(
  'misstag att (?:ignorera|bortse från|blunda för)', '(?:får|kan|ska|bör|måste) (?:vi )?inte (?:ignorera|bortse från|blunda för|vänja oss vid)',
  'mistake to (?:ignore|disregard)', '(?:must|can|should|could|may) (?:not|never) (?:ignore|disregard|get used to)', "(?:cannot|can't|mustn't|shouldn't) (?:ignore|disregard|get used to)",
  'när det gäller', 'vad gäller', 'inte bara', 'inte endast', 'not only', 'not just', 'not merely',
  // A change denied ("Målet har inte ändrats.", as "The goals have not changed." reads no change).
  `(?:har|hade) (?:inte|aldrig|ej)(?: ${L}+)? (?:ändrats|justerats|reviderats|uppdaterats|strukits|ifrågasatts|korrigerats)`,
  // What the figures show or remind of is another clause's, of the world, not of them ("Siffrorna visar att polisen inte
  // har gett upp.", "The figures show that the police have not given up."): read out to the sentence's end.
  '(?:visar|visade|påminner (?:oss )?om|gör det tydligt) (?:att|hur|varför|vilket)[^.!?]*', '(?:shows?|showed|shown|reminds? us|makes? it clear|tells? us) (?:that|how|why|what)[^.!?]*',
  // A mistake one would make, not one made ("Det vore ett misstag att tro att antalet övergrepp minskar.", "It would be a mistake to think so.").
  '(?:vore|skulle vara) (?:ett )?misstag(?: att (?:ignorera|bortse från|blunda för))?', 'would be (?:a )?mistake(?: to (?:ignore|disregard))?',
  // A figure wished for a time to come, not this one set against another ("Antalet gripna ska vara större nästa år.").
  '(?:större|högre|fler|lägre|färre|mindre) (?:nästa år|i framtiden|framöver|om några år)', '(?:higher|lower|larger|smaller|fewer|more) (?:next year|in (?:the )?future|in (?:the )?coming years)',
);

/**
 * A source named as the figures' that is none the post credits them to ("Siffrorna kommer från Rädda Barnen.", "The
 * figures are based on a newspaper's survey."): the post says they come from Europol, the UNODC or the Commission.
 */
export const OTHER_SOURCE = words(
  `(?:kommer|kom|är hämtade|hämtades|har hämtats|bygger|byggde|baseras|grundar sig|comes?|came|(?:is|are|was|were) (?:taken|based|drawn|derived)) (?:från|på|from|on) (?!(?:the )?(?:europol|unodc|fn|förenta nationerna|un|united nations|eu|(?:europeiska )?kommission${L}*|(?:european )?commission)(?::s|s|['’]s)?(?![${WORD_CHAR}]))[${WORD_CHAR}]+`,
);

/**
 * A year a verb gives the figures ("Siffrorna gäller 2010.", "These figures are from 2010.", "avser år 2010"): the
 * year the post gives them agrees with it (see `givesOwnYear`), any other dates them otherwise.
 */
export const DATED_TO = words(
  `(?:gäller|gällde|avser|avsåg|är från|var från|härrör från|are for|were for|is for|was for|are from|were from|is from|was from|dates? from|refers? to|relates? to|applies to|apply to) (?:år |året |the year )?(?:19|20)[0-9]{2}`,
);
