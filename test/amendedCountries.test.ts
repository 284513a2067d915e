import { describe, expect, it } from 'vitest';
import { joinedUnlabelled, leftUnlabelled, membershipStated, speaksOfCountries } from '../src/extract/speaking.js';
import { countriesNamedIn, countryNamedIn } from '../src/countries/named.js';
import { spelledOut } from '../src/extract/auxiliaries.js';
import type { Language } from '../src/extract/numbers.js';

describe('speaksOfCountries', () => {
  it.each([
    // The countries named, with a count, a joining or leaving, or an error.
    ['Uppdatering: antalet länder är nu 52.', 'sv', true],
    ['Uppdatering: två länder har anslutit sig sedan dess.', 'sv', true],
    ['Rättelse: listan över länder i länken stämmer inte.', 'sv', true],
    ['Correction: the list of countries linked above was incomplete.', 'en', true],
    // A country named, with a joining, a leaving, a change to the list or an error.
    ['Rättelse: Belgien är inte med.', 'sv', true],
    ['Uppdatering: Kanada har också anslutit sig.', 'sv', true],
    ['Uppdatering: Nya Zeeland har lämnat alliansen.', 'sv', true],
    ['Uppdatering: Nu är vi 49 med Kanada.', 'sv', true],
    // A second hostile check: a join under a label needs no "också" when it is in the perfect.
    ['Uppdatering: Kanada har anslutit sig.', 'sv', true],
    ['Uppdatering: Kanada har gått med.', 'sv', true],
    ['Update: Canada has joined.', 'en', true],
    ['Uppdatering: Välkommen Kanada!', 'sv', true],
    ['Uppdatering: Kanada är också ombord.', 'sv', true],
    ['Uppdatering: Även Kanada ingår nu.', 'sv', true],
    ['Uppdatering: Kanada och Mexiko har nu också undertecknat.', 'sv', true],
    ['Uppdatering: Belgien har hoppat av.', 'sv', true],
    ['Rättelse: Belgien hör inte hit.', 'sv', true],
    ["Update: Canada's government has joined as well.", 'en', true],
    ['Update: Canada’s government has joined as well.', 'en', true],
    ['PS: Belgiens namn föll bort ur listan.', 'sv', true],
    ['Update: Canada has joined too.', 'en', true],
    ['Note: the United States of America was left off the list.', 'en', true],
    ['Tyvärr blev det fel: Island deltar inte.', 'sv', true],
    // No amendment: the post's own sentences name countries and joining.
    ['Ett år senare står 48 länder, alltså inte bara EU och USA, bakom initiativet.', 'sv', false],
    ['Kanada har också anslutit sig.', 'sv', false],
    // An amendment that changes nobody taking part.
    ['PS: Tack till Belgien för värdskapet.', 'sv', false],
    ['PS: Sverige var värd för expertmötet år 2011.', 'sv', false],
    ['Uppdatering: bilder från mötet med länderna har lagts till.', 'sv', false],
    ['Update: a video of the press conference with Eric Holder was added.', 'en', false],
    ['PS: Läs mer om alliansen här.', 'sv', false],
    // Found by a hostile check: a country or the countries named in an amendment that changes nobody taking part.
    ['Det vore ett misstag att tro att Sverige är förskonat.', 'sv', false],
    ['Uppdatering: Bilder från mötet med Eric Holder från USA har lagts till.', 'sv', false],
    ['PS: Tack till alla länder som stödjer initiativet!', 'sv', false],
    ['PS: Tack till alla 48 länder!', 'sv', false],
    ['PS: Om två år ses länderna igen i Washington.', 'sv', false],
    ['PS: Här är pressmeddelandet med alla länder som deltar.', 'sv', false],
    ['It would be a mistake to think the United States can do this alone.', 'en', false],
    ['Update: photos from the press conference with the US Attorney General have been added.', 'en', false],
    ['PS: In two years the countries will meet again in Washington.', 'en', false],
    ['PS: Thanks to all 48 countries!', 'en', false],
    ['PS: Thanks to our US colleagues who took part.', 'en', false],
    ['PS: Välkommen till Sverige, Eric Holder!', 'sv', false],
    ['PS: Welcome to Sweden, Eric Holder!', 'en', false],
    // A correction of every figure names the countries in words that say not which figure ("as the Commission states").
    ['Correction: the figures above were wrong, as the Commission states.', 'en', false],
    // Guards: the countries' count or a change to the list named.
    ['Rättelse: antalet länder är fel.', 'sv', true],
    ['Correction: the number of countries was wrong.', 'en', true],
    ['Rättelse: siffrorna ovan stämmer inte, och två länder har lagts till.', 'sv', true],
    // A hostile check: a country no longer in, and a count of countries in one Swedish word.
    ['Rättelse: Belgien är inte längre med.', 'sv', true],
    ['Uppdatering: Belgien är inte längre med i alliansen.', 'sv', true],
    ['Update: Belgium is no longer in the alliance.', 'en', true],
    ['Correction: Belgium is no longer part of the alliance.', 'en', true],
    // Guards: a joining that is news, whatever the count is written in.
    ['Uppdatering: fyrtionio länder har nu anslutit sig.', 'sv', true],
    ['Update: forty-nine countries have now joined.', 'en', true],
    ['Uppdatering: 49 länder har nu anslutit sig.', 'sv', true],
    // Found by a hostile check: countries gone since, with no label.
    ['Several countries have since left the alliance.', 'en', true],
    ['Flera länder har sedan dess lämnat alliansen.', 'sv', true],
    ['Belgien har sedan dess lämnat alliansen.', 'sv', true],
    // Guards: what has since happened that changes nobody taking part.
    ['Länderna har sedan dess träffats två gånger.', 'sv', false],
    ['The countries have since met twice.', 'en', false],
    // Found by a hostile check: a join in words the membership list lacked ("anslöt sig", "undertecknade", "is now part
    // of", "Nu är även Kanada med", an ordinal in one Swedish word).
    ['Update: Canada is now part of the alliance.', 'en', true],
    ['Update: Canada is now in too.', 'en', true],
    ['PS: Kanada anslöt sig i dag.', 'sv', true],
    ['PS: Kanada anslöt sig till alliansen i dag.', 'sv', true],
    ['Uppdatering: Nu är även Kanada med.', 'sv', true],
    ['Uppdatering: Kanada undertecknade i dag.', 'sv', true],
    ['Uppdatering: Kanada blev det fyrtionionde landet att gå med.', 'sv', true],
    ['PS: Kanada blev i dag det fyrtionionde landet i alliansen.', 'sv', true],
    ['Update: Canada became the forty-ninth country to join.', 'en', true],
    ['Uppdatering: ett par länder till har anslutit sig.', 'sv', true],
    ['Uppdatering: två länder till har anslutit sig.', 'sv', true],
    ['Uppdatering: några länder till.', 'sv', true],
    ['PS: Vi bjöd in länder till mötet i Bryssel.', 'sv', false],
    // A consent is no joining ("gick med på").
    ['PS: Kanada gick med på att vara värd för nästa möte i Bryssel.', 'sv', false],
    // Found by a hostile check (the 48 and the list left out): a person joining an event is no country joining the
    // alliance, in any tense or edition.
    ['PS: Kanadas minister anslöt sig till middagen.', 'sv', false],
    ['PS: Kanadas minister har anslutit sig till middagen.', 'sv', false],
    ['PS: Kanadas justitieminister gick med i presskonferensen.', 'sv', false],
    ["PS: Canada's minister joined the dinner.", 'en', false],
    ["Update: Canada's minister has joined the press conference.", 'en', false],
    ["PS: Canada's minister joined us for dinner.", 'en', false],
    // Guards: a country joining the alliance at an event, or with no object.
    ['PS: Kanada anslöt sig till alliansen på mötet i dag.', 'sv', true],
    ['PS: Kanadas minister anslöt sig i dag.', 'sv', true],
    ['Update: Canada joined the alliance at the dinner.', 'en', true],
    ['Update: Canada has joined the initiative at the meeting.', 'en', true],
    ['PS: Kanada anslöt sig vid mötet i dag.', 'sv', true],
    ['PS: Kanada anslöt sig i dag under middagen.', 'sv', true],
    ['Update: Canada has joined at the summit.', 'en', true],
    ['Update: Canada has joined today at the summit.', 'en', true],
    // Found by a hostile check (the 48 and the list kept): a time before the event, or the alliance in other words.
    ['PS: Kanada anslöt sig till samarbetet efter middagen.', 'sv', true],
    ['PS: Kanada anslöt sig efter middagen.', 'sv', true],
    // Found by a hostile check (the 48 and the list kept): an English join at a time; the Swedish twin is a guard.
    ['PS: Canada joined after the dinner.', 'en', true],
    ['PS: Canada joined yesterday.', 'en', true],
    ['PS: Canada joined in March.', 'en', true],
    ['PS: Kanada anslöt sig i går.', 'sv', true],
    // Guards: an event joined, and joining in with no time.
    ["PS: Canada's minister joined the dinner after the meeting.", 'en', false],
    ['PS: Canada joined in the applause.', 'en', false],
    // Guards: a country in a place, a country's work, a join with no label.
    ["Update: Canada's minister is now in Brussels.", 'en', false],
    ['PS: Även Kanada arbetar med frågan.', 'sv', false],
    ['Kanada undertecknade i dag.', 'sv', false],
    // Guards: the English row the check found heard, and a country said to take part with no label.
    ['Update: Belgium is no longer a member.', 'en', true],
    ['Belgien är med i alliansen.', 'sv', false],
  ] as const)('%s → %s', (text, language, expected) => {
    expect(speaksOfCountries(text, language as Language)).toBe(expected);
  });
});

