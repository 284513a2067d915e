import { asTyped, type Block } from '../text/blocks.js';
import { resolveCountry } from '../countries/resolve.js';
import type { Language } from './numbers.js';
import { unwrapArchiveUrl } from './urls.js';
import { noteOpening, raised, withMarksRaised, withoutMarks } from '../text/marks.js';
import { DOUBTED, FOOTNOTE_QUALIFIER, JOIN_DONE, JOINS_LATER, MONTH_NAMED, NOTE_DATED, TYPED_NOTE_NUMBER } from '../rules/facts.js';
import { sourceGivenBy } from './sourceNote.js';
import { calendarYears, datedAfter, yearsBefore } from './years.js';
import { countriesNamedIn } from '../countries/named.js';
import { clipped } from '../text/clip.js';
import { unknownWordOf } from './unknownWord.js';
import { withoutAll } from '../text/without.js';

/** A list of every country in the world fits in this; longer text is not a list of names. */
const MAX_LIST_TEXT = 6000;
const MIN_LIST_LENGTH = 3;
/** Share of a block's comma-separated parts that must be countries for it to be a list of them. */
const MIN_RESOLVED_SHARE = 0.75;

export interface NamedCountry {
  code: string;
  name: string;
}

export interface CountryList {
  items: NamedCountry[];
  unresolved: string[];
  /**
   * Names marked by a footnote whose note the tool does not read whole ("Sverige¹" and "¹ Sverige deltar som
   * observatör."), with the note; `named`: a listed name such a note names under another name's mark ("Sverige¹" and
   * "¹ Norge ansluter sig i januari 2013.").
   */
  noted: Array<{ name: string; note: string; named?: true }>;
  duplicates: NamedCountry[];
  start: number;
  /** The words that introduce the list: its block's text before the colon or the first name, or the block before when that ends in a colon. */
  leadIn: string;
}

const MAX_LEAD_IN = 120;

/** Where a list's "…:" lead-in ends, or 0. */
function leadInEnd(text: string): number {
  const colon = text.indexOf(':');
  return colon >= 0 && colon < MAX_LEAD_IN ? colon + 1 : 0;
}

/**
 * The names in a list such as "Albanien, Australien … USA och Vietnam.", after any "…:" lead-in. Given the language,
 * a country whose name holds "och" or "and" is one name since 4 December ("Bosnien och Hercegovina", "Trinidad and
 * Tobago"): two words joined so are one name when together they name a country and the first alone names none.
 */
export function splitNameList(text: string, language?: Language): string[] {
  return text
    .slice(leadInEnd(text))
    .split(/[,;]/)
    .flatMap((part) => namesJoined(part, language))
    .map((part) => part.trim().replace(/[.]$/, '').trim())
    .filter((part) => part.length > 0);
}

const JOINING = / (?:och|and|samt|&) /;

/** A part of a list between commas, split at "och"/"and" but where the words it joins name one country together. */
function namesJoined(part: string, language: Language | undefined): string[] {
  if (!JOINING.test(part)) return [part];
  const pieces = part.split(/( (?:och|and|samt|&) )/);
  if (language === undefined) return pieces.filter((_, at) => at % 2 === 0);
  const names: string[] = [];
  for (let at = 0; at < pieces.length; at += 2) {
    const name = pieces[at] as string;
    const joined = at + 2 < pieces.length ? `${name}${pieces[at + 1]}${pieces[at + 2]}` : undefined;
    if (joined !== undefined && !resolveCountry(unmarked(name), language) && resolveCountry(unmarked(joined), language)) {
      names.push(joined);
      at += 2;
    } else names.push(name);
  }
  return names;
}

/** Cheaper than splitting: a list of three names has at least two separators. */
function mayBeList(text: string): boolean {
  let separators = 0;
  for (let at = text.indexOf(','); at !== -1 && separators < MIN_LIST_LENGTH - 1; at = text.indexOf(',', at + 1)) separators++;
  return separators >= MIN_LIST_LENGTH - 1 || (/[,;]/.test(text) && / (?:och|and|samt|&) /.test(text));
}

