import { leavingOut, type PostFacts } from '../locate/post.js';
import { STATISTIC_RULES } from '../rules/facts.js';
import { COUNTRIES_BEFORE, COUNTRIES_COUNTED } from '../rules/countOfCountries.js';
import { GLUED_MARK } from '../rules/membership.js';
import { clipped } from '../text/clip.js';
import { asTyped } from '../text/blocks.js';
import { footnoteMark } from './footnotes.js';
import { NUMBER_WORD, NUMBER_WORDS, readNumbers, type Language } from './numbers.js';
import { amends, countPassed, givesValueTo, heardBlocks, joinedUnlabelled, leftUnlabelled, mayHoldFigure, membershipStated, speaksOfCountries } from './speaking.js';
import { listedNotIn } from './listedNotIn.js';
import { joinedUnnamed } from './unnamedJoin.js';
import { subjectFirst } from './subjectFirst.js';
import { spelledOut } from './auxiliaries.js';
import { figureValue } from './bareFigure.js';
import { unreadMembership } from './unreadMembership.js';
import { unreadFigureTalkIn, type FigureTalk } from './figureTalk.js';
import { marksDigits, withoutMarksOnDigits } from '../text/digitMarks.js';

/** A block of the post that amends who takes part (see `speaksOfCountries`). */
export interface CountriesAmendment {
  /** The block's words as the reader sees them, clipped for a message. */
  text: string;
  start: number;
  /** What the block does that leaves the countries out, for a message, if not that it amends who takes part: see `untiedCountries`. */
  why?: string;
  /** Where the post says it, for a message, if not in a block of its own: an aside it holds. */
  where?: string;
}

/** What follows a figure of the number of countries ("49 länder", "49 countries*"): the statistic's own words. */
const COUNTRIES_AFTER = (STATISTIC_RULES.find((rule) => rule.unit === 'countries') as (typeof STATISTIC_RULES)[number]).after;

/**
 * The numbers of countries an amendment gives, a figure right before the countries' word ("Update (7 Dec): 49
 * countries.", "Rättelse: 47 länder.", "Update: forty-nine countries."), each undefined where the tool does not read
 * the figure ("49–50 countries"); since 4 December, or right after them (`COUNTRIES_BEFORE`: "Antalet länder är nu 49.").
 */
function countsGiven(text: string, language: Language): Array<number | undefined> {
  if (!(mayHoldFigure(text) || NUMBER_WORD.test(text))) return [];
  // Since 4 December, with no label the countries' word before the figure alone makes it their count ("Antalet länder är nu 49.").
  const plain = !(amends(text) || givesValueTo(text));
  if (plain && !COUNTRIES_COUNTED.test(text)) return [];
  const { tokens, unclear } = readNumbers(text, language);
  const counting = ({ start, end }: { start: number; end: number }) =>
    (!plain && COUNTRIES_AFTER.test(text.slice(end))) || COUNTRIES_BEFORE.test(text.slice(0, start));
  // `readNumbers` reads no number in words ("forty-nine"), which may be any count.
  const inWords = [...text.matchAll(NUMBER_WORDS)].map(({ index, 0: word }) => ({ start: index, end: index + word.length }));
  return [...tokens.filter(counting).map(({ value }) => value), ...[...unclear, ...inWords].filter(counting).map(() => undefined)];
}

/** Why an amendment that gives the countries a number (`countsGiven`) amends the list, or undefined where it gives the list's own. */
function otherCount(counts: ReadonlyArray<number | undefined>, listed: number): string | undefined {
  const other = counts.find((count) => count !== listed);
  if (counts.every((count) => count === listed)) return undefined;
  return other === undefined ? 'gives a number of countries the tool does not read' : `gives the number of countries as ${other}, where the list names ${listed}`;
}

/**
 * Since the evening of 5 December, a figure of the number of countries that the statistics' reader saw and left unread
 * (`PostFacts.unclearFigures`: "There are now 49 countries in the alliance.", "49–50 länder deltar."), of another
 * value than the list's and than the post's statements: no list is known to name the participants it counts. The
 * list of 48 was printed beside it, with the count left out. One of the list's value, or of a statement's
 * (`country-count-mismatch` says the rest), leaves the list in.
 */
export function countriesUnread(
  post: Pick<PostFacts, 'unclearFigures' | 'statements' | 'language'>,
  listed: () => ReadonlySet<string> | undefined,
): CountriesAmendment | undefined {
  const unread = post.unclearFigures.filter(({ id }) => id === 'participating-countries');
  const size = unread.length > 0 ? listed()?.size : undefined;
  if (size === undefined) return undefined;
  const known = new Set([size, ...post.statements.filter(({ unit }) => unit === 'countries').map(({ value }) => value)]);
  // A figure the tool reads no value of (a range, words) is another number than any (`NaN` is in no set).
  const other = unread.find(({ figure }) => !known.has(figureValue(figure, post.language) ?? Number.NaN));
  return other && { text: clipped(other.figure), start: other.start, why: `gives a number of countries the tool does not read whole, where the list names ${size}: ${other.reason}` };
}

