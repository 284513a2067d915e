/**
 * How each fact of the post is recognised, in Swedish and English, as ordered
 * data: the words a sentence must contain, and the words that must follow (or
 * precede) the number. A number alone never makes a fact — "48" in a tweet or
 * "50 000" in a comment has none of the surrounding words.
 */
import type { CommitmentId, StatisticId, Unit, Qualifier } from '../schema/output.js';
import { ARROWS, LETTER, WORD_CHAR } from './letters.js';
import { phrasePattern } from './phrasePattern.js';
import type { Language } from '../extract/numbers.js';

export interface StatisticRule {
  id: StatisticId;
  unit: Unit;
  /** Every one must match somewhere in the sentence. */
  context: readonly RegExp[];
  /** Must match the text right after the number (anchored at its start). */
  after: RegExp;
  /**
   * The figure counts what happened in a year the post looks back on (Operation Rescue's): a year after the post's
   * that its sentence gives it leaves that year unclear, where it makes a figure of the present a forecast, left out
   * (see `withoutYearsAfter`). Every statistic reads its year and its source (see `readAttributes`): this says only
   * how a later year is weighed.
   */
  pastCount?: boolean;
  /** The figure is one per year: a sentence that does not say so of it states no such figure. */
  perYear?: boolean;
  /**
   * What the sentence must say of the figure to state the statistic — the
   * post's own verb and its close equivalents ("står … bakom", "greps",
   * "kunde skyddas"): one must stand in the figure's own words (see
   * `figureWords`). A figure of which the sentence says something else
   * ("252 barn dog", "48 länder har lämnat initiativet") states nothing the
   * tool reads.
   */
  states: RegExp;
  /**
   * The words of the figure's own whole that a label may hold beside what it counts, where they are not every
   * statistic's (`LABEL_WORDS`): Operation Rescue's figures are of the whole world and of the operation ("Gripna i hela
   * världen: 260", "Arrested worldwide: 260", "Arrests in Operation Rescue: 260" said more than the statistic and were
   * passed over, and the post's 250 printed, until the later afternoon of 6 December: helper 183). The countries'
   * count has no such words: "Länder i hela världen: 195" counts another thing.
   */
  labelScope?: RegExp;
  /** Words that undo or turn around what `states` says ("frikännas", "overturned", "raderats"): none may stand there. */
  reverses: RegExp;
  /** What the figure counts, when `after` names it only in part: "779 misstänkta" may go on "nätverk". */
  counts?: RegExp;
  /**
   * What the figure counts, as a sentence names it before a figure ("De misstänkta är nu 780", "The number of
   * suspects is now 780", "Antalet länder som deltar är nu 52"): the words of `after`, in the order the tool does
   * not read a statement in. Such a figure says a thing of the statistic that the tool cannot weigh (see `matchRule`).
   */
  countedBefore: RegExp;
  /**
   * What a block must name to speak of the figure from anywhere in the post,
   * without its value: what it counts, or whom it is credited to. A
   * correction or an update ("Rättelse: siffrorna om operation Rescue ovan
   * stämmer inte", "Uppdatering: antalet länder är nu 52") need not stand
   * beside the figure (see `readStatistics`); `FIGURE_WORDS` speak of every one.
   */
  topic: RegExp;
  /**
   * Whom the figure is credited to, when the post credits it to someone other
   * than what it counts: a block that calls a figure of theirs wrong speaks of
   * it ("Rättelse: Europols siffror har ändrats"), but a label on a source
   * alone says nothing of it ("PS: Siffrorna kommer från Europol.").
   */
  creditedTo?: RegExp;
}

/**
 * A case-insensitive match of any of the phrases as whole words. JavaScript's
 * \b knows only ASCII letters, which would split "årligen" or "tillgången".
 */
export function words(...phrases: string[]): RegExp {
  return phrasePattern((alternation) => `(?<![${WORD_CHAR}])(?:${alternation})(?![${WORD_CHAR}])`, phrases, 'i', undefined, WORD_CHAR);
}

/**
 * Whether a text has any of the phrases as whole words, as `words` tells,
 * for a pattern only ever tested, never matched: the character before the
 * phrase is matched rather than looked behind at, one boundary for all the
 * phrases, which V8 scans several times faster (a sentence is tested against
 * every rule's context words).
 */
function anyWords(...phrases: string[]): RegExp {
  return phrasePattern((alternation) => `(?:^|[^${WORD_CHAR}])(?:${alternation})(?![${WORD_CHAR}])`, phrases, 'i', undefined, WORD_CHAR);
}

/** Like `words`, anchored: the phrase must open the text after a number. */
function next(...phrases: string[]): RegExp {
  return phrasePattern((alternation) => `^(?:${alternation})(?![${WORD_CHAR}])`, phrases);
}

/** Like `words`, anchored at the end: the phrase must close the text before a number. */
function before(...phrases: string[]): RegExp {
  return phrasePattern((alternation) => `(?:^|[^${LETTER}])(?:${alternation}) ?$`, phrases);
}

/**
 * Like `words`, but only where the phrase opens a clause: at the start of the
 * text (a clause's words, see `clauseBefore`) or after a comma, a bracket or
 * a dash. "Om 48 länder står…" is a condition; "bakom initiativet om
 * barnens säkerhet" is not.
 */
function opening(...phrases: string[]): RegExp {
  return phrasePattern((alternation) => `(?:^|[,(–—] ?)(?:${alternation})(?![${WORD_CHAR}])`, phrases);
}

/** Any run of letters, to end a stem: "initiativ" + L* matches "initiativet". */
const L = `[${LETTER}]`;

/**
 * The persons an arrest takes, as a figure names them after it ("260 personer greps", "260 suspects were arrested").
 * Since later on the evening of 5 December men, women, offenders and individuals too: "260 men were arrested.", "Totalt
 * greps 260 gärningsmän." printed the post's 250; and both ("260 men and women"), or suspected ("260 suspected men",
 * "260 misstänkta män", which left out the suspects identified and printed the 250; helper 159). The new words are no
 * words of the lexicon (src/rules/lexicon.ts): a paragraph of the post that holds them is read as the post's words only
 * where a rule reads the figure beside them ("260 men and women were arrested.", "260 of the men were arrested." in the
 * figures' paragraph would otherwise be read whole, no rule taking the 260, and the 250 printed; helper 159).
 */
export const ARRESTED_PERSONS: Readonly<Record<Language, string>> = {
  sv: '(?:(?:misstänkta )?(?:män och kvinnor|kvinnor och män|personer|män|kvinnor|förövare|gärningsmän|individer)|misstänkta)',
  en: '(?:(?:suspected |alleged )?(?:men and women|women and men|people|persons|suspects|men|women|offenders|perpetrators|individuals|abusers))',
};

/** The persons of either language (`ARRESTED_PERSONS`), as one alternation: where a figure of persons ends its statement or a label's value. */
export const EITHER_ARRESTED_PERSONS = `(?:${ARRESTED_PERSONS.sv}|${ARRESTED_PERSONS.en})`;

/**
 * Other words for the suspects, with the verb that says they were identified, which they need: alone they may be the
 * arrested ("260 men were arrested."). Since later on the evening of 5 December ("780 men were identified.", "780
 * gärningsmän identifierades." printed the post's 779; helper 159).
 */
const IDENTIFIED_OTHERWISE = {
  sv: { persons: '(?:män|förövare|gärningsmän)', verb: '(?:har |hade |kunde )?(?:(?:nu|senare|också) )?identifier(?:ades|ats|as)' },
  en: {
    persons: '(?:men|offenders|perpetrators|abusers)',
    verb: '(?:were |have been |had been |have since been |had since been |could be )?(?:(?:later|also|now) )?identified',
  },
} as const satisfies Record<Language, { persons: string; verb: string }>;

const OPERATION_RESCUE = words('operation rescue');
/** What names operation Rescue's figures in an amendment: the operation, by its name alone too ("Rescue-siffrorna"). */
const RESCUE = 'rescue';
const MENTIONS_OPERATION_RESCUE = anyWords('operation rescue');
/** The whole world, as Operation Rescue's figures are of it ("i hela världen", "worldwide"). */
export const WHOLE_WORLD = [
  'i hela världen', 'i världen', 'världen över', 'över hela världen', 'globalt', 'internationellt',
  'worldwide', 'globally', 'internationally', 'around the world', 'across the world', 'in the world',
  // Since the evening of 6 December (helper 194: each printed the post's 250 after "Police arrested 260 people").
  'world-wide', 'in the whole world', 'all over the world', 'throughout the world',
] as const;
/** Operation Rescue's own whole, as a label of its figures may name it (`StatisticRule.labelScope`). */
const RESCUE_SCOPE = words(
  ...WHOLE_WORLD,
  '(?:i|inom|under|vid|genom) (?:operation(?:en)? rescue|operationen|insatsen)', '(?:in|during|by|from|through) (?:operation rescue|the operation)',
);

/**
 * What opens a thanks or a greeting ("Tack till alla 48 länder!", "Thanks to all 48 countries!", "Grattis"): one
 * that repeats a figure of the post in words the tool reads otherwise says nothing of it (see `onlyThanks`).
 */
export const THANKS = phrasePattern(
  (alternation) => `^[^${WORD_CHAR}]*(?:${alternation})(?![${WORD_CHAR}])`,
  ['tack', 'stort tack', 'tusen tack', 'ett stort tack', 'varmt tack', 'grattis', 'thanks', 'thank you', 'many thanks', 'congratulations'],
);

/**
 * Words for a figure, any figure: an amendment that speaks of "siffrorna
 * ovan", "the numbers" or "the estimate" and of no fact's topic speaks of
 * each of the post's statistics, not of its list of goals (see `speaksOf`).
 * A Swedish compound ends in one ("miljonsiffran", "bildsiffrorna").
 */
const FIGURE_PHRASES = [`${L}*siffr${L}*`, `${L}*antal${L}*`, `${L}*statistik${L}*`, `uppskattning${L}*`, `beräkning${L}*`, 'figures?', 'numbers?', `statistic${L}*`, 'count', 'estimates?'];
export const FIGURE_WORDS = anyWords(...FIGURE_PHRASES);

/**
 * A figure of whom the post credits one to, named as theirs: the name in the
 * genitive or as a compound's or a noun's first part, right before a word for
 * a figure ("Europols siffror", "FN:s siffra", "FN-siffran", "the UN's
 * estimate", "the UN figures"). The name elsewhere in the block names no
 * figure of theirs ("…, tack till FN för påpekandet", "un-checked").
 */
function figuresOf(...names: string[]): RegExp {
  return anyWords(`(?:${names.join('|')})(?:s|:s|['’]s)?(?:-| (?:${L}+ )?)(?:siffr${L}*|uppskattning${L}*|statistik${L}*|figures?|numbers?|estimates?|statistic${L}*)`);
}
/** Europol's figures: the post credits operation Rescue's to it. */
const EUROPOL = figuresOf('europol');
/** The United Nations' figures: the post credits the new images a year to its drugs and crime office. */
const UN = figuresOf('fn', 'un', 'united nations', 'förenta nationerna');
/** Words for what the post says, any of it: an amendment that calls "uppgiften ovan" wrong and names no topic speaks of every fact, the goals too. */
const FACT_PHRASES = [`uppgift${L}*`, 'data'];
export const FACT_WORDS = anyWords(...FACT_PHRASES);

/**
 * Each word for a figure or for what the post says (`FIGURE_WORDS`, `FACT_WORDS`), the word itself in the group, so
 * that what stands around it may be read for which figure it is (`FIGURE_OF_BEFORE`, `FIGURE_OF_AFTER`).
 */
export const FIGURE_OR_FACT_WORD = new RegExp(`(?:^|[^${WORD_CHAR}])(${[...FIGURE_PHRASES, ...FACT_PHRASES].join('|')})(?![${WORD_CHAR}])`, 'gi');

/**
 * The word right before a word for a figure that says which figure it is, as its compound's first part, a noun
 * before it or its owner ("Rescue-siffrorna", "the UNODC figure", "the arrest figures", "UNODC:s uppskattning"), in
 * the text before the figure's word. A fact's topic elsewhere in a correction ("siffrorna om övergrepp mot barn",
 * "as the Commission states") says not which figure is wrong (see `speaksOf`).
 */
export const FIGURE_OF_BEFORE = new RegExp(`(?<![${WORD_CHAR}])([${WORD_CHAR}]+)(?:[:'’]s)?[- ]$`, 'i');

/** A word that makes a figure its clause's subject's own ("UNODC har reviderat sin uppskattning", "Europol revised its figures"). */
export const OWN = /^(?:sin|sina|sitt|its|their)$/i;

/**
 * What a word for a figure is of, in the text after it: a noun right after it ("antalet länder", "antal bilder",
 * "antalet gripna"), or after a preposition and an article or an operation's word ("siffrorna om operation Rescue",
 * "the number of countries", "the figure for children safeguarded", "the figures for the arrests"). Not a word that
 * itself says what another is ("the figures on child abuse").
 */
export const FIGURE_OF_AFTER = new RegExp(
  `^ (?:(?:om|för|över|kring|av|i|på|of|for|on|about|in) (?:(?:the|a|an|de|den|det|dessa|these|those|operation|operationen|nya|new) ){0,2})?([${WORD_CHAR}]+)(?![${WORD_CHAR}])(?! (?:abuse|sexual|pornography|exploitation|protection|safety))`,
  'i',
);

/**
 * "In several respects": a point that is no point of the commitments' list ("Rättelse: siffrorna ovan stämmer inte på
 * flera punkter", "wrong on several points"). Read out of a correction before its topics are (see `speaksOfList`).
 */
export const IN_RESPECTS = phrasePattern(
  (alternation) => `(?<![${WORD_CHAR}])(?:${alternation})(?![${WORD_CHAR}])`,
  [
    '(?:på|i) (?:en|ett par|två|tre|flera|några|många|alla|vissa|ett antal) punkt(?:er)?',
    '(?:on|in|at) (?:one|two|three|several|some|many|all|a few|a number of|various) points?',
  ],
  'gi',
  undefined,
  WORD_CHAR,
);
/**
 * The words that label an amendment of the post, as ordered data, each with
 * the forms and abbreviations a blogger writes it in ("Uppdatering",
 * "Uppdaterat", "Uppd.", "PS", "P.S.", "PPS", "Edit", "Erratum"): a label is
 * one of them, with a date or a time on either side of it or none
 * (`AMENDMENT_LABEL`).
 */
const AMENDMENT_WORDS = [
  'rättelser?', 'rättat', 'tillrättaläggande', 'korrigering(?:ar)?', 'korrigerat', 'uppdatering(?:ar)?', 'uppdaterat', 'uppdaterad', 'uppd',
  'tillägg', 'ändring(?:ar)?', 'ändrat', 'förtydligande', 'redigerat', 'redigering', 'efterskrift', 'obs', 'n\\.?b', 'ny siffra', 'nya siffror',
  'p\\.?(?:p\\.?){0,2}s', 'rättad', 'ny uppdatering', 'ytterligare (?:en )?uppdatering', '(?:andra|tredje|senaste) uppdateringen', 'observera', 'fotnot',
  'red\\.? ?anm\\.?', '(?:redaktionens|redaktörens) anmärkning',
  'errat(?:um|a)', 'corrigend(?:um|a)', 'corrections?', 'corrected', 'updates?', 'updated', 'upd', 'edit(?:ed|s)?', 'clarifications?',
  '(?:further|second|third|another|latest|new) updates?', "editor['’]?s['’]? note", 'eds?\\.? note', 'notes?', 'footnote', 'addend(?:um|a)', 'postscript', 'revised', 'revision',
  'amended', 'amendments?',
  // Words that open a sentence as often ("Senare samma dag…", "Later that day…", "Breaking the cycle…"): a label only
  // before a colon, each language's with the other's.
  ...['senare', 'senast', 'senaste nytt', 'nyhet(?:er)?', 'nytt', 'later', 'latest', 'news', 'breaking(?: news)?'].map((word) => `${word}(?= ?:)`),
  // Since 4 December, the figure that corrects named as the correct one ("Korrekt siffra: 780", "Correct figure: 780"),
  // as "Ny siffra" names a new one; only before a colon, since "Rätt siffra är …" opens a sentence that says so itself.
  ...['(?:korrekt|korrekta|rätt|rätta|riktig|riktiga) (?:siffr(?:a|an|or|orna)|antal(?:et)?|uppgift(?:en|er|erna)?)', '(?:the )?(?:correct|right) (?:figures?|numbers?|counts?)']
    .map((words) => `${words}(?= ?:)`),
];


const MONTHS_SV = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';
const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTH_ABBREVIATIONS = 'jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec';
/** Each month once, in both languages: a name in both ("april", "december") must be one alternative, or a run of them is read in ever more ways. */
const MONTHS = [...new Set([...MONTHS_SV.split('|'), ...MONTHS_EN.split('|')])].join('|');
/** A month's name or its abbreviation, in either language ("dec", "Dec.", "december"). */
export const MONTH_WORD = `(?:${MONTHS}|(?:${MONTH_ABBREVIATIONS})\\.?)`;
const WEEKDAYS = 'måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/**
 * What dates a stamp: a figure ("7/12", "2012-12-07", "14.00", "7:e", "7th",
 * "2 pm"), a month, its abbreviation or a weekday.
 */
const STAMP_CORE = `(?:[0-9]{1,4}(?:[-./:][0-9]{1,4}){0,2}(?::?e|:?a|st|nd|rd|th)?(?: ?(?:am|pm|a\\.m\\.|p\\.m\\.))?|${MONTHS}|${WEEKDAYS}|(?:${MONTH_ABBREVIATIONS})\\.?)`;
/** A word that leads to what dates a stamp ("kl 14.00", "den 7 december", "on the 7th"), never a stamp alone: "Den ändring som …" is none. */
const STAMP_LEAD_WORD = `(?:kl\\.?|klockan|den|the|on|at) `;
const STAMP_LEAD = `(?:${STAMP_LEAD_WORD}){0,2}`;
/**
 * A date or a time stamping an amendment's label: "Kl 14.00", "7 december
 * 2012", "Dec 7th, 2012, 2 pm", "fredag 7 december 2012 kl 14.00", "on the 7th". Its parts go on
 * one to the next only after a space, never inside one, so that a run of
 * figures is read one way only; and there are five at the most, so that a
 * long run of them ("0-000E 0-000E …") is never read part by part again from
 * each place in it (test/regex-safety.test.ts).
 */
const STAMP = `${STAMP_LEAD}${STAMP_CORE}(?:(?:,? | [–—-] )${STAMP_LEAD}${STAMP_CORE}){0,4}`;
/**
 * Where a stamp may open a text, after what is no word: one starts with a
 * word that leads to it or with what dates it. A stamp's pattern is costly
 * for V8 to compile, and a text that opens otherwise is matched without it
 * (see `RarePart`).
 */
export const STAMP_START = new RegExp(`^[^${WORD_CHAR}]*(?:${STAMP_LEAD_WORD}|${STAMP_CORE})`, 'i');

/**
 * A stamp that is the label itself, before a colon ("7 Dec:", "7 december:", "December 7:", "7/12:", "Kl 14.00:"): it
 * ends in a word of the stamp, a date's or a time's separated figures, or a day after a month. A bare number ("2011:",
 * "48:") counts as often as it dates, and a comment's time ("at 14:05") goes on past the colon: neither is one; since 4
 * December nor is an ordinal's colon ("Den 1:a mars står 48 länder").
 */
const STAMP_ALONE = `(?<=[${LETTER}]\\.?|[0-9][-./][0-9]{1,4}|[${LETTER}] [0-9]{1,2}(?:st|nd|rd|th|:e|:a)?)(?= ?:(?![0-9]|[ae](?![${WORD_CHAR}])))`;

/** An amendment's label, with `stamp` between what opens the text and the label's word (see `AMENDMENT_LABEL`). */
const label =
  (stamp: string) =>
  (alternation: string): string =>
    `^[^${WORD_CHAR}]*${stamp}(?:${alternation})(?:[^${WORD_CHAR}]|$)`;

/**
 * A label that opens a block as an amendment of the post ("Rättelse:",
 * "Uppdatering 7/12:", "PS:", "Obs!", "Update:", "Editor's note:"), with a
 * date or a time before it ("Kl 14.00 – Uppdatering:", "7/12 Uppdatering:"):
 * only at its start, since "ändringar", "tillägga" or "uppdaterad" in a
 * sentence or a caption amend nothing of the post's ("Flera länder behöver
 * göra ändringar", "Foto: EU (uppdaterad bild)"). The match is the label with
 * its stamp and the character after its word. A stamp's month needs no
 * boundary of its own: a letter after it is no label's.
 */
export const AMENDMENT_LABEL = phrasePattern(label(`(?:${STAMP}[^${WORD_CHAR}]*)?`), [...AMENDMENT_WORDS, STAMP_ALONE], 'i', { mayHold: STAMP_START, without: label('') });

/**
 * Labels that open an ordinary note as often as an amendment ("Observera: 48 länder deltar.", "Fotnot: …"): a note
 * that only states a figure as the post does, in words the tool reads, says nothing new of it (see `onlyNotes`).
 */
export const NOTE_LABEL = phrasePattern(label(''), ['observera', 'fotnot', 'footnote'], 'i');

/**
 * A block's opening words before a colon, whatever they are ("Kommentar:", "Redaktionens kommentar:", "Fix:", "Thanks
 * to readers:"): a label the tool may not know, which makes what follows say no less than it does alone (see
 * `withoutAnyLabel`). Letters only, no more than four words: a time ("kl 14:05") or a sentence's clause is none.
 */
export const ANY_LABEL = new RegExp(`^[^${WORD_CHAR}]*[${LETTER}][${LETTER}'’.]*(?:[ -][${LETTER}][${LETTER}'’.]*){0,3}:(?=\\s)`);

/**
 * Labels that open a note rather than a correction ("Fotnot:", "Observera:", "Note:", "PS:", "Obs!"): a note that only
 * restates what the post says of a fact — the year of its figures (`YEAR_OF_FIGURES`), whether a country it names takes
 * part (`MEMBERSHIP_STATED`) — agrees with the post and amends nothing. A correction's label ("Rättelse:") says that
 * something was wrong, which agreement cannot place, and an update's that something changed.
 */
