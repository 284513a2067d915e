/**
 * The words and shapes by which a sentence gives a figure bare (see `givesFigureBare` in src/extract/bareFigure.ts):
 * what may close it after the figure, what before it makes it what a thing is or comes to, and, since the evening of
 * 5 December, what opens it in another event, place, time or group than the post's.
 */
import type { Language } from '../extract/numbers.js';
import { EITHER_ARRESTED_PERSONS } from './facts.js';

/** The marks that may close a sentence after its last word: its end, and a footnote's mark. */
const MARK_CHARACTERS = '.!?…*¹²³⁴⁵⁶⁷⁸⁹⁰';
const MARKS = `[${MARK_CHARACTERS}]*$`;

/**
 * What may follow a figure at the end of its sentence: one word, what it counts ("47 länder."), or the persons a count of
 * persons names ("260 kvinnor och män.", "260 misstänkta gärningsmän.": since the morning of 6 December, before two
 * words that were no figure bare), and the sentence's end with any footnote mark.
 */
export const CLOSING = new RegExp(`^(?:\\s[\\p{L}-]+|\\s${EITHER_ARRESTED_PERSONS})?${MARKS}`, 'u');
/** The word or the persons `CLOSING` reads after a figure, before what else may close it. */
export const CLOSING_WORD = new RegExp(`^(?:\\s${EITHER_ARRESTED_PERSONS}|\\s[\\p{L}-]+)`, 'u');
/** The sentence's end, with any footnote's mark. */
export const ENDS_CLOSING = new RegExp(`^${MARKS}`, 'u');

/**
 * The words of the whole, of its end, of the world or of the police, that may close a sentence after its verb, then its
 * end ("in total", "till slut", "i hela världen": the post's own "kunde identifieras i hela världen"; since the
 * afternoon of 6 December "to date", "so far", "hittills": "Arrests: 260 to date" printed the post's 250). The whole
 * count's and the police's words end a statement too (`ENDS_STATEMENT` in src/extract/statistics.ts).
 */
export const WHOLE_COUNT = ['in total', 'in all', 'altogether', 'overall', 'eventually', 'to date', 'so far', 'totalt', 'sammanlagt', 'allt som allt', 'till slut', 'hittills'];
export const BY_POLICE = ['by the police', 'by police', 'av polisen'];
const WHOLE_AFTER = `(?: (?:${[...WHOLE_COUNT, 'worldwide', 'globally', 'around the world', 'i hela världen', 'över hela världen', ...BY_POLICE].join('|')}))?`;

/**
 * Since the morning of 6 December, whom a sentence credits its figure to, closing it after a comma or "enligt"/
 * "according to": "Totalt greps 260 personer, enligt polisen.", "In total 260 people were arrested, according to
 * Europol.", "Polisen grep 260 personer, säger Europol.", "Police arrested 260 people, Europol said." each printed the
 * post's 250 where the same words without the credit left it out. Only who reports figures such as the post's may be
 * credited (`CREDITED`, with the words that go with them): a first version took any words, and a hostile check found
 * the credit carrying a setting away with it ("enligt polisen på stadion", "according to police abroad", "enligt den
 * norska polisen", "the mayor said"), each a false alarm where the same words without the credit keep the post's figure.
 * Since the afternoon of 6 December more verbs ("bekräftar", "confirmed", "police say", "has said", "told reporters"),
 * bodies ("the FBI", "tullen", "the European Commission", "FN:s rapport", "TT", "Reuters"), and a verb's credit in
 * brackets ("(police said)"): each printed the 250.
 */
