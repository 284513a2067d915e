import { CONTRACTED_AUXILIARY } from '../rules/facts.js';

/**
 * `text` with "'s" spelled out where it stands for "is" or "has" before a join or a leaving (`CONTRACTED_AUXILIARY`):
 * "Canada's joined today." is "Canada has joined today." to the readers, which take "Canada's" for a genitive.
 */
export function auxiliariesSpelled(text: string): string {
  return text.replace(CONTRACTED_AUXILIARY, (_contraction: string, is: string | undefined) => (is ? ' is ' : ' has '));
}