export const RESTATING_LABEL = phrasePattern(label(''), ['observera', 'fotnot', 'footnote', 'notes?', 'obs', 'p\\.?(?:p\\.?){0,2}s'], 'i');

/**
 * How a note gives figures a year and says nothing more of them, closing it: "… gäller 2011.", "… är från år 2011.",
 * "… are for 2011." What stands before it names the figures (`FIGURES_NAMED`, and the statistic's topic: "Siffrorna för
 * Rescue", "the Rescue figures"). The year is compared with the one the post's sentence gives (see `yearRestated`).
 * Not "avser", "refer to", "cover", which narrow as often (`FOOTNOTE_QUALIFIER`).
 */
export const YEAR_OF_FIGURES = new RegExp(
  `(?<![${WORD_CHAR}])(?:gäller|gällde|är från|var från|är för|are for|were for|are from|were from|apply to|applied to|date from|relate to)(?: (?:år|året|the year))? ((?:19|20)[0-9]{2})\\s*[.!]?\\s*$`,
  'i',
);
/** Words that, beside a statistic's topic, only name its figures in such a note ("Siffrorna för … i operation", "the … figures above"). */
export const FIGURES_NAMED: readonly string[] = [
  'de', 'dessa', 'siffrorna', 'siffran', 'siffror', 'uppgifterna', 'för', 'om', 'från', 'i', 'operation', 'operationen', 'ovan', 'alla', 'samtliga',
  'the', 'these', 'figures', 'figure', 'numbers', 'number', 'for', 'of', 'on', 'from', 'in', 'operation', 'above', 'all',
];

/**
 * How a note says that the one country it names (first, "the" aside) takes part, or does not, and nothing else: "Kanada
 * är inte med.", "Canada is not a member.", "… men är med i alliansen." (after an event missed, `EVENT_ATTENDANCE`).
 * Each with whether it says the country takes part; compared with the list the countries come from (see
 * `membershipStated`). Joining or leaving ("har anslutit sig", "has left") is news, and no statement of this kind.
 */
const ALLIANCE_AFTER = `(?: (?:i|av) (?:alliansen|initiativet)| (?:in|of) the (?:global )?(?:alliance|initiative))?`;
const TIME_WORDS = '(?:(?:igår|i går|idag|i dag|yesterday|today) )?';
export const MEMBERSHIP_STATED: ReadonlyArray<readonly [RegExp, boolean]> = [
  [
    new RegExp(
      `^${TIME_WORDS}(?:men |but )?(?:är (?:inte|ej) (?:med|(?:en )?medlem|en del)|deltar (?:inte|ej)|ingår (?:inte|ej)|is not (?:a member|a participant|part|in|among the members)|isn['’]t (?:a member|a participant|part|in)|does not take part|doesn['’]t take part|is not participating|isn['’]t participating)${ALLIANCE_AFTER}[.!]?$`,
      'i',
    ),
    false,
  ],
  [
    new RegExp(
      `^${TIME_WORDS}(?:men |but )?(?:är (?:med|(?:en )?medlem|en del)|deltar|ingår|is (?:a member|a participant|part|in)|takes part|is participating)${ALLIANCE_AFTER}[.!]?$`,
      'i',
    ),
    true,
  ],
];

/**
 * A stamp that ends the label before it, in the text after the label
 * (`AMENDMENT_LABEL`): "Correction (7 Dec):", "Update, 7 December:",
 * "[Uppdaterad 2012-12-07]" — not a figure that begins what it says
 * ("Rättelse: 52 länder").
 */
export const LABEL_STAMP = new RegExp(`^[^${WORD_CHAR}]*${STAMP}(?: ?[-–—:)\\]]| *$)`, 'i');

/**
 * A theme's dateline ("Updated: December 7, 2012", "Uppdaterad 7 december
 * 2012", hAtom's `<p class="updated">`): an update's participle and a date
 * with its year, and nothing else. It says when the page changed, not what,
 * so it amends nothing and heads no block (see `amends`); a label that goes
 * on to a colon ("Uppdatering 7 december 2012:"), a noun's label
 * ("Uppdatering 7/12") or a bracketed note ("[Uppdaterad 2012-12-07]") does.
 */
export const DATELINE = new RegExp(
  `^\\s*(?:(?:senast|last) )?(?:uppdaterad|uppdaterat|updated|modified|ändrad|ändrat)(?::? | ?[-–—] )(?=[^:]*(?<![0-9])(?:19|20)[0-9]{2}(?![0-9]))${STAMP}\\s*$`,
  'i',
);

/**
 * What may follow an amendment's label, and close the block, that only says whose the amendment is: "Rättelse av
 * inlägget.", "Correction to the post.", "Uppdatering till texten". Such a block is a label alone, however closed, and
 * announces the block after it (see `announcesAmendment`); one that says more ("Rättelse av inlägget om alliansen.",
 * "Uppdatering: bilder har lagts till.") is its own amendment.
 */
export const OF_THE_POST = new RegExp(
  `^(?:av|till|i|of|to|in) (?:(?:det|detta|ovanstående|föregående) )?(?:inlägget|inlägg|blogginlägget|texten|posten|artikeln|(?:the|this) (?:above )?(?:post|blog post|entry|article|text))(?: ovan| above)?(?: (?:den|från|of|on|from) [0-9]{1,2}(?:[ /.][0-9a-zåäö]{1,9})?)?[.!]?$`,
  'i',
);

/** A word of an amendment's label anywhere, in text or in HTML: furniture without one (or an error word) amends nothing (see `mayAmend`). */
export const AMENDMENT_WORD = anyWords(...AMENDMENT_WORDS);

/** What a figure is called, where an error is said of it: "the wrong figure", "to fix the number". */
const FIGURE = '(?:figures?|numbers?|counts?|totals?|statistics?|data|estimates?)';
/** The same in Swedish, no compound's last part, which would read a run of letters in many ways: "ett misstag i siffrorna". */
const FIGURE_SV = `(?:siffr|antal|statistik|uppgift|uppskattning)${L}*`;
/** What the figures a verdict is of count, or whose they are: "antalet gripna", "siffrorna om operation Rescue", "the figures on operation Rescue". */
const FIGURES_OF_SV = `(?: (?:om|för|från|kring) [${LETTER}]+(?: [${LETTER}]+)?| [${LETTER}]+)?`;
const FIGURES_OF_EN = `(?: (?:of|for|on|from|about) (?:the )?[${LETTER}]+(?: [${LETTER}]+)?)?`;
/** Where the figures a verdict is of stand: "ovan", "i inlägget", "above", "in this post". */
const PLACE_SV = '(?: (?:ovan|nedan|här|i (?:inlägget|texten|artikeln)))?';
const PLACE_EN = '(?: (?:above|below|here|given above|given below|in (?:this|the) (?:post|article|text)))?';
/** What says that figures no longer hold: in prose, of the post's figures only (see `ERROR_WORDS`), else under a label (`ERROR_WORDS_UNDER_LABEL`). */
const NO_LONGER_SV = `gäller (?:inte|ej) längre|är (?:inte|ej) längre (?:aktuell|giltig|korrekt|riktig)${L}*|är (?:inaktuell|föråldrad)${L}*`;
const NO_LONGER_EN = `(?:is|are) (?:out of date|out-of-date|outdated|obsolete|no longer (?:valid|current|accurate|correct))|no longer appl${L}*|(?:do|does) not apply any ?more`;
/** What has been withdrawn or disputed, or left, after a time word of the perfect ("har sedan dess dragit tillbaka", "have since been disputed", "has since left"). */
const WITHDRAWN_SINCE_SV =
  'dragit tillbaka|dragits tillbaka|tagit tillbaka|återkallat|återkallats|ifrågasatt|ifrågasatts|bestridit|bestridits|dementerat|dementerats|lämnat|gått ur|hoppat av|utträtt|dragit sig ur';
const WITHDRAWN_SINCE_EN = '(?:been )?(?:withdrawn|retracted|disputed|questioned|challenged|contested|revoked)|left|quit|dropped out|pulled out';
/** The end of a clause, where "var fel" or "was wrong" says nothing more of what was wrong ("att vänta", "to ignore"). */
const CLAUSE_END = '(?=\\s*(?:[.,;:!?)–—]|$))';

/**
 * What may not follow "med" in a join ("gick med", "går med"): a consent ("gick med på förslaget") or company ("gick
 * med mig hem", "går med oss till mötet"), which says nothing of the alliance.
 */
export const NOT_CONSENT_OR_COMPANY = `(?! på|(?: mig| dig| oss| er| honom| henne| dem)(?![${WORD_CHAR}]))`;
/**
 * One of `words`, whole, and a space right before the phrase, looked behind at rather than matched: a phrase that
 * opens with "var", "the" or "a" would be tried on every text, as a phrase pattern leaves out only the phrases whose
 * literal start a text lacks (src/rules/phrasePattern.ts), and this one opens at its rarer word ("fel", "wrong").
 */
const AFTER_WORDS = (...words: string[]): string => `(?<=(?<![${WORD_CHAR}])(?:${words.join('|')}) )`;

/**
 * Words that say the post holds an error and name no more of it ("Fel i inlägget.", "Det finns ett fel i texten.",
 * "There is an error in this post."): any fact may be the wrong one (see `everyFact`). Not "Inga fel i inlägget.", "no
 * error in this post", nor "fel" of a deed or a person ("Fel personer kommer åt bilderna.").
 */
export const ERROR_IN_POST = anyWords(
  // Each opens with a word, not an optional article, so that a text without one is not tried (src/rules/phrasePattern.ts).
  `(?<!(?:inga|inget|inte några|inte något|utan) )fel (?:i|på) (?:inlägget|texten|artikeln|blogginlägget)`,
  '(?:inlägget|texten|artikeln) (?:innehåller|innehöll|har|hade) (?:ett |några |flera )?fel',
  '(?<!(?:no|not an|not any|without) )(?:errors?|mistakes?) in (?:this|the|my|our) (?:blog )?(?:post|article|text)',
  '(?:this|the) (?:blog )?(?:post|article) (?:contains|contained|has|had) (?:an? |some )?(?:errors?|mistakes?)',
);

/**
 * Words that call something the post said wrong, or corrected, wherever they stand: not "fel" or "wrong" alone ("Det
 * är fel att barn utnyttjas"). Two patterns: as one, the words took the safety proof (test/regex-safety.test.ts) past
 * its time limit; the post's error (`ERROR_IN_POST`) is a third.
 */
export const ERROR_WORDS: readonly RegExp[] = [
  ERROR_IN_POST,
  anyWords(
    'felet', 'fel av mig', 'blev det fel', 'blev fel', `felaktig${L}*`, `felräkn${L}*`, `felskriv${L}*`, 'stämmer inte', 'stämde inte', 'det rätta',
    `korriger${L}*`, `rättelse${L}*`, 'tillrättaläggande', `inkorrekt${L}*`,
    `incorrect${L}*`, `inaccura${L}*`, `erroneous${L}*`, 'in error', 'corrected', `correction${L}*`, 'errat(?:um|a)',
    // How a newsroom words a correction, with no label: "An earlier version of this post misstated…", "…updated to correct…".
    'en tidigare version', 'i en tidigare version', 'an earlier version', 'a previous version', 'an earlier edition',
    `misstat${L}*`, `misreport${L}*`, `miscount${L}*`, `misquot${L}*`, 'to correct', 'revised',
  ),
  anyWords(
    // "fel" and "wrong" of a figure, or closing a clause in the past ("Antalet länder ovan var fel.", "…given below was
    // wrong."): not of a deed ("Det var fel att vänta", "It was wrong to ignore", "Exploiting children is wrong").
    `${AFTER_WORDS('var', 'blev')}fel${CLAUSE_END}`, 'skrev fel', 'hade fel', `fel (?:siffr${L}*|antal${L}*)`,
    `${AFTER_WORDS('was', 'were')}wrong${CLAUSE_END}`, `${AFTER_WORDS('the', 'a')}wrong ${FIGURE}`, `(?:got|had) (?:the |this |that )?${FIGURE}(?: [${LETTER}]+){0,3} wrong`,
    'regrets? the errors?', `to fix (?:the |an? )?(?:${FIGURE}|errors?|mistakes?|typos?)`,
  ),
  anyWords(
    // The figures themselves said, in the present, to be wrong or to hold no longer ("Siffrorna ovan är fel.", "Dessa
    // siffror gäller inte längre.", "The number of arrests above is wrong.", "These figures no longer apply."): a figure
    // word, what it is of and where it stands, then the verdict. Not what no longer holds of another thing ("Reglerna
    // gäller inte längre …"), nor a figure word that opens a clause of its own ("Statistics show that … is wrong").
    `${FIGURE_SV}${FIGURES_OF_SV}${PLACE_SV} (?:(?:är|blir) fel${CLAUSE_END}|${NO_LONGER_SV})`,
    `${FIGURE}${FIGURES_OF_EN}${PLACE_EN} (?:(?:is|are) wrong${CLAUSE_END}|${NO_LONGER_EN})`,
  ),
  anyWords(
    // A mistake or a revision said of what the post says: made ("av misstag", "was a mistake", "a mistake in the
    // figures"), or done ("har reviderats", "reviderade siffrorna"). Not a mistake to be made ("Det vore ett misstag
    // att tro…", "It would be a mistake to ignore…") nor a revision to come or done each year ("reviderar sin
    // statistik varje år"), which `ERROR_WORDS_UNDER_LABEL` hear under a label only.
    'av misstag', 'by mistake', 'mistakenly', 'misstaget', '(?:mitt|vårt) misstag', '(?:my|our) mistake', `${AFTER_WORDS('var ett', 'blev ett')}misstag${CLAUSE_END}`,
    `${AFTER_WORDS('was a', 'were a')}mistake${CLAUSE_END}`, `misstag(?:et|en)? (?:i|om) (?:${FIGURE_SV})`, `mistakes? (?:in|with|on|about) (?:the |this |that |these |those )?${FIGURE}`,
    'revider(?:ats|ades|ade|ad|at)',
  ),
];

/**
 * What has been withdrawn, disputed or left since the post, as the time word says ("Europol har sedan dess dragit
 * tillbaka siffrorna …", "The UNODC has since retracted its estimate.", "Several countries have since left the
 * alliance."): the figure it names holds no longer, unless a denial is its subject (`DENIED_SINCE`). Without the time
 * word a withdrawal may be denied ("None of the figures have been withdrawn.") or be of another thing than the post's,
 * which the rules that hear one weigh (`WITHDRAWN`). Apart from `ERROR_WORDS`, since the code reads it with its denial.
 */
const SINCE_SV = `(?:har|hade) (?:sedan dess|sedan|senare|därefter|numera|nu) (?:${WITHDRAWN_SINCE_SV})`;
const SINCE_EN = `(?:has|have|had) (?:since|later|subsequently|now) (?:${WITHDRAWN_SINCE_EN})`;
export const WITHDRAWN_SINCE = anyWords(
  SINCE_SV,
  `(?:drogs|återkallades|ifrågasattes|bestreds|dementerades) (?:sedan|senare|därefter)`,
  SINCE_EN,
  `(?:was|were) (?:since|later|subsequently) (?:withdrawn|retracted|disputed|questioned|challenged|contested|revoked)`,
);

/**
 * Words that join a clause to another or open one under a verb: between a denial and a withdrawal since, they make the
 * withdrawal another clause's, which the denial does not reach ("None of the figures were wrong, but Europol has since
 * withdrawn …", "Ingen tvekan om att siffrorna har sedan dess dragits tillbaka").
 */
const JOINS_CLAUSES = 'but|and|or|nor|yet|though|although|while|whereas|that|if|whether|because|men|och|eller|fast|medan|utan|att|eftersom';
/**
 * A withdrawal since whose subject is a denial ("None of the figures have since been withdrawn.", "Ingen av siffrorna
 * har sedan dess dragits tillbaka.", "Nobody has since questioned the figures."): it says the figures hold. Forward from
 * the denial, up to six words of the subject before the verb, none of which joins a clause (`JOINS_CLAUSES`); "no"
 * alone is none ("There is no doubt the figures have since been withdrawn."), nor "not all" or "some". Read out of a
 * text before `WITHDRAWN_SINCE` is: a look-behind for the denial, a run of words before the verb, is unsafe.
 */
export const DENIED_SINCE = new RegExp(
  `(?<![${WORD_CHAR}])(?:none|not one|neither|nothing|no one|nobody|inget|ingen|inga|ingenting)(?: (?!(?:${JOINS_CLAUSES})(?![${WORD_CHAR}]))[${WORD_CHAR}]+){0,6} (?:${SINCE_SV}|${SINCE_EN})(?![${WORD_CHAR}])`,
  'gi',
);

/**
 * Words that call the post wrong, or corrected, only under an amendment's label ("PS: Det vore ett misstag att tro att
 * siffrorna stämmer", "Uppdatering: kommissionen reviderar nu sin statistik"): in prose they judge a deed or say what
 * is done each year ("Det vore ett misstag att tro…", "Kommissionen reviderar sin statistik varje år"). Where they say
 * what was wrong, `ERROR_WORDS` hear them.
 */
export const ERROR_WORDS_UNDER_LABEL = anyWords(
  `misstag${L}*`, `mistak${L}*`, `revider${L}*`,
  // What says the figures no longer hold, as a note may under any label ("Obs! Siffrorna ovan gäller inte längre.",
  // "Update: the figures above are out of date."): in prose it says as often whom a rule no longer concerns.
  'gäller (?:inte|ej) längre', 'inte längre gäller', `inaktuell${L}*`, `föråldrad${L}*`, `(?:inte|ej) längre aktuell${L}*`,
  `no longer appl${L}*`, '(?:do|does) not apply any ?more', 'out of date', 'out-of-date', 'outdated', 'no longer (?:valid|current|accurate)',
);

/**
 * The parts of a number written as one word ("sjuhundraåttio", "fyrtionio", "tvåhundrafemtioett", "forty-nine"); not
 * "femtio" and "sextio", which are "fem" and "sex" before "tio": a word read two ways makes the pattern backtrack.
 */
const COUNT_PARTS = [
  'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'tretton', 'fjorton', 'femton', 'sexton', 'sjutton', 'arton', 'nitton',
  'tjugo', 'trettio', 'fyrtio', 'sjuttio', 'åttio', 'nittio', 'hundra', 'tusen',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
  'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand',
].join('|');
/**
 * A number of two parts or more written as one word: Swedish writes its compounds so ("sjuhundraåttio", "fyrtionio"),
 * where English parts them ("seven hundred and eighty", "forty-nine"), so a count in Swedish words is no word of its
 * own. "en", "ett" and "one" only end one ("tjugoett"), being articles alone.
 */
const COMPOUND_COUNT = `(?:${COUNT_PARTS})(?:-?(?:${COUNT_PARTS}|en|ett|one))+`;

/** Pictures from an event, which an update adds more of ("fler bilder från presskonferensen", "more photos from the meeting"): no count of the post's images. */
const MORE_PHOTOS_FROM = `(?:bilder|foton|fotografier|filmer|videor|photos|pictures|images|videos) `;

/**
 * A count in words, or a comparison of counts ("ytterligare fyra länder", "det var färre"): not "en", "ett", "a" or
 * "one", which open many a sentence, nor "mer" ("Läs mer om alliansen"). A fraction, a multiple or a vague count says a
 * count as well as a number does ("hälften så många barn", "twice as many images", "ett dussin till", "a handful
 * more", "slightly higher"); "fler" and "more" are `MORE_IN_WORDS`'. Followed by how often (`FREQUENCY_AFTER`), it counts no figure.
 */
export const COUNT_IN_WORDS = anyWords(
  COMPOUND_COUNT,
  'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'hundra', 'tusen', 'färre',
  'hälften', 'halva', 'dubbelt', 'dubbla', 'flera', 'några', 'fåtal', `dussin${L}*`, 'ett par', 'högre', 'lägre',
  // An ordinal of tens and ones in one Swedish word ("det fyrtionionde landet"), as English hyphens its ("forty-ninth").
  `(?:tjugo|trettio|fyrtio|femtio)(?:första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde)`,
  'two', 'three', 'four', 'five', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand', 'fewer',
  'half', 'twice', 'double', 'several', 'dozens?', 'handful', 'a couple', 'a few', 'higher', 'lower',
);

/**
 * "fler" and "more" as a count (`COUNT_IN_WORDS`): "Rättelse: fler misstänkta greps.", "Correction: more suspects were
 * arrested."; not "more" that points to reading ("Read more about the alliance"), nor more pictures from an event
 * ("more photos from the press conference"). A pattern apart: with what they may not precede as one more of its
 * alternatives, the safety proof of `COUNT_IN_WORDS` ran past its time limit.
 */
export const MORE_IN_WORDS = anyWords(
  `fler(?! ${MORE_PHOTOS_FROM}från |(?: blogg)? (?:inlägg|artiklar|nyheter|texter)(?![${WORD_CHAR}]))`,
  `more(?! (?:about|on|at|info|information|details|here|(?:blog )?(?:posts|articles|stories|news|entries))(?![${WORD_CHAR}])| ${MORE_PHOTOS_FROM}from )`,
);

/**
 * How often a thing is done, after a count in words ("twice a year", "three times a month", "två gånger om året"), or
 * how many meetings a time ("two meetings a year", "två möten om året"): it counts meetings, not what a figure counts
 * ("Update: the alliance will meet twice a year."). Forward from the count's end, which the code checks: as a
 * look-behind in `COUNT_IN_WORDS`, a run of words before "a year" is unsafe.
 */
export const FREQUENCY_AFTER = new RegExp(
  `^(?: times| gånger| möten| träffar| sammanträden| konferenser| toppmöten| meetings| sessions| conferences| summits)? (?:(?:a|per|each|every|om|i|varje) (?:year|month|week|day|året|år|månaden|månad|veckan|vecka|dagen|dag)|yearly|annually|monthly|weekly|daily|årligen)(?![${WORD_CHAR}])`,
  'i',
);