describe('countryNamedIn', () => {
  it.each([
    ['Rättelse: Belgien är inte med.', 'sv', { name: 'Belgien', code: 'BE' }],
    ['Uppdatering: Nya Zeeland har lämnat.', 'sv', { name: 'Nya Zeeland', code: 'NZ' }],
    ['PS: Belgiens deltagande drogs tillbaka.', 'sv', { name: 'Belgiens', code: 'BE' }],
    ['Obs! USA:s namn saknas.', 'sv', { name: 'USA', code: 'US' }],
    ["Update: Canada's government joined.", 'en', { name: "Canada's", code: 'CA' }],
    ['Note: the United States of America was left off.', 'en', { name: 'United States of America', code: 'US' }],
    ['Update: Bosnia and Herzegovina joined.', 'en', { name: 'Bosnia and Herzegovina', code: 'BA' }],
    // Words of one name stand a space apart: "Kanada, Sverige" is two names, the first of which is named.
    ['Uppdatering: Kanada, Sverige och Norge.', 'sv', { name: 'Kanada', code: 'CA' }],
    // Capitalised words that are no country, and a country's name in lower case inside another word.
    ['Rättelse: Europol och Interpol i Haag.', 'sv', undefined],
    ['Obs! Det gäller hela EU.', 'sv', undefined],
    ['Uppdatering: sverigedemokraterna röstade emot.', 'sv', undefined],
  ] as const)('%s', (text, language, expected) => {
    expect(countryNamedIn(text, language as Language)).toEqual(expected);
  });
});