/**
 * The first block of the post, or of the asides it holds, that amends its countries, if any: heard after a label alone
 * before it (`heardBlocks`). A note that only says whether a country takes part (`membershipStated`) agrees with the
 * list the countries come from when the list says the same of it (`listed`: its codes, asked only of such a note or of
 * an amendment that gives a count), and amends nothing: "Observera: Kanada är inte med." beside a list without Canada;
 * when the list says otherwise it amends, whatever else it would be read as ("Note: Canada missed the meeting but is a
 * member."). So does an amendment that gives the countries another number than the list's, with no word of news
 * ("Update (7 Dec): 49 countries." beside a list of 48), while one that gives the list's own ("Update: 48 countries.")
 * leaves it in. So, since 4 December, does a block with no label that says a country the list does not name joined
 * since (`joinedUnlabelled`: "Kanada undertecknade i dag."), while one the list names ("Sverige undertecknade i dag.")
 * agrees with it; and one that says a country the list names left since (`leftUnlabelled`: "Belgien hoppade av i dag.").
 * Since 4 December so does one, with a label or none, that says a country the list names is out or not yet in
 * (`listedNotIn`: "Sverige har inte undertecknat.", "Sverige anslöt sig 2013." after the post's date, `published`).
 * Since 4 December so does one with no label that says countries joined without naming them (`joinedUnnamed`: "Fler
 * länder har anslutit sig."), or gives the members now another number than the list's ("Alliansen har nu 49 medlemmar.").
 */
export function findCountriesAmendment(
  post: Pick<PostFacts, 'blocks' | 'language' | 'asides' | 'statements'>,
  listed: () => ReadonlySet<string> | undefined = () => undefined,
  published: string | null = null,
  notedCodes: () => ReadonlySet<string> = () => new Set(),
  footnotes: ReadonlyArray<{ start: number }> = [],
): CountriesAmendment | undefined {
  let codes: ReadonlySet<string> | undefined | null = null;
  // Asked once: the guard asks of every sentence it reads, and each answer reads the post's lists again (20 000 blocks
  // that said "Sverige har anslutit sig." took 84 s, and grew with the square).
  let notedOnce: ReadonlySet<string> | undefined;
  const noted = () => (notedOnce ??= notedCodes());
  let listedWithNoted: ReadonlySet<string> | undefined | null = null;
  const noteStarts = new Set(footnotes.map(({ start }) => start));
  const declared = new Set(post.statements.filter(({ unit }) => unit === 'countries').map(({ value }) => value));
  for (const run of [post.blocks, ...post.asides]) {
    for (const { block, text } of heardBlocks(run)) {
      // Since the evening of 5 December, every reader and the guard hear the block without a footnote's number glued to
      // a word, where only the guard's reading took it out: "Since then four more countries have joined<sup>1</sup>."
      // was heard by none, "Two countries have left<sup>1</sup>." was not even asked (no word of membership in "left1").
      // Since the morning of 6 December without the combining marks on nothing too ("nu \u0301 52"), as the statistics
      // hear them; a block with a mark on a digit is heard as written, and its count refused (`unreadMembership`).
      const plain = (marksDigits(text) ? text : withoutMarksOnDigits(text)).replace(GLUED_MARK, '');
      const stated = membershipStated(plain, post.language);
      const counts = stated ? [] : countsGiven(plain, post.language);
      const told = toldOf(plain, post.language);
      const joined = stated || counts.length > 0 ? [] : joinedUnlabelled(told, post.language);
      const left = stated || counts.length > 0 || joined.length > 0 ? [] : leftUnlabelled(told, post.language);
      const out = stated || counts.length > 0 ? [] : listedNotIn(told, post.language, published);
      const passed = stated || counts.length > 0 ? undefined : countPassed(plain);
      const unnamed = stated || counts.length > 0 || joined.length > 0 ? undefined : joinedUnnamed(plain);
      if ((stated || counts.length > 0 || joined.length > 0 || left.length > 0 || out.length > 0 || passed || unnamed) && codes === null) codes = listed();
      const known = stated && codes ? codes.has(stated.code) === stated.member : undefined;
      if (known === true) continue;
      if (known !== undefined || speaksOfCountries(plain, post.language)) return { text: clipped(text), start: block.start };
      const why = codes && counts.length > 0 ? otherCount(counts, codes.size) : undefined;
      if (why !== undefined) return { text: clipped(text), start: block.start, why };
      const unlisted = joined.find(({ code }) => !codes?.has(code) && !noted().has(code));
      if (unlisted) return { text: clipped(text), start: block.start, why: `says ${unlisted.name} joined, where the list does not name it` };
      const gone = left.find(({ code }) => codes?.has(code));
      if (gone) return { text: clipped(text), start: block.start, why: `says ${gone.name} left, where the list names it` };
      const notIn = out.find(({ code }) => codes?.has(code));
      if (notIn) return { text: clipped(text), start: block.start, why: `says ${notIn.name} ${notIn.how}, where the list names it` };
      if (unnamed && 'joined' in unnamed) return { text: clipped(text), start: block.start, why: 'says more countries joined, where the list names none of them' };
      if (unnamed && 'count' in unnamed && codes && unnamed.count !== codes.size) {
        return { text: clipped(text), start: block.start, why: `gives the number of countries as ${unnamed.count}, where the list names ${codes.size}` };
      }
      if (passed && codes && (passed.more ? passed.count >= codes.size : passed.count <= codes.size)) {
        const than = `${passed.more ? 'more' : 'fewer'} than ${passed.count}`;
        return { text: clipped(text), start: block.start, why: `says the countries are now ${than}, where the list names ${codes.size}` };
      }
      const unread = unreadMembership(plain, {
        language: post.language,
        note: noteStarts.has(block.start) || footnoteMark(asTyped(block)) !== undefined,
        declared,
        listed: () => {
          if (codes === null) codes = listed();
          if (listedWithNoted === null) listedWithNoted = codes && new Set([...codes, ...noted()]);
          return listedWithNoted;
        },
        noted,
        heard: (sentence) => heardCountries(sentence, post.language, published),
      });
      if (unread) return { text: clipped(unread.sentence), start: block.start, why: unread.why };
      // Since the evening of 5 December, what a paragraph says of the number of countries by name, in words that doubt,
      // change or narrow it (`unreadFigureTalk`: "Antalet länder har ändrats sedan dess."): the list is no count of who
      // takes part either. A note is the footnotes' reader's (`footnoteOnCountries`).
      const talk = run === post.blocks && footnoteMark(asTyped(block)) === undefined ? countriesTalk(plain) : undefined;
      if (talk) return { text: clipped(talk.sentence), start: block.start, why: `says of the number of countries what the tool does not read ("${talk.word}")` };
    }
  }
  return undefined;
}