/** Words between a copula and the value it gives: the subject of a Swedish inversion ("Nu är vi 49"), an adverb ("is now 49"). */
/** An adverb that may stand between a modal and its verb, or after the verb, in a sentence that gives a figure its value. */
const MODAL_ADVERB = '(?:egentligen|faktiskt|alltså|förstås|självklart|naturligtvis|rätteligen|som sagt|actually|really|of course|rightly|in fact|as said|as noted|as stated|thus|therefore)';
const TO_VALUE =
  `(?: (?:vi|de|dom|det|nu|numera|totalt|ca|cirka|omkring|runt|drygt|minst|över|nästan|ungefär|mer än|fler än|färre än|mindre än|we|they|there|now|in total|in all|about|around|approximately|roughly|over|nearly|almost|at least|more than|fewer than|less than|${MODAL_ADVERB})){0,2}`;
/** What may stand between a modal and its verb in `CORRECTS_VALUE`: an adverb, or one of time ("Det ska nu vara 49 länder."). */
const MODAL_INSERT = `(?:${MODAL_ADVERB}|nu|numera|now)`;

/** A verb that corrects a figure to a value ("siffran har rättats till 780", "the figure has been corrected to 780"). */
const CORRECTED_TO = [
  `(?:ändr|rätt|korriger|uppdater|juster)(?:as|ats|ades|ad|at) till`,
  '(?:corrected|changed|amended|updated|revised|adjusted) to',
];

/**
 * The words that close the text before a value an amendment gives as what a figure is or should be (see
 * `untiedValues`): a copula, and the subject of a Swedish inversion or an adverb after it ("Rättelse: siffran ska
 * vara 780.", "Uppdatering: Nu är vi 49.", "the figure should be 780", "Update: We are now 49", "det rätta är 1,2
 * miljoner"). A number after another word is given for no figure: a page ("sidan 2"), a number to call ("Ring 112"),
 * a time ("at 14").
 */
export const VALUE_GIVEN_BEFORE = before(
  // "läsas", "read as": the verbs of `CORRECTS_VALUE`'s "Det ska läsas 780.", "It should be read as 780.".
  ...['är', 'var', 'blir', 'blev', 'vara', 'varit', 'bli', 'stå', 'står', 'stått', 'läsas', 'is', 'are', 'was', 'were', 'be', 'been', 'read', 'read as', 'reads', 'say', 'says', ...CORRECTED_TO].map(
    (copula) => `${copula}${TO_VALUE}`,
  ),
  `${L}+:`,
);

/**
 * What a value that opens a clause is called after it, which gives it as what a figure is: "Correction: 780 is the
 * right number.", "Rättelse: 780 är den rätta siffran."
 */
export const VALUE_CALLED_RIGHT = new RegExp(
  `^ (?:is|är) (?:(?:the|den|det) )?(?:right|correct|rätt|rätta|korrekt|korrekta|riktig|riktiga)(?![${WORD_CHAR}])`,
  'i',
);

/** The adverbs that may follow a value given bare, which then counts nothing the text names ("49 nu", "780 instead"). */
const BARE_VALUE_ADVERBS = ['nu', 'now', 'i stället', 'istället', 'instead', 'totalt', 'in total', 'in all', 'st', 'stycken'];

/**
 * What may follow such a value, which then counts nothing the text names: the end of the clause, or an adverb
 * ("780.", "49 nu", "780 instead"). "300 mil", "7 december", "3 veckor" count another thing.
 */
export const VALUE_GIVEN_AFTER = new RegExp(`^(?: ?(?:[.,;:!?)–—]|$)| (?:${BARE_VALUE_ADVERBS.join('|')})(?![${WORD_CHAR}]))`, 'i');

/**
 * A value given alone in its clause, with an adverb of time or of sum on either side or none ("Update: Now 49.",
 * "Uppdatering: 49 nu.", "now 49 in total", "nu 49 totalt"): what stands before it (the whole clause before it), and
 * what follows it to the clause's end. "Nu 49 länder" counts what it names.
 */
const ALONE_ADVERBS = ['nu', 'numera', 'totalt', 'sammanlagt', 'now', 'in total', 'in all', 'altogether'];
export const VALUE_ALONE_BEFORE = new RegExp(`^\\s*(?:(?:${ALONE_ADVERBS.join('|')}),? ){0,2}$`, 'i');
export const VALUE_ALONE_AFTER = new RegExp(`^(?: (?:${[...ALONE_ADVERBS, ...BARE_VALUE_ADVERBS].join('|')})){0,2}[.!]?\\s*$`, 'i');

/**
 * What follows a number beside a statistic's figure in its clause that gives it another value, or may: a closing
 * bracket, an '=' or a '/' that joins the two, the clause's end, an adverb of a value given bare (see
 * `VALUE_GIVEN_AFTER`) or the body it is credited to — "252 barn kunde skyddas (253).", "[253]", "779 = 780
 * misstänkta", "250 greps, 251, och", "252 barn kunde skyddas, 253 enligt Europol", "250 arrested (251)". A number
 * a word follows counts that ("250 greps (i 30 länder)"); one a sign follows measures another quantity ("(5 %)", a
 * share of something the figure is, which says nothing against its value). Since the afternoon of 6 December an arrow
 * too, as a correction is written ("250 -> 260 greps", "250 » 260 greps" printed 260: helper 182).
 */
export const ALTERNATIVE_AFTER = new RegExp(
  `^(?: ?(?:[.,;:!?)\\]=/–—${ARROWS}»›>]|[-~]{1,2}>|<-|$)| (?:${[...BARE_VALUE_ADVERBS, 'enligt', 'according to', 'as reported by'].join('|')})(?![${WORD_CHAR}]))`,
  'i',
);

/**
 * The words a clause may say before a value an amendment gives and still name nothing it counts: a figure in general
 * ("Rättelse: det ska stå 780.", "the correct figure: 780"), and the words that give it (see `VALUE_GIVEN_BEFORE`). A
 * value after any other word is tied to what that word names ("PS: Min dotter är 12 nu.", "PS: Readers are now 780.",
 * "The ticket price is 25."), not to a statistic of the post. Lower case, one word each.
 */
export const FIGURE_SUBJECT_WORDS: readonly string[] = [
  'siffran', 'siffra', 'siffrorna', 'talet', 'antalet', 'det', 'den', 'detta', 'denna', 'rätt', 'rätta', 'korrekt', 'korrekta', 'riktig', 'riktiga',
  'ska', 'skall', 'bör', 'borde', 'måste', 'skulle', 'kan', 'torde', 'lär', 'kunna', 'är', 'var', 'vara', 'varit', 'blir', 'blev', 'bli', 'stå', 'står', 'stått', 'ha', 'har', 'hade', 'nu', 'numera', 'egentligen',
  'faktiskt', 'alltså', 'totalt', 'sammanlagt', 'ca', 'cirka', 'omkring', 'runt', 'drygt', 'minst', 'över', 'nästan', 'ungefär', 'till', 'så', 'och', 'men',
  'ändras', 'ändrats', 'ändrades', 'ändrad', 'ändrat', 'rättas', 'rättats', 'rättades', 'rättad', 'rättat', 'korrigeras', 'korrigerats', 'korrigerad',
  'uppdaterats', 'uppdaterad', 'justerats', 'justerad', 'ovan', 'de', 'dom',
  'figure', 'figures', 'number', 'count', 'total', 'the', 'it', 'this', 'that', 'correct', 'right', 'actual', 'should', 'must', 'would', 'be', 'is', 'are',
  'was', 'were', 'been', 'has', 'have', 'had', 'now', 'actually', 'in', 'fact', 'all', 'about', 'around', 'approximately', 'roughly', 'over', 'nearly',
  'almost', 'at', 'least', 'more', 'than', 'read', 'reads', 'say', 'says', 'to', 'corrected', 'changed', 'amended', 'updated', 'revised', 'adjusted',
  'above', 'they', 'there', 'so', 'and', 'but',
  // `MODAL_ADVERB`'s words.
  'förstås', 'självklart', 'naturligtvis', 'rätteligen', 'som', 'sagt', 'really', 'of', 'course', 'rightly', 'as', 'said', 'noted', 'stated', 'thus', 'therefore',
  // `CORRECTS_VALUE`'s "ought to be" and "may/might/could be", and the bounds of `TO_VALUE`.
  'ought', 'may', 'might', 'could', 'mer', 'fler', 'färre', 'mindre', 'än', 'fewer', 'less',
  // `CORRECTS_VALUE`'s "ska läsas" and "the true/real figure".
  'läsas', 'true', 'real',
];

/**
 * The subject that ties a value to the number of countries, the participants speaking of themselves ("Uppdatering:
 * Nu är vi 49.", "Update: We are now 49."), when the clause says the count changed (`COUNT_NOW`) or the label corrects
 * (`CORRECTION_LABEL`): "PS: Vi är 12." counts the people at a table, not the alliance.
 */
export const COUNTRIES_SUBJECT_WORDS: readonly string[] = ['vi', 'we'];
export const COUNT_NOW = anyWords('nu', 'numera', 'totalt', 'sammanlagt', 'redan', 'now', 'in total', 'in all', 'already');
export const CORRECTION_LABEL = anyWords('rättelse', 'korrigering', 'correction', 'corrected', 'erratum', 'corrigendum');

/**
 * Words that give a value as what a figure should be, or now is, and so amend the post with no label before them
 * ("Siffran ska vara 780.", "The figure should read 780.", "Nu är vi 49."): a reader hears a correction in them
 * where "Svaret är 780." states a value of no figure.
 */
export const CORRECTS_VALUE = anyWords(
  'ska vara', 'skall vara', 'bör vara', 'borde vara', 'måste vara', 'skulle vara', 'ska stå', 'nu är vi', 'vi är nu', 'should be', 'should read', 'should say',
  'ought to be', 'must be', 'we are now',
  // Since 4 December, "the number" with nothing counted after it, now a value ("Antalet är nu 49.", "The number is now
  // 49."): no word ties it to one statistic. Not "Antalet bilder är nu …", whose own words do.
  'antalet är nu', 'antalet är numera', 'the number is now', 'the count is now',
  // "Det ska alltså vara 780.", "It should actually be 780.": an adverb between the modal and its verb.
  `(?:ska|skall|bör|borde|måste|skulle)(?: ${MODAL_INSERT}){1,2} (?:vara|stå)`, `(?:should|must)(?: ${MODAL_INSERT}){1,2} (?:be|read|say)`,
  `ought(?: ${MODAL_INSERT}){1,2} to be`, `ought to(?: ${MODAL_INSERT}){1,2} be`,
  // "Det skulle alltså ha varit 780.", "It should thus have been 780.": what the figure should have been is what it is.
  `(?:ska|skall|bör|borde|måste|skulle)(?: ${MODAL_INSERT}){0,2} ha(?: ${MODAL_INSERT})? (?:varit|stått)`,
  `(?:should|must)(?: ${MODAL_INSERT}){0,2} have(?: ${MODAL_INSERT})? (?:been|read)`, `ought(?: ${MODAL_INSERT})? to have(?: ${MODAL_INSERT})? been`,
  // "Det kan vara 780.", "It might have been 780.": a value the post says the figure may have doubts the one it states.
  `(?:kan|torde|lär|skulle kunna)(?: ${MODAL_INSERT}){0,2} (?:vara|ha varit)`, `(?:may|might|could)(?: ${MODAL_INSERT}){0,2} (?:be|have been)`,
  // "Rätt siffra är 780.", "The correct figure is 780.": a value called the right figure replaces the one the post
  // states, as "Rättelse: 780 är den rätta siffran." does (`VALUE_CALLED_RIGHT`). Not "Rätt svar är 12." or "The right
  // time is 14.": only a figure, a number or a count is named.
  `(?:rätt|rätta|korrekt|korrekta|riktig|riktiga) (?:siffra|siffran|antalet|talet) (?:är|var)`,
  `(?:correct|right|actual|true|real) (?:figure|number|count) (?:is|was)`,
  // "Det ska läsas 780.", "It should be read as 780.": how the figure is to be read is what it is.
  '(?:ska|skall) läsas', 'should be read as',
  // "Det var egentligen 780.", "In fact it was 780.": what the figure in fact was is not what the post says it was. A
  // bare "Det var 780." states a value and corrects nothing, so the adverb is needed.
  'var egentligen', 'egentligen var det', 'was in fact', 'in fact it was', 'it was in fact',
);

/**
 * What a number an amendment gives may be instead of a figure: a time, a date, a page, a telephone number, an age
 * ("PS: Klockan är 14.", "Update: the time is now 14."). Beside one, no value it gives is untied (see `untiedValues`).
 */
export const OTHER_QUANTITY = anyWords(
  'klockan', 'kl', 'tiden', 'datum', 'datumet', 'sidan', 'sida', 'telefon', `telefonnummer${L}*`, 'numret', 'ålder', 'år gammal', 'år fyllda',
  "o'clock", 'time', 'date', 'page', 'phone', 'telephone', 'age', 'years old',
);

/** What the commitments are: an amendment that names them speaks of the list ("Uppdatering: målen ovan har ändrats"; see `speaksOf`). */
export const COMMITMENTS_TOPIC = anyWords(`punkt${L}*`, 'mål(?:en|et)?', `åtagand${L}*`, `förbind${L}*`, 'goals?', 'targets?', `commitment${L}*`, 'points?', 'bullets?', 'pledges?');

/**
 * A join in other words than the alliance's own, or as a membership or a place in the count ("Kanada skrev på i dag.",
 * "hakade på", "tackade ja", "Kanada är nu medlem.", "blev land nummer 49", "Canada is now a member.", "became the 49th
 * country"): heard as "anslöt sig" is, with a label (`COUNTRY_MEMBERSHIP`) or with news and none (`JOINED`).
 */
const JOINED_OTHERWISE = [
  // "skrev på" as a signature, not "wrote on" ("skrev på bloggen"): a time or the clause's end after it.
  `(?:skrev|skriver|skrivit|hakade|hakar|hakat) på(?= (?:i dag|idag|i går|igår|nu|också|även|efter|under|vid)(?![${WORD_CHAR}])|${CLAUSE_END})`, 'tackade ja', 'tackat ja',
  // A member of the alliance, not of another body ("är medlem i EU").
  `(?:är|blev|blir|blivit) (?:(?:nu|numera|i dag|idag|också|även) ){0,2}(?:en )?medlem(?= (?:nu|i dag|idag|också|även|i alliansen|i initiativet)(?![${WORD_CHAR}])|${CLAUSE_END})`,
  'blev (?:det )?(?:land nummer|[0-9]+:e landet)',
  `(?:is|are|became|becomes) (?:now |also )?(?:a )?members?(?= (?:too|as well|now|today|of the alliance|of the initiative)(?![${WORD_CHAR}])|${CLAUSE_END})`,
  'became the (?:[0-9]+(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty)-[a-z]+) country',
];

/** The alliance in Swedish, after a word of taking part ("deltar i alliansen"). */
const IN_ALLIANCE_SV = ' i (?:alliansen|initiativet|samarbetet)';

/** A country in the alliance, in English ("Canada is now part of the alliance.", "Canada is now in too."; not "is now in Brussels"). */
const IN_NOW = ['(?:is|are) (?:now |also )?part of', '(?:is|are) (?:now |also )?in(?= too| as well| the alliance| the initiative|\\s*(?:[.,;:!?)–—]|$))'];

/**
 * What an amendment says of a country it names that puts it in or out of the
 * alliance ("Belgien är inte med", "Välkommen Kanada!", "Kanada är också
 * ombord", "Kanada har anslutit sig", "has dropped out", "was left off the
 * list"; not a welcome to a place, "Välkommen till Sverige"), beside the
 * participating-countries rule's own words for joining (with news: `NEWS`)
 * and leaving (`states`, `reverses`; see `speaksOfCountries`).
 */
export const COUNTRY_MEMBERSHIP = anyWords(
  '(?:är|var|inte|ej|också|även|nu|numera|heller|längre) med', 'ombord', 'ingår', 'ingick', 'välkommen(?! till)', 'välkomna(?! till)', 'har (?:nu )?(?:anslutit|gått med|tillkommit)', `gick med${NOT_CONSENT_OR_COMPANY}`, `undertecknat${L}*`, 'skrivit under', 'skrev under',
  // A join in the past, or a country with "med" closing the clause after "även" ("Kanada anslöt sig i dag.", "Kanada
  // undertecknade i dag.", "Nu är även Kanada med.", "det fyrtionionde landet att gå med"); not a consent ("gick med på").
  'anslöt sig', 'anslöts', 'undertecknade', `(?:även|också) [${LETTER}]+(?: [${LETTER}]+)? med${CLAUSE_END}`, `gå med${NOT_CONSENT_OR_COMPANY}`,
  'hoppat av', 'hoppade av', 'hör inte', 'hör hit', `(?:saknas|saknade|fattas|fattades|glömd|glömt|glömde)`,
  'on board', 'welcome(?! to)', '(?:has|have) (?:now )?joined(?! forces| hands)', 'signed', 'dropped out', 'pulled out', 'left off', 'left out', '(?:not|no longer) (?:in|on|part of|among)', "doesn't belong", 'does not belong',
  // In now, as the negations above say out ("Canada is now part of the alliance.", "Canada is now in too."); not in a place ("is now in Brussels").
  ...IN_NOW,
  // Joined, or the country "to join", the alliance or with nothing after ("the forty-ninth country to join."); not a meeting.
  '(?:joined|to join)(?= too| as well| today| now| the alliance| the initiative|\\s*(?:[.,;:!?)–—]|$))',
  // Joined at a time ("Canada joined yesterday.", "joined after the dinner", "joined in March"), as "anslöt sig i går",
  // "anslöt sig efter middagen" are heard; joining the event itself is none (`EVENT_JOINED`).
  `joined(?= (?:yesterday|earlier|later|last|this|after|before|following|since|during|at|on|in (?:${MONTHS}|[0-9])))`,
  ...JOINED_OTHERWISE,
);

/**
 * What may follow a join in the present, in Swedish: the alliance or its declaration, a time or news, or the clause's
 * end ("ansluter sig till alliansen", "går med i dag", "undertecknar."; since later on 5 December with "formellt" or
 * "officiellt" before the time or the alliance: "ansluter sig formellt i dag", "ansluter sig formellt till
 * alliansen"); not another thing joined or signed ("ansluter sig till kritiken", "går med i kören", "undertecknar ett
 * handelsavtal"), since later on 5 December after the time too ("ansluter sig i dag till kritiken").
 */
const JOINED_SV = '(?:alliansen|initiativet|samarbetet|deklarationen)';
const JOINS_NOW_SV =
  `(?=(?: formellt| officiellt)? (?:till |i )?${JOINED_SV}` +
  `|(?: sig)?(?: formellt| officiellt)? (?:i dag|idag|nu|numera|också|även|i kväll|i eftermiddag)(?![${WORD_CHAR}])(?! till (?!${JOINED_SV}))` +
  `|${CLAUSE_END})`;
/** As `JOINS_NOW_SV`, in English ("joins the alliance", "signs today.", "is joining too"; not "joins the debate", "signs the bill"). */
const JOINS_NOW_EN = `(?= (?:up )?(?:to )?(?:the )?(?:alliance|initiative|declaration)| up(?=${CLAUSE_END.slice(3, -1)})| (?:today|now|too|as well|tonight)(?![${WORD_CHAR}])|${CLAUSE_END})`;

/**
 * The English present progressive's auxiliary, since later on 5 December with an adverb after it ("is joining", "is now
 * joining", "are officially signing", "is now pulling out"), as "'s now pulling out" is spelled (`CONTRACTED_AUXILIARY`).
 */
const PROGRESSIVE_EN = '(?:is|are)(?: (?:now|also|officially|formally|finally))?';

/**
 * A country's join, said with no label ("Kanada undertecknade i dag.", "I dag anslöt sig även Kanada.", "Canada signed
 * today."): with news (`NEWS`) it is one since the list was made, which changes the count when the list does not name
 * the country (see `joinedUnlabelled`).
 */
export const JOINED = anyWords(
  'anslöt sig', 'anslöts', 'anslutit', `gick med${NOT_CONSENT_OR_COMPANY}`, `gått med${NOT_CONSENT_OR_COMPANY}`, 'tillkommit', 'undertecknade', 'undertecknat', 'skrev under', 'skrivit under',
  'joined(?! forces| hands)', 'signed', ...JOINED_OTHERWISE,
  // Since 5 December, in the present, which with news is a join as the past is ("Kanada ansluter sig i dag.", "Canada
  // joins today."), of the alliance or of nothing named: the present joins a debate or signs a bill as often.
  `(?:ansluter(?: sig)?|ansluts|går med|undertecknar|skriver under)${JOINS_NOW_SV}`, `(?:joins|${PROGRESSIVE_EN} joining|signs|${PROGRESSIVE_EN} signing)${JOINS_NOW_EN}`,
  // Since 4 December, taking part or being in, which with news is a join ("Kanada deltar nu.", "Kanada är nu med.", "Nu är
  // även Kanada med.", "Canada came on board today.", "Canada is now in."); not taking part in an event ("deltar nu i mötet").
  `(?:deltar|medverkar)(?: (?:nu|numera|också|även))?(?=${IN_ALLIANCE_SV}|${CLAUSE_END})`, `(?:är )?(?:nu|numera|också|även) med(?=${IN_ALLIANCE_SV}|${CLAUSE_END})`,
  `(?:även|också) [${LETTER}]+(?: [${LETTER}]+)? med${CLAUSE_END}`, `ombord(?= nu| i dag| idag| också| även|${CLAUSE_END})`,
  `on board(?= too| as well| today| now|${CLAUSE_END})`, ...IN_NOW,
);

/**
 * Since 4 December, a join or a leaving said in the perfect: what comes before it ("Kanada har anslutit sig.", "Enligt
 * uppgift har Kanada anslutit sig.", "Canada has joined.", "Belgium has withdrawn."), which a post reports as news as
 * "i dag" does (see `joinedUnlabelled`). Not a modal's perfect ("would have joined"; Swedish has "ha" there), nor the
 * pluperfect ("hade anslutit sig", "had joined"), which may say what was before the list or what did not happen.
 */