const CREDITING = [
  'say', 'says', 'said', 'reports', 'reported', 'writes', 'wrote', 'states', 'stated', 'announced', 'confirm', 'confirms', 'confirmed', 'added', 'noted',
  'claims', 'claimed', 'told reporters',
];
const CREDITS = [
  'säger', 'sade', 'sa', 'uppger', 'uppgav', 'meddelar', 'meddelade', 'skriver', 'skrev', 'rapporterar', 'rapporterade', 'bekräftar', 'bekräftade',
  'berättar', 'berättade', 'konstaterar', 'konstaterade', 'hävdar', 'hävdade', 'uppskattar', 'uppskattade', 'tillägger', 'tillade', 'påpekar',
  'påpekade', 'förklarar', 'förklarade', ...CREDITING,
];
/** Who reports such figures, and what they report in (a genitive too: "polisens siffror", "Europol's spokesman"). */
/**
 * The news agencies, newspapers and broadcasters that report such figures: credited ("…, enligt DN.", "…, the BBC
 * reported.", "Gripna: 260 (SVT)"), and told them ("…, säger polisen till TT."). Since the afternoon of 6 December
 * beside the agencies: each printed the post's 250, a name the tool took for a setting.
 */
export const MEDIA = ['reuters', 'tt', 'ap', 'afp', 'dn', 'svd', 'svt', 'ekot', 'aftonbladet', 'expressen', 'bbc', 'cnn', 'guardian', 'bloomberg', 'dpa'];
const CREDITED = [
  'polisen', 'polis', 'police', 'europol', 'interpol', 'unodc', 'fn', 'un', 'eu', 'kommissionen', 'commission',
  'myndigheterna', 'authorities', 'officials', 'tjänstemän', 'utredarna', 'investigators', 'åklagare', 'åklagaren', 'prosecutors',
  'talesperson', 'talespersonen', 'talesman', 'talesmannen', 'spokesman', 'spokesperson', 'spokeswoman',
  'uppgifter', 'uppgift', 'siffror', 'siffrorna', 'statistik', 'statistiken', 'figures', 'data', 'statistics', 'estimates',
  'källor', 'källa', 'sources', 'source', 'rapporten', 'report', 'pressmeddelandet', 'press', 'release', 'statement',
  'operationen', 'operation', 'rescue', 'tidningen', 'newspaper', 'medier', 'media', 'han', 'hon', 'hen', 'he', 'she', 'they',
  'chefen', 'chef', 'head', 'chief', 'director', 'polischefen', 'åklagarna', 'medierna', 'honom', 'henne', 'dem', 'him', 'her', 'them',
  'polismyndigheten', 'säpo', 'fbi', 'tullen', 'customs', 'rapport', 'reports', 'european', 'europeiska', 'eu-kommissionen',
  'rikspolisstyrelsen', 'union', 'unionen', 'justice', 'department', 'justitiedepartementet', 'årsrapport', 'årsrapporten', 'annual',
  ...MEDIA,
];
/** The words that may stand with them: articles, possessives, "from", "and", "own", "new", "official". */
const WITH_CREDITED = [
  'the', 'a', 'an', 'its', 'their', 'den', 'det', 'de', 'en', 'ett', 'sin', 'sina', 'från', 'from', 'by', 'of', 'for', 'av', 'för', 'och', 'and', 'egna',
  'own', 'nya', 'new', 'ny', 'senaste', 'latest', 'officiella', 'official', 'has', 'have',
];
/** When a credit was given: "today", "i fredags", "on Friday" (since the afternoon of 6 December: it printed the 250). */
const WHEN_CREDITED = '(?:today|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|i dag|idag|i går|igår|i (?:måndags|tisdags|onsdags|torsdags|fredags|lördags|söndags))';
/**
 * Where and when a credit was given, after it: "…, Europol said in a statement.", "…, säger polisen till TT.", "…,
 * Europol said in a statement on Friday.", "…, säger polisen till DN.": taken off before the credit is read
 * (`withoutCredit`), since the afternoon of 6 December.
 */
