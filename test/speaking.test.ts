import { describe, expect, it } from 'vitest';
import { amendsOrCorrects, heardBlocks, speaksOf, speaksOfList, untiedValues, yearRestated } from '../src/extract/speaking.js';
import { STATISTIC_RULES } from '../src/rules/facts.js';
import type { StatisticId } from '../src/schema/output.js';
import type { Block } from '../src/text/blocks.js';

const ruleOf = (id: StatisticId) => STATISTIC_RULES.find((rule) => rule.id === id) as (typeof STATISTIC_RULES)[number];
const STATISTICS = STATISTIC_RULES.map((rule) => rule.id);
const ALL = [...STATISTICS, 'commitments'] as const;
const RESCUE = STATISTICS.filter((id) => id.startsWith('operation-rescue-'));

/** The facts a block's text speaks of without stating them. */
function spokenOf(text: string): string[] {
  return ALL.filter((id) => (id === 'commitments' ? speaksOfList(text) : speaksOf(ruleOf(id), text)));
}

describe('speaksOf', () => {
  it.each([
    ['Uppdatering: antalet länder är nu 52.', ['participating-countries']],
    ['Uppdatering: ytterligare fyra länder har anslutit sig.', ['participating-countries']],
    ['Correction: the number of countries was wrong.', ['participating-countries']],
    ['Rättelse: siffrorna om operation Rescue ovan stämmer inte.', ['operation-rescue-suspects-identified', 'operation-rescue-arrests', 'operation-rescue-children-safeguarded']],
    ['Correction: the UNODC figure is per month.', ['new-abuse-images-per-year']],
    ['Update: the figures for images were revised.', ['abuse-images-online', 'new-abuse-images-per-year']],
    ['Rättelse: en av punkterna i listan ovan har strukits.', ['commitments']],
    ['Correction: the second goal above was dropped.', ['commitments']],
    // A figure word alone speaks of every fact; with a figure, of that figure only (see `laterMentions`).
    ['Rättelse: uppgiften ovan var felaktig.', ALL],
    ['Rättelse: siffran 49 ovan var felaktig.', []],
    // What a fact is about, without a figure or an amendment, says nothing of it the tool can tell.
    ['De deltagande länderna förbinder sig utan förbehåll.', []],
    ['Klimatmötet: 54 länder', []],
    ['Uppdatering: länken till FN:s rapport är rättad.', []],
    ['Mycket återstår att göra.', []],
    // Labels other than "Rättelse" and words that call a figure wrong.
    ['PS: Länderna är nu 52.', ['participating-countries']],
    ['Obs! Det rätta är 780 misstänkta personer.', ['operation-rescue-suspects-identified']],
    ['Note: one of the 48 countries has since left.', ['participating-countries']],
    ['Tyvärr blev det fel om barnen ovan – det var färre.', ['operation-rescue-children-safeguarded']],
    ['Obs! Sista punkten stryks.', ['commitments']],
    // A newsroom's correction, with no label.
    ['An earlier version of this post misstated the number of images online.', ['abuse-images-online', 'new-abuse-images-per-year']],
    ['This post was updated on 7 December to correct the number of arrests.', ['operation-rescue-arrests']],
    // Figures are no list of goals: a correction of "the figures" leaves the commitments be.
    ['[Updated] The figures above have been revised.', STATISTICS],
    // Found by a hostile check: the label words and stamps each language's table lacked ("Ändrat:" was heard, "Amended:"
    // not), and a note that withdraws the figures in other words than an error word's.
    ['Amended: 49 countries.', ['participating-countries']],
    ['Amendment: 49 countries.', ['participating-countries']],
    ['Ändrat: 49 länder.', ['participating-countries']],
    ['Ändring: 49 länder.', ['participating-countries']],
    ['7 Dec: 49 countries.', ['participating-countries']],
    ['7 dec: 49 länder.', ['participating-countries']],
    ['December 7: 49 countries.', ['participating-countries']],
    ['7 december: 49 länder.', ['participating-countries']],
    ['7/12: 49 countries.', ['participating-countries']],
    ['Later: 49 countries.', ['participating-countries']],
    ['Senare: 49 länder.', ['participating-countries']],
    ['Latest: 49 countries.', ['participating-countries']],
    ['Senast: 49 länder.', ['participating-countries']],
    ['News: 49 countries.', ['participating-countries']],
    ['Nyhet: 49 länder.', ['participating-countries']],
    ['Nytt: 49 länder.', ['participating-countries']],
    ['Breaking: 780 suspects.', ['operation-rescue-suspects-identified']],
    ['Nyhet: 780 misstänkta.', ['operation-rescue-suspects-identified']],
    ['Obs! Siffrorna ovan gäller inte längre.', STATISTICS],
    ['Uppdatering: siffrorna ovan gäller inte längre.', STATISTICS],
    ['Uppdatering: siffrorna ovan är inaktuella.', STATISTICS],
    ['Update: the figures above are out of date.', STATISTICS],
    ['Update: the figures above are outdated.', STATISTICS],
    ['Note: the figures above no longer apply.', STATISTICS],
    // Found by a hostile check: a labelled correction whose new count is a fraction, a multiple, "more" or a vague
    // quantity was not heard, where "fewer", "three times" and "tenfold" were.
    ['Correction: only half as many children were safeguarded.', ['operation-rescue-children-safeguarded']],
    ['Rättelse: bara hälften så många barn kunde skyddas.', ['operation-rescue-children-safeguarded']],
    ['Update: the UNODC now counts twice as many new images every year.', ['abuse-images-online', 'new-abuse-images-per-year']],
    ['Uppdatering: UNODC räknar nu med dubbelt så många nya bilder varje år.', ['abuse-images-online', 'new-abuse-images-per-year']],
    ['Correction: more suspects were arrested.', ['operation-rescue-suspects-identified', 'operation-rescue-arrests']],
    ['Rättelse: fler misstänkta greps.', ['operation-rescue-suspects-identified', 'operation-rescue-arrests']],
    ['Correction: a dozen more children were safeguarded.', ['operation-rescue-children-safeguarded']],
    ['Rättelse: ett dussin barn till kunde skyddas.', ['operation-rescue-children-safeguarded']],
    ['Correction: a handful more suspects were arrested.', ['operation-rescue-suspects-identified', 'operation-rescue-arrests']],
    ['Rättelse: ytterligare några misstänkta greps.', ['operation-rescue-suspects-identified', 'operation-rescue-arrests']],
    ['Correction: the arrests were slightly higher.', ['operation-rescue-arrests']],
    ['Rättelse: gripandena var något fler.', ['operation-rescue-arrests']],
    ['Rättelse: gripandena var något lägre.', ['operation-rescue-arrests']],
    ['Uppdatering: ett par länder till har anslutit sig.', ['participating-countries']],
    ['Update: several more countries have joined.', ['participating-countries']],
    ['Uppdatering: flera länder till har anslutit sig.', ['participating-countries']],
    // Guards: "more" that points to reading, and a count word in prose that amends nothing.
    ['Update: more about the children online at europa.eu.', []],
    ['Update: more photos from the press conference have been added.', []],
    ['Uppdatering: fler bilder från presskonferensen har lagts till.', []],
    ['PS: Read more on the alliance at europa.eu.', []],
    ['Hälften av barnen i Europa använder nätet varje dag.', []],
    ['Twice as many children use the internet today.', []],
    // Found by a hostile check: more of the blog's posts, and how often a thing is done, are no count of a figure's.
    ['PS: More posts on child safety online are in the archive.', []],
    ['PS: More articles about children online are in the archive.', []],
    ['PS: Fler inlägg om barn på nätet hittar du i arkivet.', []],
    ['Update: the alliance will meet twice a year.', []],
    ['Update: the alliance will meet three times a year.', []],
    ['Uppdatering: alliansen ska mötas två gånger om året.', []],
    ['Uppdatering: alliansen möts två gånger per år.', []],
    ['Uppdatering: alliansen ska hålla två möten om året.', []],
    ['Update: the alliance will hold two meetings a year.', []],
    ['Update: the alliance will hold three summits per year.', []],
    // Guards: "more" and a multiple that count what a figure counts.
    ['PS: More children were safeguarded.', ['operation-rescue-children-safeguarded']],
    ['PS: Fler barn kunde skyddas.', ['operation-rescue-children-safeguarded']],
    ['Update: twice as many countries now take part.', ['participating-countries']],
    ['Uppdatering: dubbelt så många länder deltar nu.', ['participating-countries']],
    ['Uppdatering: två länder till har anslutit sig i år.', ['participating-countries']],
    ['Update: two more countries join the alliance a year later.', ['participating-countries']],
    ['Update: the alliance will meet twice a year, and two more countries have joined.', ['participating-countries']],
    ['Update: two new countries a year join the alliance.', ['participating-countries']],
    ['Update: the alliance will hold two meetings a year, and two more countries have joined.', ['participating-countries']],
    // Found by a hostile check: the figures withdrawn or disputed since, and countries gone since, with no label.
    ['Europol has since withdrawn the Rescue figures.', RESCUE],
    ['Europol har sedan dess dragit tillbaka siffrorna om operation Rescue.', RESCUE],
    ['The UNODC has since retracted its estimate.', ['new-abuse-images-per-year']],
    ['UNODC har senare dragit tillbaka sin uppskattning.', ['new-abuse-images-per-year']],
    ['The Rescue figures have since been disputed by Europol itself.', RESCUE],
    ['Siffrorna om operation Rescue har sedan ifrågasatts.', RESCUE],
    ['The Rescue figures were later withdrawn.', RESCUE],
    ['Several countries have since left the alliance.', ['participating-countries']],
    ['Flera länder har sedan dess lämnat alliansen.', ['participating-countries']],
    // Guards: what has since changed of another thing, a year after "since", a withdrawal denied.
    ['Europol har sedan dess intensifierat sitt arbete mot nätverken.', []],
    ['Sverige har sedan 2010 arbetat mot övergrepp på barn.', []],
    ['Europol has since 2010 helped rescue children.', []],
    ['None of the figures have been withdrawn.', []],
    ['Ingen av siffrorna har dragits tillbaka.', []],
    // Found by a hostile check: a withdrawal or a leaving since, denied by its subject.
    ['None of the figures have since been withdrawn.', []],
    ['Ingen av siffrorna har sedan dess dragits tillbaka.', []],
    ['Inga siffror har senare dragits tillbaka.', []],
    ['Not one of the Rescue figures has since been disputed.', []],
    ['None of the countries have since left the alliance.', []],
    ['Inget av länderna har sedan dess lämnat alliansen.', []],
    ['Nobody has since questioned the figures.', []],
    ['Ingen av siffrorna om operation Rescue har sedan dess ifrågasatts.', []],
    // Guards: the withdrawal heard where no denial is its subject, or where the denial excepts or ends a clause.
    ['The figures have since been withdrawn.', STATISTICS],
    ['Some of the figures have since been withdrawn.', STATISTICS],
    ['Not all of the figures have since been withdrawn.', STATISTICS],
    ['None of the figures have since been withdrawn, except the Rescue figures.', RESCUE],
    ['Ingen av siffrorna har sedan dess dragits tillbaka, utom Rescue-siffrorna.', RESCUE],
    ['Ingen tvekan om att siffrorna har sedan dess dragits tillbaka.', STATISTICS],
    ['There is no doubt the figures have since been withdrawn.', STATISTICS],
    ['None of the figures were wrong, but Europol has since withdrawn the Rescue figures.', RESCUE],
    ['None of the figures were wrong but Europol has since withdrawn the Rescue figures.', RESCUE],
    ['Nothing was said, and several countries have since left the alliance.', ['participating-countries']],
    ['None of the figures have since been withdrawn but some have since been disputed.', STATISTICS],
    // Guards: a word that opens a sentence is a label only before a colon; a stamp that is a bare number or a
    // comment's time is none; a label with no count says nothing of a figure.
    ['Later that day 48 countries met the press.', []],
    ['Senare samma dag mötte 48 länder pressen.', []],
    ['Breaking the cycle of abuse is our aim.', []],
    ['News: the alliance has a website.', []],
    ['Nyhet: alliansen har en webbplats.', []],
    ['2011: 779 suspects were identified.', []],
    ['December 7, 2012 at 14:05 the countries met.', []],
    ['Obs! Läs mer på europa.eu.', []],
    ['Rättelse: siffrorna ovan stämmer inte.', STATISTICS],
    ['I en tidigare version av inlägget angavs antalet gripna till 250.', ['operation-rescue-arrests']],
    ['Siffrorna om barnen har reviderats.', ['operation-rescue-children-safeguarded']],
    // An error in other words than the error words': "var fel", "skrev fel", "fel siffra", "was wrong", "the wrong figure", "regret the error", "to fix".
    ['Antalet länder ovan var fel.', ['participating-countries']],
    ['Siffran för bilderna på nätet ovan var fel.', ['abuse-images-online', 'new-abuse-images-per-year']],
    ['Jag skrev fel antal bilder ovan.', ['abuse-images-online', 'new-abuse-images-per-year']],
    ['Fel siffra om bilderna ovan, ber om ursäkt.', ['abuse-images-online', 'new-abuse-images-per-year']],
    ['Jag hade fel om antalet gripna.', ['operation-rescue-arrests']],
    ['The number of countries given above was wrong.', ['participating-countries']],
    ['The figures for the arrests below were wrong, sorry.', ['operation-rescue-arrests']],
    ['We regret the error in the number of images online.', ['abuse-images-online', 'new-abuse-images-per-year']],
    ['The original post gave the wrong figure for images online.', ['abuse-images-online', 'new-abuse-images-per-year']],
    ['We got the number of arrests wrong.', ['operation-rescue-arrests']],
    ['This post was edited after publication to fix the number of suspects.', ['operation-rescue-suspects-identified']],
    ["Editor’s note: the number of suspects was 780.", ['operation-rescue-suspects-identified']],
    // The figures themselves said to be wrong, or to hold no longer, in the present and with no label.
    ['Siffrorna ovan är fel.', STATISTICS],
    ['Siffrorna ovan gäller inte längre.', STATISTICS],
    ['Dessa siffror är inte längre aktuella.', STATISTICS],
    ['Statistiken i inlägget är föråldrad.', STATISTICS],
    ['Antalet gripna ovan är fel.', ['operation-rescue-arrests']],
    ['The figures above are wrong.', STATISTICS],
    ['The numbers in this post are wrong.', STATISTICS],
    ['The figures above are out of date.', STATISTICS],
    ['These figures no longer apply.', STATISTICS],
    ['The number of arrests above is wrong.', ['operation-rescue-arrests']],
    // Found by a hostile check: what the figures are of, or whose they are, between the figure word and the verdict.
    ['Siffrorna om operation Rescue är fel.', RESCUE],
    ['Uppgifterna om operation Rescue gäller inte längre.', RESCUE],
    ['The figures on operation Rescue are wrong.', RESCUE],
    // "from" is no word that says which figure (`saysWhichFigure`): heard, of every figure.
    ['The figures from operation Rescue above are wrong.', STATISTICS],
    ['The UNODC estimate is wrong.', ['new-abuse-images-per-year']],
    ['The UNODC estimates no longer apply.', ['new-abuse-images-per-year']],
    // "fel" and "wrong" alone, of another thing than the post's figures, call nothing of it wrong.
    ['Det var fel att vänta så länge med att skydda de 252 barnen.', []],
    ['Det var fel av länderna att vänta med att anslutas till alliansen, sade hon om de 48 länderna.', []],
    ['Bilderna hamnar i fel händer på nätet, 1 000 bilder om dagen.', []],
    ['Barnen får ofta fel uppgifter om riskerna på nätet.', []],
    ['It was wrong to ignore the 252 children for so long.', []],
    ['We were wrong about how hard it is to count 1 000 images.', []],
    ['The 48 countries have pledged to fix the gaps in their laws.', []],
    ['Exploiting 252 children is wrong.', []],
    // Guards: what no longer holds, or is wrong, is no figure of the post's.
    ['Reglerna gäller inte längre för barnen.', []],
    ['Statistics show that exploiting children is wrong.', []],
    ['The old law no longer applies in the 48 countries.', []],
    ['Att räkna bilderna är fel väg att gå.', []],
    // A revision that is no correction of the post: no count, or a count of something else.
    ['The EU revised its strategy on cybercrime.', []],
    // Everyday words that amend nothing of the post's: no label opens the block, nothing is called wrong.
    ['Det är en svår uppgift för oss alla.', []],
    ['Siffrorna talar sitt tydliga språk.', []],
    ['The numbers speak for themselves.', []],
    ['Thanks to everyone who made this count.', []],
    ['Flera länder behöver göra ändringar i sin lagstiftning.', []],
    ['Jag vill också tillägga att länderna har olika förutsättningar.', []],
    ['Vår viktigaste uppgift är att skydda barnen.', []],
    ['Foto: EU (uppdaterad bild)', []],
    ['Det är fel att barn utnyttjas.', []],
    // An amendment with no count, a label on a source, an error word in a quotation: nothing of a figure.
    ['PS: Läs mer om alliansen här.', []],
    ['PS: Read more about the alliance here.', []],
    ['Uppdatering: bilder från presskonferensen har lagts till.', []],
    ['Note: Photo by the European Commission.', []],
    ['Obs! Listan med alla länder finns i länken ovan.', []],
    ['Note: the countries are listed in the memo.', []],
    ['”Det är en felaktig bild att nätet är säkert för barn”, sade Eric Holder.', []],
    ['Det vore ett misstag att tro att nätet är säkert för barn.', []],
    ['– Det stämmer inte att länderna inte gör något, sade Holder.', []],
    ['Det vore ett misstag att inte nå målen.', []],
    ['Uppdatering: Se även Europols pressmeddelande om operation Rescue.', []],
    ['Uppdatering: länken till alla länder är nu rättad.', []],
    ['PS: Siffrorna kommer från Europol.', []],
    // An estimate is a figure; a figure's source or operation names it ("Europols siffror" are operation Rescue's).
    ['UNODC:s uppskattning har senare reviderats.', ['new-abuse-images-per-year']],
    ['Rättelse: UNODC:s uppskattning stämmer inte.', ['new-abuse-images-per-year']],
    ['Uppdatering: UNODC har reviderat sin uppskattning.', ['new-abuse-images-per-year']],
    ['The UNODC estimate was later revised.', ['new-abuse-images-per-year']],
    ['Rättelse: FN:s siffra var fel.', ['new-abuse-images-per-year']],
    ["Correction: the UN's estimate was wrong.", ['new-abuse-images-per-year']],
    // A figure word ends a Swedish compound too: "miljonsiffran", "bildsiffrorna".
    ['Rättelse: miljonsiffran stämmer inte.', STATISTICS],
    ['Rättelse: bildsiffrorna ovan stämmer inte.', ['abuse-images-online', 'new-abuse-images-per-year']],
    ['Rättelse: barnantalet ovan var fel.', STATISTICS],
    ['Rättelse: brottsstatistiken ovan stämmer inte.', STATISTICS],
    ['PS: Den officiella brottsstatistiken kommer i mars.', []], // guard
    ['Europol later revised the Rescue figures.', RESCUE],
    ['Rättelse: Europols siffror har ändrats.', RESCUE],
    ['Rättelse: Rescue-siffrorna stämmer inte.', RESCUE],
    ['Uppdatering: Europol har öppnat sitt nya center.', []],
    // A label on an estimate of a topic judges it, as on its figure ("PS: UNODC:s siffra är försiktig"): a thing said of it that the tool cannot weigh.
    ['PS: UNODC:s uppskattning är försiktig.', ['new-abuse-images-per-year']],
    ['PS: FN:s uppskattning kommer från 2011.', []], // guard
    ['Update: the Rescue operation is described on Europol’s site.', []],
    // "un-" opens an English word; it names no United Nations.
    ['Correction: the un-sourced figures above were wrong.', STATISTICS],
    // A source named elsewhere in a correction names no figure of its own.
    ['Rättelse: siffrorna ovan stämmer inte, tack till FN för påpekandet.', STATISTICS],
    ['Correction: the figures above were wrong, as Europol pointed out.', STATISTICS],
    ['Correction: the UN figures were wrong.', ['new-abuse-images-per-year']], // guard
    ['Rättelse: FN-siffran stämmer inte.', ['new-abuse-images-per-year']], // guard
    ['Note: these figures come from Europol.', []],
    // The label family (`AMENDMENT_LABEL`): any of its words, abbreviated or not, with a date or a time on either side.
    ['Edit: antalet länder är nu 52.', ['participating-countries']],
    ['Uppd: antalet länder är nu 52.', ['participating-countries']],
    ['PPS: Länderna är nu 52.', ['participating-countries']],
    ['Efterskrift: ytterligare fyra länder har anslutit sig.', ['participating-countries']],
    ['Redigerat: det var 780 misstänkta personer.', ['operation-rescue-suspects-identified']],
    ['Kl 14.00 – Uppdatering: antalet länder är nu 52.', ['participating-countries']],
    ['7/12 Uppdatering: antalet länder är nu 52.', ['participating-countries']],
    ['Fredag 7/12 – Update: the number of countries is now 52.', ['participating-countries']],
    ['Edited: the second goal above was dropped.', ['commitments']],
    ['7/12 Rättelse: uppgiften ovan var felaktig.', ALL],
    // A stamp's figures name no count; a figure after the label's colon does.
    ['Uppdatering 7/12: bilder från presskonferensen har lagts till.', []],
    ['7/12 Uppdatering: bilder från presskonferensen har lagts till.', []],
    ['Kl 14.00 – Uppdatering: bilder från presskonferensen har lagts till.', []],
    ['Rättelse: 52 länder står nu bakom initiativet.', ['participating-countries']],
    // No label: a word of the family inside a sentence, a stamp's lead word alone.
    ['Edit: läs mer om alliansen här.', []],
    ['Den ändring som 27 länder har gjort i lagen är viktig.', []],
    ['Vi har gjort en uppdatering av 52 länders lagar.', []],
    // A topic word narrows a correction of the figures only where it says which figure: "siffrorna om barnen", "antalet
    // länder", "the Rescue figures". Elsewhere ("övergrepp mot barn", "as the Commission states", "on several points")
    // it names no figure, and the correction speaks of every one.
    ['Rättelse: siffrorna om övergrepp mot barn stämmer inte.', STATISTICS],
    ['Correction: the figures about child abuse above were wrong.', STATISTICS],
    ['Correction: the figures above were wrong, as the Commission states.', STATISTICS],
    ['Rättelse: siffrorna ovan stämmer inte, som kommissionen påpekade om länderna.', STATISTICS],
    ['Rättelse: siffrorna ovan stämmer inte på flera punkter.', STATISTICS],
    ['Correction: the figures above were wrong on several points.', STATISTICS],
    ['Rättelse: siffrorna ovan stämmer inte på ett antal punkter.', STATISTICS],
    // Guards: a topic that says which figure narrows it.
    ['Rättelse: antalet länder är fel.', ['participating-countries']],
    ['Rättelse: siffrorna om barnen stämmer inte.', ['operation-rescue-children-safeguarded']],
    ['Correction: the figure for children safeguarded was wrong.', ['operation-rescue-children-safeguarded']],
    ['Correction: the Rescue figures above were wrong.', RESCUE],
    ['Rättelse: den sista punkten ovan ströks.', ['commitments']],
    ['Rättelse: antalet punkter ovan stämmer inte.', ['commitments']],
    // "misstag", "mistake" and "revider-" call the post wrong only under a label or where they say what was wrong.
    ['Det vore ett misstag att tro att antalet övergrepp minskar.', []],
    ['It would be a mistake to ignore these numbers.', []],
    ['It would be a mistake to weaken data protection.', []],
    ['Det vore ett misstag att tro att uppgiften är lätt.', []],
    ['Kommissionen reviderar sin statistik varje år.', []],
    ['Statistiken revideras varje år av kommissionen.', []],
    ['The Commission revises its statistics every year.', []], // guard
    // Guards: what was wrong, said.
    ['Siffran ovan var ett misstag.', STATISTICS],
    ['The figure above was a mistake.', STATISTICS],
    ['Antalet gripna angavs av misstag.', ['operation-rescue-arrests']],
    ['The number of arrests was given by mistake.', ['operation-rescue-arrests']],
    ['Det finns ett misstag i siffrorna ovan.', STATISTICS],
    ['There is a mistake in the figures above.', STATISTICS],
    ['Siffrorna ovan har reviderats.', STATISTICS],
    ['Europol reviderade siffrorna om operation Rescue.', RESCUE],
    // A figure of its own is of whom the clause names: a source too.
    ['Europol har reviderat sina siffror.', RESCUE],
    ['Update: Europol revised its figures.', RESCUE],
    ['PS: Det vore ett misstag att tro att siffrorna ovan stämmer.', STATISTICS],
    ['Uppdatering: kommissionen reviderar nu sin statistik.', STATISTICS],
    // More of the label family: further updates, editors' notes, footnotes.
    ['Further update: the number of countries is now 52.', ['participating-countries']],
    ['Second update: the number of countries is now 52.', ['participating-countries']],
    ['Ny uppdatering: antalet länder är nu 52.', ['participating-countries']],
    ['Andra uppdateringen: antalet länder är nu 52.', ['participating-countries']],
    ['Rättad: antalet länder är nu 52.', ['participating-countries']],
    ['Observera: antalet länder är nu 52.', ['participating-countries']],
    ['Ed. note: the number of countries is now 52.', ['participating-countries']],
    ["Editor's note: the number of countries is now 52.", ['participating-countries']], // guard
    ['Red. anm.: antalet länder är nu 52.', ['participating-countries']],
    ['Redaktionens anmärkning: antalet länder är nu 52.', ['participating-countries']],
    ['Fotnot: antalet länder är nu 52.', ['participating-countries']],
    ['Footnote: the number of countries is now 52.', ['participating-countries']],
    // A count in Swedish words is one word ("sjuhundraåttio"), in English several; both are counts.
    ['Rättelse: sjuhundraåttio misstänkta.', ['operation-rescue-suspects-identified']],
    ['Uppdatering: sjuhundraåttio misstänkta.', ['operation-rescue-suspects-identified']],
    ['Uppdatering: fyrtionio länder har anslutit sig.', ['participating-countries']],
    ['Rättelse: tvåhundrafemtioett greps.', ['operation-rescue-arrests']],
    // Guards: the English counts were heard already.
    ['Correction: seven hundred and eighty suspects.', ['operation-rescue-suspects-identified']],
    ['Update: forty-nine countries have joined.', ['participating-countries']],
    // Found by a hostile check: with no label, a value given with what it counts after it speaks of that figure.
    ['Det ska vara 780 misstänkta.', ['operation-rescue-suspects-identified']],
    ['Det skulle alltså ha varit 780 misstänkta.', ['operation-rescue-suspects-identified']],
    ['Det borde vara 251 gripna.', ['operation-rescue-arrests']],
    ['Det ska vara 49 länder.', ['participating-countries']],
    ['It ought to be 253 children.', ['operation-rescue-children-safeguarded']],
    // Guards: a value with more of the clause after what it counts, or what it counts before it with no modal.
    ['Det ska vara 12 barn i varje grupp.', []],
    ['Det var 780 misstänkta.', []],
    // Guards: a note that says nothing of a figure.
    ['Fotnot: Siffrorna kommer från Europol.', []],
    ['Observera att bilderna kommer från Europol.', []],
  ] as const)('%j speaks of %j', (text, ids) => {
    expect(spokenOf(text)).toEqual(ids);
  });
});

