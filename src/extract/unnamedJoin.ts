import { countryNamedIn } from '../countries/named.js';
import { resolveCountry } from '../countries/resolve.js';
import { NEGATION } from '../rules/facts.js';
import { ALLIANCE_GREW, MEMBERS_NOW, UNNAMED_JOIN, WELCOME_AFTER_NAME, WELCOME_BEFORE_NAME, WELCOME_ELSEWHERE } from '../rules/unnamedJoin.js';
import type { Language } from './numbers.js';

/**
 * Since 4 December, what a block with no label says of countries joined without naming them (`UNNAMED_JOIN`: "Fler
 * länder har anslutit sig.", `ALLIANCE_GREW`: "Alliansen har växt med ett land.") or of the members now (`MEMBERS_NOW`:
 * "The alliance now has 49 members."): a join no list can hold, or a count to set against the list's (see
 * `findCountriesAmendment`). Undefined when it says neither or denies it.
 */
export function joinedUnnamed(text: string): { joined: true } | { count: number } | undefined {
  if (NEGATION.test(text)) return undefined;
  if (UNNAMED_JOIN.test(text) || ALLIANCE_GREW.test(text)) return { joined: true };
  const members = MEMBERS_NOW.exec(text);
  return members ? { count: Number(members[1]) } : undefined;
}

/** The word every welcome holds ("välkomnar", "hälsar … välkommen", "Welcome aboard", "is welcomed"). */
const WELCOMING = /välkom|welcom/i;
/** How far around a name a greeting is looked for: more than the longest ("Välkommen till alliansen, ", 26 characters). */
const GREETING_REACH = 40;

/**
 * Since 4 December, the countries a welcome greets by name in other words than "Välkommen Kanada!" (`WELCOME_BEFORE_NAME`:
 * "Jag välkomnar Kanada.", "Welcome aboard, Canada!"; `WELCOME_AFTER_NAME`: "Kanada välkomnas."), as new members; not a
 * welcome to somewhere else (`WELCOME_ELSEWHERE`: "Vi välkomnar Kanada till mötet.") nor of a country's word ("Kanadas beslut").
 */
export function welcomedOtherwise(text: string, language: Language): Array<{ name: string; code: string }> {
  const named: Array<{ name: string; code: string }> = [];
  // Every welcome has its word; a block without one is not searched name by name (50 000 × "Sverige, " took minutes).
  if (!WELCOMING.test(text)) return named;
  let at = 0;
  for (let country = countryNamedIn(text.slice(at), language); country !== undefined; country = countryNamedIn(text.slice(at), language)) {
    const start = text.indexOf(country.name, at);
    const end = start + country.name.length;
    // The greetings are a few words long: each name is read with the words around it, not the whole text before it.
    const before = text.slice(Math.max(0, start - GREETING_REACH), start);
    const after = text.slice(end, end + GREETING_REACH);
    const greeted = WELCOME_BEFORE_NAME.exec(before);
    const hails = greeted !== null && /hälsar $/i.test(greeted[0]);
    const welcomed = (greeted !== null && (!hails || /^ välkommen/i.test(after))) || WELCOME_AFTER_NAME.test(after);
    // A genitive names the country's word, not the country ("Vi välkomnar Kanadas beslut.").
    const itself = resolveCountry(country.name, language) !== undefined;
    if (welcomed && itself && !WELCOME_ELSEWHERE.test(after)) named.push(country);
    at = end;
  }
  return named;
}