describe('countriesNamedIn, any case: the countries a text names, with their capital or without', () => {
  it.each([
    ['kanada har ratificerat.', 'sv', [{ name: 'kanada', code: 'CA' }]],
    ['Sverige och kanada har anslutit sig.', 'sv', [{ name: 'Sverige', code: 'SE' }, { name: 'kanada', code: 'CA' }]],
    ['Även nya zeeland och sydkorea har gått med.', 'sv', [{ name: 'nya zeeland', code: 'NZ' }, { name: 'sydkorea', code: 'KR' }]],
    ['new zealand has signed.', 'en', [{ name: 'new zealand', code: 'NZ' }]],
    ['japan has withdrawn.', 'en', [{ name: 'japan', code: 'JP' }]],
    // A genitive names no country itself ("kanadas minister"): the guard reads it before a noun of membership.
    ['kanadas minister kom i tid.', 'sv', []],
    // Named with its capital, as `countriesNamedIn` reads it.
    ['Kanada har ratificerat.', 'sv', [{ name: 'Kanada', code: 'CA' }]],
    ['Sweden and Canada have joined.', 'en', [{ name: 'Sweden', code: 'SE' }, { name: 'Canada', code: 'CA' }]],
    ['Kanadas minister kom i tid.', 'sv', []],
    // Names that are words too, short names, and words before a name that are not the name.
    ['The islands of the Pacific joined the campaign.', 'en', []],
    ['We ate turkey, and the kids joined in.', 'en', []],
    ['We joined forces with china makers.', 'en', []],
    ['Join us in the usa and the uk.', 'en', []],
    ['Jag bor på island.', 'sv', []],
    ['Uppdatering: sverigedemokraterna röstade emot.', 'sv', []],
  ] as const)('%s', (text, language, expected) => {
    expect(countriesNamedIn(text, language as Language, true)).toEqual(expected);
  });
});