export const PERFECT_BEFORE = new RegExp(
  `(?<![${WORD_CHAR}])(?<!(?:would|could|should|might|may|must|will|shall|to) )(?:har|has|have)(?: [${LETTER}'’]+){0,3} $`,
  'i',
);

/**
 * Since 4 December, a time other than today that dates a join or a leaving right after it ("undertecknade i går",
 * "undertecknade efter mötet", "undertecknade under middagen", "joined yesterday", "joined after the dinner", "joined
 * in March"): with no label a dated join is news as one today is (see `joinedUnlabelled`). Not a year, which may be
 * before the alliance and of another treaty ("undertecknade 2007").
 */
export const DATED_AFTER = new RegExp(
  `^(?: sig)?(?: i går| igår| i förrgår| i morse| i kväll| i natt| i helgen| tidigare| senare| efter| under| vid| före| innan| inför| på (?:mötet|konferensen|middagen)| i (?:${MONTHS_SV})| förra| yesterday| earlier| later| last| this| after| before| following| during| at| on| in (?:${MONTHS_EN}))(?![${WORD_CHAR}])`,
  'i',
);

/**
 * Since 4 December, a country's government in the genitive ("Kanadas regering", "USA:s regering", "Canada's
 * government"), which joins or leaves as the country does, as "Regeringen i Kanada" names it (see `joinedUnlabelled`):
 * the genitive's ending and the government's word, which leave the country's name. Not its minister, who is no country.
 */
export const GOVERNMENT_OF = new RegExp(`(?<=[${LETTER}])(?:['’]s|:s|s) (?:regering|regeringen|government|administration)(?![${WORD_CHAR}])`, 'gi');

/**
 * Since 5 December, "'s" for "has" or "is" before a join, a leaving or a membership ("Canada's joined today.",
 * "Belgium's pulling out today.", "Canada's been a member since March."), which the readers hear once it is spelled out
 * (`auxiliariesSpelled`): the verb, then a time, news, what is joined or the clause's end, so that a genitive before a
 * participle or a noun stays one ("Canada's signed copy", "Canada's joining fee", "Belgium's left wing"). Group 1 is
 * "is"'s verb, group 2 "has"'s. Since later on 5 December, up to two adverbs may stand before the verb, a negation
 * among them ("Canada's just joined today.", "Sweden's not yet joined.", "Sweden's still not a member."), and "yet to"
 * is "is yet to" ("Sweden's yet to sign."): the verb still decides, and what must follow it, so "Canada's recently
 * signed agreement" stays a genitive. What follows is the alliance's: a membership or the declaration of another body,
 * another day's meeting, a particle before another thing keep the genitive ("Sweden's not a member of NATO.",
 * "Canada's just signed the declaration of intent", "Belgium's just left today's meeting", "China's finally joining in
 * the fun"); and "to the declaration" is the alliance's ("Canada's acceded to the declaration."), as is "the Global Alliance".
 * Since the evening of 5 December, the country's own signature, support, name or membership after the verb too
 * ("Sweden's formally withdrawn its signature from the declaration."; not "Belgium's left its mark"), any adverb in
 * "-ly" before the verb ("Sweden's quietly withdrawn its support."; "reportedly", "apparently" were two of them), and
 * "suspended", "frozen", "renounced", "revoked", "ended", "paused", "terminated", "cancelled", "abandoned" ("Denmark's
 * suspended its membership.").
 */
export const CONTRACTED_AUXILIARY = new RegExp(
  `(?<=[${LETTER}])['’]s (?=(?:(?:just|already|finally|now|also|recently|formally|officially|since|today|still|not|never|yet|no longer|[${LETTER}]+ly) ){0,2}` +
    `(?:(joining|signing|leaving|pulling out|dropping out|quitting|withdrawing|taking part|now|also|not|no longer|yet to (?:join|sign|ratify|accede|become))|` +
    `(joined|signed|withdrawn|left|pulled out|pulled|dropped out|quit|ratified|acceded|suspended|frozen|renounced|revoked|ended|paused|terminated|cancelled|abandoned|been|become|come on board))` +
    `(?:${CLAUSE_END}| (?:today|now|too|as well|yesterday|again|since)(?![${WORD_CHAR}'’])| (?:up|on|in|out)(?=${CLAUSE_END}| (?:today|now|too|as well))` +
    `| a (?:member|party)(?=${CLAUSE_END}| of the (?:alliance|initiative)| (?:today|now|too|since|again))| part of (?:it|the alliance|the initiative)(?![${WORD_CHAR}])` +
    `| (?:to |from |of )?the (?:global )?(?:alliance|initiative|declaration)(?![${WORD_CHAR}'’]| of| on| for)` +
    `| (?:its|their) (?:signature|support|name|membership|participation|backing)(?![${WORD_CHAR}])))`,
  'gi',
);

/**
 * Since 4 December, a welcome to a country that opens its name ("Välkommen Kanada!", "Välkommen, Kanada!", "Welcome
 * Canada!"): a new member greeted, with no label (see `joinedUnlabelled`). Not a welcome to a place or to the blog
 * ("Välkommen till Kanada!", "Welcome to the blog, Canada!"), which the name must follow at once.
 */
export const WELCOME_TO = words('välkommen', 'välkomna', 'welcome');

/**
 * Since 4 December, a country no longer in, said with no label ("Belgien är inte längre med.", "Belgium is no longer
 * in."): a leaving whose negation is its meaning (see `leftUnlabelled`). Not an event ("inte längre med i mötet") nor
 * a place ("no longer in Brussels").
 */
export const NO_LONGER = anyWords(
  `(?:inte|ej) längre (?:med|medlem|deltar|ombord)(?=${IN_ALLIANCE_SV}|${CLAUSE_END})`,
  `no longer (?:in|a member|on board|takes part|participates)(?= (?:of |in )?the (?:alliance|initiative)|${CLAUSE_END})`,
  'no longer part of the (?:alliance|initiative)',
);

/**
 * Since 4 December, the participants saying that they are now more, or fewer, than a number ("Nu är vi fler än 48.",
 * "We are now more than 48."): the direction and the number (see `countPassed`). Not "more" with no number ("Vi är nu
 * fler som arbetar mot övergrepp"), where "vi" may be anyone.
 */
export const COUNT_PASSED = new RegExp(
  `(?<![${WORD_CHAR}])(?:nu är vi|vi är nu|numera är vi|vi är numera|we are now|we now are) (fler än|mer än|över|färre än|under|more than|over|fewer than|less than) ([0-9]+)(?![${WORD_CHAR}])`,
  'i',
);

/** What may follow a country's leaving in Swedish: the alliance, a time word, or the clause's end ("hoppade av i dag."; not "drog sig ur mötet"); since the afternoon of 5 December "också" at the clause's end ("hoppade av också."). */
const LEFT_SV_AFTER = `(?= (?:ur )?(?:alliansen|initiativet|samarbetet)| i dag| idag| nu| i går| igår| i förrgår| i morse| i kväll| i natt| i helgen| (?:också|även)${CLAUSE_END}|${CLAUSE_END})`;
/** "Också" or "även" after a leaving's verb; since the evening of 5 December before the alliance too ("Belgien lämnar också alliansen."). */
const ALSO_SV = '(?: också| även)?';
/** As `LEFT_SV_AFTER`, in English ("withdrew today.", "pulled out of the alliance"; not "withdrew its proposal"). Since the afternoon of 5 December "too" at the clause's end too ("Belgium left too."; not "left too early"). */
const LEFT_EN_AFTER = `(?= (?:from |of )?(?:the )?(?:alliance|initiative)| today| now| (?:too|as well)${CLAUSE_END}|${CLAUSE_END})`;

/**
 * A country's leaving, said with no label ("Belgien hoppade av i dag.", "Belgien lämnade alliansen i dag.", "Belgium
 * withdrew today."): with news (`NEWS`) it is one since the list was made, which changes the count when the list names
 * the country (see `leftUnlabelled`).
 */
export const LEFT = anyWords(
  // Since 5 December in the present too ("Belgien lämnar alliansen i dag.", "Belgium withdraws today."); "leaves" only as below, a noun as often.
  `(?:hoppade|hoppat|hoppar)${ALSO_SV} av${LEFT_SV_AFTER}`, `(?:(?:lämnade|lämnat|lämnar)${ALSO_SV}|(?:gick|gått|går)${ALSO_SV} ur) (?:alliansen|initiativet|samarbetet)`,
  `(?:drog|dragit|drar) sig${ALSO_SV} ur${LEFT_SV_AFTER}`, `(?:utträdde|utträder|trädde ut|träder ut)${LEFT_SV_AFTER}`,
  // Since the afternoon of 5 December "lämnar" and "leaves" with nothing after them but "också" or "too", at the clause's
  // end ("Belgien lämnar också.", "Belgium leaves too."); not with an object ("lämnar också ett bidrag", "leaves for Paris").
  `(?:lämnade|lämnar)${ALSO_SV}${CLAUSE_END}`, `leaves(?: too| as well)?${CLAUSE_END}`,
  `(?:withdrew|withdrawn|withdraws|pulled out|pulls out|dropped out|drops out|quit|quits)${LEFT_EN_AFTER}`,
  '(?:left|leaves|quit|quits) the (?:alliance|initiative)', `${PROGRESSIVE_EN} (?:leaving|withdrawing|pulling out|dropping out|quitting)${LEFT_EN_AFTER}`,
  // Since 4 December, "left" with no object, at a time or at the clause's end ("Belgium left today."; not "left the meeting").
  `left${LEFT_EN_AFTER}`,
);

/** What an event is called, where a country's minister or delegation may be missing from it. */
const EVENTS = [
  `presskonferens${L}*`, `pressträff${L}*`, `middag${L}*`, 'ministermiddag(?:en)?', `lunch${L}*`, `frukost${L}*`, `mottagning${L}*`, 'möte(?:t|n|na)?', 'expertmöte(?:t|na)?',
  'ministermöte(?:t|na)?', 'toppmöte(?:t|na)?', `konferens${L}*`, `ceremoni${L}*`, `fotografering${L}*`, `seminari${L}*`,
  'press conferences?', 'press briefings?', 'briefings?', 'dinners?', 'lunch(?:es)?', 'breakfasts?', 'receptions?', 'meetings?', 'conferences?', 'ceremon(?:y|ies)',
  'photo (?:call|session)s?', 'seminars?', 'summits?',
];
/**
 * Taking part, or not, in an event rather than in the alliance ("deltar inte i morgondagens presskonferens", "som
 * inte var med på middagen", "did not take part in the dinner", "did not attend the meeting", "missed the dinner"): no change of who takes part, whoever is named. Not
 * with "längre" ("deltar inte längre i alliansens möten"), which says what has changed.
 */
export const EVENT_ATTENDANCE = phrasePattern(
  (alternation) => `(?<![${WORD_CHAR}])(?:${alternation})(?![${WORD_CHAR}])`,
  [
    `(?:deltar|deltog|deltagit|delta|medverkar|medverkade|medverkat|närvarar|närvarade|(?:är|var|varit|vara) med|takes? part|took part|taking part|participat${L}*|attend${L}*|was|were|is|are|be)(?: (?:inte|ej|heller|aldrig|not|never))? (?:i|på|vid|under|in|at)(?: [${LETTER}]+(?:['’]s)?){0,2}? (?:${EVENTS.join('|')})`,
  ],
  'gi',
  undefined,
  WORD_CHAR,
);

/**
 * English attends or misses an event with no preposition: "did not attend the meeting", "missed the dinner". A
 * pattern apart from `EVENT_ATTENDANCE`: as one more of its alternatives, whose "attend" it shares, it was more than
 * recheck could prove linear.
 */
export const EVENT_MISSED = phrasePattern(
  (alternation) => `(?<![${WORD_CHAR}])(?:${alternation})(?![${WORD_CHAR}])`,
  [`(?:(?:did|does|do|will) not |(?:did|does|do)n['’]t |never )?(?:attend|attends|attended|miss|misses|missed)(?: [${LETTER}]+(?:['’]s)?){0,2}? (?:${EVENTS.join('|')})`],
  'gi',
  undefined,
  WORD_CHAR,
);

/**
 * Joining an event rather than the alliance ("Kanadas minister anslöt sig till middagen", "gick med i
 * presskonferensen", "has joined the press conference", "joined us for dinner"): no change of who takes part, whoever
 * joins. Joining at an event is no such thing ("Kanada anslöt sig vid mötet", "Canada joined at the summit"), nor is a
 * join of the alliance there ("anslöt sig till alliansen på mötet", "joined the alliance at the dinner"), nor one today
 * ("anslöt sig i dag"), nor one before or after it ("joined after the dinner", "anslöt sig till samarbetet efter
 * middagen"): a word of those between the join and the event keeps it a join.
 */
const EVENT_ALTERNATION = EVENTS.join('|');
export const EVENT_JOINED = phrasePattern(
  (alternation) => `(?<![${WORD_CHAR}])(?:${alternation})(?![${WORD_CHAR}])`,
  [
    `(?:anslöt|ansluter|anslutit|ansluta|gick med|går med|gått med|gå med)(?: sig)? (?:till|i)(?: (?!(?:allians|initiativ|samarbet)|(?:dag|går|vid|på|under|efter|före|innan|inför|sedan)(?![${LETTER}]))[${LETTER}]+(?:[:'’]s)?){0,2}? (?:${EVENT_ALTERNATION})`,
    `(?:joined|joins|join|joining)(?: (?!(?:alliance|initiative|cooperation|at|in|on|during|today|now|after|before|since|following|ahead|prior)(?![${LETTER}]))[${LETTER}]+(?:['’]s)?){0,2}? (?:${EVENT_ALTERNATION})`,
  ],
  'gi',
  undefined,
  WORD_CHAR,
);

/** What an amendment says of the list of countries that changes it ("två länder har lagts till", "the countries listed were missing one"). */
export const COUNTRY_LIST_CHANGE = anyWords(
  `(?:stryk|ströks|struk|strök|tillkom|utelämna)${L}*`, 'lagts till', 'lades till', 'fallit bort', 'föll bort',
  'missing', 'omitted', 'added', 'removed', 'struck', 'dropped', 'forgot(?:ten)?',
);

/** Words that make what an amendment says news, a change since the post: "nu", "också", "ytterligare", "now", "too", "as well". */
export const NEWS = anyWords(
  'nu', 'numera', 'också', 'även', 'ytterligare', 'fler', 'färre', 'sedan dess', 'idag', 'i dag', 'nyligen',
  // Countries more, "till" after them as "more" after "countries" ("ett par länder till har anslutit sig"); not "länder till mötet".
  `(?:länder|land) till(?= (?:har|hade|är|blev|kan|ska|anslöt|gick|skrev|undertecknade)(?![${WORD_CHAR}])|\\s*(?:[.,;:!?)–—]|$))`,
  'now', 'also', 'too', 'as well', 'more', 'fewer', 'another', 'since', 'today', 'recently', 'newly',
  // A place in the count past the post's, as a join gives it ("blev land nummer 49", "became the 49th country").
  'land nummer [0-9]+', '[0-9]+:e landet', '[0-9]+(?:st|nd|rd|th) country', '(?:twenty|thirty|forty|fifty|sixty)-[a-z]+ country',
);

/** Words for a list: an error in the countries' list speaks of it ("Rättelse: listan över länder i länken stämmer inte"). */
export const LIST_WORDS = anyWords(`list${L}*`);

/** What the participants are called, as a list rather than an alliance ("länderna", "the countries", "medlemmarna"): see `speaksOfCountries`. */
export const COUNTRIES_TOPIC = anyWords(`länd${L}*`, 'land', 'countr(?:y|ies)', 'stater', 'staterna', 'states', `nation${L}*`, `medlem${L}*`, 'members?', `deltagar${L}*`, 'participants?');

/**
 * Words that point back at what stands right before them, as a block after the commitments' list points at the list
 * without naming it: a part of it ("inget av detta", "ingen av dessa", "none of this", "none of the above"),
 * anywhere in the block; "Detta", "Dessa", "This", "These", "Ovanstående", "The above" opening it; or the list as a
 * whole or its items as proposals ("listan", "förslagen", "allt detta", "samtliga", "all of this", "the above"),
 * anywhere. Saying it was withdrawn or never adopted, the block takes the list back (see `takesBack`). Not "det"/"it"
 * alone, the dummy subject of many a sentence ("Det är inte lätt att skydda barn på nätet.").
 */
const POINTED_AT = ['detta', 'dessa', 'det här', 'de här', 'det ovanstående', 'ovanstående', 'this', 'these', 'the above'];
/** A part of what a block points back at: with a negation, a quantifier over the list ("inget av detta", "none of the above"). */
export const PART_OF_LIST = anyWords(`(?:inget|ingen|inga|ingenting|något|någon|några|none|nothing|any|neither|not one) (?:av|of) (?:${[...POINTED_AT, 'dem', 'de', 'det', 'them', 'those', 'it'].join('|')})`);
export const LIST_REFERENCE: readonly RegExp[] = [
  PART_OF_LIST,
  phrasePattern((alternation) => `^[^${WORD_CHAR}]*(?:${alternation})(?![${WORD_CHAR}])`, POINTED_AT),
  anyWords(
    'listan', 'förslag(?:et|en|a)', '(?:allt|alla) (?:detta|dessa|det här|de här|det ovanstående|ovanstående)', 'samtliga',
    'all of (?:this|these|them|it|the above)', 'all (?:this|these)', 'the above', 'the list', 'the proposals?', 'each of (?:them|these)',
  ),
];

/**
 * What it is to adopt, agree to or hold to the commitments ("antogs", "gäller", "förbinder sig", "adopted",
 * "applies"): negated over a part of the list ("Inget av detta antogs.", "Länderna förbinder sig inte till något av
 * detta.", "None of the above applies any more.") the block takes the list back (see `takesBack`).
 */
const ADOPTED_SV = [
  'antogs', 'antagits', 'antagna', 'antaget', 'godkändes', 'godkänts', 'godkända', 'godkänt', 'genomfördes', 'genomförts', 'genomförda', 'genomfört',
  'beslutades', 'beslutats', 'fastställdes', 'fastställts',
];
const ADOPTED_EN = ['adopted', 'approved', 'implemented', 'agreed', 'accepted', 'ratified', 'enacted', 'passed'];
/**
 * What may follow "gäller" or "applies" when it says the list is in force ("gäller längre", "applies any more", a
 * clause's end): not whom it concerns ("Inget av detta gäller barnen som redan utsatts.", "None of this applies to
 * children abused before."), which withdraws nothing.
 */
const IN_FORCE = `(?= (?:längre|numera|heller|mer|nu|idag|i dag|any ?more|any longer|now|today|still|either|yet)(?![${WORD_CHAR}])|\\s*(?:[.,;:!?)–—]|$))`;
export const LIST_ADOPTION = words(...ADOPTED_SV, 'blev av', `gäller${IN_FORCE}`, `gällde${IN_FORCE}`, `förbind${L}*`, `förband${L}*`, ...ADOPTED_EN, `appl(?:y|ies|ied)${IN_FORCE}`, `commit${L}*`);

/**
 * What a block says of what it points back at that takes the list back: withdrawn, struck, turned down or no
 * longer in force ("Förslagen ovan antogs aldrig.", "Allt detta ströks senare.", "Dessvärre föll förslaget.",
 * "All of this was later dropped.", "These were never adopted."); see `takesBack`.
 */
export const LIST_WITHDRAWAL = words(
  `(?:${ADOPTED_SV.join('|')}) (?:aldrig|inte|ej)`, `(?:aldrig|inte|ej) (?:${ADOPTED_SV.join('|')})`, 'blev (?:aldrig|inte|ej) av',
  'inte längre gäller', 'upphör(?:t|de)? att gälla',
  'ströks', 'strök', 'stryks', 'strykas', 'strukits', `struk${L}*`, 'drogs tillbaka', 'dragits tillbaka', 'dras tillbaka', 'tillbakadrag(?:en|et|na)',
  // "föll i god jord", "struck a chord": what falls or strikes there is not struck off.
  'föll(?! (?:i|på|väl|ut|in|inom|under|sig)(?![^ .,;:!?]))', 'fallit',
  `upphäv${L}*`, 'avslogs', 'avslagits', 'avslagna', 'förkastades', 'förkastats', 'förkastade', 'röstades (?:ned|ner)', 'röstats (?:ned|ner)', 'skrotades', 'skrotats', 'skrotade',
  `(?:never|not|[${LETTER}]+n['’]t) (?:been |be |yet |formally )?(?:${ADOPTED_EN.join('|')})`, 'dropped', 'withdrawn', 'withdrew', 'rejected', 'abandoned', 'scrapped', 'struck(?! (?:me|us|him|her|them|many|a|an|the|home)(?![^ .,;:!?]))',
  'voted down', 'overturned', 'repealed', 'revoked', 'rescinded', `no longer appl${L}*`, 'no longer (?:hold|stand)s?',
);

// What opens a footnote stands apart: src/text/marks.ts reads it, and src/text reads nothing of src/extract, as this module does.
export { FOOTNOTE_MARK, starMark, SUPERSCRIPT_MARK, TYPED_NOTE_NUMBER } from './noteMarks.js';
/**
 * What a note under a listed country's mark says that puts its taking part after the post, or from a time on: a join
 * to come, said in the present as a note says it ("¹ Sverige ansluter sig i januari.", "går med", "blir medlem",
 * "undertecknar", "Sweden joins in January.", "is joining", "becomes a member", "signs"), one only from a time on or
 * later ("först 2013", "från och med januari", "fr.o.m.", "senare", "only in 2013", "from January", "as of", "later",
 * "next year"). A year in such a note is set against the post's date (see `readCountryList`).
 */
