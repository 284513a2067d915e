/**
 * A lexicon (src/rules/lexicon.ts) that knows every word, for the test files
 * that try one part of the tool alone — a rule, how the post is located,
 * which country list is the post's — on sentences written to try it:
 * `vi.mock('../src/rules/lexicon.js', () => import('./helpers/everyWordKnown.js'))`.
 * The lexicon itself is tried in test/lexicon.test.ts and, with the rules, on
 * whole pages in test/context.test.ts.
 */
const everyWord = { has: (): boolean => true };

export const KNOWN_WORDS = { sv: everyWord, en: everyWord };

/** No phrase to take out: every word of it is known anyway. */
export const KNOWN_PHRASES = { sv: /(?!)/g, en: /(?!)/g };
