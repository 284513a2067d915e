/**
 * Since 4 December, a block's sentences that open with a time or an adverb, read in the subject's order, so that the
 * country readers find a join or a leaving after them as they do one said with the country first (see
 * `findCountriesAmendment`): "I går anslöt sig Kanada." as "Kanada anslöt sig i går.", "Nu är Kanada med." as "Kanada
 * är nu med.", "This morning Canada joined the alliance." as "Canada joined this morning the alliance.". A sentence
 * whose verb stands before anything but a country named there ("I dag lämnade ministern middagen.") stays as it is.
 */
import { ADVERB_FIRST_SV, TIME_FIRST_EN, TIME_FIRST_SV, VERB_EN, VERB_SV } from '../rules/subjectFirst.js';
import { countriesNamedIn } from '../countries/named.js';
import type { Language } from './numbers.js';

const SENTENCES = /(?<=[.!?])(?=\s)/;

/** The punctuation and the space that end a sentence ("." of "Kanada anslöt sig."), found without a pattern that backtracks. */
function endOf(text: string): string {
  let at = text.length;
  while (at > 0 && ' \t\n.!?'.includes(text[at - 1] as string)) at--;
  return text.slice(at);
}

/** The country whose name opens text, if one does. */
function countryOpening(text: string, language: Language): string | undefined {
  const named = countriesNamedIn(text, language)[0];
  return named !== undefined && text.startsWith(named.name) ? named.name : undefined;
}

function swedish(sentence: string, language: Language): string {
  const adverb = ADVERB_FIRST_SV.exec(sentence);
  const time = adverb ? null : TIME_FIRST_SV.exec(sentence);
  const first = adverb ?? time;
  if (!first) return sentence;
  const rest = sentence.slice(first[0].length);
  const verb = VERB_SV.exec(rest);
  if (!verb) return sentence;
  const after = rest.slice(verb[0].length);
  const country = countryOpening(after, language);
  if (country === undefined) return sentence;
  const said = (first[1] as string).toLowerCase();
  const tail = after.slice(country.length);
  const also = verb[2] as string;
  if (adverb) return `${country} ${verb[1]} ${said}${also}${tail}`;
  const end = endOf(tail);
  return `${country} ${verb[1]}${also}${tail.slice(0, tail.length - end.length)} ${said}${end}`;
}

function english(sentence: string, language: Language): string {
  const time = TIME_FIRST_EN.exec(sentence);
  if (!time) return sentence;
  const rest = sentence.slice(time[0].length);
  const country = countryOpening(rest, language);
  if (country === undefined) return sentence;
  const verb = VERB_EN.exec(rest.slice(country.length));
  if (!verb) return sentence;
  const at = country.length + verb[0].length;
  return `${rest.slice(0, at)} ${(time[1] as string).toLowerCase()}${rest.slice(at)}`;
}

/** Text with each sentence that opens with a time or an adverb before its country read in the subject's order. */
export function subjectFirst(text: string, language: Language): string {
  const order = language === 'en' ? english : swedish;
  return text
    .split(SENTENCES)
    .map((sentence) => {
      const lead = /^\s*/.exec(sentence)?.[0] ?? '';
      return lead + order(sentence.slice(lead.length), language);
    })
    .join('');
}
