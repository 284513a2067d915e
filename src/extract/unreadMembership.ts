/**
 * Since 5 December, the guard on who takes part. The readers of a block (see `findCountriesAmendment`) hear the
 * wordings they were written for; every round of hostile checks found others that kept the list of 48 and its count
 * with exit 0 ("Kanada har ratificerat.", "Sverige står utanför alliansen.", "Sweden declined.", "Alliansen har nu
 * fyrtionio medlemmar."). So a sentence that has a word of membership (`MEMBERSHIP`) beside what it could bear on, or
 * names the alliance (`ALLIANCE_WORDS`), is left unread — the list and the count out — unless it is understood: each
 * country it names was heard by a reader, or is one the list does not name in a wish or a question, or one it names
 * with no word of doubt (`DOUBT`) in its clauses; or it names no country and speaks of every country, or of as many
 * as the list names or the post counts. Phrases understood as saying nothing of who takes part (`UNDERSTOOD`, the
 * post's own "och fler har möjlighet att gå med") and events or other bodies ("deltog i mötet", "med i EU") are taken
 * out first. A country named in lower case ("kanada", "nya zeeland") is a country here too: no reader takes a name
 * without its capital, so whatever the sentence says of it was not heard. The words are ordered data in
 * src/rules/membership.ts.
 */
import { EVENT_ATTENDANCE, EVENT_JOINED, EVENT_MISSED } from '../rules/facts.js';
import {
  ADDS, ADDS_WORDS, ALLIANCE_WORDS, ASPIRANTS, AT_PLACE, BEFORE_BODY, BODY_NAME, CLAUSE_SPLIT, COUNTED_AFTER, COUNTED_BEFORE, COUNTED_OF, COUNTRY_WORDS, DENIED_LEAVING, DOUBT,
  EVENT_NAME, EVERY_COUNTRY, EXCEPTION, GENITIVE_OF_MEMBERSHIP, HOPED, MEMBER_CHANGE, MEMBER_NOUN_WORDS, MEMBERSHIP, MEMBERSHIP_ACTS, OPENS_WITH_COUNT, SIGNATORIES_COUNTED,
  MORE_COUNTRIES, NAME_START, OBSERVER_NOUN, OPEN_DOOR, OTHER_BODY, OTHER_BODY_COUNTRIES, OTHER_KIND, PARTICIPANTS_NAMED, PARTICIPATION,
  ROLE_BEFORE, ROLE_WORD, TIME_AFTER, TIME_NAME, UNDERSTOOD, WHOLE_OF, WISHED, WORKING_TOGETHER_WORD,
} from '../rules/membership.js';
import { countriesNamedIn } from '../countries/named.js';
import { governmentsAsCountries } from '../countries/governments.js';
import { toSentences } from '../text/sentences.js';
import { NUMBER_WORD, NUMBER_WORDS, readNumbers, wordsAsDigits, type Language, type NumbersRead } from './numbers.js';
import { withoutControls } from '../text/bidiControls.js';
import { marksDigits, withoutMarksOnDigits } from '../text/digitMarks.js';
import { MAX_SENTENCE } from './statistics.js';
import { spelledOut } from './auxiliaries.js';

/** The phrases taken out wherever they stand. */
const everywhere = (pattern: RegExp) => new RegExp(pattern.source, 'gi');
const ALL_ADDS = everywhere(ADDS);
const ALL_UNDERSTOOD = everywhere(UNDERSTOOD);
const ALL_DENIED_LEAVINGS = everywhere(DENIED_LEAVING);
const ALL_OPEN_DOORS = everywhere(OPEN_DOOR);
const ALL_PARTICIPANTS_NAMED = everywhere(PARTICIPANTS_NAMED);

/** Longer than the longest words `COUNTED_BEFORE` reads before a count ("medlemsländerna har blivit numera "). */
const BEFORE_COUNT = 48;

/** A figure right before a phrase, its last two characters: what the phrase counts. */
const FIGURE_BEFORE = /[0-9] $/;

/** How far after a word of membership another body is looked for: a few words and their spaces. */
const BODY_REACH = 48;
/** How many words may stand between a word of membership and the body it bears on (`BEFORE_BODY`). */
const BODY_WORDS = 3;

/** Longer than the longest body's name before a noun of membership, its genitive and a word between ("Europarådets nya "). */
const BODY_BEFORE = 40;

/**
 * Whether the words right before a noun of membership name another body's members (`BODY_NAME`: "EU:s 27
 * medlemsstater"), or an event an observer attended ("mötet som observatör").
 */
