import { describe, expect, it } from 'vitest';
import { unreadMembership, type MembershipContext } from '../src/extract/unreadMembership.js';
import { MEMO_12_944 } from '../src/countries/reference.js';
import { resolveCountry } from '../src/countries/resolve.js';
import type { Language } from '../src/extract/numbers.js';

/** The reference list's codes: Sweden, Norway, Belgium and the USA are on it; Canada is not. */
const LISTED: ReadonlySet<string> = new Set(MEMO_12_944.countries.map((name) => resolveCountry(name, 'en') as string));
const NOBODY = { joined: new Set<string>(), out: new Set<string>() };

function context(language: Language, { note = false, noList = false, noted = new Set<string>(), heard = NOBODY } = {}): MembershipContext {
  return { language, note, declared: new Set([48]), listed: () => (noList ? undefined : LISTED), noted: () => noted, heard: () => heard };
}

describe('the guard on who takes part (unreadMembership)', () => {
  it.each([
    // A country the list does not name, beside any word of membership the readers did not hear.
    ['sv', 'Kanada har ratificerat.', 'speaks of Kanada taking part in words the tool does not read, where the list does not name it'],
    ['en', 'Canada has come aboard.', 'speaks of Canada taking part in words the tool does not read, where the list does not name it'],
    // A listed country beside a word of doubt: a negation, a refusal, a place outside, a join to come, an exception.
    ['sv', 'Sverige har tackat nej.', 'speaks of Sverige taking part in words the tool does not read'],
    ['sv', 'Sverige står utanför alliansen.', 'speaks of Sverige taking part in words the tool does not read'],
    ['en', 'All but Sweden have joined.', 'speaks of Sweden taking part in words the tool does not read'],
    // A noun of membership after a country's genitive is the country's.
    ['sv', 'Sveriges anslutning sker i januari.', 'speaks of Sverige taking part in words the tool does not read'],
    ['en', "Canada's accession is complete.", 'speaks of Canada taking part in words the tool does not read, where the list does not name it'],
    // No country named: a word for countries or the alliance, and a count that is not the list's, or none.
    ['sv', 'Alliansen har nu fyrtionio medlemmar.', 'speaks of who takes part in words the tool does not read'],
    ['en', 'The alliance has 49 members now.', 'speaks of who takes part in words the tool does not read'],
    ['sv', 'Alla länder har inte anslutit sig.', 'speaks of who takes part in words the tool does not read'],
    // The second sentence of a block is read too.
    ['sv', 'Mötet var bra. Kanada har ratificerat.', 'speaks of Kanada taking part in words the tool does not read, where the list does not name it'],
  ] as const)('(%s) "%s" is left unread', (language, text, why) => {
    expect(unreadMembership(text, context(language))?.why).toBe(why);
  });

  it.each([
    // No word of membership, or nothing it could bear on.
    ['sv', 'Sverige har en lång tradition.'],
    ['sv', 'Jag är stolt över att ha varit med och presenterat alliansen.'],
    ['en', 'I am proud to have been part of presenting the alliance.'],
    ['sv', 'Gå med 1 234 andra prenumeranter'],
    // A listed country whose join no word doubts; every country; the list's own count.
    ['sv', 'Sverige har anslutit sig, liksom Danmark.'],
    ['sv', 'Alla länder har undertecknat.'],
    ['sv', 'Observera: 48 länder deltar.'],
    // The phrases understood: the door left open, a negation that adds, a leaving denied, the participants' name.
    ['sv', 'Ett år senare står 48 länder bakom initiativet, och fler har möjlighet att gå med.'],
    ['en', 'Sweden has not only signed but also pledged funds.'],
    ['sv', 'Sverige kommer aldrig att lämna alliansen.'],
    ['sv', 'De deltagande länderna förbinder sig att rapportera.'],
    ['en', 'It should now be easier for more countries to join.'],
    // Another body or an event, after the word or before it; a time after the word is no body.
    ['sv', 'Kroatien går med i EU nästa år.'],
    ['sv', 'Förra året sökte 300 000 personer skydd i någon av EU:s 27 medlemsstater.'],
    ['en', 'Canada took part in the meeting as an observer.'],
    ['sv', 'Sverige har lämnat in ett förslag.'],
    // A list after a lead-in that doubts none.
    ['sv', 'Deltagande länder: Kanada, Ryssland och Kina.'],
  ] as const)('(%s) "%s" is understood', (language, text) => {
    expect(unreadMembership(text, context(language))).toBeUndefined();
  });

  it('leaves a time after the word of membership to date it, not to name a body joined', () => {
    expect(unreadMembership('Kanada anslöt sig strax efter mötet.', context('sv'))?.why).toMatch(/^speaks of Kanada taking part/);
    expect(unreadMembership('Kanada anslöt sig till mötet.', context('sv'))).toBeUndefined();
  });

  it("takes a reader's word on the countries it heard", () => {
    const text = 'Sverige har inte undertecknat.';
    expect(unreadMembership(text, context('sv'))?.why).toMatch(/^speaks of Sverige/);
    // Heard as out, it is the reader's to set against the list (see `findCountriesAmendment`).
    expect(unreadMembership(text, context('sv', { heard: { joined: new Set(), out: new Set(['SE']) } }))).toBeUndefined();
    // A join heard beside a word of doubt is not enough for a listed country: the reader may not have read it whole.
    expect(unreadMembership('All but Sweden have joined.', context('en', { heard: { joined: new Set(['SE']), out: new Set() } }))?.why).toMatch(/^speaks of Sweden/);
    // A country the list does not name, heard as joined: the reader's.
    expect(unreadMembership('Kanada har signerat.', context('sv', { heard: { joined: new Set(['CA']), out: new Set() } }))).toBeUndefined();
  });

  it("leaves a note on a listed country to the list's reader, and guards one on another", () => {
    expect(unreadMembership('1 Sverige deltar som observatör.', context('sv', { note: true }))).toBeUndefined();
    expect(unreadMembership('1 Sverige deltar som observatör.', context('sv'))?.why).toMatch(/^speaks of Sverige/);
    expect(unreadMembership('1 Kanada deltar som observatör.', context('sv', { note: true }))?.why).toMatch(/^speaks of Kanada/);
    // A country the list holds out for its note is the list's, a mark read or not ("* " may open a bullet).
    expect(unreadMembership('Sverige deltar som observatör.', context('sv', { noted: new Set(['SE']) }))).toBeUndefined();
  });

  it('with no list, counts every named country as one the list does not name', () => {
    expect(unreadMembership('Sverige har undertecknat.', context('sv', { noList: true }))?.why).toMatch(/where the list does not name it$/);
  });

  it('leaves a sentence too long to read unread, and reads no further', () => {
    const long = `Kanada har ratificerat ${'och Sverige '.repeat(200)}.`;
    expect(unreadMembership(long, context('sv'))?.why).toBe('speaks of who takes part in a sentence too long to read');
  });
});