describe('membershipStated: a note that only says whether a country takes part', () => {
  it.each([
    ['Observera: Kanada är inte med.', 'sv', { code: 'CA', member: false }],
    ['Fotnot: Kanada deltar inte i alliansen.', 'sv', { code: 'CA', member: false }],
    ['PS: Frankrike deltog inte i mötet igår men är med i alliansen.', 'sv', { code: 'FR', member: true }],
    ['Obs! Frankrike ingår i alliansen.', 'sv', { code: 'FR', member: true }],
    ['Note: Canada is not a member.', 'en', { code: 'CA', member: false }],
    ["Note: Canada isn't part of the alliance.", 'en', { code: 'CA', member: false }],
    ['Note: the United States is a member.', 'en', { code: 'US', member: true }],
    ['PS: France missed the meeting but is a member.', 'en', { code: 'FR', member: true }],
    ['Note: France did not attend the meeting but is a member.', 'en', { code: 'FR', member: true }],
    // Not only that: a correction's or an update's label, news, a joining, another subject, more words, no label.
    ['Rättelse: Kanada är inte med.', 'sv', undefined],
    ['Uppdatering: Kanada är med.', 'sv', undefined],
    ['Observera: Kanada är inte med ännu.', 'sv', undefined],
    ['Observera: Kanada har anslutit sig.', 'sv', undefined],
    ['PS: Frankrikes minister är inte med.', 'sv', undefined],
    ['Note: Canada is not a member, but will join.', 'en', undefined],
    ['Kanada är inte med.', 'sv', undefined],
  ] as const)('%s → %j', (text, language, expected) => {
    expect(membershipStated(text, language as Language)).toEqual(expected);
  });
});

