import { GOVERNMENT_OF } from '../rules/facts.js';
import { GOVERNMENT_ADJECTIVES, GOVERNMENT_BY_ADJECTIVE } from '../rules/governments.js';

/**
 * A text with each government it names as its country, for what a government does its country does: one in the
 * genitive keeps the country's name ("Sveriges regering" is "Sverige", `GOVERNMENT_OF`), one by adjective gives it
 * since 4 December ("Den svenska regeringen", "The French government": `GOVERNMENT_BY_ADJECTIVE`).
 */
export function governmentsAsCountries(text: string): string {
  return text
    .replace(GOVERNMENT_BY_ADJECTIVE, (whole: string, adjective: string) => GOVERNMENT_ADJECTIVES[adjective.toLowerCase()] ?? whole)
    .replace(GOVERNMENT_OF, '');
}