export const JOINS_LATER = anyWords(
  `ansluter`, 'ansluts', `går med${NOT_CONSENT_OR_COMPANY}`, 'blir (?:en )?(?:medlem|del|deltagare)', 'undertecknar', 'skriver under', `ratificerar`, 'träder in', 'tillträder',
  'först', 'förrän', 'från och med', 'fr\\.? ?o\\.? ?m', `från (?:${MONTHS}|nästa)`, 'senare', 'sedermera', 'efteråt', 'nästa år', 'kommande',
  'joins', '(?:is|are) joining', 'becomes? (?:a )?(?:member|part|participant)', 'signs', 'ratifies', 'accedes',
  'only (?:in|from|after|on|as of)', 'until', `from (?:${MONTHS}|next)`, 'as of', 'starting', 'effective', 'later', 'subsequently', 'afterwards', 'next year', 'upcoming',
);

/**
 * What says a listed country's taking part is done, in a note that names a month ("¹ Sverige anslöt sig i december.",
 * "deltar sedan mars", "Sweden joined in March."): a note that names one without it may set the taking part after the
 * post ("¹ Sverige deltar i januari.", "¹ Sweden takes part in January."), and is not read whole (see `readCountryList`).
 */
export const MONTH_NAMED = anyWords(MONTHS);
export const JOIN_DONE = anyWords(
  'anslöt', 'anslöts', 'anslutit', 'anslutits', 'gick med', 'gått med', 'deltog', 'deltagit', 'medverkade', 'medverkat', 'undertecknade', 'undertecknat',
  'skrev under', 'skrivit under', 'ratificerade', 'ratificerat', 'blev', 'varit', `sedan (?:${MONTHS})`,
  'joined', 'signed', 'ratified', 'took part', 'taken part', 'participated', 'became', 'been', `since (?:${MONTHS})`,
);

/** A month named right before a year ("januari 2012", "5 december 2012", "December 5, 2012"): its name, in group 1. */
export const MONTH_BEFORE_YEAR = new RegExp(`(?:^|[^${LETTER}])(${MONTHS})(?: [0-9]{1,2}(?:st|nd|rd|th)?,?)? $`, 'i');
/**
 * A day with its month and year, which the post's date can be weighed against: in numbers, day first ("5/12 2012",
 * "5/12/2012", "5.12.2012"), or its month named ("5 december 2012", "5th of December, 2012", "December 5, 2012").
 * Named groups: `day`, `month` (a number or a name), `year`.
 */
export const FULL_DATES: readonly RegExp[] = [
  /(?<![0-9/.,])(?<day>0?[1-9]|[12][0-9]|3[01])(?:[/.-]| ?\/ ?|\. )(?<month>0?[1-9]|1[0-2])(?:[/.-] ?| )(?<year>(?:19|20)[0-9]{2})(?![0-9])/g,
  new RegExp(`(?<![0-9])(?<day>[0-9]{1,2})(?::e|:a|st|nd|rd|th)?\\.? (?:of )?(?<month>${MONTHS})(?: år)?,? (?<year>(?:19|20)[0-9]{2})(?![0-9])`, 'gi'),
  new RegExp(`(?<![${LETTER}])(?<month>${MONTHS}) (?<day>[0-9]{1,2})(?:st|nd|rd|th)?,? (?<year>(?:19|20)[0-9]{2})(?![0-9])`, 'gi'),
];
/** Each month's number by its name, in either language. */
export const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(
  [MONTHS_SV, MONTHS_EN].flatMap((names) => names.split('|').map((name, at) => [name, at + 1] as const)),
);

/**
 * Words that doubt what a note under a listed country's mark says, or the source it gives: a draft, a doubt, a guess,
 * a word not yet confirmed ("¹ Källa: utkast, Sverige tveksamt.", "¹ Source: draft.", "unconfirmed"). A note with
 * one, a source's or not, is not read whole (see `readCountryList`).
 */
export const DOUBTED = anyWords(
  `utkast${L}*`, `tveksam${L}*`, `osäker${L}*`, `oklar${L}*`, `obekräftad${L}*`, 'obekräftat', `ovis${L}*`, `provisori${L}*`, `tillfällig${L}*`,
  `tvivel${L}*`, `ifrågasatt${L}*`, `omstridd${L}*`, 'omstritt', 'möjligen', 'möjligtvis', 'troligen', 'troligtvis', 'sannolikt', 'förmodligen', 'antagligen',
  `drafts?`, `doubt${L}*`, `uncertain${L}*`, 'unclear', 'unconfirmed', 'unverified', `tentative${L}*`, `probabl${L}*`, `possibl${L}*`, `presumabl${L}*`,
  'likely', 'unlikely', 'disputed', 'questionable', 'to be confirmed', 'tbc',
  // Since 4 December: hearsay, a guess, a leak, a proposal, an unknown or unofficial source, and a confirmation denied.
  `rykte${L}*`, `overifierad${L}*`, 'overifierat', `gissning${L}*`, `läckt${L}*`, `förslag${L}*`, 'okänd', 'okända', 'okänt', `anonym${L}*`,
  `spekulation${L}*`, `inofficiell${L}*`, `(?:ej|inte|icke)(?: ännu| heller)? bekräftad${L}*`, '(?:ej|inte|icke)(?: ännu)? bekräftat',
  `rumou?rs?`, `speculat${L}*`, 'unofficial', 'unknown', `leak${L}*`, `guess${L}*`, 'anonymous', `proposal${L}*`,
  `not(?: yet)? (?:been )?(?:confirmed|verified)`,
);

/**
 * The label of a note that only gives a source ("¹ Källa: regeringen.", "¹ Source: the government."): what follows it
 * names where the list comes from, and says nothing against a country's taking part (see `readCountryList`).
 */
export const SOURCE_LABEL = /^(?:källa|källor|source|sources)\s*:\s*/i;

/** A signing or a ratifying not yet done narrows a count of who takes part: "har ännu inte skrivit under", "yet to sign". */
const SIGNED_SV = `(?:skrivit under|undertecknat|signerat|ratificerat)`;
const SIGN_EN = `(?:sign|ratif)${L}*`;
/**
 * A note that says only that the figure is an estimate ("*Estimate."): a source's estimate ("Källa: UNODC:s
 * uppskattning") is no more than its source.
 */
const ESTIMATE_ALONE = '(?:estimates?|uppskattning(?:ar)?)';
/**
 * Words with which a footnote narrows what a figure counts: "*Six of the countries take part only as observers.", "†
 * The Rescue figures are provisional.", "*Six have yet to sign.", "*Pending ratification.", "*Estimate.", "** Figures
 * for Europe alone." (see `findQualifyingFootnotes`). A footnote that names a source, credits a photo or links on has
 * none; "gäller" and "applies" restate as often as they narrow ("Siffrorna gäller 2011"). "alone" narrows only after a
 * place ("for Europe alone"), not in "No country can do this alone."; "uppskatta" alone is to appreciate, and an estimate
 * narrows only as what the figure is ("*Estimate.", "*The figure is an estimate."), not as a source's ("¹ Källa:
 * UNODC:s uppskattning.").
 */
export const FOOTNOTE_QUALIFIER = anyWords(
  'bara', 'enbart', 'endast', 'utom', 'förutom', 'exklusive', 'inklusive', `observatör${L}*`, `preliminär${L}*`, 'avser',
  `(?:inte|ej|aldrig) (?:ännu |än )?${SIGNED_SV}`, `(?:ännu|än) (?:inte|ej) ${SIGNED_SV}`, 'i väntan på', 'inväntar', 'uppskattningsvis',
  'only', 'except', 'excluding', 'including', 'observers?', 'provisional', 'preliminary', 'estimated', 'refers? to', 'covers?',
  `(?:not|never|yet to|(?:haven|hasn|hadn|aren|isn|weren|wasn)['’]t)(?: yet)? (?:been )?${SIGN_EN}`, 'pending', 'awaiting', `(?:for|in|within) (?:the )?[${LETTER}]+ alone`,
  `(?:is|are|was|were|är|var) (?:an? |en )?(?:estimates?|uppskattning${L}*|uppskattade?)`,
);
/**
 * Counts of a part of what a figure counts, in a footnote under its mark: "*Two of them in principle.", "*Två av
 * länderna med förbehåll.", "(varav två …)", "*Of these, six …", or a count in words that opens the note ("*Two still
 * to be confirmed.", "*Två återstår att bekräfta."; `FOOTNOTE_PART_OPENING`). Such a note narrows the figure unless
 * the tool reads its every other word (see `findQualifyingFootnotes`).
 */
const PART_COUNTS = [
  'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'några', 'flera', 'vissa', 'somliga', 'ett par', 'ett fåtal',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'some', 'several', 'a few', 'a couple',
];
export const FOOTNOTE_PART = anyWords(
  ...[...PART_COUNTS, 'en', 'ett', 'one'].map((count) => `${count} (?:av|of) (?:dem|dessa|de|länderna|them|these|those|the)`),
  `(?<=(?<![0-9])[0-9]{1,2} )(?:av|of) (?:dem|dessa|de|länderna|them|these|those|the)`,
  `varav (?:${PART_COUNTS.join('|')}|[0-9]{1,2})`, `av dessa,? (?:är )?(?:${PART_COUNTS.join('|')}|[0-9]{1,2})`,
  `of (?:which|whom|these|them),? (?:${PART_COUNTS.join('|')}|[0-9]{1,2})`,
);
/** A count in words that opens a footnote's words after its mark: "Two still to be confirmed." (see `FOOTNOTE_PART`). */
export const FOOTNOTE_PART_OPENING = next(...PART_COUNTS);
/** A footnote whose one word calls the figure an estimate ("*Estimate.", "¹ Uppskattning."), read apart from `FOOTNOTE_QUALIFIER`. */
export const FOOTNOTE_ESTIMATE = new RegExp(`^[^${LETTER}]{0,12}${ESTIMATE_ALONE}[^${LETTER}]{0,12}$`, 'i');

/**
 * What makes a denied withdrawal a partial one, or one that ends: "Inget av detta har dragits tillbaka, utom den
 * sista punkten.", "… – förrän nu.", "None of these were withdrawn, except the last." (see `takesBack`).
 */
export const DENIAL_EXCEPTED = words('utom', 'förutom', 'bortsett från', 'med undantag (?:av|för)', 'undantaget', 'förrän', 'except', 'excepting', 'apart from', 'other than', 'save for', 'until', 'till now');

/**
 * A withdrawal of the list denied ("Inget av detta har strukits.", "Dessa ströks aldrig.", "None of these were
 * rejected.", "These were never withdrawn."): read out of the block before its words are (see `takesBack`).
 */
const STRUCK_SV = 'ströks|strukits|struknas?|drogs tillbaka|dragits tillbaka|avslogs|avslagits|förkastades|förkastats|skrotades|skrotats|upphävdes|upphävts|avvisades|avvisats|slopades|slopats';
const STRUCK_EN = 'rejected|dropped|withdrawn|struck|scrapped|abandoned|repealed|revoked|rescinded|overturned|voted down|removed';
export const NOT_WITHDRAWN = phrasePattern(
  (alternation) => `(?<![${WORD_CHAR}])(?:${alternation})(?![${WORD_CHAR}])`,
  [
    `(?:inget|ingen|inga|ingenting) av (?:detta|dessa|det här|de här|dem|de|det|ovanstående|punkterna|målen) (?:har |hade |blev )?(?:${STRUCK_SV})`,
    `(?:ströks|drogs|avslogs|förkastades|skrotades|upphävdes|avvisades|slopades) (?:inte|aldrig|ej)(?: tillbaka)?`,
    `(?:har|hade) (?:inte|aldrig|ej) (?:${STRUCK_SV})`,
    `(?:none|not one|neither|nothing) of (?:this|these|them|those|it|the above|the goals|the points) (?:was|were|is|are|has been|have been|had been) (?:ever |later )?(?:${STRUCK_EN})`,
    `(?:was|were|is|are|has|have|had)(?: not| never|n['’]t)(?: been)? (?:${STRUCK_EN})`,
  ],
  'gi',
  undefined,
  WORD_CHAR,
);

/**
 * What says the list is no longer in force, apart from `LIST_WITHDRAWAL` as the proof of its safety
 * (test/regex-safety.test.ts) ran out of time on the two as one: "Dessa gäller inte längre.", "This does not apply
 * any more." — not whom it does not concern ("Detta gäller inte barnen som redan utsatts.").
 */
export const LIST_NOT_IN_FORCE = words(`gäller (?:inte|ej|icke) längre`, `gäller (?:inte|ej|icke)${IN_FORCE}`, `(?:does|do|did) not apply${IN_FORCE}`);

const IMAGES = [`bild${L}*`, 'images?', 'pictures?', `photo${L}*`, `foto${L}*`, 'material'];

const PER_YEAR_PHRASES = ['varje år', 'per år', 'om året', 'årligen', 'every year', 'each year', 'per year', '(?<!(?:after|within) )a year(?! (?:later|ago|earlier|before|after))', 'annually'];
/** A figure stated for each year rather than in total. */
export const PER_YEAR = words(...PER_YEAR_PHRASES);

/**
 * A month, a season or a part of a year, bound by nothing, before the year:
 * "Hösten 2011", "I maj 2011", "Under början av 2011", "In May 2011", "Early
 * in 2011", "In mid-2011", "during the summer of 2011", "throughout 2011". A
 * figure of one is a figure of that year.
 */
const WITHIN_YEAR = [
  `(?:(?:i|under) )?(?:${MONTHS_SV}|våren|sommaren|hösten|vintern|(?:början|slutet|mitten) av)(?: år)? `,
  `(?:(?:in|during) )?(?:${MONTHS_EN}|spring|summer|autumn|fall|winter)(?: of)? `,
  `(?:in|during|throughout) the (?:spring|summer|autumn|fall|winter|beginning|end|middle|course|first half|second half) of `,
  '(?:early|late) in ', '(?:in|during) (?:early |late |mid-)',
];

/** A period a figure may be stated for: only `year` is one a statistic of the output has. */
export type Period = 'year' | 'month' | 'week' | 'day' | 'hour' | 'two years';

/**
 * A figure stated for another period than a year ("varje månad", "every
 * week"): no statistic of the output, and a statement of one per year with it
 * says another thing than one with "varje år".
 */
const OTHER_PERIOD_PHRASES: ReadonlyArray<readonly [string[], Period]> = [
  [['varje månad', 'per månad', 'i månaden', 'om månaden', 'månatligen', 'månadsvis', 'every month', 'each month', 'per month', 'a month', 'monthly'], 'month'],
  [['varje vecka', 'per vecka', 'i veckan', 'om veckan', 'veckovis', 'every week', 'each week', 'per week', 'a week', 'weekly'], 'week'],
  [['varje dag', 'per dag', 'om dagen', 'dagligen', 'varje dygn', 'per dygn', 'om dygnet', 'every day', 'each day', 'per day', 'a day', 'daily'], 'day'],
  [['varje timme', 'per timme', 'i timmen', 'every hour', 'each hour', 'per hour', 'an hour', 'hourly'], 'hour'],
  [['varannat år', 'vartannat år', 'every other year', 'every two years', 'every second year', 'biennially'], 'two years'],
];
export const OTHER_PERIODS: ReadonlyArray<readonly [RegExp, Period]> = OTHER_PERIOD_PHRASES.map(([phrases, period]) => [words(...phrases), period]);

/**
 * The words a label may hold besides what a statistic counts (`StatisticRule.countedBefore`), its stating words and
 * its topic's (`states`, `context`) and a period: "Antal misstänkta personer: 780", "Deltagande länder: 54", "Number
 * of arrests: 251", "Bilder på nätet: …", since the morning of 6 December "Number arrested: 260" (which printed the post's
 * 250). A label with any other word ("Misstänkta i Sverige: 3", "Länder i EU: 27",
 * "Gripna som släpptes: 12") may count another thing, and is not read as the statistic (see src/extract/labels.ts).
 */
export const LABEL_WORDS = words(
  'antal', 'antalet', 'totalt', 'sammanlagt', 'personer', 'deltagande', 'som', 'på', 'av',
  '(?:the )?(?:total )?number(?: of)?', 'total', 'persons', 'people', 'participating', 'on', 'the',
  // Since the afternoon of 6 December the words of the whole or of now ("Gripna hittills: 260", "Arrested in total:
  // 260", "Arrests made: 260"), each of which printed the post's 250.
  'hittills', 'nu', 'in total', 'so far', 'to date', 'now', 'currently', 'made', 'carried out',
);

export const STATISTIC_RULES: readonly StatisticRule[] = [
  {
    id: 'participating-countries',
    unit: 'countries',
    context: [anyWords(`initiativ${L}*`, 'initiative', `allians${L}*`, 'alliance', 'bakom', 'behind', 'joined', 'gått med')],
    after: next('\\*? ?länder', '\\*? ?countries', '\\*? ?stater', '\\*? ?states'),
    countedBefore: words('länder(?:na)?', 'countries', 'stater(?:na)?', 'states'),
    states: words(`(?:allians|initiativ)${L}* (?:har|omfattar|består av|räknar)`, '(?:alliance|initiative) (?:now )?(?:has|includes|comprises|counts)', 'bakom', 'behind', 'gått med', 'gå med', 'join(?:s|ed)?', `(?:anslut|medlem|participat|support|stöd)${L}*`, 'deltar', `deltagar${L}*`, 'participants?', 'tar del', 'medverkar', 'members?', 'signed up', '(?:take|takes|taking|took) part'),
    topic: anyWords(`länd${L}*`, 'land', 'countr(?:y|ies)', 'stater', 'staterna', 'states', `nation${L}*`, `allians${L}*`, 'alliance', `initiativ${L}*`, 'initiative', `medlem${L}*`, 'members?'),
    reverses: words(`(?:lämn|utträ[dt]|avstå|avböj|declin|refus|vägra|mots[äa]tt?|oppos|withdr|utesl|ombed)${L}*`, `(?:dragit|drog) sig`, 'left', 'leave', 'leaving', 'quit', 'tackat nej', 'tackade nej', 'bjudits in', 'bjöds in', 'inbjudna', 'invited', 'asked', 'tillfrågade', 'expelled'),
  },
  {
    id: 'abuse-images-online',
    unit: 'images',
    context: [anyWords('nätet', 'internet', 'online', 'webben', 'the web')],
    // Since the evening of 5 December with the words the post's own sentence has not, but a restatement may ("2 million
    // abuse images are online.", "sådana bilder").
    after: next(' (?:sådana )?(?:övergrepps)?bilder', ' (?:such |abuse |child abuse |sexual abuse )?(?:images|pictures|photos)'),
    countedBefore: words('bilder(?:na)?', 'images', 'pictures', 'photos'),
    states: words(`ligg${L}*`, 'finns', `funnits`, `cirkuler${L}*`, 'sprids', `spridits?`, 'tillgängliga', 'ute', 'online', `circulat${L}*`, 'available', 'out there'),
    topic: anyWords(...IMAGES),
    reverses: words(`rader${L}*`, `tagits? bort`, `tas bort`, 'bort', `borttag${L}*`, `plockats? ned`, `plockats? ner`, `stoppats?`, `blockerats?`, `removed`, `deleted`, `taken (?:down|offline)`, `blocked`, `offline`, `erased`),
  },
  {
    id: 'new-abuse-images-per-year',
    unit: 'images',
    context: [anyWords(...PER_YEAR_PHRASES, ...OTHER_PERIOD_PHRASES.flatMap(([phrases]) => phrases))],
    perYear: true,
    after: next(` (?:nya|new)(?: [${LETTER}-]+){0,3}? (?:bilder|images|pictures|photos)`),
    countedBefore: words(`(?:nya|new)(?: [${LETTER}-]+){0,3}? (?:bilder(?:na)?|images|pictures|photos)`),
    states: words('läggs', `lag(?:ts|des)`, 'läggs ut', `publicer${L}*`, 'sprids', `tillkomm${L}*`, `laddas upp`, `skapas`, `produceras`, 'put online', `posted`, `uploaded`, `published`, `added`, `appear${L}*`, `created`, `produced`, `shared`),
    topic: anyWords(...IMAGES, 'unodc'),
    creditedTo: UN,
    reverses: words('bort', `tas bort`, `tagits? bort`, `rader${L}*`, `removed`, `deleted`, `taken (?:down|offline)`, `blocked`),
  },
  {
    id: 'operation-rescue-suspects-identified',
    unit: 'persons',
    context: [MENTIONS_OPERATION_RESCUE],
    labelScope: RESCUE_SCOPE,
    after: next(
      ' misstänkta',
      ' suspects?',
      ' suspected',
      ...Object.values(IDENTIFIED_OTHERWISE).map(({ persons, verb }) => ` ${persons} ${verb}`),
    ),
    countedBefore: words('misstänkta', 'suspects?', 'suspected'),
    pastCount: true,
    states: words(`identifi${L}*`, 'fann', `funnits?`, `hitta${L}*`, 'found', 'traced', 'tracked down'),
    topic: anyWords(RESCUE, `misstänk${L}*`, `suspect${L}*`),
    creditedTo: EUROPOL,
    reverses: words(`frikän${L}*`, `friad${L}*`, `frias`, `friats`, `avskriv${L}*`, `släppt${L}*`, `befri${L}*`, `acquitted`, `cleared`, `exonerated`, `released`, `ruled out`, 'freed', 'let go'),
    counts: next(
      ` misstänkta(?: (?:personer|förövare|gärningsmän|individer))?(?= (?:kunde|har|hade|blev|som|identifi${L}*)(?![${WORD_CHAR}])|[^ ${LETTER}]|$)`,
      ' suspects',
      ` suspected (?:persons|people|individuals|offenders|abusers|perpetrators)`,
      // Where the verb follows, so that the post's own value restated so keeps it ("779 offenders were identified.").
      ...Object.values(IDENTIFIED_OTHERWISE).map(({ persons, verb }) => ` ${persons}(?= ${verb}(?![${WORD_CHAR}]))`),
    ),
  },
  {
    id: 'operation-rescue-arrests',
    unit: 'persons',
    context: [MENTIONS_OPERATION_RESCUE],
    labelScope: RESCUE_SCOPE,
    // Since the evening of 5 December the participle too ("Det var bara 205 gripna." was no figure of arrests, and left the 250 in).
    // Since the evening of 5 December the nouns of Swedish ("260 gripanden", "Antalet gripanden var 260.") as of English,
    // English's other verbs ("detained", "apprehended", as Swedish's "anhölls") and an adverb before the participle ("260
    // people were later arrested."), where the English sentence was of no statistic and its Swedish twin was heard.
    after: next(
      ` (?:${ARRESTED_PERSONS.sv} )?(?:greps|anhölls)`,
      ` (?:${ARRESTED_PERSONS.sv} )?(?:har |hade )?(?:(?:nu|sedan dess|senare|också) )?(?:gripits|anhållits)`,
      ` (?:${ARRESTED_PERSONS.sv} )?(?:gripna|anhållna)`,
      ' (?:gripanden|anhållanden)',
      ' arrests?(?: (?:were|was|have been|had been) made)?',
      ` (?:${ARRESTED_PERSONS.en} )?(?:were |had been |have been |have now been |have since been |had since been )?(?:(?:later|also|then|finally|eventually|subsequently|actually|since|now|all) )?(?:arrested|detained|apprehended)`,
    ),
    countedBefore: words('greps', 'grep', 'gripit', 'gripits', 'gripna', 'anhölls', 'anhållit', 'anhållits', 'anhållna', 'gripanden(?:a)?', 'anhållanden(?:a)?', 'arrests?', 'arrested', 'detained', 'apprehended'),
    pastCount: true,
    states: words(`grep${L}*`, 'gripits', 'gripna', `gripand${L}*`, 'anhölls', 'anhållits', `anhålland${L}*`, `arrest${L}*`, 'detained', 'apprehended'),
    topic: anyWords(RESCUE, `grip${L}*`, 'greps', `anhåll${L}*`, 'anhölls', `arrest${L}*`),
    creditedTo: EUROPOL,
    reverses: words(`släpp${L}*`, `frisläpp${L}*`, `frikän${L}*`, `häv${L}*`, `upphäv${L}*`, `befri${L}*`, `frig${L}*`, 'ute igen', `overturned`, `quashed`, `released`, `annulled`, `reversed`, `dropped`, `acquitted`, `cleared`, `voided`, 'freed', 'set free', 'let go', 'out again'),
  },
  {
    id: 'operation-rescue-children-safeguarded',
    unit: 'children',
    context: [MENTIONS_OPERATION_RESCUE],
    labelScope: RESCUE_SCOPE,
    after: next(' barn', ' children'),
    countedBefore: words('barn(?:en)?', 'children'),
    pastCount: true,
    states: words(`skydd${L}*`, `rädd${L}*`, `undsatt${L}*`, `befri${L}*`, `safeguard${L}*`, `rescued`, `protected`, `saved`, `freed`, `removed from harm`),
    topic: anyWords(RESCUE, 'barn(?:en|ens)?', `child(?:ren|ren's)?`),
    creditedTo: EUROPOL,
    reverses: words(`dog`, `död${L}*`, `omkom${L}*`, `dödad${L}*`, `mördad${L}*`, `försvunn${L}*`, `försvann`, `killed`, `died`, `dead`, `murdered`, `missing`, `lost`, `harmed`),
  },
];

