/**
 * Every word the tool reads in a paragraph that states a figure. The rules
 * (src/rules/facts.ts) name what undoes a statement — a negation, a plan, a
 * hope, a retraction — but no such list is ever complete: "Drömmen är att 48
 * länder står bakom", "Den uppgiften har UNODC senare dragit tillbaka". So a
 * figure is read only from a paragraph of words listed here (see
 * `unknownWord`), and one with any other word is left out and said so.
 *
 * The lists are the post's own words, in both its editions, and the words of
 * the paraphrases the tool is tested to read (its stating verbs, units,
 * sources and bounds, the words of other captures). Add a word only where it
 * cannot turn what a sentence says of a figure: a word that can ("drömmen",
 * "retracted", "Sverige", which narrows the figure to one country) stays out.
 */
import type { Language } from '../extract/numbers.js';
import { WORD_CHAR } from './letters.js';
import { ONLY_WORDS, PHRASE_HEDGES } from './facts.js';

/** A list of words as one string, lower case, separated by white space. */
function list(...groups: string[]): ReadonlySet<string> {
  return new Set(groups.join(' ').split(/\s+/).filter(Boolean));
}

/** The Swedish post's words (../shared/seed/globalallians.sv.txt, its footnote included). */
const POST_SV = `
    all alla alliansen alltså andra annat ansträngningar ansvar användas använder arbeta arbete att av bakom
    bara barn barnen barnens barnpornografiska barnpornografiskt behöver beräknas bild bilder bistår bland bor
    borde brottsbekämpningsbyrå brottscentrumet brottslingarna bryssel bygga dag dagar dagens de deltagande
    deltagare den dess dessa det diskussioner diskuterade drog därefter en enligt eric ett  europeiska europol
    exempelvis existerande experter expertmöte faktiskt fasansfulla fast filmer finns fler fn:s fortsatte foton
    fram från fungerar få får för förbinder förmiddagen förövarna gemensamma ger global globala globalt greps
    groomningsmetoder gå gång gårdagen gäller gör göra ha haag har hela hjälp hjälplöst holder hur huvudsakligen
    här hölls i idén identifiera identifieras igen igår inför initiativet inrikta insats insatser
    intensifiera intensifierade intensivt internationella internet intressant it it-brottscentrumet jag januari justitieminister
    kan kom kommer kommit kraftsamling kränkt kunde kvällens kämpa kände känns lagföra ledde ledtrådar leva
    ligga långt läggs lämpliga länder länderna m material med medvetenhet men meningsfulla mer mig miljon
    ministermiddag minska misstänkta mm mot mycket mål målen möjlighet möte nationell ngos nivå nya när
    närvarande nätet nätpedofili nätverk nöjd oavsett och oergört offer offren ofta ondustrin operation
    oändlighet pedofiler personer polisiära politiska presenterat presskonferens på rad rapportera regelbundet
    representanter rescue resultat riskerna rädda rätta samarbete samarbetet se   ses sexuella
    sexuellt sig sina sitt själv ska skla skydd skydda skyddas som sprider sprids spränga stolt står ställa stöd
    sådan tanken till tillgången tills tillsammans träffade två under ungefär unodc uppnå ut ute
    utnyttjande utnyttjar utnyttjat utreda utredningar utsätts var varit varje vi vid vidare viktiga vissa vårt
    väcktes väldigt välja världen år åtaganden återstår åtgärder än är öka öppnas över övergrepp`;

/** The English edition's words (fixtures/english-edition, its byline and footnote included). */
const POST_EN = `
    a about abuse according achieve across actually again against  all alliance am among an and appropriate
    are arrested as assists at attorney availability awareness be been behind being born break bring brussels
    build but by can cases catch cecilia centre child children children's choose come commit common concluded
    conference continued cooperation countries crime criminals cybercrime day day's days december dinner
    discussed discussions done drugs effort efforts enhanced ensure eric estimated  european europol evening
    every existing expert experts exploit exploitation exploited extremely far feel felt fight films focus
    forever from general global goals grooming hague have help helpless here holder horrific how i idea
    identified identify image images important in increasing industry initiative intensify intensively
    interesting international internet investigate investigations is it january join joint just justice 
    leads led level live mainly make making malmström material meaningful measures meet meeting met methods
    million ministerial more morning much must national need networks new ngos number of offenders office
    often on once one online opens operation operations organised other others our over paedophiles part
    participants participating photos pleased police political possibility present presenting press prosecute
    protect protection proud provide published put reach receive reduce reducing regularly remains report
    representatives rescue responsibility results risks safeguarded see sexual sexually should so some spread
    stand subjected such support suspects than that the their themselves then there these they things to
    together two un undertakings unodc until up  used very victim victimises victims violated w was we when
    wherever which will with work works world year years yesterday`;

/**
 * The words the rules read in Swedish, besides the post's: numbers and their
 * scale words, the bounds a qualifier states, each statistic's stating verbs
 * and what it counts, periods, sources, the words that set a source against
 * the figure (which the tool reads to credit it with nothing), the bounds
 * before a year (which it reads to leave the year out), "inte bara"'s
 * synonyms, which add to a statement rather than deny it, the months
 * (English "may" is not one: it is also a verb of possibility), the seasons
 * and parts of a year the year rules read ("Hösten 2011", "Starting in
 * 2011"), and the
 * hedges that only ever bound a number ("nästan", "nearly"), which leave
 * their own figure out and no other; a guess ("kanske", "probably") may
 * stand anywhere and mean the whole sentence, and is no word listed.
 */
