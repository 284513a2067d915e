/**
 * Since 5 December, the guard on who takes part. The readers of a block (see `findCountriesAmendment`) hear the
 * wordings they were written for; every round of hostile checks found others that kept the list of 48 and its count
 * with exit 0 ("Kanada har ratificerat.", "Sverige står utanför.", "Sweden declined.", "Alliansen har nu fyrtionio
 * medlemmar."). So a sentence that has a word of membership (`MEMBERSHIP`) beside what it could bear on is left
 * unread — the list and the count out — unless it is understood: each country it names was heard by a reader, or is
 * one the list names and nothing in the sentence doubts it (`DOUBT`); or it names no country and speaks of every
 * country, or of as many as the list names. Phrases understood as saying nothing of who takes part (`UNDERSTOOD`:
 * the post's own "och fler har möjlighet att gå med") and events or other bodies ("deltog i mötet", "med i EU") are
 * taken out first.
 */
import { EVENT_ATTENDANCE, EVENT_JOINED, EVENT_MISSED } from '../rules/facts.js';
import {
  BODY_NAME, COUNTED_AFTER, COUNTRY_WORDS, DOUBT, EVENT_NAME, EVERY_COUNTRY, GENITIVE_OF_MEMBERSHIP, MEMBERSHIP, MORE_COUNTRIES, OTHER_BODY,
  OTHER_BODY_COUNTRIES, PARTICIPANTS_NAMED, ROLE_WORD, TIME_AFTER, UNDERSTOOD, WISHED,
} from '../rules/membership.js';
import { countriesNamedIn } from '../countries/named.js';
import { governmentsAsCountries } from '../countries/governments.js';
import { toSentences } from '../text/sentences.js';
import { NUMBER_WORD, readNumbers, type Language } from './numbers.js';
import { MAX_SENTENCE } from './statistics.js';

/** The phrases understood and the participants' name, to take out wherever they stand. */
const ALL_UNDERSTOOD = new RegExp(UNDERSTOOD.source, 'gi');
const ALL_PARTICIPANTS_NAMED = new RegExp(PARTICIPANTS_NAMED.source, 'gi');

/** How far after a word of membership another body is looked for: three words and their spaces, and more. */
const BODY_REACH = 40;

/** Longer than the longest body's name before a word of membership, its genitive and a word between ("Europarådets nya "). */
const BODY_BEFORE = 40;

/** Whether the words right before a word of membership name another body (`BODY_NAME`), or an event and a role at it. */
function bodyBefore(before: string): boolean {
  if (!/[\s-]$/.test(before)) return false;
  const words = before.split(/[\s-]+/).filter((word) => word !== '');
  const [third, second, last] = [words[words.length - 3] ?? '', words[words.length - 2] ?? '', words[words.length - 1] ?? ''];
  if (BODY_NAME.test(last) || (BODY_NAME.test(second) && /^[\p{L}\p{N}]+$/u.test(last))) return true;
  // "mötet som", "the meeting as an": the role's words, then the event.
  return ROLE_WORD.test(last) && (EVENT_NAME.test(second) || (ROLE_WORD.test(second) && EVENT_NAME.test(third)));
}

/**
 * A sentence without its words of membership that bear on another body or treaty, named after the word (`OTHER_BODY`:
 * "är inte med i EU") or right before it (`bodyBefore`: "EU:s 27 medlemsstater").
 */
function withoutOtherBodies(sentence: string): string {
  let text = sentence;
  for (let at = 0, found = MEMBERSHIP.exec(text); found !== null; found = MEMBERSHIP.exec(text.slice(at))) {
    const start = at + found.index;
    const end = start + found[0].length;
    const after = text.slice(end, end + BODY_REACH).split(/[.,;:!?]/)[0] as string;
    const aside = (after.split(TIME_AFTER)[0] as string).split(' ').slice(0, 5).join(' ');
    const body = bodyBefore(text.slice(Math.max(0, start - BODY_BEFORE), start)) || (OTHER_BODY.test(aside) && !COUNTRY_WORDS.test(aside));
    if (body) text = `${text.slice(0, start)}${' '.repeat(end - start)}${text.slice(end)}`;
    at = end;
  }
  return text;
}

/**
 * What the guard reads of a sentence: events, other bodies and the phrases it understands taken out; governments, and
 * genitives before a noun of membership, as their countries.
 */
function guarded(sentence: string): string {
  // Other bodies first: an event's role is read before the event is taken out ("deltog i mötet som observatör").
  const said = withoutOtherBodies(sentence).replace(EVENT_ATTENDANCE, ' ').replace(EVENT_MISSED, ' ').replace(EVENT_JOINED, ' ');
  return governmentsAsCountries(said.replace(ALL_UNDERSTOOD, ' ')).replace(GENITIVE_OF_MEMBERSHIP, ' ');
}