function bodyBefore(before: string, noun: string): boolean {
  if (!/[\s-]$/.test(before)) return false;
  const words = before.split(/[\s-]+/).filter((word) => word !== '');
  const [third, second, last] = [words[words.length - 3] ?? '', words[words.length - 2] ?? '', words[words.length - 1] ?? ''];
  if (MEMBER_NOUN_WORDS.test(noun)) return BODY_NAME.test(last) || (BODY_NAME.test(second) && /^[\p{L}\p{N}]+$/u.test(last));
  // "mötet som", "the meeting as an": the role's words, then the event.
  return OBSERVER_NOUN.test(noun) && ROLE_WORD.test(last) && (EVENT_NAME.test(second) || (ROLE_WORD.test(second) && EVENT_NAME.test(third)));
}

/**
 * Whether what follows a word of membership names another body, treaty or event as what it bears on: after a few
 * particles, prepositions or articles (`BEFORE_BODY`), the body itself (`OTHER_BODY`: "med i EU", "undertecknat
 * Lanzarotekonventionen") or, after one of those or a name, one word and the body ("signed the Budapest
 * Convention"; not "ratificerat utan debatt"), or a word of another kind right after a preposition ("med i liknande
 * samarbeten"; not "ratificerat precis som andra"). A time's preposition ends the look ("anslöt sig strax
 * efter mötet" is a join).
 */
function bodyAfter(word: string, after: string, language: Language): boolean {
  const words = (after.split(/[.,;:!?]/)[0]?.split(TIME_AFTER)[0] ?? '').split(/\s+/).filter((part) => part !== '');
  const taking = PARTICIPATION.test(word);
  const passed = (part: string) => BEFORE_BODY.test(part) || (taking && ROLE_BEFORE.test(part));
  // A country right after the word, as a time first puts it ("I går deltog Kanada i mötet."), is passed over too.
  let at = words[0] !== undefined && countriesNamedIn(words[0], language, true)[0]?.name === words[0] ? 1 : 0;
  const skipped = at;
  while (at < words.length && at < BODY_WORDS + skipped && passed(words[at] as string)) at++;
  const [next, then] = [words[at] ?? '', words[at + 1] ?? ''];
  if (next === '' || COUNTRY_WORDS.test(next) || WORKING_TOGETHER_WORD.test(next) || countriesNamedIn(next, language, true).length > 0) return false;
  // At a place, a join is done there ("ratified at the meeting"); taking part there is taking part in it.
  if (words.slice(skipped, at).some((part) => AT_PLACE.test(part)) && !taking) return false;
  // After a preposition: what a country takes part in other than the alliance, another body by name ("medlem i Liberala
  // kvinnor", "a member of Amnesty"), or another kind ("med i liknande samarbeten").
  const name = NAME_START.test(next) && !TIME_NAME.test(next);
  const preposition = at > skipped;
  if (preposition && ((taking && !COUNTRY_WORDS.test(then)) || name || OTHER_KIND.test(next))) return true;
  // A word between only after a preposition or an article, or as a name ("signed the Budapest Convention"), not "utan debatt".
  const between = preposition || name;
  return OTHER_BODY.test(next) || (between && OTHER_BODY.test(then) && !COUNTRY_WORDS.test(then));
}

/**
 * A sentence without its words of membership that bear on another body, treaty or event, named after the word
 * (`bodyAfter`: "är inte med i EU") or right before it (`bodyBefore`: "EU:s 27 medlemsstater").
 */
function withoutOtherBodies(sentence: string, language: Language): string {
  let text = sentence;
  for (let at = 0, found = MEMBERSHIP.exec(text); found !== null; found = MEMBERSHIP.exec(text.slice(at))) {
    const start = at + found.index;
    const end = start + found[0].length;
    const word = text.slice(start, end).trim();
    if (bodyBefore(text.slice(Math.max(0, start - BODY_BEFORE), start), word) || bodyAfter(word, text.slice(end, end + BODY_REACH), language)) {
      text = `${text.slice(0, start)}${' '.repeat(end - start)}${text.slice(end)}`;
    }
    at = end;
  }
  return text;
}

/**
 * What the guard reads of a sentence: events, other bodies, a negation that adds and the phrases it understands taken
 * out (a leaving denied only where it names no country and the sentence makes no exception); governments, and
 * genitives before a noun of membership, as their countries; a footnote's number glued to a word apart from it; the
 * alliance's name and "'s" spelled out as the readers hear them (`spelledOut`).
 */
