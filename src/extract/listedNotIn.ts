/**
 * Since 4 December, what a block of the post says of a country that puts it out of the alliance, or not yet in it,
 * with or without a label: a join denied, a leaving, a join after the post. Set against the list the countries come
 * from, one it names makes the list and its count no longer the participants (see `findCountriesAmendment`), as a note
 * under the country's own mark that says so leaves the country out of its list (see `readCountryList`).
 */
import { EVENT_ATTENDANCE, EVENT_JOINED, EVENT_MISSED, LEFT, NOTE_DATED } from '../rules/facts.js';
import { ASIDE, AUX_BEFORE, DENIED_ALONE, EXCEPTED, JOIN_ANY, JOIN_DENIED, JOINS_AFTER, NEGATED_BEFORE, NO_LONGER } from '../rules/listedNotIn.js';
import { countriesNamedIn, countryOpening } from '../countries/named.js';
import { governmentsAsCountries } from '../countries/governments.js';
import { calendarYears, yearsBefore } from './years.js';
import type { Language } from './numbers.js';

/** How a block puts a country out, as a message says it ("says Sverige left"). */
export type NotIn = 'left' | 'has not joined' | 'joins only after the post';

/** How far before a leaving a negation of it is looked for ("har inte lämnat alliansen"). */
const NEGATION_REACH = 40;
const SENTENCE_END = /(?<=[.!?])\s+/;
const CLAUSE_BREAK = /[,;–—]/;
/** Longer than the longest auxiliary of `AUX_BEFORE` ("kommer") and the character before it. */
const AUX_REACH = 16;

/** Whether a sentence tells of a leaving (`LEFT`, `NO_LONGER`) that no negation right before it denies. */
function left(sentence: string): boolean {
  if (NO_LONGER.test(sentence)) return true;
  const leaving = LEFT.exec(sentence);
  return leaving !== null && !NEGATED_BEFORE.test(sentence.slice(Math.max(0, leaving.index - NEGATION_REACH), leaving.index + 1));
}

/**
 * A join dated where the list cannot vouch for it, read as a note on a listed country is (see `readCountryList`): a
 * year not before the post's date, or none known ("anslöt sig 2013"; "anslöt sig 2011" is before it), a day with no
 * year or a time from now ("om ett år").
 */
function datedLater(sentence: string, published: string | null): boolean {
  return NOTE_DATED.test(sentence) || (calendarYears(sentence).length > 0 && (published === null || !yearsBefore(sentence, published)));
}

/**
 * How a clause puts out the countries it names: by what it says itself, or by a join in it that its sentence dates
 * later (`later`, the sentence's `datedLater`: "Sverige anslöt sig, enligt uppgift, 2013."). A date or a join in another clause than the country
 * says nothing of it ("Den 5/3 står 48 länder*, alltså inte bara EU och USA, bakom initiativet, och fler har
 * möjlighet att gå med.").
 */
function notInBy(clause: string, later: () => boolean): NotIn | undefined {
  if (left(clause)) return 'left';
  if (JOIN_DENIED.test(clause)) return 'has not joined';
  if (JOINS_AFTER.test(clause) || (JOIN_ANY.test(clause) && later())) return 'joins only after the post';
  return undefined;
}

/**
 * The countries a block names itself (not in the genitive: "Sveriges minister") in a clause that puts them out or not
 * yet in (`NotIn`, `notInBy`): "Sverige har inte undertecknat.", "Sverige har lämnat alliansen.", "Sverige är inte längre med.",
 * "Sverige anslöt sig 2013.", "Sverige väntas ansluta sig.", "PS: Sverige undertecknar i morgon.", "Obs: Sverige väntar
 * på riksdagens beslut.", "Sweden has not yet joined.", "Sweden will join in January." Not a join done before the post
 * or today ("Sverige anslöt sig 2011.", "Sverige undertecknade i dag."), a negation that adds ("inte bara
 * undertecknat"), an event rather than the alliance (`EVENT_ATTENDANCE`: "Sverige deltog inte i mötet."), nor a
 * sentence with no verb of joining or leaving. Since 4 December, a government in the genitive or by adjective is its country (`governmentsAsCountries`).
 * `published`: the post's date, an ISO date, or null.
 */