const paragraph = (text: string): Block => ({ kind: 'paragraph', text, links: [], start: 0, owner: undefined });
const heading = (text: string): Block => ({ ...paragraph(text), kind: 'heading' });
/** Blocks as markup, for a row's name. */
const shown = (blocks: readonly Block[]) => blocks.map(({ kind, text }) => (kind === 'heading' ? `<h3>${text}</h3>` : `<p>${text}</p>`)).join('');

describe('heardBlocks: a label alone heads the block after it', () => {
  const rows: ReadonlyArray<readonly [Block[], readonly string[]]> = [
    [[heading('Rättelse'), paragraph('Länderna är nu 52.')], ['participating-countries']],
    [[paragraph('Uppdatering'), paragraph('Antalet länder är nu 52.')], ['participating-countries']],
    [[paragraph('Rättelse:'), paragraph('Antalet länder är nu 52.')], ['participating-countries']],
    [[heading('Uppdatering 7/12'), paragraph('Antalet länder är nu 52.')], ['participating-countries']],
    [[heading('[Uppdaterad 2012-12-07]'), paragraph('Antalet länder är nu 52.')], ['participating-countries']],
    [[paragraph('Rättelse av inlägget:'), paragraph('Det var 780 misstänkta.')], ['operation-rescue-suspects-identified']],
    [[heading('Correction'), paragraph('The second goal above was dropped.')], ['commitments']],
    // A label of the post alone, closed by a full stop, announces as one closed by a colon.
    [[paragraph('Rättelse av inlägget.'), paragraph('Antalet länder är nu 52.')], ['participating-countries']],
    [[paragraph('Correction to the post.'), paragraph('The number of countries is now 52.')], ['participating-countries']],
    [[heading('Uppdatering till texten'), paragraph('Antalet länder är nu 52.')], ['participating-countries']],
    // What follows a label may say nothing of a figure; a block that says its own thing heads nothing; nor does a heading that is no label.
    [[heading('Uppdatering'), paragraph('Bilder från mötet har lagts till.')], []],
    [[heading('Uppdatering 7/12'), paragraph('Bilder från mötet har lagts till.')], []],
    [[paragraph('Uppdatering: bilder från presskonferensen har lagts till.'), paragraph('Antalet länder är 52.')], []],
    [[heading('Om alliansen'), paragraph('Antalet länder är nu 52.')], []],
    [[heading('Uppdateringar av lagen i 52 länder'), paragraph('Antalet länder är nu 52.')], []],
    // Guards: a label that says more than that it is one of the post heads nothing; its own note is its amendment.
    [[paragraph('Rättelse av inlägget om alliansen.'), paragraph('Antalet länder är nu 52.')], []],
    [[paragraph('Uppdatering: inlägget har fått nya bilder.'), paragraph('Antalet länder är nu 52.')], []],
    // Only the block right after it.
    [[heading('Rättelse'), paragraph('Mycket återstår att göra.'), paragraph('Antalet länder är nu 52.')], []],
  ];
  for (const [blocks, ids] of rows) {
    it(`${shown(blocks)}: the last speaks of ${JSON.stringify(ids)}`, () => {
      const last = [...heardBlocks(blocks)].at(-1)?.text as string;
      expect(spokenOf(last)).toEqual(ids);
    });
  }
});