describe('joinedUnlabelled: the countries a block with no label says joined since', () => {
  it.each([
    ['Kanada undertecknade i dag.', 'sv', ['CA']],
    ['I dag anslöt sig även Kanada.', 'sv', ['CA']],
    ['Sverige och Kanada undertecknade i dag.', 'sv', ['SE', 'CA']],
    ['Canada signed today.', 'en', ['CA']],
    // Not a minister, an event, a join denied, one with no news, or a labelled block (`speaksOfCountries`).
    ['Kanadas minister anslöt sig i dag.', 'sv', []],
    ['Kanada anslöt sig till middagen i dag.', 'sv', []],
    ['Kanada har inte undertecknat i dag.', 'sv', []],
    ['Kanada undertecknade.', 'sv', []],
    ['PS: Kanada undertecknade i dag.', 'sv', []],
    // Found by a hostile check (the 48 and the list kept): a join in the perfect, at a time said otherwise than "i dag",
    // by the country's government, in the present with news, or as a welcome.
    ['Kanada har anslutit sig.', 'sv', ['CA']],
    ['Kanada har undertecknat.', 'sv', ['CA']],
    ['Kanada har gått med.', 'sv', ['CA']],
    ['Enligt uppgift har Kanada anslutit sig.', 'sv', ['CA']],
    ['Canada has joined.', 'en', ['CA']],
    ['Canada has signed.', 'en', ['CA']],
    ['Kanada undertecknade i går.', 'sv', ['CA']],
    ['Kanada undertecknade efter mötet.', 'sv', ['CA']],
    ['Kanada undertecknade under middagen.', 'sv', ['CA']],
    ['Canada joined yesterday.', 'en', ['CA']],
    ['Kanadas regering undertecknade i dag.', 'sv', ['CA']],
    ["Canada's government signed today.", 'en', ['CA']],
    ['Kanada deltar nu.', 'sv', ['CA']],
    ['Kanada är nu med.', 'sv', ['CA']],
    ['Canada came on board today.', 'en', ['CA']],
    ['Canada is now in.', 'en', ['CA']],
    ['Välkommen Kanada!', 'sv', ['CA']],
    ['Welcome Canada!', 'en', ['CA']],
    // Found by a hostile check (the 48 and the list kept): a welcome by name in other words.
    ['Jag välkomnar Kanada.', 'sv', ['CA']],
    ['Jag hälsar Kanada välkommen.', 'sv', ['CA']],
    ['Välkommen ombord, Kanada!', 'sv', ['CA']],
    ['Välkommen till alliansen, Kanada!', 'sv', ['CA']],
    ['Vi välkomnar Kanada i alliansen.', 'sv', ['CA']],
    ['Kanada välkomnas.', 'sv', ['CA']],
    ['Welcome aboard, Canada!', 'en', ['CA']],
    ['A warm welcome to Canada!', 'en', ['CA']],
    // Guards: a welcome of no country, of a guest elsewhere, of a country's word, a greeting that is no welcome.
    ['Jag välkomnar alla kommentarer.', 'sv', []],
    ['Vi välkomnar Kanada till mötet.', 'sv', []],
    ['Vi välkomnar Kanadas beslut.', 'sv', []],
    ['Jag hälsar Kanada.', 'sv', []],
    // Guards: a join denied, work of long standing, an event, a welcome to a place, a perfect that may not have happened.
    ['Kanada har inte anslutit sig.', 'sv', []],
    ['Kanada har länge arbetat mot övergrepp.', 'sv', []],
    ['Kanada deltog i mötet.', 'sv', []],
    ['Kanada deltar nu i mötet.', 'sv', []],
    ['Välkommen till Kanada!', 'sv', []],
    ['Welcome to the blog, Canada!', 'en', []],
    ['Canada would have joined.', 'en', []],
    ['Kanada skulle ha anslutit sig.', 'sv', []],
    ['Canada has long fought abuse.', 'en', []],
    ['Kanadas minister har anslutit sig till middagen.', 'sv', []],
    // Found on 5 December (the 48 and the list kept): a join in the present, with news, as the past one is heard.
    ['Kanada ansluter sig i dag.', 'sv', ['CA']],
    ['I dag ansluter sig även Kanada.', 'sv', ['CA']],
    ['Kanada går med i alliansen i dag.', 'sv', ['CA']],
    ['Kanada undertecknar i dag.', 'sv', ['CA']],
    ['Kanada skriver under i dag.', 'sv', ['CA']],
    ['Kanada skriver på i dag.', 'sv', ['CA']],
    ['Kanada blir medlem i dag.', 'sv', ['CA']],
    ['Canada joins today.', 'en', ['CA']],
    ['Today Canada joins too.', 'en', ['CA']],
    ['Canada is joining the alliance today.', 'en', ['CA']],
    ['Canada signs today.', 'en', ['CA']],
    ['Canada signs the declaration today.', 'en', ['CA']],
    ['Canada becomes a member today.', 'en', ['CA']],
    // Guards: a present join with no news (a habit, not an event), an event joined, an agreement, a noun.
    ['Kanada ansluter sig ofta till EU:s linje.', 'sv', []],
    ['Kanada ansluter sig till middagen i dag.', 'sv', []],
    ['Kanada går med på förslaget i dag.', 'sv', []],
    ['Canada joins us for dinner today.', 'en', []],
    ['Canada sees signs of progress today.', 'en', []],
    ['Kanada skriver på bloggen i dag.', 'sv', []],
    // Found by a hostile check of the above: the present joins or signs other things as often, with news.
    ['Kanada ansluter sig till kritiken i dag.', 'sv', []],
    ['Kanada går med i kören i dag.', 'sv', []],
    ['Kanada undertecknar ett handelsavtal i dag.', 'sv', []],
    ['Canada joins the debate today.', 'en', []],
    ['Canada signs the bill today.', 'en', []],
    ['Canada signs up for a marathon today.', 'en', []],
    ['Kanada ansluter sig till alliansen i dag.', 'sv', ['CA']],
    ['Canada signs up to the alliance today.', 'en', ['CA']],
    // Found by the same check: "'s" for "has" or "is" before a join, at a time or the clause's end; not a genitive
    // before a participle or a noun ("Canada's signed copy", "Canada's joining fee").
    ['Kanada ansluter nu.', 'sv', ['CA']],
    ['Kanada ansluter också i dag.', 'sv', ['CA']],
    ['Kanada ansluter till kritiken i dag.', 'sv', []],
    ["Canada's joined today.", 'en', ['CA']],
    ["Canada's joined.", 'en', ['CA']],
    ["Canada's signed up today.", 'en', ['CA']],
    ["Canada's joining today.", 'en', ['CA']],
    ["Canada's signed copy of the declaration arrived today.", 'en', []],
    ["Canada's joining fee was paid today.", 'en', []],
    // Found by a hostile check of 5 December: an adverb between "'s" and the verb.
    ["Canada's just joined today.", 'en', ['CA']],
    ["Canada's already joined.", 'en', ['CA']],
    ["Canada's now joined.", 'en', ['CA']],
    // Beside it: an adverb after the present's auxiliary, "formellt" before the time.
    ['Canada is now joining the alliance.', 'en', ['CA']],
    ['Canada is officially signing the declaration today.', 'en', ['CA']],
    ['Kanada ansluter sig formellt i dag.', 'sv', ['CA']],
    ['Kanada ansluter sig formellt till kritiken i dag.', 'sv', []],
    ['Canada is now joining the debate.', 'en', []],
    // Found by a hostile check of the above: the adverb before the alliance too; a time before another thing joined.
    ['Kanada ansluter sig formellt till alliansen i dag.', 'sv', ['CA']],
    ['Kanada ansluter sig officiellt i dag till handelsavtalet med EU.', 'sv', []],
    ['Kanada ansluter sig i dag till kritiken.', 'sv', []],
    ['Kanada ansluter sig också till kritiken.', 'sv', []],
    ['Kanada ansluter sig nu till kritiken mot Ryssland.', 'sv', []],
    // Found on 5 December: a welcome by name in lower case, as a join in lower case is heard; a name that is a word too
    // stays one.
    ['Välkommen, kanada!', 'sv', ['CA']],
    ['Welcome, canada!', 'en', ['CA']],
    ['Welcome, turkey!', 'en', []],
    // Guards found beside them, in the past as in the present: walking with someone, forces joined.
    ['En vän från Kanada gick med mig hem i dag.', 'sv', []],
    ['En vän från Kanada går med oss hem i dag.', 'sv', []],
    ['Canada joined forces with Europol today.', 'en', []],
    ['Canada joins forces with Europol today.', 'en', []],
    // Found on the evening of 5 December: the alliance by its name, as the readers hear "the alliance".
    ['Kanada ansluter sig till den globala alliansen i dag.', 'sv', ['CA']],
    ['Kanada går med i Globala alliansen mot nätpedofili i dag.', 'sv', ['CA']],
    ['Canada joins the Global Alliance against Child Sexual Abuse Online today.', 'en', ['CA']],
  ] as const)('%s → %j', (text, language, codes) => {
    // As the readers hear a block: "'s" for "has" or "is" and the alliance's name spelled out (see `toldOf`).
    expect(joinedUnlabelled(spelledOut(text, language as Language), language as Language).map(({ code }) => code)).toEqual(codes);
  });
});