function guarded(sentence: string, language: Language): string {
  // Other bodies first: an event's role is read before the event is taken out ("deltog i mötet som observatör").
  const unmarked = spelledOut(sentence, language).replace(ALL_UNDERSTOOD, ' ');
  const said = withoutOtherBodies(unmarked, language)
    .replace(EVENT_ATTENDANCE, ' ')
    .replace(EVENT_MISSED, ' ')
    .replace(EVENT_JOINED, ' ')
    .replace(ALL_ADDS, (phrase: string) => (MEMBERSHIP.test(phrase) ? phrase.replace(ADDS_WORDS, ' ') : ' '));
  const excepts = EXCEPTION.test(said);
  const understood = said.replace(ALL_DENIED_LEAVINGS, (phrase: string) => (excepts || countriesNamedIn(phrase, language, true).length > 0 ? phrase : ' '));
  return governmentsAsCountries(understood.replace(ALL_OPEN_DOORS, ' ')).replace(GENITIVE_OF_MEMBERSHIP, ' ');
}

/**
 * Whether a clause of the sentence that holds a word of membership (`membership`: with the nouns, or without them where
 * no country is named), or what `holds` finds, has a word of doubt.
 */
function doubted(said: string, holds: (clause: string) => boolean = () => false, membership: { test: (text: string) => boolean } = MEMBERSHIP): boolean {
  return said.split(CLAUSE_SPLIT).some((clause) => DOUBT.test(clause) && (membership.test(clause) || holds(clause)));
}

/** The fewest names a list of countries has (see `readCountryList`). */
const MIN_LIST_LENGTH = 3;
/** What may follow a list's last name: its full stop, a mark. */
const LIST_END = /^[\s.!?;*¹²³⁴⁵⁶⁷⁸⁹⁰)\]]*$/;

/**
 * Whether a sentence is a list of countries after a lead-in that neither doubts nor speaks of membership but as the
 * post names its participants ("Deltagande länder: Albanien, …, Österrike."): the list readers' (see
 * `chooseCountryList`), which set it against the post's other lists. "Nya medlemmar: Kanada, Brasilien och Kina." is
 * no such list.
 */
function isLeadInList(said: string, named: ReadonlyArray<{ name: string }>): boolean {
  const [first, last] = [named[0], named[named.length - 1]];
  if (named.length < MIN_LIST_LENGTH || first === undefined || last === undefined) return false;
  const leadIn = said.slice(0, said.indexOf(first.name)).replace(ALL_PARTICIPANTS_NAMED, ' ');
  return LIST_END.test(said.slice(said.lastIndexOf(last.name) + last.name.length)) && !DOUBT.test(leadIn) && !MEMBERSHIP.test(leadIn);
}

/**
 * The counts of countries a sentence gives, figures right before a word for them or for members ("48 länder", "49
 * members"); undefined when it has a number the tool does not read (in words, a range), which may be one. Since 5
 * December a part of a whole before such a word gives the whole's count ("Sweden is one of 49 members.", "Sverige är
 * en av 49 medlemmar."), which the figure reader leaves unread and so this one took for no count at all; and a count
 * of another body's members or partners is none (`COUNTED_OF`).
 */
function countsIn(text: string, { tokens, unclear }: NumbersRead): number[] | undefined {
  if (NUMBER_WORD.test(text)) return undefined;
  const counted = (end: number) => COUNTED_AFTER.test(text.slice(end));
  const ofAnother = (end: number) => ofAnotherBody(text.slice(end));
  const wholes: number[] = [];
  for (const figure of unclear) {
    const whole = figure.reason === 'multiple' && counted(figure.end) ? WHOLE_OF.exec(figure.text) : null;
    if (whole === null) return undefined;
    if (!ofAnother(figure.end)) wholes.push(Number(whole[1]));
  }
  // Since the evening of 5 December, a count after its word or a change too ("Medlemsländerna är nu 49.", "fell to 47").
  const countedBefore = (start: number) => COUNTED_BEFORE.test(text.slice(Math.max(0, start - BEFORE_COUNT), start));
  return [...tokens.filter((token) => (counted(token.end) && !ofAnother(token.end)) || countedBefore(token.start)).map((token) => token.value), ...wholes];
}

/** Of another body, a count is none of the alliance's ("49 members of the chess federation", "49 partners in the league"). */
const ofAnotherBody = (rest: string): boolean => COUNTED_OF.test(rest) && !ALLIANCE_WORDS.test(rest);

/**
 * Whether a number the tool does not read, in words or a figure, stands right before a word for countries or members
 * and is not another body's ("one of forty-nine members", "fyrtionio medlemmar", "48–49 members"), where `countsIn`
 * gives none.
 */