/**
 * Without a colon, the words before the first name are in its part
 * ("Länder som ännu inte anslutit sig är bland annat Kanada"): the words
 * before the name it ends in, or none when it ends in none.
 */
function wordsBeforeName(part: string, language: Language): string {
  if (resolveCountry(part, language)) return '';
  const words = part.split(' ');
  for (let from = 1; from < words.length; from++) {
    if (resolveCountry(words.slice(from).join(' '), language)) return words.slice(0, from).join(' ');
  }
  return '';
}

/** A footnote's mark at the end of a name: "Sverige**", "Sverige¹" (a superscript's, raised by `withMarksRaised`). */
const NAME_MARK = /([*†‡§]{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})$/;
const unmarked = (name: string) => name.replace(NAME_MARK, '');

/**
 * The note of a mark a listed name carries, when the tool does not read it whole, or it says the country takes part
 * otherwise ("¹ Sverige deltar som observatör.", "¹ Sverige har ännu inte anslutit sig.", "** Sverige i väntan på
 * riksdagens beslut.") or only after the post ("¹ Sverige ansluter sig i januari 2013."): its text, clipped, and its
 * words, which may speak of other listed countries than the one that carries the mark. Undefined when the post has no
 * such note, or one the tool reads whole.
 */
export type NoteOf = (mark: string, list: Block) => { text: string; words: string } | undefined;

/**
 * Whether a note only gives a source (`sourceGivenBy`) and, since 4 December, names no country other than as its
 * owner ("Källa: utkast, Sverige tveksamt." is more than a source; "Källa: Sveriges regering." is one).
 */
function onlySource(body: string, language: Language): boolean {
  const said = sourceGivenBy(body);
  return said !== undefined && !namesCountry(said, language);
}

/** Whether words name a country, not only in the genitive of whom a source is ("Sveriges regering", "Sweden's government", "USA:s"). */
const namesCountry = (words: string, language: Language): boolean => countriesNamedIn(words, language).length > 0;

const WORD_BEFORE = /[\p{L}\p{N}]$/u;
/** Where a name ends in a note, a genitive's ending aside ("Norges", "USA:s"). */
const NAME_END = /^(?:s|:s)?(?![\p{L}\p{N}])/u;

/**
 * Whether a note's words name a listed country as the list names it, or its genitive ("Norge", "Norges", "USA:s"):
 * a search for each of the list's names, rather than asking the country library of every capitalised word of a note
 * that may be as long as a page.
 */
function namesListed(words: string, name: string): boolean {
  for (let at = words.indexOf(name); at !== -1; at = words.indexOf(name, at + 1)) {
    const after = words.slice(at + name.length, at + name.length + 3);
    if (!WORD_BEFORE.test(words.slice(Math.max(0, at - 1), at)) && NAME_END.test(after)) return true;
  }
  return false;
}

/**
 * A note's opening (`noteOpening`), or since 4 December a number typed at its start (`TYPED_NOTE_NUMBER`: "1) ", "1. ",
 * "1 "), `typed`: a note only under a name that carries the number raised, and only after that name's list, for a
 * numbered paragraph of the post's own ("1) Minska tillgången …") opens so too.
 */
function noteOpeningOf(block: Block): { opening: string; mark: string; typed?: true } | undefined {
  const opening = noteOpening(block);
  if (opening !== undefined) return opening;
  const typed = TYPED_NOTE_NUMBER.exec(block.text)?.[0];
  return typed === undefined ? undefined : { opening: typed, mark: raised(typed.replace(/[^0-9]/g, '')), typed: true };
}

