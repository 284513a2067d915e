import { CONTRACTED_AUXILIARY } from '../rules/facts.js';
import { ALLIANCE_NAME, GLUED_MARK } from '../rules/membership.js';
import type { Language } from './numbers.js';

/**
 * `text` with "'s" spelled out where it stands for "is" or "has" before a join or a leaving (`CONTRACTED_AUXILIARY`):
 * "Canada's joined today." is "Canada has joined today." to the readers, which take "Canada's" for a genitive.
 */
export function auxiliariesSpelled(text: string): string {
  return text.replace(CONTRACTED_AUXILIARY, (_contraction: string, is: string | undefined) => (is ? ' is ' : ' has '));
}

/**
 * `text` with the alliance's name as the readers' words for it (`ALLIANCE_NAME`): "Belgium left the Global Alliance
 * too." is "Belgium left the alliance too.", "Belgien lämnar den globala alliansen." is "Belgien lämnar alliansen."
 * The post's language chooses the words, whichever language the name is in ("Sverige lämnade Global Alliance."); a
 * capital opens them where they open a sentence.
 */
export function allianceNamesSpelled(text: string, language: Language): string {
  const words = language === 'sv' ? 'alliansen' : 'the alliance';
  // A capital where the name opens a sentence, which the readers split at ("… today. The Global Alliance …").
  return text.replace(ALLIANCE_NAME, (_name: string, at: number) => (opensSentence(text, at) ? `${words[0]?.toUpperCase()}${words.slice(1)}` : words));
}

/** Whether only spaces stand between `at` and the text's start or a sentence's end before it. */
function opensSentence(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && /\s/.test(text[before] as string)) before--;
  return before < 0 || '.!?'.includes(text[before] as string);
}

/**
 * What the readers of joins and leavings, and the guard, hear of a text: a footnote's number glued to a word apart from
 * it, the alliance's name and "'s" spelled out. Since the evening of 5 December the readers too hear a text without the
 * marks, which only the guard took out: "Belgium left the Global Alliance<sup>1</sup> today." was to them a leaving
 * of another body ("Global Alliance1"), and to the guard the leaving they read, so the list of 48 was kept.
 */
export function spelledOut(text: string, language: Language): string {
  return auxiliariesSpelled(allianceNamesSpelled(text.replace(GLUED_MARK, ''), language));
}