describe('untiedValues: the values an amendment gives for a figure without saying which', () => {
  /** The post's figures: a block that names one of them is heard by the rule that reads mentions. */
  const STATED = new Set([48, 1_000_000, 50_000, 779, 250, 252]);
  it.each([
    ['Rättelse: siffran ska vara 780.', [780]],
    ['Correction: the figure should be 780.', [780]],
    ['Uppdatering: Nu är vi 49.', [49]],
    ['Update: We are now 49.', [49]],
    ['Uppdatering 7/12: Nu är vi 49.', [49]],
    ['Rättelse: det rätta är 1,2 miljoner.', [1_200_000]],
    ['Rättelse: siffran ska vara 780–790.', [780, 790]],
    ['Obs! Siffran är egentligen 53 000.', [53_000]],
    // Found by a hostile check: a bare value with an adverb of time or sum on either side.
    ['Update: Now 49.', [49]],
    ['Uppdatering: Nu 49.', [49]],
    ['Update: 49 now.', [49]],
    ['Uppdatering: 49 nu.', [49]],
    ['Update: now 49 in total.', [49]],
    ['Uppdatering: nu 49 totalt.', [49]],
    // Guards, which the function held from its first version. A figure the post states ties the block to it; a topic
    // ties it to a fact; no amendment, no untied value.
    ['Rättelse: 252 ska vara 253.', []],
    ['Rättelse: siffran ska vara 780 misstänkta.', []],
    ['Uppdatering: Nu är vi 49 länder.', []],
    ['Svaret är 780.', []],
    // A number given for no figure: a page, a number to call, a date, a year, a time, a count of another thing.
    ['PS: Läs mer på sidan 2.', []],
    ['PS: Ring 112 om du ser något.', []],
    ['Uppdatering 7 december 2012: pressmeddelandet finns här.', []],
    ['PS: Nästa möte är 2014.', []],
    ['PS: Klockan är 14.', []],
    ['Update: the press conference is at 14.', []],
    ['PS: Jag är 300 mil hemifrån i kväll.', []],
    ['Uppdatering: Mötet är 3 timmar långt.', []],
    ['Update: the video is now online.', []],
    ['Now 49.', []],
    ['Nu 49.', []],
    ['Update: now 48.', []],
    ['Update: now 49 countries.', []],
  ] as const)('%j gives %j', (text, values) => {
    expect(untiedValues(text, /[åäö]/i.test(text) ? 'sv' : 'en', STATED).map(({ value }) => value)).toEqual(values);
  });

  it.each([
    // Found by a hostile check: wordings that give a value, each heard as none before.
    ['Rättelse: det ska stå 780.', [[780, 'any']]],
    ['Rättelse: siffran har rättats till 780.', [[780, 'any']]],
    ['Rättelse: rätt siffra: 780.', [[780, 'any']]],
    ['Rättelse: 780.', [[780, 'any']]],
    ['Correction: it should read 780.', [[780, 'any']]],
    ['Correction: the figure has been corrected to 780.', [[780, 'any']]],
    ['Correction: 780 is the right number.', [[780, 'any']]],
    ['Correction: the figure should be about 780.', [[780, 'any']]],
    // The participants speaking of themselves tie it to the number of countries, in a clause of its own too.
    ['Uppdatering: Nu är vi 49.', [[49, 'countries']]],
    ['Update: Canada joined, so we are now 49.', [[49, 'countries']]],
    ['Rättelse: Vi är 49.', [[49, 'countries']]],
    // Found by a hostile check: each sentence on its own.
    ['Uppdatering: Nu är vi 49. Siffran 779 gäller fortfarande.', [[49, 'countries']]],
    ['Rättelse: siffran ska vara 780. Övriga siffror (250 och 252) stämmer.', [[780, 'any']]],
    // Found by a hostile check: a clause inserted before the value, a value in words (unread), a colon before it.
    ['Det ska vara, som sagt, 780.', [[780, 'any']]],
    ['It should be, as noted, 780.', [[780, 'any']]],
    // Found by a hostile check: an adverb between the modal and its verb, or after the verb, with no commas.
    ['Det ska vara som sagt 780.', [[780, 'any']]],
    ['Det ska alltså vara 780.', [[780, 'any']]],
    ['Det ska egentligen vara 780.', [[780, 'any']]],
    ['Siffran borde förstås vara 780.', [[780, 'any']]],
    ['It should actually be 780.', [[780, 'any']]],
    ['The figure should really read 780.', [[780, 'any']]],
    ['It should be, as said, 780.', [[780, 'any']]],
    // Found by a hostile check: a past modal, "must", "ought to", another adverb.
    ['Det skulle alltså ha varit 780.', [[780, 'any']]],
    ['Det borde egentligen ha varit 780.', [[780, 'any']]],
    ['Det måste vara 780.', [[780, 'any']]],
    ['It should thus have been 780.', [[780, 'any']]],
    ['It ought to be 780.', [[780, 'any']]],
    ['It must be 780.', [[780, 'any']]],
    // Found while looking for siblings: "nu"/"now" between the modal and its verb, a bound before the value.
    ['Det ska nu vara 780.', [[780, 'any']]],
    ['It should now be 780.', [[780, 'any']]],
    ['Det ska vara fler än 780.', [[780, 'any']]],
    ['It should be fewer than 780.', [[780, 'any']]],
    // Guards: what it counts after the value ties it to that figure; another thing before it, to that thing.
    ['Det ska vara 780 misstänkta.', []],
    ['Läsarna skulle ha varit 780.', []],
    ['PS: Läsarna är som sagt 780.', []],
    ['Det ska vara sjuhundraåttio.', [[undefined, 'any']]],
    ['It should read seven hundred and eighty.', [[undefined, 'any']]],
    ['Nu är vi fyrtionio.', [[undefined, 'countries']]],
    ['Det ska vara: se tabellen nedan', [[undefined, 'any']]],
    // Guards, which held before: a value after the colon, the subject before an inserted clause, a count in words of
    // another thing, figures the tool reads.
    ['Det ska vara: 780', [[780, 'any']]],
    ['PS: Läsarna är, som sagt, 780.', []],
    ['PS: Vi ses om tre veckor.', []],
    ['Rättelse: det rätta är tre miljoner.', [[3_000_000, 'any']]],
    // Found by a hostile check: a subject that names another thing ties the value to it.
    ['PS: Min dotter är 12 nu.', []],
    ['PS: Läsarna är nu 780.', []],
    ['PS: Vi är 12.', []],
    ['Update: Our office number is 22.', []],
    ['PS: The hotel room was 101.', []],
  ] as const)('%j gives %j with what it is tied to', (text, given) => {
    expect(untiedValues(text, /[åäö]/i.test(text) ? 'sv' : 'en', STATED).map(({ value, tie }) => [value, tie])).toEqual(given);
  });
});