function notesOf(blocks: readonly Block[], language: Language, published: string | null): NoteOf {
  let openings: Array<ReturnType<typeof noteOpeningOf>> | undefined;
  let typed: Block[] | undefined;
  const found = new Map<Block, ReturnType<NoteOf>>();
  const reading = (note: Block, opening: string, mark: string): ReturnType<NoteOf> => {
    if (!found.has(note)) {
      const text = withoutMarks(note.text, note.cuts);
      const body = note.text.slice(opening.length).trim();
      // A source's name may be any words, a year among them; what the note says of taking part is read all the same.
      // Since 4 December a source dated after the post ("Källa: regeringen 2013.") is not where its list came from.
      const source = onlySource(body, language) && (published === null || !datedAfter(body, published));
      const unread =
        NOT_PARTICIPANTS.test(text) ||
        NOT_YET_PARTICIPANTS.some((pattern) => pattern.test(text)) ||
        FOOTNOTE_QUALIFIER.test(text) ||
        JOINS_LATER.test(text) ||
        DOUBTED.test(text) ||
        // A month with no word of a join done may be one after the post ("deltar i januari").
        (!source && MONTH_NAMED.test(text) && !JOIN_DONE.test(text)) ||
        (!source && NOTE_DATED.test(text)) ||
        // A year may come after the post ("anslöt sig i januari 2013"): only one before its date is read, and none without it.
        (!source && calendarYears(text).length > 0 && (published === null || !yearsBefore(text, published))) ||
        (!source && unknownWordOf(note, language, { countries: true }) !== undefined);
      found.set(note, unread ? { text: clipped(`${mark} ${body}`), words: body } : undefined);
    }
    return found.get(note);
  };
  return (mark, list) => {
    // A line typed as a bulleted item ("* Sverige deltar som observatör.") is read as the note it may be too.
    typed ??= blocks.map(asTyped);
    // A note's mark as the listed name carries it ("**", "¹"; a superscript's number raised: "<sup>1</sup> …" is "¹").
    openings ??= typed.map(noteOpeningOf);
    const at = blocks.findIndex((block, index) => openings?.[index]?.mark === mark && !openings[index]?.typed && block !== list);
    const note = typed[at];
    const opening = openings[at];
    if (note !== undefined && opening !== undefined) return reading(note, opening.opening, mark);
    // A number typed may open a numbered paragraph as well as the note ("1) Minska tillgången …"): which is the note the
    // tool cannot tell, so any after the list that it does not read whole is.
    for (let index = blocks.indexOf(list) + 1; index > 0 && index < blocks.length; index++) {
      const typedOpening = openings[index];
      if (typedOpening?.typed !== true || typedOpening.mark !== mark) continue;
      const unread = reading(typed[index] as Block, typedOpening.opening, mark);
      if (unread !== undefined) return unread;
    }
    return undefined;
  };
}

/**
 * A footnote mark after a name ("Sverige<sup>1</sup>", "Sverige**") is no part of it; since 4 December a name whose
 * note the tool does not read whole (`NoteOf`) is no participant it vouches for, and is `noted` rather than listed, as
 * "Sverige (observatör)" is unresolved. `before`: the text of the block before, the list's lead-in when it ends in a colon.
 */
export function readCountryList(block: Block, language: Language, before = '', noteOf: NoteOf = () => undefined): CountryList | undefined {
  if (block.text.length > MAX_LIST_TEXT || !mayBeList(block.text)) return undefined;
  const text = withoutMarks(block.text, block.cuts);
  const names = splitNameList(withMarksRaised(block.text, block.cuts), language);
  if (names.length < MIN_LIST_LENGTH) return undefined;
  // The lead-in is read once the names make a list: most blocks with commas are prose, whose first part would be tried word by word.
  const list: CountryList = { items: [], unresolved: [], noted: [], duplicates: [], start: block.start, leadIn: '' };
  const seen = new Set<string>();
  const allowedUnresolved = Math.floor(names.length * (1 - MIN_RESOLVED_SHARE));
  const unreadNotes = new Map<string, string>();
  for (const listed of names) {
    const mark = NAME_MARK.exec(listed);
    const name = mark ? listed.slice(0, mark.index).trim() : listed;
    const note = mark ? noteOf(mark[1] as string, block) : undefined;
    if (note !== undefined) {
      list.noted.push({ name, note: note.text });
      unreadNotes.set(note.words, note.text);
      continue;
    }
    const code = resolveCountry(name, language);
    if (!code) {
      list.unresolved.push(name);
      if (list.unresolved.length > allowedUnresolved) return undefined;
    } else if (seen.has(code)) list.duplicates.push({ code, name });
    else {
      seen.add(code);
      list.items.push({ code, name });
    }
  }
  // A note that says a country is not (yet) in speaks of every listed country it names, whichever name carries its mark.
  for (const [words, note] of unreadNotes) {
    for (const item of list.items.filter(({ name }) => namesListed(words, name))) {
      list.items.splice(list.items.indexOf(item), 1);
      list.noted.push({ name: item.name, note, named: true });
    }
  }
  if (list.items.length < MIN_LIST_LENGTH) return undefined;
  const own = leadInEnd(text) > 0 ? text.slice(0, leadInEnd(text) - 1) : wordsBeforeName(unmarked(names[0] as string), language);
  list.leadIn = [/:\s*$/.test(before) ? before.trim() : '', own.trim()].filter(Boolean).join(' ');
  return list;
}