export function listedNotIn(text: string, language: Language, published: string | null): Array<{ name: string; code: string; how: NotIn }> {
  const unevented = text.replace(EVENT_ATTENDANCE, ' ').replace(EVENT_MISSED, ' ').replace(EVENT_JOINED, ' ');
  const said = governmentsAsCountries(unevented);
  if (![JOIN_ANY, JOIN_DENIED, JOINS_AFTER, LEFT, NO_LONGER].some((pattern) => pattern.test(said))) return [];
  return said.split(SENTENCE_END).flatMap((sentence) => {
    const joined = withoutAsides(sentence, language);
    // Asked once a sentence, not once a clause: a sentence of thousands of clauses with a join each read its dates again
    // for each (", medlem, anslutit" × 5 000 took 2.3 s, × 10 000 four times that).
    let dated: boolean | undefined;
    const later = () => (dated ??= datedLater(sentence, published));
    const denied = [...excepted(joined, language), ...deniedAlone(joined, language)].map((country) => ({ ...country, how: 'has not joined' as const }));
    return [
      ...denied,
      ...joined.split(CLAUSE_BREAK).flatMap((clause) => {
        const how = notInBy(clause, later);
        return how === undefined ? [] : countriesNamedIn(clause, language).map((country) => ({ ...country, how }));
      }),
    ];
  });
}

/**
 * A sentence without the asides (`ASIDE`) that split a country from its verb, so that the clause holds both ("Sverige
 * har, tyvärr, inte undertecknat." is read as "Sverige har inte undertecknat."): after an auxiliary (`AUX_BEFORE`) or a
 * country alone ("Sweden, sadly, has not signed."), and naming none itself ("med Sverige som värd" stays a clause).
 */
function withoutAsides(sentence: string, language: Language): string {
  return sentence.replace(ASIDE, (aside: string, words: string, at: number) => {
    // Only the words right before an aside are read: the whole text before each one made a sentence of many asides
    // ("I dag anslöt sig Kanada, Kanada, …") quadratic. `AUX_REACH` holds the longest auxiliary and a character before it.
    const before = sentence.slice(Math.max(0, at - AUX_REACH), at);
    let start = at;
    while (start > 0 && !CLAUSE_BREAK.test(sentence.charAt(start - 1))) start--;
    const clause = sentence.slice(start, at).trim();
    const splits = AUX_BEFORE.test(before) || countriesNamedIn(clause, language)[0]?.name === clause;
    return splits && countriesNamedIn(words, language).length === 0 ? ' ' : aside;
  });
}

/** The countries a join's exception names (`EXCEPTED`: "Alla länder utom Sverige har undertecknat."), up to the join or the clause's end. */
function excepted(sentence: string, language: Language): Array<{ name: string; code: string }> {
  const except = EXCEPTED.exec(sentence);
  if (!except || !JOIN_ANY.test(sentence) || JOIN_DENIED.test(sentence)) return [];
  const after = sentence.slice(except.index + except[0].length).split(CLAUSE_BREAK)[0] as string;
  const join = JOIN_ANY.exec(after);
  return countriesNamedIn(join ? after.slice(0, join.index) : after, language);
}

/**
 * The countries a denial standing for a clause names right after it (`DENIED_ALONE`: "Sverige har anslutit sig, men
 * inte Danmark."), in a sentence that tells of a join.
 */
function deniedAlone(sentence: string, language: Language): Array<{ name: string; code: string }> {
  if (!JOIN_ANY.test(sentence)) return [];
  return [...sentence.matchAll(DENIED_ALONE)].flatMap((denial) => {
    const rest = sentence.slice((denial.index ?? 0) + denial[0].length);
    // Only the name right after the denial: reading every name after each denial made " men inte Sverige," × 5 000 take
    // 13 s, and grow with the square.
    const named = countryOpening(rest, language);
    return named === undefined ? [] : [named];
  });
}