describe('amendsOrCorrects: words that give a figure a value amend the post only with the value', () => {
  it.each([
    ['Siffran ska vara 780.', true],
    ['Nu är vi 49.', true],
    ['The figure should read 780.', true],
    ['Rättelse: meningen ovan stämmer inte.', true],
    // Found by the bench: a related post's teaser inside the entry was read as an amendment, and the post read again.
    ['Målet är att programmet ska vara på plats under 2013…', false],
    ['Barnen ska vara trygga på nätet.', false],
    // Found by a hostile check: a value in words, or announced with a colon, is a value given; guards on either side.
    ['Det ska vara sjuhundraåttio.', true],
    ['Det ska vara:', true],
    ['Det ska vara roligt.', false],
    ['Barnen ska alltså vara trygga på nätet.', false],
    ['It should actually be 2013 by then.', false],
    // Found by a hostile check: a past modal, "must", "ought to"; guards with no value.
    ['Det skulle ha varit 780.', true],
    ['It should have been 780.', true],
    ['It must be 780.', true],
    ['Det skulle ha varit roligt.', false],
    ['It must be in place by 2013.', false],
    ['It should be a priority.', false],
    ['The plan should be in place by 2013.', false],
  ])('%j: %s', (text, amending) => {
    expect(amendsOrCorrects(text)).toBe(amending);
  });
});