function countUnread(text: string, { unclear }: NumbersRead): boolean {
  const counts = (end: number) => COUNTED_AFTER.test(text.slice(end)) && !ofAnotherBody(text.slice(end));
  // A part of a whole in figures is `countsIn`'s ("one of 49 members").
  const unread = unclear.filter((figure) => figure.reason !== 'multiple' || !WHOLE_OF.test(figure.text));
  return [...text.matchAll(NUMBER_WORDS)].some((found) => counts(found.index + found[0].length)) || unread.some((figure) => counts(figure.end));
}

export interface MembershipContext {
  language: Language;
  /**
   * Whether the block is a note: it opens with a note's mark ("¹ Två av dem har ännu inte undertecknat."), or the
   * footnotes' reader took it for one under a figure's mark. One that names no country is the footnotes' reader's (see
   * `findQualifyingFootnotes`), whatever it says; one that names a country is read as any block is, unless the list
   * holds the country out for it (`noted`).
   */
  note: boolean;
  /** The codes of the list the countries come from, if any, and of the countries its notes name: asked only of a sentence the guard reads. */
  listed: () => ReadonlySet<string> | undefined;
  /** The post's own counts of the countries (the statistic's statements): a sentence that gives one gives the post's. */
  declared: ReadonlySet<number>;
  /** The codes of the countries the list names but holds out for a note it does not read whole (see `notedCodes`). */
  noted: () => ReadonlySet<string>;
  /**
   * The codes of the countries the readers heard a sentence say joined (`joinedUnlabelled`), and those they heard it
   * say left, are out or not yet in, or are members or not (`leftUnlabelled`, `listedNotIn`, `membershipStated`): a
   * reader's word on these stands, where a join heard beside a word of doubt may be one the reader did not read whole
   * ("All but Sweden have joined.").
   */
  heard: (sentence: string) => { joined: ReadonlySet<string>; out: ReadonlySet<string> };
}

/**
 * Why one sentence of a block is left unread (see the module's comment), or undefined when it is understood. `text`:
 * the block as heard.
 */
export function unreadMembership(written: string, context: MembershipContext): { sentence: string; why: string } | undefined {
  // Read as it reads without its bidirectional controls, as the statistics are ("52 mem\u200eber countries").
  const text = withoutControls(written);
  const unmarked = withoutMarksOnDigits(text);
  if (!MEMBERSHIP.test(unmarked) && !ALLIANCE_WORDS.test(unmarked)) return undefined;
  // The countries the block's sentences named last: a sentence that names none speaks of them ("Kanada tvekade länge.
  // Nu har de ratificerat.", "Canada. Has ratified.").
  let before: ReadonlyArray<{ name: string; code: string }> = [];
  for (const { text: sentence } of toSentences(text)) {
    // Read without the marks on nothing ("52 \u0301 member countries" is its twin without the mark).
    const said = withoutMarksOnDigits(sentence);
    if (MEMBERSHIP.test(said) || ALLIANCE_WORDS.test(said)) {
      // Since the morning of 6 December a combining mark on a digit ("52\u0301 member countries", "4\u03368", struck
      // through) makes the count one the tool cannot be sure of, as it makes a statistic's figure: the first printed the
      // list of 48 (the count was no count the reader knew), the second did once the mark was taken out.
      if (marksDigits(sentence)) return { sentence, why: MARKED_COUNT };
      const why = unread(said, before, context);
      if (why !== undefined) return { sentence, why };
    }
    const named = countriesNamedIn(sentence.length > MAX_SENTENCE ? '' : sentence, context.language, true);
    if (named.length > 0) before = named;
  }
  return undefined;
}

const MARKED_COUNT = 'gives a number with a combining mark on a digit, which shows it otherwise than as written';

/** A count of the signatories or delegations that is of the alliance's (see `SIGNATORIES_COUNTED`). */
const signatoriesCounted = (text: string): boolean => SIGNATORIES_COUNTED.test(text) && (OPENS_WITH_COUNT.test(text) || ALLIANCE_WORDS.test(text));