const RULES_SV = `
    två tre fyra fem sex sju åtta nio tio tjugo hundra tusen miljoner miljard miljarder
    minst åtminstone cirka ca c:a ungefär ung omkring omkr runt kring fler mindre färre
    deltar  deltagit anslutit anslutna ansluter anslöt medlemmar medlem medlemsländer stöder stödjer
    stater ligger  legat  funnits cirkulerar sprids spridits tillgängliga
    lades lagts publiceras publicerades tillkommer laddas skapas produceras
    förövare gärningsmän individer identifierades identifierats hittades
    gripits gripna anhölls anhållits skyddades skyddats räddades räddats undsattes befriades
    årligen året per unodc:s förenta nationernas siffror uppgifter statistik antal antalet
    tvärtemot motsats skillnad strid stick stäv kontrast motsättning
    mellan före efter alltsedan senast tidigast intill kring enbart endast blott nu
    omfattar består räknar medverkar fann hittade hittats räddas räddade skyddade
    januari februari mars april maj juni juli augusti september oktober november december
    nästan knappt drygt närmare inemot bortemot bortåt närapå uppemot högst
    hösten våren sommaren vintern början mitten slutet talet hittills
    internationellt`;

/**
 * The words the rules read in English, besides the edition's (see `RULES_SV`); since the later afternoon of 6 December
 * the words of the whole world that a label of Operation Rescue's figures may hold (`StatisticRule.labelScope`), which
 * widen no figure beyond the post's own ("Arrested worldwide: 250" was left out for "worldwide": helper 183).
 */
const RULES_EN = `
    three four five six seven eight nine ten twenty hundred thousand millions billion
    least approximately approx roughly circa around nearly fewer less upwards
    joined joins members member participate participates take takes took signed supported backed
    states circulating circulate available pictures
    posted uploaded added appear appears created produced shared
    suspected persons people individuals found traced arrests arrest rescued protected saved freed were
 had has annually each per unodc's united nations agency figures statistics data estimates
    contrary counter contradicting unlike opposed contrast
    excess upward between before after since merely only solely simply now c est
    includes comprises counts taking tracked appeared
    january february march april june july august september october november
    almost nearly approaching shy
    autumn spring summer winter early mid late throughout starting beginning
    worldwide globally internationally`;

/**
 * Words that judge what is said, or weigh one figure above another ("Det är tragiskt.", "250 arrested and more
 * importantly 252 children safeguarded"): a reader's feeling about a figure, or its weight, turns no figure, where a
 * word of doubt ("tyvärr inte", "supposedly") would, and stays out.
 */
const JUDGING_SV = 'tragiskt tragisk tragiska sorgligt sorglig sorgliga';
const JUDGING_EN = 'tragic sad importantly significantly';

/**
 * Words that deny ("inte", "not", "no", "never"), that move a figure in
 * time ("senare", "sedan", "later", "ago") or to a place ("USA", "EU") are
 * known only in the phrases where the post uses them and the rules read them:
 * "inte bara", "not just" (the post's own: also), the bounds a qualifier or a
 * hedge reads ("inte färre än", "no fewer than", "no more than"), "Ett år
 * senare", "about a year ago", and "EU och USA" only as the post's "inte bara
 * EU och USA" ("alltså bara EU och USA" would say the 48 are two); "om"
 * only in the post's "Idén om", "medvetenhet om", and as the rules read it,
 * per a period ("om året") or in a time to come ("Om två år"): elsewhere it
 * may be "if" ("252 barn kunde skyddas om alla länder bistår"), which no rule
 * tells from "about"; "bör" only in the idiom "som sig bör" ("as is proper"), which
 * recommends nothing (`AS_DUE`). Anywhere else — "Men det är inte
 * rätta siffror.", "252 barn kunde skyddas två år senare.", "online in the US"
 * — they are words the tool does not read. Each phrase is taken out of the
 * text before its words are looked up. Since 4 December a Swedish ordinal's ending is
 * read with its number ("Den 1:a mars", "5:e"), as a day's number is, and "today" and "this month"
 * are the post's own day and month, as "I dag" is; since the later afternoon of 6 December "inom", "during",
 * "through", "by" and "from" before Operation Rescue's name, the operation's own whole ("inom operation Rescue"; "inom
 * EU" narrows the figure, and stays out); since the evening of 6 December the hedges whose words say other things
 * elsewhere (`PHRASE_HEDGES`: "north of 250", where "north" alone may be a place).
 */
export const KNOWN_PHRASES: Record<Language, RegExp> = {
  sv: new RegExp(`(?<![${WORD_CHAR}])(?:(?:inte|icke) (?:(?:${ONLY_WORDS.sv.join('|')})(?: eu och usa)?|(?:mindre|färre|mer|fler) än|över)|ett år senare|för ungefär ett år sedan|usa:s justitieminister|inom operation(?:en)? rescue|idén om|medvetenhet(?:en)? om|som sig bör|om (?:året|månaden|veckan|dagen|dygnet|timmen)|om (?:ett|två|tre|fyra|fem|tio|några|[0-9]+) år|[0-9]{1,3}:[ae]|${PHRASE_HEDGES.sv.join('|')})(?![${WORD_CHAR}])`, 'gi'),
  en: new RegExp(`(?<![${WORD_CHAR}])(?:not (?:(?:${ONLY_WORDS.en.join('|')})(?: the eu and the us)?|over)|(?:no|not) (?:less|fewer|more) than|(?:one|a) year later|about a year ago|the us attorney|(?:during|through|by|from) operation rescue|today|this month|${PHRASE_HEDGES.en.join('|')})(?![${WORD_CHAR}])`, 'gi'),
};

export const KNOWN_WORDS: Record<Language, ReadonlySet<string>> = {
  sv: list(POST_SV, RULES_SV, JUDGING_SV),
  en: list(POST_EN, RULES_EN, JUDGING_EN),
};