/** The rule of a statistic by its id. */
export const ruleOf = (id: StatisticId): StatisticRule => STATISTIC_RULES.find((rule) => rule.id === id) as StatisticRule;

/**
 * Words right after what a figure counts that make it a difference, so many
 * more or fewer than another figure: "48 länder fler", "48 länder till*",
 * "252 barn fler kunde skyddas", "48 countries more". Not "till" going on to
 * what they join ("48 länder anslöt sig till", "48 länder till initiativet"),
 * and a comma before the word ("48 länder*, …, och fler har möjlighet") ends
 * the figure's words first.
 */
export const DIFFERENCE_AFTER = next(
  '\\*? ?(?:fler|mer|mera|färre|mindre|extra|ytterligare|more|fewer|less|additional|further)',
  '\\*? ?till(?= ?[*,.;:!?)]| ?$)',
);

/**
 * The words that set a figure beside another one, as a difference, an
 * addition or the rest of it: so many more or fewer ("fler", "fewer"), added
 * ("ytterligare", "further", "another"), new since another ("nya"), or other
 * than another's ("andra", "övriga", "resterande", "other", "remaining"). The
 * figure is not the figure of the whole. One family, read between the figure
 * and what it counts (`DIFFERENCE_BETWEEN`) and right before the figure
 * (`DIFFERENCE_BEFORE`), where the words of more and less and of new are no
 * such word ("mer än 48", "nya 48" is no Swedish).
 */
const BESIDE_ANOTHER = ['ytterligare', 'extra', 'andra', 'övriga', 'resterande', 'återstående', 'another', 'further', 'additional', 'other', 'remaining'];

/**
 * A word between a figure and what it counts that makes it a difference or an
 * addition, so many more or fewer than another figure, or new since another:
 * "48 nya länder", "48 fler länder", "48 further countries", "48 additional
 * countries", "252 more children", "48 andra länder", "48 other countries".
 * Not where another statistic's words take it ("50 000 nya bilder": see `addedBetween`).
 */
export const DIFFERENCE_BETWEEN = next(` (?:fler|mer|mera|färre|mindre|nya|more|fewer|less|new|${BESIDE_ANOTHER.join('|')})`);

/**
 * A word right before a figure that makes it an addition to another figure,
 * or the rest beside it: "ytterligare 48 länder", "another 48 countries", "a
 * further 48", "an additional 250 arrested", "yet another 252 children",
 * "andra 48 länder", "de övriga 48 länderna", "other 48 countries", "the
 * remaining 48 countries".
 */
export const DIFFERENCE_BEFORE = before(...BESIDE_ANOTHER);

/**
 * The words of a feeling that govern a Swedish "över" after them ("Stolt över 250 gripna", "glad över"): it is "of" or
 * "about" there, no "more than" (helper 189 found such a line left the post's plain 250 out once a strict bound
 * contradicted it, `boundsPlain` in src/extract/conflicts.ts).
 */
const GLAD_OVER = [
  'stolt', 'stolta', 'nöjd', 'nöjda', 'glad', 'glada', 'lycklig', 'lyckliga', 'tacksam', 'tacksamma', 'imponerad', 'imponerade',
  'förvånad', 'förvånade', 'ledsen', 'ledsna', 'besviken', 'besvikna', 'orolig', 'oroliga', 'oroad', 'oroade', 'upprörd', 'upprörda',
  'förtjust', 'förtjusta', 'glädjen', 'glädje', 'oron', 'oro', 'sorg', 'sorgen', 'jubel', 'jublar', 'gläds', 'glädjas', 'förvåning',
];

/**
 * Words just before a number that bound it, read from the end of the
 * preceding text, each mapped only where the output's qualifier means exactly
 * that: "no fewer than" is "at least". A negated "more than" is "at most",
 * which no qualifier states: it is among the `HEDGES`.
 */
export const QUALIFIERS: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [before('inte (?:mindre|färre) än', 'icke (?:mindre|färre) än', 'no (?:less|fewer) than', 'not (?:less|fewer) than'), 'at-least'],
  [before('mer än', 'fler än', `(?<!(?:${GLAD_OVER.join('|')}) )över`, 'more than', 'over', 'upwards? of', 'in excess of'), 'more-than'],
  [before('minst', 'åtminstone', 'at least'), 'at-least'],
  [before('mindre än', 'färre än', 'under', 'less than', 'fewer than'), 'less-than'],
  [before('cirka', 'ca\\.?', 'c:a', 'ungefär', 'ung\\.', 'omkring', 'omkr\\.', 'runt', 'kring', 'about', 'around', 'approximately', 'approx\\.', 'roughly', 'some', 'circa', 'c\\.'), 'about'],
];

/**
 * Hedges whose words say other things elsewhere, a place or a part ("north", "i närheten", "the range"): the lexicon
 * knows them only as these phrases (`KNOWN_PHRASES` in src/rules/lexicon.ts), where "260 people were arrested in the
 * north." stays a place's figure. Since the evening of 6 December: "In the vicinity of 260 people were arrested.", "I
 * storleksordningen 260 personer greps.", "Vid pass 260 personer greps." printed the post's 250 (helper 194).
 */
export const PHRASE_HEDGES: Record<Language, readonly string[]> = {
  sv: ['i storleksordningen', 'i storleksordning', 'vid pass', 'i runda tal', 'i runda slängar', 'i trakten av', 'i närheten av', 'upp emot'],
  en: ['north of', 'in the neighbou?rhood of', 'in the vicinity of', 'in the ballpark of', 'in the range of', 'in round (?:numbers|figures)'],
};

/**
 * Words just before a number that make it no exact figure and no bound a
 * qualifier states: close to it ("nästan", "nearly", "drygt"), at most ("högst",
 * "up to", "inte mer än"), only ("bara"), or a guess ("kanske", "an estimated").
 * A figure after one is not read.
 */
export const HEDGES = before(
  ...PHRASE_HEDGES.sv,
  ...PHRASE_HEDGES.en,
  'nästan', 'knappt', 'drygt', 'närmare', 'inemot', 'bortemot', 'bortåt', 'närapå', 'uppemot', 'uppåt', 'långt', 'mer eller mindre', 'högst', 'som mest', 'upp till', 'bara', 'endast', 'blott',
  '(?:inte|icke) (?:mer|fler) än', '(?:inte|icke) över',
  'kanske', 'möjligen', 'troligen', 'troligtvis', 'sannolikt', 'uppskattningsvis', 'uppskattade?', 'beräknade?',
  'almost', 'nearly', 'close to', 'approaching', 'getting on for', 'just shy of', 'shy of', 'as many as',
  'more or less', 'in the region of', '(?:in|on|of) the order of', 'just', 'only', 'up to', 'at most', 'no more than', 'not more than', 'not over',
  'perhaps', 'maybe', 'possibly', 'probably', 'likely', 'potentially', 'an estimated', 'estimated', 'est\\.',
);

/**
 * What may follow "and more" that makes it another statement, another figure's bound or a figure's weight: "och fler
 * har möjlighet", "and more than 250", "250 arrested and more importantly 252 children safeguarded".
 */
const NOT_OPEN = `(?! (?:än|than|har|hade|kan|ska|skall|kommer|är|var|have|has|had|can|will|shall|may|are|is|were|was|importantly|significantly)(?![${WORD_CHAR}])| ?[0-9])`;

/**
 * Words after a figure, among the few after it up to the next mark (see `OPEN_WORDS`), that leave it open-ended:
 * "779 suspects and more", "En miljon bilder och mer". At least the figure, or more than it, which the output's
 * qualifiers would state only by a guess at which: the figure is not read.
 */
export const OPEN_ENDED = words(...['och mer', 'och mera', 'och fler', 'och flera', 'och uppåt', 'eller mer', 'eller mera', 'eller fler', 'eller flera', 'and more', 'and upwards', 'and higher', 'or more', 'or higher'].map((phrase) => `${phrase}${NOT_OPEN}`));

/** How many words may stand between a figure and an `OPEN_ENDED` phrase: what it counts ("nya barnpornografiska bilder och mer"). */
export const OPEN_WORDS = 4;

/**
 * "inte bara", "not just": no negation, but "also" — the post's own aside
 * ("48 länder*, alltså inte bara EU och USA, bakom initiativet") says more of
 * the figure, not less.
 */
/** "bara", "only" and their synonyms: after a negation they add to a statement ("inte bara", "not just"). */
export const ONLY_WORDS: Record<Language, readonly string[]> = { sv: ['bara', 'enbart', 'endast', 'blott'], en: ['just', 'only', 'merely', 'solely', 'simply'] };
const NOT_ONLY = `(?! (?:${[...ONLY_WORDS.sv, ...ONLY_WORDS.en].join('|')})(?![${WORD_CHAR}]))`;

/**
 * A negation: in the clause of a figure, or among the words that state it, it may deny the figure ("står inte 48
 * länder"), or the bound before it ("Far from more than one million", "Långt ifrån mer än en miljon", "Långt från en miljon").
 */
export const NEGATION = words(
  `(?:inte|ej|icke)${NOT_ONLY}`, 'aldrig', 'ingen', 'inget', 'inga', 'ingenting', 'varken', 'knappast', 'långt ifrån', 'långtifrån', 'långt från',
  `not${NOT_ONLY}`, 'no', 'never', 'none', 'neither', 'nor', 'nobody', 'nothing', 'hardly', 'scarcely', 'barely', 'cannot', `[${LETTER}]+n[\'’]t`, 'far from',
);

/**
 * Where among the words that state a figure (see `statingWords`) an `UNDOING`
 * word is looked for after it: `stating`, all of them; `governing`, only those
 * before the first of its stating words, where a word governs the stating verb
 * ("48 länder kan stå bakom", "48 countries will stand behind") rather than
 * speaking of what follows it ("bakom initiativet som vi hoppas ska växa",
 * "behind the initiative which will grow"). Before the figure, every one of
 * its own words counts.
 */
export type Reach = 'stating' | 'governing';

/**
 * An `UNDOING` word that is a verb ("försökte", "tried to", "misslyckades",
 * "ska"): after the figure, in a relative clause that a finite verb closes
 * before the stating verb (see `RELATIVE`, `CLOSES_RELATIVE`), it is the
 * relative clause's own verb, and speaks of what the figure counts, not of
 * the figure. An adverb ("förhoppningsvis", "felaktigt", "snart") stands
 * before the relative clause's finite verb in Swedish ("som felaktigt hade
 * identifierats"), which would read as closing it: it is never held apart.
 */
export type Held = 'verb';

/** "once" as a condition or a time ("once they join"), not "once again", "once and for all" or a closing "once more" (again). */
const ONCE = `once(?! (?:again|and for all)(?![${WORD_CHAR}])| more(?= ?[,.;:!?)]| ?$))`;

const TO_COME = 'it is to come, not that it is';
const HOPED = 'it is hoped for, aimed at or wished, not that it is';
const PLANNED = 'it is planned, intended or expected, not that it is';
const POSSIBLE = 'it may be, not that it is';
const CONDITION = 'it is a condition or an open question, not that it is';
const CLAIMED = 'it is only claimed, heard, denied or disputed, not that it is';
const ASKED = 'it is asked, not that it is';
const GUESS = 'it is a guess';
const OBLIGED = 'it must or needs to be, not that it is';
export const DATED = 'it is dated to a month or a season, not to the post\'s day or a year';
const OTHER_DAY = 'it is dated to another day than the post\'s';
/**
 * A day and its month in numbers ("5/3", "5.3.", "Den 5.3", "On 5-3"), with no year after it; not "24/7" (all the time),
 * nor a decimal. One with its year ("5/12 2012") is weighed against the post's date (`FULL_DATES`, `withoutYearsAfter`).
 */
const NUMERIC_DATE = [
  '(?<![0-9/.,])(?!24/7)(?:0?[1-9]|[12][0-9]|3[01])/(?:0?[1-9]|1[0-2])(?![0-9/])(?! (?:19|20)[0-9]{2})',
  '(?<![0-9/.,])(?:0?[1-9]|[12][0-9]|3[01])\\.(?:0?[1-9]|1[0-2])\\.(?![0-9])(?! (?:19|20)[0-9]{2})',
  // After a word that dates ("Den 5.3", "Per 5-3", "On 5.3,"), a day and month parted by a dot, a hyphen or a colon, a two-digit year
  // after them or none: a decimal, a score or a ratio has no such word before it.
  '(?<=(?:den|per|sedan|från|till|on|since|as of|as at|from|until|by) )(?:0?[1-9]|[12][0-9]|3[01])(?:[-:/.]| ?/ ?|\\. )(?:0?[1-9]|1[0-2])(?:\\.?[0-9]{2}(?![0-9]))?\\.?(?![0-9]|[.,][0-9])(?![-/.]? ?(?:19|20)[0-9]{2}(?![0-9]))',
];
/** Since 4 December, a month with its day and year after it ("December 5, 2012") is a date weighed against the post's (`FULL_DATES`). */
const NO_DAY_AND_YEAR = '(?! [0-9]{1,2}(?:st|nd|rd|th)?,? (?:19|20)[0-9]{2}(?![0-9]))';
const FEW = '(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|några|[0-9]+)';
const FEW_EN = '(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|[0-9]+)';

/**
 * A time a note on a listed country gives that the list cannot set against the post's date: a day in numbers with no
 * year ("¹ Sverige anslöt sig 7/12.", whichever year it is of) or a time from now ("om ett år", "in a year").
 */
export const NOTE_DATED = words(
  ...NUMERIC_DATE, `om ${FEW} (?:dag|dagar|vecka|veckor|månad|månader|år)`, `in ${FEW_EN} (?:days?|weeks?|months?|years?)`, `${FEW_EN} (?:days?|weeks?|months?|years?) from now`,
);

/**
 * Words that, among the words that state a figure (see `figureWords`), make
 * what they state no fact, whatever the statistic, each with what it says of
 * it and where it is looked for (`stating` unless given). The post's own
 * "kunde identifieras" (could be, and was), "beräknas för närvarande ligga"
 * and "are estimated to be online at present" (an estimate of what is) are
 * none of them; "fler har möjlighet att gå med", "more have the possibility
 * to join" and "Om två år ska vi ses igen" stand in other clauses and
 * sentences than a figure's.
 */