/** The first sentence of a text that says of the number of countries, by name, what the tool does not read (`unreadFigureTalk`). */
function countriesTalk(text: string): FigureTalk | undefined {
  for (const talk of unreadFigureTalkIn(text)) {
    if (talk.rules.length < STATISTIC_RULES.length && talk.rules.some(({ unit }) => unit === 'countries')) return talk;
  }
  return undefined;
}

/**
 * A block as the readers of joins and leavings hear it: "'s" for "has" or "is" spelled out (`auxiliariesSpelled`), and
 * since the evening of 5 December the alliance's name as "the alliance" (`allianceNamesSpelled`), for
 * each of them alike ("Sweden's not signed." was heard by the readers of joins, not by `listedNotIn`, until 5 December),
 * and its sentences in the subject's order (`subjectFirst`).
 */
const toldOf = (text: string, language: Language): string => subjectFirst(spelledOut(text, language), language);

/**
 * The codes of the countries the readers hear a sentence say something of (see `MembershipContext`): joined, and
 * left, out or not yet in, or said to be a member or not.
 */
function heardCountries(sentence: string, language: Language, published: string | null): { joined: ReadonlySet<string>; out: ReadonlySet<string> } {
  const told = toldOf(sentence, language);
  const stated = membershipStated(sentence, language);
  const codes = (countries: ReadonlyArray<{ code: string }>) => new Set(countries.map(({ code }) => code));
  return { joined: codes(joinedUnlabelled(told, language)), out: codes([...leftUnlabelled(told, language), ...listedNotIn(told, language, published), ...(stated ? [stated] : [])]) };
}

/**
 * The post's facts without the number of countries when a block amends who
 * takes part: "Uppdatering: Kanada har också anslutit sig" makes the post's
 * "48 länder" a count of before, whatever words the block has. The list of
 * countries is left out beside it (`resolveCountries`).
 */
export function withoutAmendedCountries(post: PostFacts, amendment: CountriesAmendment | undefined): PostFacts {
  const counted = amendment && post.statistics.find((statistic) => statistic.unit === 'countries');
  if (!amendment || !counted) return post;
  const reason = `${amendment.where ?? 'a block of the post'} ${amendment.why ?? 'amends who takes part'} ("${amendment.text}")`;
  return leavingOut(post, () => null, [{ id: counted.id, figure: String(counted.value), reason, start: counted.start }]);
}