describe('leftUnlabelled: the countries a block with no label says left since', () => {
  it.each([
    ['Belgien hoppade av i dag.', 'sv', ['BE']],
    // Found by a hostile check (the list kept, Belgium in it): a leaving in the perfect, at a time, or no longer in.
    ['Belgien har hoppat av.', 'sv', ['BE']],
    ['Belgien är inte längre med.', 'sv', ['BE']],
    ['Belgium left today.', 'en', ['BE']],
    ['Belgium has withdrawn.', 'en', ['BE']],
    ['Belgium is no longer in.', 'en', ['BE']],
    // Guards: a leaving denied, leaving an event, a proposal withdrawn.
    ['Belgien har inte hoppat av.', 'sv', []],
    ['Belgium left the meeting today.', 'en', []],
    ['Belgium has withdrawn its proposal.', 'en', []],
    ['Belgien är inte längre med i mötet.', 'sv', []],
    // Found on 5 December (the list kept, Belgium in it): a leaving in the present, with news, as the past one is heard.
    ['Belgien lämnar alliansen i dag.', 'sv', ['BE']],
    ['Belgien hoppar av i dag.', 'sv', ['BE']],
    ['Belgien drar sig ur i dag.', 'sv', ['BE']],
    ['Belgien utträder i dag.', 'sv', ['BE']],
    ['Belgium withdraws today.', 'en', ['BE']],
    ['Belgium pulls out today.', 'en', ['BE']],
    ['Belgium leaves the alliance today.', 'en', ['BE']],
    ['Belgium is leaving the alliance today.', 'en', ['BE']],
    ["Belgium's pulling out today.", 'en', ['BE']],
    ["Belgium's withdrawn.", 'en', ['BE']],
    ["Belgium's left wing rallied today.", 'en', []],
    // Found by a hostile check of 5 December: an adverb between "'s" and the verb.
    ["Belgium's now pulling out.", 'en', ['BE']],
    ["Belgium's also left the alliance.", 'en', ['BE']],
    ['Belgium is now pulling out.', 'en', ['BE']],
    ['Belgium is now leaving the meeting.', 'en', []],
    // Guards: leaving an event or a proposal, in the present.
    ['Belgien lämnar mötet i dag.', 'sv', []],
    ['Belgium leaves the meeting today.', 'en', []],
    ['Belgium withdraws its proposal today.', 'en', []],
    // Found on the evening of 5 December (the list kept, Belgium in it): "också" before the alliance, the alliance by its
    // name, "quitting".
    ['Belgien lämnar också alliansen.', 'sv', ['BE']],
    ['Belgien går också ur alliansen.', 'sv', ['BE']],
    ['Belgien lämnar den globala alliansen i dag.', 'sv', ['BE']],
    ['Belgium left the Global Alliance too.', 'en', ['BE']],
    ['Belgium leaves the WePROTECT Global Alliance today.', 'en', ['BE']],
    ['Belgium is quitting the alliance today.', 'en', ['BE']],
    ["Belgium's quitting the alliance today.", 'en', ['BE']],
    ['Belgien lämnar också ett bidrag.', 'sv', []],
    ['Belgium is quitting smoking.', 'en', []],
  ] as const)('%s → %j', (text, language, codes) => {
    expect(leftUnlabelled(spelledOut(text, language as Language), language as Language).map(({ code }) => code)).toEqual(codes);
  });
});