export const UNDOING: ReadonlyArray<readonly [RegExp, string, Reach?, Held?]> = [
  [words('slutat', 'slutar(?! med)', 'slutade(?! med)', 'sluta', 'upphör(?:a|de|t)?', 'stop', 'stops', 'stopped', 'stopping', 'ceas(?:e|ed|es|ing)'), 'it stopped'],
  [words('avslutat sitt', 'avslutade sitt', 'lagt (?:ned|ner) sitt', 'lade (?:ned|ner) sitt', 'dragit in sitt', 'drog in sitt', '(?:ended|dropped|ceased|pulled|terminated) (?:their|its)'), 'it stopped'],
  [
    words(
      'felaktig(?:t|a|e|en)?', 'oriktig(?:t|a)?', 'falsk(?:t|a|eligen)?', 'osann(?:a|t)?', 'osant', 'av misstag', 'påstås', 'påstods', 'påstått', 'påstådda?', 'förment(?:a|ligen)?',
      'felrapporter(?:ad|ade|at|ats)', 'myt(?:en)?',
    ),
    'it is wrong, or only alleged',
  ],
  [
    words(
      'wrong(?:ly|ful|fully)?', 'erroneous(?:ly)?', 'false(?:ly)?', 'mistaken(?:ly)?', 'incorrect(?:ly)?', 'inaccurate(?:ly)?', 'untrue', 'in error', 'by mistake', 'misreported',
      'misidentified', 'alleged(?:ly)?', 'purported(?:ly)?', 'supposedly', 'myth',
    ),
    'it is wrong, or only alleged',
  ],
  [
    words(
      '(?:kunde|kan|skulle|borde|bör|måste|torde|lär) ha', 'hade kunnat', 'skulle', 'borde', 'bör',
      '(?:could|would|should|might|may|must|ought to) have', 'would', 'should', 'might', 'ought to',
    ),
    'it would, could or should have been, not that it was',
  ],
  [
    words(
      // "hävdar att", not "I motsats till vad UNODC hävdar läggs…", where the claim is the contradicted source's.
      'hävda(?:r|de|t)? att', 'hävdas', 'hävdades', 'påstår att', 'påstod att', 'sägs', 'sades', 'lär(?! sig)', 'förneka(?:r|de|t|s)?', 'tvivla(?:r|de|t)? på', 'betvivla(?:r|de|t|s)?', 'bestrid(?:er|a|s|it)', 'bestred',
      'ifrågasätt(?:er|a|s)', 'ifrågasatte', 'ifrågasatt',
    ),
    CLAIMED,
    'governing',
  ],
  [
    words('claim(?:s|ed|ing)?(?! ?[,;:.!?)])', 'reportedly', 'apparently', 'rumou?red', 'said to', 'den(?:y|ies|ied|ying)', 'disput(?:e|es|ed|ing)', 'doubt(?:s|ed|ing)?', 'question(?:s|ed|ing)', 'contest(?:s|ed|ing)'),
    CLAIMED,
    'governing',
  ],
  [words('misslyck(?:as|ades|ats|ad|ade|ande)', 'oförmögna?', 'fail(?:s|ed|ing|ure)?', 'unable'), 'it failed', 'stating', 'verb'],
  // Not an attempted crime ("misstänkta för försök till övergrepp", "suspects of attempted abuse"): no attempt to state the figure.
  [
    words(
      'försök(?:te|er|t|a)?(?! till (?!att))', 'attempt(?:s|ing)?', 'tr(?:y|ies|ied|ying) to', 'sought to',
      'attempted(?! (?:sexual |child |online )?(?:abuse|assault|murder|rape|grooming|contact|kidnapping|abduction|exploitation|offen[cs]es?|crimes?|escape|theft|fraud))',
    ),
    'it was tried, not done',
    'governing',
    'verb',
  ],
  [words('förgäves', 'fruktlöst', 'in vain', 'vainly'), 'it was tried, not done'],
  [
    words('kanske', 'möjligen', 'möjligtvis', 'troligen', 'troligtvis', 'sannolikt', 'förmodligen', 'antagligen', 'eventuellt', 'perhaps', 'maybe', 'possibly', 'probably', 'presumably'),
    'it is a guess',
  ],
  // A future, a plan, a hope, a goal, a wish or a mere possibility: one small pattern each, so that each is proved safe.
  [words('ska', 'skall', `kommer(?: ${L}+)? att`, `kommer(?=(?: ${L}+)? $)`, 'komma att'), TO_COME, 'governing', 'verb'],
  [words('nästa år', 'om (?:ett|två|tre|fyra|fem|tio|några|[0-9]+) år', 'i framtiden', 'framöver', 'inom kort'), TO_COME, 'governing'],
  [words('will', 'shall', '(?:is|are|was|were|am) going to', 'gonna'), TO_COME, 'governing'],
  [words('next year', 'in the future', 'in (?:the )?coming years?', 'in (?:two|three|four|five|ten|a few|[0-9]+) years', 'a year from now'), TO_COME, 'governing'],
  // A month or a season with no year after it: whichever year a reader takes it for, it dates the figure to a
  // time apart from the post's day, and to less than a year ("I januari står 48 länder", "779 … identifierades i mars").
  [
    words(
      `(?:i|under|från|sedan|efter|före|innan|till|inför|senast|nästa|förra|kommande|av|per) (?:${MONTHS_SV}|våren|sommaren|hösten|vintern)(?! (?:år )?(?:19|20)[0-9]{2})`,
      // A day before its month ("Den 5:e mars", "per den 1 januari"): a date apart from the post's, even in its month.
      `(?:den )?[0-9]{1,2}(?::e|:a)? (?:${MONTHS_SV})(?! (?:år )?(?:19|20)[0-9]{2})`,
      `(?:${MONTHS_SV})(?! (?:år )?(?:19|20)[0-9]{2})${NO_DAY_AND_YEAR}`,
    ),
    DATED,
    'stating',
  ],
  [
    words(
      `(?:in|from|since|by|until|till|before|after|during|through|throughout|as of|as at|come|starting|next|last|this|early|late|of)(?: the)? (?:${MONTHS_EN}|spring|summer|autumn|fall|winter)(?!,? (?:of )?(?:19|20)[0-9]{2})${NO_DAY_AND_YEAR}`,
      `mid-(?:${MONTHS_EN})(?!,? (?:19|20)[0-9]{2})`,
      // A day before its month ("On 5 March", "On the 1st of May", "As of 1 January"): a date apart from the post's.
      `(?:on )?(?:the )?[0-9]{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTHS_EN})(?!,? (?:of )?(?:19|20)[0-9]{2})`,
      // A month alone, as a day's ("On March 5,"); not "may", a modal verb as often.
      `(?:${MONTHS_EN.replace('may|', '')})(?!,? (?:of )?(?:19|20)[0-9]{2})${NO_DAY_AND_YEAR}`,
    ),
    DATED,
    'stating',
  ],
  // A day in numbers, or one told from the post's ("i förrgår", "in 5 days"): another day than the post's, as "Den 5 mars" is.
  // "Yesterday" opening the sentence dates what follows; after a figure ("250 greps igår") it is a time shift, a year unclear.
  [words(...NUMERIC_DATE, '^i förrgår', '^i går', '^igår', `om ${FEW} (?:dag|dagar|vecka|veckor|månad|månader)`), OTHER_DAY, 'stating'],
  [words(...NUMERIC_DATE, '^(?:the day before )?yesterday', `in ${FEW_EN} (?:days?|weeks?|months?|years?)`, `${FEW_EN} (?:days?|weeks?|months?) from now`), OTHER_DAY, 'stating'],
  [words('hoppas', 'hoppades', '(?:för)?hoppningsvis', `förhoppning${L}*`, 'vill', 'ville', `önsk${L}*`), HOPED, 'governing'],
  [
    words(
      '(?:målet|målen|målsättningen|syftet|avsikten|ambitionen|tanken|idén|planen|visionen|drömmen) är', 'är (?:målet|tanken|idén|planen|visionen|drömmen) att', 'mål (?:är|att)', `målsättning${L}*`, 'syfta(?:r|de|t)?', 'sikta(?:r|de|t)?', 'på (?:lång |kort )?sikt',
      'strävar efter', 'strävan',
    ),
    HOPED,
    'governing',
  ],
  [words('hop(?:e|es|ing)', '(?<!as )hoped', 'hopefully', 'want(?:s|ed|ing)? to', 'wish(?:es|ed|ing)?', 'aim(?:s|ed|ing)? (?:at|to|for)', 'strive(?:s)? to', 'seek(?:s)? to'), HOPED, 'governing'],
  [words('(?:goal|aim|target|objective|ambition|intention|idea|plan|purpose|hope|expectation)s? (?:is|was|are|were)'), HOPED, 'governing'],
  [words('(?:is|was) (?:the|our) (?:goal|aim|target|idea|plan|hope|vision|dream|intention) that'), HOPED, 'governing'],
  [words('planer(?:a|ar|ade|as|ades|ats)', '(?<!som )planerat', 'avser', 'avsåg', 'avses', 'ämnar', 'ämnade', '(?:för)?vänta(?:s|des)', `förväntning${L}*`, `prognos${L}*`), PLANNED, 'governing'],
  [
    words(
      `beräkna(?:s|des) (?:(?:år |${WITHIN_YEAR.join('|')})(?:19|20)[0-9]{2}|nästa år|om ${L}+ år|i framtiden|framöver|till år)`, `beräkna(?:s|des)(?: ${L}+){0,2}? (?:leda|resultera|bli|komma|växa|öka|nå|stiga)`,
    ),
    PLANNED,
    'governing',
  ],
  [
    words(
      'plan(?:s|ned|ning)? to', '(?<!as )planned', 'intend(?:s|ed|ing)?', 'expect(?:s|ing)?', '(?<!(?:as|than) )expected', 'projected', 'project(?:s|ed)? to', 'forecast(?:s|ed)?', 'predicted', 'anticipated',
      '(?:set|slated|poised|likely|bound) to', 'due to be',
    ),
    PLANNED,
    'governing',
  ],
  [words('estimated to (?:lead|result|become|reach|grow|rise|increase)'), PLANNED, 'governing'],
  [words('enligt (?:planen|målet|förhoppningen)', 'helst', 'idealt(?: sett)?', 'according to (?:the )?(?:plan|goal|target)', 'ideally'), HOPED, 'governing'],
  // "Om"/"If" opening the clause: not "om året" (per year), "Om ett år" (to come, above), nor "om" after a noun ("medvetenhet om").
  [opening('om(?! (?:året|månaden|veckan|dagen|dygnet|timmen))', 'ifall', 'såvida', 'förutsatt att'), CONDITION, 'governing'],
  [opening('if', 'unless', 'provided(?: that)?', 'assuming(?: that)?', 'supposing(?: that)?'), CONDITION, 'governing'],
  // A time clause opening it ("När 48 länder står bakom…", "Once 48 countries…") says when, not that. Not "tills", "innan",
  // "until", "before": the clause's words end at a year as at a figure, so "Until 2011 operation Rescue led" (a bound on
  // the year, `YEAR_BOUND`) would read the same as "Until 48 countries stand".
  [opening('när', 'så snart'), CONDITION, 'governing'],
  [opening('when', 'whenever', 'once', 'as soon as'), CONDITION, 'governing'],
  [words('(?:oklart|osäkert|tveksamt|ovisst|okänt|oviss|frågan är|undrar|vet (?:inte|ej)) om', 'huruvida'), CONDITION, 'governing'],
  [words('(?:unclear|uncertain|doubtful|unknown|not clear|not known|not certain|the question is|wonder|ask) (?:whether|if)', 'whether'), CONDITION, 'governing'],
  // A condition among the words that state the figure, after it: "252 children safeguarded if all countries help". Not
  // "om", which is also "about" ("initiativet om barnens säkerhet"): the lexicon knows it only in the post's phrases.
  [words('ifall', 'såvida', 'förutsatt att', 'if', 'unless', 'provided that'), CONDITION],
  // A time clause after it says when it would be: "252 barn kunde skyddas när länderna bistår", "…stand behind the
  // initiative once they join". The post's own "när"/"when"/"once" ("för ett år sedan när jag träffade", "Once these
  // images are spread") stand in sentences without a figure. Not "at once", "once again": one time, not a condition.
  [words('när', 'så snart', 'when', 'whenever', `(?<!at )${ONCE}`, 'as soon as'), CONDITION],
  [words('snart', 'soon', 'shortly'), TO_COME, 'governing'],
  [words('överv[äa]g(?:er|s|de|des|t)', 'tänkt(?:a|e)? att', 'consider(?:s|ed|ing)', 'scheduled to', 'about to', '(?:is|are|was|were) to'), PLANNED, 'governing'],
  // An infinitive says what is to be done, not what was: "252 children to be safeguarded", "images are estimated to be
  // put online" (a forecast of uploads; the post's "estimated to be online at present" estimates what is).
  [words('to be (?:safeguarded|rescued|protected|saved|freed|arrested|identified|found|traced|put|posted|uploaded|published|added|shared|created|produced|spread)'), PLANNED, 'stating'],
  [words('måste', 'behöv(?:er|de|s)', 'must', 'needs? to', 'needed to', 'ha(?:s|ve|d) to'), OBLIGED, 'governing'],
  // After "komma att" above: "torde komma att skyddas" names the future it guesses.
  [words('torde', 'gissningsvis', 'måhända', 'potentiellt', 'potentially', '(?:un)?likely'), GUESS],
  // The verb alone before the figure, opening the sentence: a question whose mark is lost ("Står 48 länder …", "Do 48 countries …").
  [/^(?:står|har|är|finns|ligger|läggs|sprids|kunde|do|does|did|are|is|were|was|have|has|had)(?= ?$)/i, ASKED, 'governing'],
  [words('kan', '(?:har )?möjlighet(?:en)? (?:att|till)'), POSSIBLE, 'governing'],
  [words('(?<!(?:in|by|of|since|until|from|early|late|mid) )may(?! [0-9])', 'could', 'can', '(?:the )?(?:possibility|opportunity|chance) (?:to|of)'), POSSIBLE, 'governing'],
];

/**
 * A relative pronoun: an `UNDOING` word after one, among a figure's words
 * before its stating verb, may stand in a relative clause that speaks of what
 * the figure counts ("779 misstänkta som försökt gömma sig kunde
 * identifieras", "779 suspects who had tried to hide were identified").
 */
export const RELATIVE = words('som', 'vilka', 'vilken', 'vilket', 'who', 'whom', 'that', 'which');

/**
 * A finite verb that, after such a word and before the stating verb, closes
 * the relative clause and opens the figure's own verb phrase ("… gömma sig
 * kunde identifieras", "… to hide were identified"): the word then speaks of
 * the suspects, not of the figure. Not an infinitive ("försökte undgå att
 * identifieras", "tried to have … identified"), nor "have"/"has"/"had", which
 * a perfect after a modal holds ("who may have been identified").
 */
export const CLOSES_RELATIVE = new RegExp(
  `(?<![${WORD_CHAR}])(?<!(?:to|att|ha|be) )(?:kunde|kan|har|hade|blev|blir|var|är|fick|får|were|was|are|is|could|can|got|became)(?![${WORD_CHAR}])`,
  'i',
);

const BELIEVED = 'it is believed, guessed or heard, not that it is';

/**
 * A phrase added to a clause as an aside, closing it or set off from it by a
 * comma, a bracket or a dash ("…, tror vi.", "(hoppas vi)", "…, I guess,
 * and…"), in group 1: it speaks of the whole clause, the figure and all.
 */
function added(...phrases: string[]): RegExp {
  return phrasePattern((alternation) => `(?:[,(–—]|\\s-) ?(${alternation})(?= ?[,.!?)–—]| ?$)`, phrases);
}

/**
 * A phrase that opens a clause after a comma, a bracket or a dash, anywhere in a sentence ("…kunde skyddas, om alla
 * länder bistår"), in group 1: it speaks of the clause before it too, the figure and all.
 */
function opensClause(...phrases: string[]): RegExp {
  return phrasePattern((alternation) => `(?:[,(–—]|\\s-) ?(${alternation})(?![${WORD_CHAR}])`, phrases);
}

/**
 * What, anywhere in a figure's sentence, makes the whole of it no statement,
 * each with what it says of it (the word it names in group 1): a question
 * mark that ends a sentence or a clause ("…bakom initiativet?", "…stand
 * behind the initiative, or do they?"; not one in an address, "?p=1"), and a
 * hope, a belief, a guess or hearsay added to the clause (see `added`: "48
 * länder bakom initiativet, hoppas vi.", "…, tror jag.", "(we hope)", "…, or
 * so we hope.", "…, they say."), or a condition or a time to come that opens
 * a clause of it (see `opensClause`: "…kunde skyddas, om alla länder bistår",
 * "…, if all countries help", "…, om två år"): it speaks of the whole
 * clause, the figure and all, though it stands after the mark that ends the
 * figure's stating words (see `statingWords`). A question in the sentence
 * before ("Varför? 48 länder…") is a sentence of its own (see `toSentences`).
 */
export const AFTERWARDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/([?？‽⁇⁈⁉])(?=[\s"'”’»)\]!?？.…]|$)|(¿)/, ASKED],
  [opensClause('om (?:ett|två|tre|fyra|fem|tio|några|[0-9]+) år', 'in (?:two|three|four|five|ten|a few|[0-9]+) years'), TO_COME],
  [opensClause('om(?! (?:året|månaden|veckan|dagen|dygnet|timmen))', 'ifall', 'såvida', 'förutsatt att', 'if', 'unless', 'provided(?: that)?', 'assuming(?: that)?', 'supposing(?: that)?'), CONDITION],
  [opensClause('när', 'så snart', 'when', 'whenever', ONCE, 'as soon as'), CONDITION],
  [added('(?:eller )?(?:så )?hoppas (?:vi|jag|man)(?: inte)?', 'förhoppningsvis', 'får vi hoppas'), HOPED],
  [added('(?:or )?(?:so )?(?:we|I) hope(?: not)?', 'hopefully', 'it is hoped'), HOPED],
  [added('(?:tror|gissar|antar|förmodar|misstänker|anser|tycker|befarar|menar|uppskattar) (?:vi|jag|man|de|många|några)(?: inte)?', '(?:verkar|tycks|sägs|påstås|hävdas) det'), BELIEVED],
  [
    added(
      '(?:or )?(?:so )?(?:we|I|they|many|some|people|one) (?:believe|think|guess|suppose|assume|reckon|imagine|suspect|fear|feel|gather|hear)',
      'it (?:seems|appears)', '(?:they|people) say', 'it is (?:said|claimed|reported|believed|thought)', 'we are told',
    ),
    BELIEVED,
  ],
];

/**
 * Words that call what a sentence reports withdrawn or refuted ("enligt en nu
 * tillbakadragen rapport", "according to a since-withdrawn report"): no figure
 * of the sentence is then a fact, whoever it is credited to.
 */
export const WITHDRAWN = words(
  'tillbakadrag(?:en|et|na)', '(?:dra|drar|drog|dragit|dras|drogs|dragits|dragen|dragna) tillbaka', 'återkalla(?:d|de|t|ts)', 'dementera(?:d|de|t|ts)', 'motbevisa(?:d|de|t|ts)', 'vederlag(?:d|da|t|ts)',
  'withdrawn', 'withdrew', 'retract(?:ed|ion)', 'recanted', 'discredited', 'debunked', 'refuted', 'disproved', 'disproven',
);

/**
 * Words that give what a sentence reports per country, not in total ("779 suspects being identified in each of the
 * participating countries", "i var och en av de deltagande länderna"): each figure of the sentence is then one
 * country's share, or may be, which the tool does not compute, as it does not a share before a figure. Not "each
 * of the 48 countries", which takes the whole.
 */
export const PER_COUNTRY = words(
  'var och en av (?:de|dessa) (?:deltagande )?(?:länderna|staterna|medlemsländerna)', 'vart och ett av (?:de|dessa) (?:deltagande )?(?:länderna|medlemsländerna)',
  'varje (?:deltagande )?(?:land|medlemsland|stat)', 'respektive land', 'per (?:deltagande |participating |member )?(?:land|medlemsland|stat|country|state)',
  'each of (?:the|these) (?:participating |member )?(?:countries|states|nations)', '(?:each|every) (?:participating |member )?(?:country|state|nation)',
);

/**
 * Where one clause of a sentence ends and another opens: "Enligt Europol, och
 * inte UNODC, läggs …", "… ligga ute på nätet, och antalet växer varje år".
 * A bracket or a plain comma does not ("(UNODC) läggs", "Every year, 500 000").
 */
export const CLAUSE_OPENS = /;|:\s|\s[-–—]\s|,\s(?:och|and|men|but|samt|while|medan|whereas|utan)\s/gi;
/** Where the words after a figure stop belonging to it: "48 länder*, alltså inte bara EU" denies nothing of the 48. */
export const CLAUSE_ENDS = /[,;:.!?()[\]]|\s[-–—]\s/;

/**
 * Those of `CLAUSE_OPENS` that join a clause of its own, not one that leads in or sets an aside apart ("Enligt
 * Europol: 500 000", "År 2011 – för ett år sedan – ledde"): the words before a sentence's first figure govern its
 * later clauses ("År 2011 ledde operation Rescue till att 779 …, och 250 greps") unless one of these stands among them.
 */
export const CLAUSE_JOINS = /;|,\s(?:och|and|men|but|samt|while|medan|whereas|utan)\s/i;

/** What parts the words of two figures of one clause: "779 … i hela världen, 250 greps och 252 barn" (see `ownWords`). */
export const FIGURES_PART = /,|\s(?:och|and|samt|men|but|plus)\s/i;

/**
 * Time words that, after a year the sentence states, move a figure out of it: "In 2011 … 779 …, and since then 250
 * arrested", "and then 250 arrested" (what came next may fall in another year), "250 greps igår", "och hittills har
 * 250 gripits", "därefter kunde 252 barn skyddas", "250 arrested over two years", "images published in 2005 … online
 * at present". Before the year they are what it dates ("Ett år senare ledde operation Rescue år 2011").
 */
export const TIME_SHIFT = words(
  'sedan dess', 'sedan', 'därefter', 'därpå', 'efteråt', 'senare', 'tidigare', 'dessförinnan', 'innan dess', 'efter det', 'hittills', 'hitintills',
  'tills (?:nu|dess)', 'fram till(?:s)? (?:nu|dess|i dag|idag)', 'än så länge', 'nu', 'numera', 'just nu', 'för närvarande', 'för tillfället',
  'i dag', 'idag', 'igår', 'i går', 'i förrgår', 'i morgon', 'imorgon', 'gårdagen', 'nyligen', 'på senare tid', 'i år', 'i fjol', 'förra året',
  'nästa år', 'året (?:efter|därpå|innan|före)', 'följande år', '(?:efter|inom) (?:ett|två|tre|fyra|fem|några|flera|[0-9]+) år',
  'under (?:de )?(?:senaste |kommande |följande )?(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|flera|några|[0-9]+) (?:år|månader)',
  'since then', 'ever since', 'since that time', 'then', 'later', 'earlier', 'afterwards?', 'thereafter', 'subsequently', 'previously', 'before then',
  'after that', 'so far', 'thus far', 'until now', 'till now', 'up (?:un)?til now', 'to date', 'as yet', 'by now', 'hitherto', 'now', 'nowadays',
  'currently', 'at present', 'presently', 'at the moment', 'today', 'yesterday', 'tomorrow', 'recently', 'lately', 'ago', 'this year', 'last year',
  'next year', 'the (?:following|next|previous) year', 'the year (?:after|before)', '(?:after|within) (?:a|one|two|three|four|five|a few|several|[0-9]+) years?',
  'in the (?:(?:two|three|four|five|few|several|[0-9]+) )?(?:years?|months) since',
  'over (?:the )?(?:past |last |next |following )?(?:two|three|four|five|six|seven|eight|nine|ten|several|many|a few|[0-9]+) (?:years|months)',
  'during the (?:past|last|next|following) (?:two|three|four|five|six|seven|eight|nine|ten|several|many|few|[0-9]+) (?:years|months)',
);

/** The words right before a year that state it as the year of what is said. */
const YEAR_WORDS = ['(?:år|in|during|under|throughout) ', ...WITHIN_YEAR];

/**
 * "År 2011", "in 2011", "Hösten 2011" (see `WITHIN_YEAR`): a year, but not the
 * start of a longer figure ("2011-12", "2011.5", "2011 779"), which is no year
 * the reader can be sure of.
 */
export const YEAR = phrasePattern(
  (alternation) => `(?<![${LETTER}])(?:${alternation})((?:19|20)[0-9][0-9])(?![0-9]|(?:[\\ud800-\\udbff][\\udc00-\\udfff]|[^0-9${LETTER}])[0-9])`,
  YEAR_WORDS,
);

/**
 * A text that ends in the words that state a year, with no year after them
 * (see `YEAR_WORDS`): where "År <del>2011</del> ledde" or "In <span
 * hidden>2011</span> operation Rescue" is cut, the sentence names its year in
 * text the reader does not see, and what it is cannot be told.
 */
export const YEAR_GAP = phrasePattern((alternation) => `(?<![${LETTER}])(?:${alternation})\\s*$`, YEAR_WORDS.map((words) => words.trimEnd()));

/**
 * A text that ends in a year stated as one (see `YEAR`): no range opens with
 * it ("led in May 2011 to 779 suspects"), and it ends no figure's words ("År
 * 2011 planeras operation Rescue leda till att 779", "Hösten 2011 planeras…").
 */
export const STATED_YEAR = phrasePattern((alternation) => `(?<![${LETTER}])(?:${alternation})(?:19|20)[0-9][0-9]$`, YEAR_WORDS);

/**
 * Words right before a `YEAR` that make it a bound of the figure's time, not
 * the year it is from: "Före år 2011", "Sedan år 2011", "Fram till år 2011",
 * "Från och med år 2011", "Mellan år 2011 och nu", "since during 2011",
 * "Starting in 2011", "Until early in 2011"; or an approximation of it:
 * "Kring år 2011", "around 2011".
 */
export const YEAR_BOUND = new RegExp(
  `(?<![${LETTER}])(?:före|innan|sedan|alltsedan|sen|efter|till|tills|intill|inför|senast|tidigast|kring|omkring|runt|cirka|ca\\.?|ungefär|mellan|från|och med|fr\\.o\\.m\\.|t\\.o\\.m\\.|before|since|after|until|till|between|from|by|through|including|prior to|as of|starting|beginning|commencing|ending|effective|around|about|circa|approximately|roughly|no later than|no earlier than|not before|not after)(?: the)? $`,
  'i',
);

/**
 * What, in the words of a `YEAR`'s clause before it, makes the year another
 * event's: a relative clause or an aside ("Operation Rescue, som inleddes år
 * 2009, ledde…", "launched in 2009, led…", "which began in 2009").
 */
export const YEAR_ASIDE = new RegExp(`[,()[\\]]|(?<![${LETTER}])(?:som|vilken|vilket|vilka|där|när|that|which|who|where|when)(?![${LETTER}])`, 'i');

/** What closes an aside right after a `YEAR` inside its clause: "Operation Rescue – inledd år 2009 – ledde…". */
export const YEAR_ASIDE_ENDS = /^(?:\s*[,)\]]|\s+[-–—]\s)/;