function unread(sentence: string, before: ReadonlyArray<{ name: string; code: string }>, context: MembershipContext): string | undefined {
  const { language, note, declared, listed, noted, heard } = context;
  if (sentence.length > MAX_SENTENCE) return 'speaks of who takes part in a sentence too long to read';
  const said = guarded(sentence, language);
  // Since the night of 5 December a count in words is one too, read below as a count of no value the list has ("The
  // alliance now has fifty-two member countries." printed the list of 48, where "52 member countries" left it out).
  const membership = MEMBERSHIP.test(said) || (NUMBER_WORD.test(said) && MEMBERSHIP.test(wordsAsDigits(said, language)));
  if (!membership && !ALLIANCE_WORDS.test(said)) return undefined;
  const own = countriesNamedIn(said, language, true);
  const named = own.length > 0 || COUNTRY_WORDS.test(said) ? own : before;
  // A question asserts nothing ("Kommer Ryssland att gå med?", "Varför har inte fler länder anslutit sig?"), unless of a
  // country the list names.
  const asks = /\?\s*$/.test(sentence);
  if (named.length > 0) {
    // Beside the alliance's name and no word of membership, only a country the list does not name, or one it names
    // with a word of doubt, is read below (`ALLIANCE_WORDS`).
    if (isLeadInList(said, named)) return undefined;
    // A country held out of the list for its note is the list's to read, wherever the note stands (a "* " may open a bullet).
    if (named.every(({ code }) => noted().has(code))) return undefined;
    const codes = listed();
    const { joined, out } = heard(sentence);
    // A wish, a condition or a question of a country the list does not name asserts no join ("Jag hoppas att även
    // Brasilien vill vara med.", "If Canada joined, the alliance would be stronger.").
    const clauses = said.split(CLAUSE_SPLIT);
    const hoped = (name: string) => clauses.some((clause) => clause.includes(name) && HOPED.test(clause));
    const stranger = !asks && named.find(({ name, code }) => !codes?.has(code) && !joined.has(code) && !out.has(code) && !hoped(name));
    if (stranger) return `speaks of ${stranger.name} taking part in words the tool does not read, where the list does not name it`;
    // A listed country a reader heard as out would have been said so already (see `findCountriesAmendment`): here it is
    // one the reader heard otherwise, and its doubt stands.
    const doubtful = named.find(({ code }) => codes?.has(code));
    const doubts = EXCEPTION.test(said) || doubted(said, (clause) => countriesNamedIn(clause, language, true).length > 0);
    if (doubtful && doubts) return `speaks of ${doubtful.name} taking part in words the tool does not read`;
    // Since 5 December, a count of the members beside a country the list names is theirs all the same ("Sverige har nu 49
    // partner i alliansen."), unless it is the list's or the post's own.
    // Since the evening of 5 December, so is a count the tool does not read ("Sweden is one of forty-nine members.").
    if (!doubtful) return undefined;
    // The sentence's numbers read once, for both (`readNumbers` is the figures' whole reader).
    const read = readNumbers(said, language);
    const counts = countsIn(said, read);
    const another = counts === undefined ? countUnread(said, read) : counts.some((value) => value !== codes?.size && !declared.has(value));
    return another ? `speaks of ${doubtful.name} taking part in words the tool does not read` : undefined;
  }
  // A note that names no country is the footnotes' reader's, under the mark of the figure it qualifies (see `findQualifyingFootnotes`).
  if (note || asks || !membership) return undefined;
  // The participants' name is no word of membership, but a word for the countries ("De deltagande länderna har blivit fler.").
  // Since the evening of 5 December, not after a count, which it is the word of ("Alliansen har nu 49 deltagande länder.",
  // "The alliance now has 49 participating countries." were "49 länderna", every country, and understood).
  const bare = (membership && NUMBER_WORD.test(said) ? wordsAsDigits(said, language) : said)
    .replace(OTHER_BODY_COUNTRIES, ' ')
    .replace(ALL_PARTICIPANTS_NAMED, (name: string, at: number, whole: string) => (FIGURE_BEFORE.test(whole.slice(Math.max(0, at - 2), at)) ? name : ' länderna '));
  if (!MEMBERSHIP_ACTS.test(bare)) return undefined;
  // A number alone is no count of countries ("Gå med 1 234 andra prenumeranter"): a count beside no word for them is
  // the readers' ("Nu är vi 49.", see `countPassed` and `findUntiedValues`).
  if (!COUNTRY_WORDS.test(bare) && !MEMBER_CHANGE.test(bare) && !signatoriesCounted(bare)) return undefined;
  const more = MORE_COUNTRIES.test(bare);
  if ((more || ASPIRANTS.test(bare)) && WISHED.test(bare)) return undefined;
  const counts = countsIn(bare, readNumbers(bare, language));
  const codes = counts !== undefined && counts.length > 0 ? listed() : undefined;
  const asListed = counts !== undefined && counts.length > 0 && counts.every((count) => count === codes?.size || declared.has(count));
  const every = counts !== undefined && counts.length === 0 && EVERY_COUNTRY.test(bare);
  if ((asListed || every) && !more && !EXCEPTION.test(bare) && !doubted(bare, undefined, MEMBERSHIP_ACTS)) return undefined;
  return 'speaks of who takes part in words the tool does not read';
}