/**
 * Words of a lead-in that make its list other than the participants: those
 * not (yet) in, all but those listed, those who were once ("Inte med ännu:",
 * "Alla länder utom följande:", "Formerly members:").
 */
const NOT_PARTICIPANTS =
  /(?<![\p{L}\p{N}])(?:inte|ej|icke|inga|utom|förutom|utanför|undantag|undantagna|exklusive|tidigare|före detta|f\.?d\.|fd|lämna\p{L}*|avböj\p{L}*|avstå\p{L}*|vägra\p{L}*|saknas|utträ\p{L}*|observatör\p{L}*|kandidat\p{L}*|not|no|none|non-\p{L}+|except|excepting|excluding|excluded|exclusion|other than|apart from|besides|outside|formerly|former|previously|yet to|declin\p{L}*|withdr\p{L}*|left|leaving|refus\p{L}*|observers?|candidates?)(?![\p{L}\p{N}])/iu;

/**
 * Words of a lead-in that make its countries invited, declining or opposed,
 * or participants only maybe, later or in another world ("*Alla inbjudna
 * länder", "som tackat nej", "som motsätter sig initiativet", "som kan / vill
 * / ska gå med", "som kunde ha anslutit sig", "Länder vi hoppas…", "snart"):
 * no list of the participants, whatever else it says.
 */
const NOT_YET_PARTICIPANTS = [
  /(?<![\p{L}\p{N}])(?:inbjud\p{L}*|bjud\p{L}* in|bjöds in|tackat nej|tackade nej|mots[äa]tt\p{L}*|invit\p{L}*|oppos\p{L}*)(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])(?:kan|kunde|ska|skall|skulle|bör|borde|vill|ville|hoppas|kanske|snart|kommer att|can|could|may(?! [0-9])|might|will|shall|would|should|want\p{L}*|hop\p{L}*|soon|perhaps)(?![\p{L}\p{N}])/iu,
];

/** Words of a lead-in that name the participants ("*Alla länder:", "The following 48 countries have joined"). */
const PARTICIPANTS =
  /(?<![\p{L}\p{N}])(?:alla länder|deltar|deltagande|deltagare|anslutit|anslutna|anslöt|medlemmar|medlemsländer|står bakom|participating|participants|participate|joined|members|member countries|signed up|stand behind)(?![\p{L}\p{N}])/iu;

/** Words that name the alliance: a lead-in with one says whose participants it lists. */
const TOPIC = /(?<![\p{L}\p{N}])(?:allians\p{L}*|initiativ\p{L}*|alliance|initiative)(?![\p{L}\p{N}])/iu;
/**
 * Words that name nothing a list's countries could take part in besides the
 * alliance ("De 48 deltagande länderna", "Countries that have joined so far").
 */
const GENERIC_WORDS = new Set(
  (
    'länder landet länderna land stater staterna nationer de dessa följande alla samtliga första som har är sig nu också även sedan hittills här nedan listade och ' +
    'countries country states nations the these those following all first that which who have has are is now also since so far here below listed and'
  ).split(' '),
);
const LEAD_IN_WORD = /[\p{L}\p{N}]+/gu;
const DIGITS = /^[0-9]+$/;

