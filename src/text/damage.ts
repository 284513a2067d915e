/**
 * Signs that text was decoded with the wrong encoding: the replacement
 * character, or UTF-8 read as Latin-1 ("Ã¤" for "ä", "â€“" for "–").
 */
const DAMAGE = /\ufffd|Ã[\u0080-\u00bf]|â€[\u0080-\u00bf\u2018-\u201e\u2020-\u2026\u2030\u0152\u0153\u0160\u0161\u0178\u017d\u017e]/;

export function findDecodingDamage(text: string): string | undefined {
  const match = DAMAGE.exec(text);
  if (!match) return undefined;
  return text.slice(Math.max(0, match.index - 20), match.index + 20);
}