/** The fewest names a list of countries has (see `readCountryList`). */
const MIN_LIST_LENGTH = 3;
/** What may follow a list's last name: its full stop, a mark. */
const LIST_END = /^[\s.!?;*¹²³⁴⁵⁶⁷⁸⁹⁰)\]]*$/;

/**
 * Whether a sentence is a list of countries after a lead-in that doubts none ("Deltagande länder: Albanien, …,
 * Österrike."): the list readers' (see `chooseCountryList`), which set it against the post's other lists.
 */
function isLeadInList(said: string, named: ReadonlyArray<{ name: string }>): boolean {
  const [first, last] = [named[0], named[named.length - 1]];
  if (named.length < MIN_LIST_LENGTH || first === undefined || last === undefined) return false;
  return LIST_END.test(said.slice(said.lastIndexOf(last.name) + last.name.length)) && !DOUBT.test(said.slice(0, said.indexOf(first.name)));
}

/**
 * The counts of countries a sentence gives, figures right before a word for them or for members ("48 länder", "49
 * members"); undefined when it has a number the tool does not read (in words, a range), which may be one.
 */
function countsIn(text: string, language: Language): number[] | undefined {
  const { tokens, unclear } = readNumbers(text, language);
  if (unclear.length > 0 || NUMBER_WORD.test(text)) return undefined;
  return tokens.filter((token) => COUNTED_AFTER.test(text.slice(token.end))).map((token) => token.value);
}

export interface MembershipContext {
  language: Language;
  /**
   * Whether the block is a note: it opens with a note's mark ("¹ Sverige anslöt sig senare."), or the footnotes'
   * reader took it for one under a figure's mark. A note on a country the list names is the list's to read (see
   * `readCountryList`), and one that names none the footnotes' reader's (see `findQualifyingFootnotes`), whatever it says.
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
export function unreadMembership(text: string, context: MembershipContext): { sentence: string; why: string } | undefined {
  if (!MEMBERSHIP.test(text)) return undefined;
  for (const { text: sentence } of toSentences(text)) {
    if (!MEMBERSHIP.test(sentence)) continue;
    const why = unread(sentence, context);
    if (why !== undefined) return { sentence, why };
  }
  return undefined;
}

function unread(sentence: string, { language, note, declared, listed, noted, heard }: MembershipContext): string | undefined {
  if (sentence.length > MAX_SENTENCE) return 'speaks of who takes part in a sentence too long to read';
  const said = guarded(sentence);
  if (!MEMBERSHIP.test(said)) return undefined;
  const named = countriesNamedIn(said, language);
  if (named.length > 0) {
    if (isLeadInList(said, named)) return undefined;
    const codes = listed();
    if (note && named.every(({ code }) => codes?.has(code))) return undefined;
    // A country held out of the list for its note is the list's to read, wherever the note stands (a "* " may open a bullet).
    if (named.every(({ code }) => noted().has(code))) return undefined;
    const { joined, out } = heard(sentence);
    const stranger = named.find(({ code }) => !codes?.has(code) && !joined.has(code) && !out.has(code));
    if (stranger) return `speaks of ${stranger.name} taking part in words the tool does not read, where the list does not name it`;
    const doubted = named.find(({ code }) => codes?.has(code) && !out.has(code));
    if (doubted && DOUBT.test(said)) return `speaks of ${doubted.name} taking part in words the tool does not read`;
    return undefined;
  }
  // A note that names no country is the footnotes' reader's, under the mark of the figure it qualifies (see `findQualifyingFootnotes`).
  if (note) return undefined;
  const bare = said.replace(ALL_PARTICIPANTS_NAMED, ' ').replace(OTHER_BODY_COUNTRIES, ' ');
  if (!MEMBERSHIP.test(bare)) return undefined;
  // A number alone is no count of countries ("Gå med 1 234 andra prenumeranter"): a count beside no word for them is
  // the readers' ("Nu är vi 49.", see `countPassed` and `findUntiedValues`).
  if (!COUNTRY_WORDS.test(bare) || (MORE_COUNTRIES.test(bare) && WISHED.test(bare))) return undefined;
  const counts = countsIn(bare, language);
  const codes = counts !== undefined && counts.length > 0 ? listed() : undefined;
  const asListed = counts !== undefined && counts.length > 0 && counts.every((count) => count === codes?.size || declared.has(count));
  const every = counts !== undefined && counts.length === 0 && EVERY_COUNTRY.test(bare);
  if ((asListed || every) && !DOUBT.test(bare)) return undefined;
  return 'speaks of who takes part in words the tool does not read';
}