describe('yearRestated: a note that only gives figures a year', () => {
  const ARRESTS = ruleOf('operation-rescue-arrests');
  it.each([
    ['Fotnot: Siffrorna för Rescue gäller 2011.', 2011],
    ['Fotnot: Siffrorna för Rescue gäller 2010.', 2010],
    ['PS: Rescue-siffrorna gäller år 2011.', 2011],
    ['Observera: siffrorna för operation Rescue är från 2011.', 2011],
    ['Note: the Rescue figures are for 2011.', 2011],
    ['Footnote: the figures for Operation Rescue are from 2011.', 2011],
    // More than a year, another topic, no note's label, a correction, words that narrow.
    ['Fotnot: Siffrorna för Rescue gäller bara 2011.', undefined],
    ['Fotnot: Siffrorna för Rescue och bilderna gäller 2011.', undefined],
    ['Fotnot: Siffrorna för bilderna gäller 2011.', undefined],
    ['Siffrorna för Rescue gäller 2011.', undefined],
    ['Rättelse: Siffrorna för Rescue gäller 2011.', undefined],
    ['Uppdatering: Siffrorna för Rescue gäller 2011.', undefined],
    ['Fotnot: Siffrorna för Rescue avser 2011.', undefined],
    ['Note: the Rescue figures for Europe are for 2011.', undefined],
  ] as const)('%s → %s', (text, year) => {
    expect(yearRestated(ARRESTS, text)).toBe(year);
  });
});