export const CREDIT_TAIL = new RegExp(
  ` (?:in a statement|in a press release|i ett pressmeddelande|(?:till|för) (?:the )?(?:${MEDIA.join('|')})|${WHEN_CREDITED})(?: ${WHEN_CREDITED})?$`,
  'i',
);
const GENITIVE = /(?:s|'s|’s|:s)$/;
const CREDITED_WORD_SET = new Set([...CREDITED, ...WITH_CREDITED]);

/** Whether every word of a credit (`CREDIT_CLOSINGS`' words) is one of who reports such figures or goes with them. */
export function creditsReporter(words: string): boolean {
  return words
    .toLowerCase()
    .split(' ')
    .every((word) => CREDITED_WORD_SET.has(word) || CREDITED_WORD_SET.has(word.replace(GENITIVE, '')));
}

const CREDITED_WORDS = "((?:[\\p{L}:'’-]+ ){0,3}[\\p{L}:'’-]+)";
/** What may set a credit off: a comma, a semicolon or a dash, with white space around it. */
const SET_OFF = ' ?[,;–—] ?';
const CLOSING_MARK_SET = new Set(MARK_CHARACTERS);
/**
 * Where the marks that close a text begin (see `MARKS`): walked back from its end, where an unanchored `[…]*$` would
 * read a long run of marks again from each of its characters.
 */
export function closingMarksAt(text: string): number {
  let at = text.length;
  while (at > 0 && CLOSING_MARK_SET.has(text.charAt(at - 1))) at--;
  return at;
}
/**
 * A credit that ends a text (its closing marks taken off first: `closingMarksAt`), in each of its shapes: after
 * "enligt", "according to", "as reported by" (set off, in brackets, or after a space), after a verb of saying, and
 * before one ("…, police said"). Group 1 holds its words, whose only when `creditsReporter` says so. Three patterns,
 * not one: recheck could decide the three joined only by fuzzing them for most of a minute.
 */
export const CREDIT_CLOSINGS: readonly RegExp[] = [
  new RegExp(`(?:${SET_OFF}| \\( ?| )(?:enligt|according to|as reported by) ${CREDITED_WORDS}\\)?$`, 'u'),
  new RegExp(`(?:${SET_OFF}| \\( ?)(?:${CREDITS.join('|')}) ${CREDITED_WORDS}\\)?$`, 'u'),
  new RegExp(`(?:${SET_OFF}| \\( ?)${CREDITED_WORDS} (?:${CREDITING.join('|')})\\)?$`, 'u'),
];

/** The sentence's end after the statistic's own words, with at the most the whole's ("260 arrests in total."). */
export const WHOLE_CLOSING = new RegExp(`^${WHOLE_AFTER}${MARKS}`, 'u');

/**
 * A verb's auxiliaries and adverbs of time or addition, then one word, the whole's words, and the sentence's end: " were
 * arrested.", " kunde skyddas.", " have since been identified", " were later rescued", " were rescued in total."
 */
export const VERB_CLOSING = new RegExp(
  `^(?: (?:were|was|are|is|have|has|had|been|be|could|can|kunde|kan|har|hade|blev|blivit|kunnat|later|also|then|finally|eventually|subsequently|actually|since|now|all|senare|också|sedan dess|sedan|slutligen|faktiskt|nu|alla))* [\\p{L}-]+${WHOLE_AFTER}${MARKS}`,
  'u',
);

/** A copula, or "det finns", "there are": what gives a figure as what a thing is or comes to. */
export const COPULA = /(?<![\p{L}])(?:är|var|blir|blev|vore|det finns|det fanns|is|are|was|were|be|been|there are|there were)(?![\p{L}])|['’]s(?![\p{L}])/iu;

/**
 * What may stand between the words for what a statistic counts and its figure for the figure to be their value: nothing,
 * or a copula, an adverb of time or of the whole, or both ("Antalet gripna var ", "Antalet länder är nu ", "Gripna
 * totalt ", "The number of arrests was ").
 */
export const VALUE_SLOT = /^\s*(?:(?:är|var|blir|blev|is|are|was|were)\s*)?(?:(?:nu|då|totalt|sammanlagt|now|then|in total|altogether)\s*)?$/iu;

/**
 * Since the morning of 6 December, a verb that gives what a thing came to with no preposition after it, and at the
 * most an adverb of time: "The number arrested reached 062." printed the post's 250 (a verb of change was heard only
 * before "to" or "at", `CHANGED_TO`).
 */
export const REACHED = /(?<![\p{L}])(?:reached|reaches|hit|hits|totalled|totaled|totals|numbered|nådde|nått|når)(?: (?:now|then|finally|eventually|nu|då|slutligen|till slut))?\s*$/iu;

/** A preposition right before the figure: it is where or to what a thing goes or is ("översatt till 20 länder", "available in 150 countries"). */
export const PLACE_BEFORE = /(?<![\p{L}])(?:till|i|in|to|från|from|för|for|med|with|på|on|at|vid|över|across|into|inom|within|genom|through)\s*$/iu;

/**
 * Since the evening of 5 December, a verb of change before the preposition right before the figure: the figure is what
 * the thing came to, not where it goes ("The number of arrests rose to 260.", "Antalet gripna sjönk senare till 240.",
 * "The number of children safeguarded was later put at 300."), which printed the post's figure with exit 0. Later that
 * evening what a thing resulted in too ("It resulted in 260 arrests.", "Insatsen resulterade i 260 gripanden."); not
 * what it led to, which may be a place ("The children were led to 300 homes.").
 */
export const CHANGED_TO =
  /(?<![\p{L}])(?:(?:resulted|resulting|results) in|(?:resulterade|resulterat|resulterar) i|(?:rose|risen|grew|grown|increased|climbed|jumped|fell|fallen|dropped|decreased|declined|revised|corrected|adjusted|raised|lowered|put|set|updated|amounted|totalled|totaled|came|steg|stigit|ökade|ökat|växte|vuxit|sjönk|sjunkit|minskade|minskat|reviderades|reviderats|rättades|rättats|justerades|justerats|korrigerades|korrigerats|höjdes|höjts|sänktes|sänkts|uppdaterades|uppdaterats|uppgick|uppgår|landade|hamnade|klättrade|klättrat|stands|stood|står|stod|ligger|låg)(?: (?:up|down|later|since|now|upp|ned|ner|senare|nu|sedan dess))? (?:to|at|till|på))\s*$/iu;

/** A word written with a capital: a name, of a country, a body, an event or a person. */
export const NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]*/gu;

/**
 * Since the evening of 5 December, what sets a figure in another event, place, time or group than the post's when it
 * opens the sentence before the figure: a figure given bare after it is that setting's, not a restatement of the post's
 * (see `givesFigureBare`). A hostile check found 44 of 285 English sentences of prose heard as corrections ("During the
 * riots 300 people were arrested.", "In the fraud case 4 suspects were identified.", "Last week 12 people were
 * arrested.", "On this site 3000 images are available."), as their Swedish twins had been ("Under upploppen greps 300
 * personer.").
 *
 * A preposition that opens the sentence (Swedish "i" only in Swedish, where the English "I" is a person).
 */
const OPENING_PREPOSITION: Readonly<Record<Language, string>> = {
  sv: '(?:i|under|vid|på|efter|före|bland|för|från|inom|hos)',
  en: '(?:in|during|at|on|after|before|among|for|from|under|within|across)',
};

export const OPENING_SETTING: Readonly<Record<Language, RegExp>> = {
  sv: new RegExp(`^${OPENING_PREPOSITION.sv} (?=[\\p{L}\\p{N}])`, 'iu'),
  en: new RegExp(`^${OPENING_PREPOSITION.en} (?=[\\p{L}\\p{N}])`, 'iu'),
};

/**
 * The settings that are the post's own: its operation, the alliance, the net, the world ("In the operation", "Under
 * insatsen", "På nätet", "I hela världen"); a correction's, a count's or a check's ("After a recount", "At the last
 * count", "Vid närmare granskning", "I efterhand"); its text ("In the post above", "I detta inlägg"); its time ("At
 * present", "För tillfället", "I dag", a year, and "Last year" and "I fjol", 2011 in a post of December 2012, Operation
 * Rescue's year); its groups and the bodies it credits ("Among the suspects", "Efter nya uppgifter från Europol"); a
 * bound ("At least"); and its whole ("In total", "I själva verket", "At the end"). A setting that holds one of these
 * words anywhere keeps its figure the post's, unless it is another of them (`ANOTHER_SETTING`). "Since" and "sedan"
 * open no setting ("Sedan greps 260.", "Since then 260 have been arrested."). Two hostile checks (helpers 154, 155)
 * found shorter lists too short ("During the operation", "Efter en omräkning", "I allt", "In the post above", "Under
 * förra året" were heard as other settings).
 */
export const OWN_SETTING =
  /(?<![\p{L}\p{N}])(?:in total|in all|all in all|in the end|at the end|at last|by the end|in fact|in reality|i allt|allt som allt|i själva verket|i verkligheten|i slutändan|i efterhand|efter hand|i dag|idag|i morse|this morning|i fjol|last year|at present|på senare tid|at the moment|currently|för tillfället|för närvarande|i nuläget|just nu|operation[\p{L}]*|insats[\p{L}]*|rescue|allians[\p{L}]*|alliance|initiativ[\p{L}]*|initiative|nätet|internet|the net|the web|webben|världen|the world|investigations?|recount|checks?|examination|review|corrections?|utredning[\p{L}]*|omräkning[\p{L}]*|kontroll[\p{L}]*|granskning[\p{L}]*|rättelse[\p{L}]*|rätta[\p{L}]*|count|counting|tally|räkning[\p{L}]*|sluträkning[\p{L}]*|checking|re-checking|double-checking|dubbelkoll|koll|exakt|exact|eftertanke|motsats|meantime|under tiden|inlägg[\p{L}]*|post|text[\p{L}]*|list|listan|figures|siffr[\p{L}]*|året|årets|the year|that year|the same year|det året|samma år|(?:19|20)[0-9]{2}|europol|unodc|uppgifter[\p{L}]*|data|information|suspects|misstänkta|children|barnen|de gripna|the arrested|at least|at most)(?![\p{L}\p{N}])/iu;

/** A word that makes a setting of the post's kind another one ("In another operation", "I ett liknande fall", "I den tidigare insatsen"). */
export const ANOTHER_SETTING =
  /(?<![\p{L}\p{N}])(?:annan|annat|andra|liknande|tidigare|separat|separata|another|other|similar|different|previous|earlier|separate)(?![\p{L}\p{N}])/iu;

/**
 * Words that date a figure to another time than the post's or its operation's, where they open its sentence or its
 * clause ("Three years ago 20 suspects were identified.", "Usually 40 suspects are identified."); not where they date the
 * report of it ("Europol said last week that the number of arrests was 260.", "Som tidigare nämnts greps 260.").
 */
export const OTHER_TIME =
  /^(?:(?:last|this) (?:week|night|weekend|month|spring|summer|autumn|fall|winter)|förra (?:veckan|helgen|månaden|natten|våren|sommaren|hösten|vintern)|[\p{L}\p{N}]+ (?:years?|months?|weeks?|days?) (?:ago|earlier|before)|earlier this year|previously|usually|normally|typically|often|formerly|historically|back then|tidigare(?! i ?dag)|vanligtvis|normalt|oftast|ofta|brukar|förr|förut|historiskt)(?![\p{L}\p{N}])/iu;

/** What starts a clause in the words before a figure: a comma, a semicolon, a colon, "that", "att" (the last one is the figure's). */
export const CLAUSE_MARK = /[,;:]|(?<![\p{L}])(?:that|att)(?![\p{L}])/giu;