/**
 * Whether a lead-in introduces its list as the participants: the footnote's
 * "*", or a word of participation that is of the alliance — the lead-in names
 * it ("have joined the Global Alliance"), or names nothing else ("Deltagande
 * länder", "The 48 participating countries"). "Länder som deltar i FN:s
 * råd:", "EU:s medlemsländer:" or "Members of NATO:" participate in another thing.
 */
function introducesParticipants(leadIn: string): boolean {
  // The footnote's "*" leads to the participants, but a lead-in may say more of what follows it ("*Alla länder vi diskuterade med").
  if (leadIn.startsWith('*') && genericOnly(leadIn)) return true;
  if (!PARTICIPANTS.test(leadIn)) return false;
  if (TOPIC.test(leadIn)) return true;
  return genericOnly(withoutAll(leadIn, PARTICIPANTS));
}

/** Whether every word of a text names nothing a list's countries could be besides the participants (see `GENERIC_WORDS`). */
function genericOnly(text: string): boolean {
  return (text.match(LEAD_IN_WORD) ?? []).every((word) => DIGITS.test(word) || GENERIC_WORDS.has(word.toLowerCase()));
}

/** The lists of countries among the blocks, in order, each block's lead-in read; `published`: see `chooseCountryList`. */
function countryLists(blocks: readonly Block[], language: Language, published: string | null): CountryList[] {
  const lists: CountryList[] = [];
  const noteOf = notesOf(blocks, language, published);
  blocks.forEach((block, at) => {
    const list = readCountryList(block, language, blocks[at - 1]?.text, noteOf);
    if (list) lists.push(list);
  });
  return lists;
}

/**
 * Which list of countries names the participants: one, none, several the tool
 * cannot tell apart (`tied`), or only lists that nothing introduces as the
 * participants (`unintroduced`).
 */
export type CountryListChoice = { list: CountryList } | { tied: CountryList[] } | { unintroduced: CountryList[] } | undefined;

/**
 * The list that names the participants. A list whose lead-in negates or
 * excludes is not it, however long; of the rest, only one the post's "*"
 * leads to or whose lead-in names participation in the alliance is (see
 * `introducesParticipants`): a list introduced otherwise or not at
 * all ("Länder vi har diskuterat med:", "Countries mentioned in the report:")
 * may name any countries, and is `unintroduced`. Every capture's list, the
 * post's and the memo's, is introduced so. Two lists that remain alike are
 * `tied`: which is the participants cannot be told, so neither is taken —
 * the first is no likelier than the other. `published`: the post's date (an ISO date, or null where the page does not
 * say it), which a year in a note on a listed country is set against ("¹ Sverige anslöt sig 2011.").
 */
export function chooseCountryList(blocks: readonly Block[], language: Language, published: string | null = null): CountryListChoice {
  const candidates = countryLists(blocks, language, published).filter(
    (list) => !NOT_PARTICIPANTS.test(list.leadIn) && !NOT_YET_PARTICIPANTS.some((pattern) => pattern.test(list.leadIn)),
  );
  const named = candidates.filter((list) => introducesParticipants(list.leadIn));
  if (named.length === 0) return candidates.length === 0 ? undefined : { unintroduced: candidates };
  return named.length === 1 ? { list: named[0] as CountryList } : { tied: named };
}

/** The list of the participants, if one can be told (see `chooseCountryList`). */
export function findCountryList(blocks: readonly Block[], language: Language, published: string | null = null): CountryList | undefined {
  const choice = chooseCountryList(blocks, language, published);
  return choice && 'list' in choice ? choice.list : undefined;
}

export interface Footnote {
  url: string;
  text: string;
  start: number;
}

/**
 * The footnote behind "48 länder*": a paragraph opening with the asterisk and
 * carrying a link. Archive links are unwrapped to the address the post gave.
 */
export function findFootnote(blocks: readonly Block[]): Footnote | undefined {
  for (const block of blocks) {
    if (!block.text.startsWith('*')) continue;
    const link = block.links.find((candidate) => candidate.href);
    if (link) return { url: unwrapArchiveUrl(link.href), text: block.text, start: block.start };
  }
  return undefined;
}