/**
 * A name a year is part of, right before it: "Agenda 2030", "Vision 2020",
 * "Horizon 2020", "Horisont 2020" (capitalised: "vision 2020" may be a plan
 * for that year). Such a year is no calendar year of the statement.
 */
export const NAME_BEFORE_YEAR = new RegExp(`(?:^|[^${LETTER}])(?:Agenda|Vision|Horizon|Horisont) $`);

/**
 * A word a year is hyphenated to, right after it: "2030-rapporten",
 * "2020-programmet", also no calendar year of the statement; but not a
 * decade ("2020-talet") or a year's own ("2011-års"), nor a figure that goes
 * on ("2011-12").
 */
export const NAME_AFTER_YEAR = new RegExp(`^[-\u2010](?!tal|år)[${LETTER}]`, 'i');

/**
 * What follows a day's number before its month ("5 mars", "5:e mars", "1st of March"): such a number dates the
 * figure, it counts nothing, so it ends no figure's words ("Den 5 mars står 48 länder": the month is the 48's).
 */
export const DAY_BEFORE_MONTH = new RegExp(`^(?::e|:a|st|nd|rd|th)? (?:of )?(?:${MONTHS})(?![${WORD_CHAR}])`, 'i');

/** The first day of a range before its month: "5" of "Mellan den 5 och 7 mars", "From 5 to 7 March". */
export const DAY_RANGE = new RegExp(`^ (?:och|till|to|and|through) (?:den |the )?(?:0?[1-9]|[12][0-9]|3[01])(?::e|:a|st|nd|rd|th)? (?:of )?(?:${MONTHS})(?![${WORD_CHAR}])`, 'i');

/** A range of days read as one figure ("5 till 7", "Between 5 and 7"): a date if its month follows. */
export const DAYS_RANGE = /^(?:[A-Za-zÅÄÖåäö]+ )?(?:0?[1-9]|[12][0-9]|3[01]) ?(?:och|till|to|and|through|[-–]) ?(?:0?[1-9]|[12][0-9]|3[01])$/i;

/** A count of days that tells a time from now ("Om 5 dagar", "In 5 days"), not a figure of its own. */
export const DAYS_FROM_NOW = { before: /(?<![A-Za-zÅÄÖåäö])(?:om|in) $/i, after: /^ (?:dagar|dag|veckor|days?|weeks?)(?![A-Za-zÅÄÖåäö])/i };

/**
 * A month as the time a figure is stated in, and nothing more, at the end of a text ("I december", "in
 * December"): in a post of that month it is the post's own time, not another date. A day ("Den 5 december"), a part
 * of it ("i slutet av december") or a bound ("från december", "last December") is no such month.
 */
export const IN_MONTH = new RegExp(`(?<![${WORD_CHAR}])(?:i|under|in|during) (?:${MONTHS})$`, 'i');

/** A number that may be a year, wherever it stands: four digits from 1900 to 2099, no part of a longer run. */
export const YEAR_LIKE = /(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/g;

/** Organisations and operations a figure can be credited to, with the name the output uses. */
export const SOURCES: ReadonlyArray<readonly [RegExp, string]> = [
  [words('UNODC', 'FN:s drog- och brottsbekämpningsbyrå', 'United Nations Office on Drugs and Crime', 'UN Office on Drugs and Crime'), 'UNODC'],
  [OPERATION_RESCUE, 'Operation Rescue'],
  [words('Europol'), 'Europol'],
];

/**
 * Words that credit a figure to the body named right after them: "Enligt
 * Interpol", "according to the UN Office…", "operation Icarus" (an operation's
 * name is capitalised: "police operation that" credits none). A figure credited
 * to a body that no entry of `SOURCES` names there has no source the tool
 * knows, whatever known name stands elsewhere in the sentence.
 */
export const ATTRIBUTION = new RegExp(
  `(?<![${LETTER}])(?:(enligt|according to|as reported by) (?:(?:the|uppgifter|siffror|data|statistik|figures|statistics|estimates|från|from) )*|(?=operation(?:en)? \\p{Lu}))`,
  'giu',
);

/**
 * Words that set what follows against the sentence's figure: "Tvärtemot
 * UNODC", "I motsats till vad UNODC hävdar", "Contrary to UNODC's estimate",
 * "Unlike UNODC", "Stick i stäv med UNODC", "Counter to UNODC", "critics of
 * UNODC". A source named right after one is named to be contradicted,
 * and credited with nothing.
 */
export const CONTRAST = new RegExp(
  `(?<![${LETTER}])(?:tvärtemot|tvärt emot|i motsats till|till skillnad (?:från|mot)|i strid med|stick i stäv med|i kontrast (?:till|mot)|i motsättning till|trots|kritiker(?:na)? (?:av|till)|contrary to|counter to|contradicting|against|unlike|in contrast to|in contrast with|in contradiction (?:to|with)|at variance with|as opposed to|at odds with|despite|in spite of|critics of|opponents of)(?![${LETTER}])`,
  'i',
);

/**
 * Those who contradict a source, named right after it: "UNODC:s kritiker",
 * "UNODC's critics". A figure credited to them is none of the source's.
 */
export const CRITICS = new RegExp(`^(?::s|['’]s)? (?:kritiker|motståndare|belackare|critics|opponents|detractors|sceptics|skeptics)(?![${LETTER}])`, 'i');

/** Where what a `CONTRAST` sets against the figure ends: at a clause's punctuation, or where the sentence credits a body. */
export const CONTRAST_ENDS = new RegExp(`[,;!?]|[.:](?:\\s|$)|(?<![${LETTER}])(?:enligt|according to|as reported by)(?![${LETTER}])`, 'i');

export interface CommitmentRule {
  id: CommitmentId;
  /**
   * In each language, every one must match an item's text for it to be about
   * the commitment, whatever it says of it: an item with another verb
   * ("Minska barnens medvetenhet") is about it too.
   */
  topic: Readonly<Record<Language, readonly RegExp[]>>;
  /**
   * In each language, every one must match too for the item to state it: with
   * the topic, what the commitment says — its verb, which gives its direction,
   * and what it is done to — not merely its topic, which an inverted item keeps.
   */
  says: Readonly<Record<Language, readonly RegExp[]>>;
  /**
   * Verbs of the other direction: an item that holds one beside the
   * commitment's own says two things. Small patterns, each proved safe apart.
   */
  opposite?: Readonly<Record<Language, readonly RegExp[]>>;
}

/**
 * What turns the efforts of the two targets that the post words as efforts
 * ("Intensifierade ansträngningar…", "Enhanced efforts…") the other way:
 * "Minskade ansträngningar att utreda…", "Halved efforts to identify…" are
 * about the target and say its opposite. The words that weaken, then those
 * that halt.
 */
const EFFORTS_CUT: Readonly<Record<Language, readonly RegExp[]>> = {
  sv: [
    words(
      `minsk${L}*`, `sänk${L}*`, 'mindre', 'färre', 'lägre', 'sämre', `nedprioriter${L}*`, `avveckl${L}*`, `försvag${L}*`, `svag${L}*`, `begräns${L}*`, `halver${L}*`, `minimer${L}*`,
      `nedskur${L}*`, `dra[a-z]* ned`, `dra[a-z]* ner`, `skär${L}* ned`, `skär${L}* ner`,
    ),
    words(`avbr${L}*`, `paus${L}*`, `avslut${L}*`, `frys${L}*`, `fryst${L}*`, `stoppa${L}*`),
  ],
  en: [
    words(
      `reduc${L}*`, `decreas${L}*`, `lower${L}*`, 'less', 'fewer', `weak${L}*`, `scal${L}* back`, `scal${L}*-back`, `cut${L}*`, `curtail${L}*`, `limit${L}*`, `deprioriti${L}*`,
      `halv${L}*`, `diminish${L}*`, `minim${L}*`, `slash${L}*`,
    ),
    words(`paus${L}*`, `suspen${L}*`, `discontinu${L}*`, `terminat${L}*`, 'ended', 'halted', `froz${L}*`, `freez${L}*`),
  ],
};

/**
 * Verbs that keep what follows from being done ("för att undvika att man
 * identifierar offren", "efforts to prevent identifying victims", "hindra
 * polisen att utreda"): efforts made with one are made against the target.
 * Only for the targets worded as efforts: "Att öka barnens medvetenhet … för
 * att förhindra grooming" prevents the harm, not the target.
 */
const PREVENTION: Readonly<Record<Language, RegExp>> = {
  sv: words(`undvik${L}*`, `förhindr${L}*`, `hindr${L}*`, `försvår${L}*`, `motverk${L}*`, `motarbet${L}*`, `obstruer${L}*`, `sabot${L}*`, `avhåll${L}*`, 'låta bli'),
  en: words(`avoid${L}*`, `prevent${L}*`, `refrain${L}*`, `obstruct${L}*`, `hinder${L}*`, `imped${L}*`, `thwart${L}*`, `hamper${L}*`, `sabotag${L}*`, `frustrat${L}*`),
};

const AGAINST_EFFORTS: Readonly<Record<Language, readonly RegExp[]>> = {
  sv: [...EFFORTS_CUT.sv, PREVENTION.sv],
  en: [...EFFORTS_CUT.en, PREVENTION.en],
};

/** The Global Alliance's four policy targets, as the post words them in each edition. */
export const COMMITMENT_RULES: readonly CommitmentRule[] = [
  {
    id: 'identify-victims',
    topic: { sv: [words('offren', 'offer', 'offrens'), /identif/i], en: [words('victims?', "victims['’]"), /identif/i] },
    // The victims right after the verb, or after a second verb: "identifiera offrens förövare", "identify victims' abusers" identify the abusers.
    says: {
      sv: [words(`identifi${L}*(?: (?:och|samt|eller) ${L}+)? (?:offren|offer|offret)`)],
      en: [words(`identif${L}*(?: (?:and|or) ${L}+)? (?:the )?victims?(?!['’])`)],
    },
    opposite: AGAINST_EFFORTS,
  },
  {
    id: 'investigate-and-prosecute',
    topic: { sv: [words('utreda'), words('lagföra', 'åtala')], en: [words(`investigat${L}*`), words(`prosecut${L}*`)] },
    says: { sv: [], en: [] },
    opposite: AGAINST_EFFORTS,
  },
  {
    id: 'raise-awareness',
    topic: { sv: [words(`medvetenhet${L}*`)], en: [words('awareness')] },
    // The children's awareness: "Att öka förövarnas medvetenhet" raises another's.
    says: {
      sv: [words(`ök${L}*`, `höj${L}*`, `stärk${L}*`, `förbättr${L}*`), words(`(?:barnens|barns|barnets) medvetenhet${L}*`, `medvetenhet${L}* (?:hos|bland) barn${L}*`)],
      en: [
        words(`increas${L}*`, `rais${L}*`, `enhanc${L}*`, `heighten${L}*`, `improv${L}*`, `boost${L}*`),
        words(`(?:children|child)['’]s awareness`, `awareness (?:among|in) (?:the )?children(?!['’])`),
      ],
    },
    opposite: {
      sv: [words(`minsk${L}*`, `sänk${L}*`, 'mindre', 'lägre', `dämp${L}*`, `försvag${L}*`)],
      en: [words(`reduc${L}*`, `decreas${L}*`, `lower${L}*`, 'less', `dampen${L}*`, `weaken${L}*`, `diminish${L}*`)],
    },
  },
  {
    id: 'reduce-availability',
    topic: {
      sv: [words('minska'), words('tillgången')],
      en: [words(`reduc${L}*`), words('availability', 'available')],
    },
    says: {
      sv: [words(`barnpornograf${L}*`, `material${L}*`, `bild${L}*`, `övergrepp${L}*`)],
      en: [words(`material${L}*`, `images?`, 'pictures', 'content', 'abuse', `pornograph${L}*`)],
    },
    // Less of what protects from the material ("tillgången på skydd mot", "availability of filters for") is no less of
    // it; nor is less of anything else that stands between the two with "mot", "för", "against", "for" or "to" ("tillgången
    // på stöd mot", "availability of help against", "of hotlines to report"), whatever the noun.
    opposite: {
      sv: [
        words(`ök${L}*`, `höj${L}*`, 'mer', 'fler', 'större'),
        words(`skydd${L}*`, `filter${L}*`, `filtr${L}*`, `blocker${L}*`, `spärr${L}*`, `motåtgärd${L}*`, 'verktyg mot'),
        words(`tillgången (?:på|till) (?:(?!barnpornograf|material|bild|övergrepp|sexuell|barn)${L}+ ){1,2}(?:mot|för)`),
      ],
      en: [
        words(`increas${L}*`, `rais${L}*`, 'more', 'greater'),
        words(`protect${L}*`, `filter${L}*`, `block${L}*`, `safeguard${L}*`, `countermeasure${L}*`, `defen[cs]e${L}*`, 'tools against'),
        words(`availability (?:of|to) (?:(?!child|material|images?|pictures|content|abuse|pornograph|sexual)${L}+ ){1,2}(?:against|for|to)`),
      ],
    },
  },
];

/**
 * "utan dröjsmål", "without delay" (at once), "utan förbehåll", "without
 * reservation", "utan undantag", "without exception" (wholly), "inte bara
 * …, utan också" (but also): no denial.
 */
const NOT_WITHOUT = `(?! (?:dröjsmål|delay|också|även|förbehåll|undantag|reservations?|exceptions?)(?![${WORD_CHAR}]))`;
/** "no later than", "not later than", "no fewer than", "inte senare än", "inte mindre än": a time or a floor, no denial ("no more than", a cap, is one). */
const NOT_A_BOUND = `(?! (?:later|sooner|earlier|fewer|less) than(?![${WORD_CHAR}]))`;
const NOT_A_BOUND_SV = `(?! (?:senare|tidigare|färre|mindre) än(?![${WORD_CHAR}]))`;

/**
 * Words that deny or turn around what a list item says — "Inte minska
 * tillgången", "för att sluta identifiera offren", "Minska tillgången på stöd,
 * snarare än på material", "No efforts to identify victims". Which part of
 * the item they deny the tool does not read, so the item states no commitment.
 * "inte bara", "not only", "utan dröjsmål", "utan också", "no later than" deny nothing.
 */
export const COMMITMENT_REVERSAL = words(
  `(?:inte|ej|icke)${NOT_ONLY}${NOT_A_BOUND_SV}`, 'aldrig', 'ingen', 'inget', 'inga', 'varken', 'sluta', 'slutar', 'slutat', 'slutade', `upphör${L}*`,
  `utan${NOT_WITHOUT}`, 'snarare än', 'hellre än', 'i stället för', 'istället för', 'i stället', 'istället',
  `not${NOT_ONLY}${NOT_A_BOUND}`, `no${NOT_A_BOUND}`, 'never', 'none', 'neither', 'nor', `[${LETTER}]+n['’]t`, 'stop', 'stops', 'stopped', 'stopping', `ceas${L}*`, 'halt',
  `without${NOT_WITHOUT}`, 'rather than', 'instead of', 'instead', 'as opposed to', 'in place of',
);

/**
 * Words of a list's lead-in that make its items other than what the
 * participants commit to: proposals, drafts, proposals turned down or
 * dropped, commitments refused or no longer made ("Följande förslag
 * avvisades:", "De vägrade att förbinda sig till följande mål:", "Formerly,
 * among other things:"), and
 * every word that denies or turns around an item (`COMMITMENT_REVERSAL`,
 * looked for apart). One pattern a language: as one, the Swedish and English
 * words took the safety proof (test/regex-safety.test.ts) to its time limit
 * on a loaded machine. What of the list they deny the tool does not read, so
 * the list states no commitment.
 */
export const LIST_DENIAL: readonly RegExp[] = [
  words(
    `avvis${L}*`, 'avslog', `avslag${L}*`, `avslå${L}*`, `förkast${L}*`, `vägra${L}*`, `avstå${L}*`, 'avstod', `övergiv${L}*`, 'övergav', 'övergett',
    `struk${L}*`, 'strök', `slopa${L}*`, `skrota${L}*`, `stryk${L}*`, 'före detta',
  ),
  words(`reject${L}*`, `refus${L}*`, `declin${L}*`, `abandon${L}*`, `dropp${L}*`, `withdr${L}*`, `scrap${L}*`, `struck`, 'formerly'),
  // Goals removed or opposed: "Följande mål ströks / togs bort / lades ned", "were removed / vetoed / shelved / voted down".
  words(
    `strök${L}*`, `övergav${L}*`, `(?:togs|tas|tagits|tagna?) bort`, `(?:lades|läggs|lagts|lagda?) (?:ned|ner)`, `röstade?s? (?:ned|ner|bort)`, `röstade?s? emot`, `veto${L}*`,
    `bordl${L}*`, `mots[äa]tt${L}*`,
  ),
  words('removed', 'deleted', 'taken out', `veto${L}*`, `shelv${L}*`, `vot${L}* (?:down|out|against)`, `cancel${L}*`, `oppos${L}*`),
  // Goals only considered or discussed, or wished for by others: "övervägde att göra politiska åtaganden", "Kritiker vill att…".
  words(`övervä${L}*`, `diskuter${L}*`, `debatter${L}*`, `kritik${L}*`, 'vill', 'ville', 'hoppas', 'hoppades', `önsk${L}*`),
  words(`consider${L}*`, `contemplat${L}*`, `discuss${L}*`, `debat${L}*`, `critic${L}*`, `want${L}*`, `wish${L}*`, `hop(?:e|es|ed|ing)`),
  // A question: the verb first ("Kan de deltagande länderna förbinda sig…", "Will the countries commit…"), or its mark.
  new RegExp(`^\\s*(?:kan|kunde|ska|skall|skulle|bör|borde|vill|kommer|har|hade|är|måste|förbinder|förband)(?![${WORD_CHAR}])`, 'i'),
  new RegExp(`^\\s*(?:can|could|will|would|shall|should|do|does|did|are|is|were|was|have|has|had|must)(?![${WORD_CHAR}])`, 'i'),
  /\?/,
];

/**
 * Words of a list's lead-in that make its items proposals or drafts ("Följande
 * förslag:", "The following goals were proposed:"): no commitment, unless
 * the lead-in says they were adopted (`ADOPTED`).
 */
export const PROPOSED = words(`förslag${L}*`, `utkast${L}*`, `propos${L}*`, 'drafts?');

/**
 * Words of a list's lead-in that make its items what the participants ought to, must, will or are meant to undertake,
 * not what they have undertaken ("De deltagande länderna borde göra…", "The participating countries should commit…",
 * "The idea is that…"): as a figure's `UNDOING` words, they make nothing of the list a fact yet. Not "kan"/"can",
 * which a commitment holds ("förbinder sig att göra allt de kan"). One pattern a language, as `LIST_DENIAL`.
 */
export const LIST_NOT_YET: readonly RegExp[] = [
  words(
    'borde', 'bör', 'behöv(?:er|de|s)', 'måste', 'ska', 'skall', 'skulle', 'kommer att', '(?:för)?vänta(?:s|des)', 'uppmana(?:s|r|des)', `rekommender${L}*`,
    '(?:tanken|idén|avsikten|planen|syftet|meningen) är',
  ),
  words(
    'should', 'must', 'ought to', 'needs? to', 'ha(?:s|ve) to', 'will', 'shall', 'would', '(?:expected|supposed|invited|asked) to', 'urged', 'encouraged', `recommend${L}*`,
    '(?:idea|aim|goal|plan|intention|hope|purpose) is',
  ),
];

/**
 * An aside that agrees the participants do what is due ("As they should, the participating countries commit to…", "…
 * commit, as they must, to…", "Som sig bör förbinder sig…"): its modal recommends nothing, and it is read out of a
 * lead-in before `LIST_NOT_YET` is. English only as an aside a mark closes, so that "as they should commit" still
 * recommends; Swedish "som sig bör" is an idiom, "as is proper".
 */
export const AS_DUE = new RegExp(
  `(?<![${WORD_CHAR}])(?:as (?:they|we|it|one|all|everyone|each) (?:should|must|ought to|would)(?: (?:do|be|have))?(?=\\s*[,;:–—)])|som sig bör)(?![${WORD_CHAR}])`,
  'gi',
);

/**
 * Proposals adopted, which are commitments: "Följande förslag antogs:", "The
 * ministers adopted the following proposals:". Only as done: "ska antas",
 * "are to be adopted", "väntas bli antagna" adopt nothing yet.
 */
export const ADOPTED = new RegExp(
  `(?<![${WORD_CHAR}])(?<!(?:be|bli|bliva|att|will|shall|would|should|could|may|might) )(?:antogs|antagits|antagit|antog|antagna|antaget|godkändes|godkänts|godkände|godkända|fastställdes|fastställts|beslutades|beslutats|bifölls|klubbades|klubbats|adopted|approved|agreed|accepted|endorsed|passed|ratified|enacted)(?![${WORD_CHAR}])`,
  'i',
);

/**
 * Proposals or goals none of which was turned down — "Inget förslag
 * avvisades", "No proposal was rejected" — deny nothing: the phrase is read
 * out of the lead-in before its words are (a "förslag" in it proposes
 * nothing, its "Inget" and "avvisades" deny nothing).
 */
export const NONE_REJECTED = phrasePattern(
  (alternation) => `(?<![${WORD_CHAR}])(?:${alternation})(?![${WORD_CHAR}])`,
  [
    `(?:inget|inga|ingen|inte något|inte några) (?:av (?:de|dessa) )?(?:förslag|mål|åtaganden)${L}* (?:har |hade |blev )?(?:avvis|avslogs|förkast|ströks|struk|strukits)${L}*`,
    '(?:no|none of the|not one|not a single) (?:proposals?|goals?|commitments?) (?:was|were|has been|have been|had been) (?:rejected|dropped|withdrawn|voted down|struck|removed|abandoned|refused)',
  ],
  'gi',
  undefined,
  WORD_CHAR,
);

/** A paragraph that announces a list ends with a colon. */
export const LIST_INTRO = /:\s*$/;
