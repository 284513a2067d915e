import { ALTERNATIVE_AFTER } from '../rules/facts.js';
import { ARROWS } from '../rules/letters.js';
import { clipped } from '../text/clip.js';
import { clauseOf, clauseStart } from './clauses.js';
import { mayCorrectBeside } from './magnitude.js';
import type { NumberToken, UnclearFigure } from './numbers.js';

type Figure = NumberToken | UnclearFigure;

/** What may stand between a number and the figure right after it that it gives another value: marks, no words. */
const ADJACENT = new RegExp(`^[\\s)\\]=/:–—~<>${ARROWS}»›-]*$`);

/**
 * A mark that joins a number to the figure right after it as another value of it: "250 / 251 greps", "779 = 780";
 * since the afternoon of 6 December an arrow, as a correction is written ("250 -> 260 greps", "250 → 260", "250 =>
 * 260", "250 --> 260", "250 >> 260", "250 › 260": helpers 182 and 183); any of Unicode's arrows since the later
 * afternoon ("⟶", "⇾", "↦": helper 189).
 */
const ARROW = `(?:[${ARROWS}»›]|[-=~–—]{0,2}>{1,2}|<[-=]{1,2})`;
/** Any arrow (`ARROW`), wherever it stands, and first in a text. */
export const ANY_ARROW = new RegExp(ARROW);
export const ARROW_FIRST = new RegExp(`^\\s*${ARROW}`);
/**
 * An arrow that points forward, from a value to the one it became ("260 → 250", "260 ⟶ 250", "260 -> 250"): not one
 * that points back or both ways ("260 ⟵ 250" says 250 became 260: helper 190), nor up or down.
 */
const FORWARD_ARROW = '(?:[\u2192\u219D\u21A0\u21A3\u21A6\u21AA\u21C0\u21C1\u21D2\u21DB\u21E2\u21E5\u21E8\u21F4\u21F6\u21FE\u27F6\u27F9\u27FC\u27FE\u2905\u2911\u2933»›]|[-=~–—]{0,2}>{1,2})';
const JOINED = new RegExp(`^\\s*(?:[/=]|${ARROW})\\s*$`);

/** Whether the text between two figures joins the first to the second as another value of it ("260 → 250", "250 / 251"). */
export const joins = (between: string): boolean => JOINED.test(between);

/**
 * An arrow and a figure right after a label's value ("Gripna: 250 -> 260"): the value as corrected, which its value is
 * weighed by (see `matchRule`): since the afternoon of 6 December, when the post's own 250 before it agreed and printed
 * (helper 183). Not a slash, which parts other pairs ("Gripna: 250 / 779 misstänkta": helper 184).
 */
export const ARROW_FIGURE = new RegExp(`^${FORWARD_ARROW}\\s*([0-9][0-9 ]*[0-9]|[0-9])(?![0-9])`);

/** A dash that opens an aside right after the figure's clause, the number first in it: "250 arrested – 251 according to Europol – and". */
const DASH_ASIDE = /^\s[-–—]\s*$/;

/**
 * What may stand between a bare number and the figure right after it in the clause before: a comma, a semicolon, a bar
 * or any dash alone, no words, after the mark that closes the number or its year in any brackets, or none ("250 (2011)
 * – 260 greps", "250 (2011), 260", "250 ⟦2011⟧, 260", "250 (år 2011); 260", "250, 2011, 260", ""250", 260": helper 187).
 */
const LISTED = /^[\p{Pe}\p{Pi}\p{Pf}"']{0,2}(?:,? ?[\p{Ps}\p{Pi}\p{Pf}]{0,2}(?:år |in )?(?:19|20)[0-9]{2}[\p{Pe}\p{Pi}\p{Pf}]{0,2})?\s*[,;|\uFF5C\u23D0\u00A6\p{Pd}]\s*$/u;

/** A closing bracket first after a number: it makes the number bare only where its bracket opens before the number. */
const CLOSING = /^ ?[)\]]/;

/** Whether a bracket opens in `text` and is not closed: "(" before "253" in "skyddas (253)", none before "251" in the unread "250 (251". */
function bracketOpen(text: string): boolean {
  return Math.max(text.lastIndexOf('('), text.lastIndexOf('[')) > Math.max(text.lastIndexOf(')'), text.lastIndexOf(']'));
}

/** How much of the text after a number `ALTERNATIVE_AFTER` needs to see: its longest words ("as reported by") and one more character. */
const AFTER_REACH = 24;

/** A figure's value; for one the tool does not read ("250–260"), its first run of digits, enough to weigh its order (see `mayCorrectBeside`). */
function valueOf(figure: Figure): number {
  return 'value' in figure ? figure.value : Number(/[0-9]+/.exec(figure.text)?.[0] ?? Number.NaN);
}

/**
 * The number beside a statistic's figure (`figures[index]`) in its clause that gives it another value, or may, as
 * the text quotes it: "(253)" after "252 barn kunde skyddas", "779 =" before "780 misstänkta" — else undefined. Such a
 * number stands bare (`ALTERNATIVE_AFTER`), is of the figure's order (`mayCorrectBeside`: "(se 3)" after 252 is a note,
 * not a count of children) and is not its value again ("(252)"). It is the figure's when it is the next figure
 * after it, or the one before it with no other figure of the clause before that: "250 greps (251) och 252 barn"
 * gives the 250 another value, not the 252. `bounding`: which figures end another's words (no year stated as
 * one, no footnote mark's digits: see `matchRule`); `accounted`: whether the tool reads what a figure is otherwise
 * (a year in brackets, "(2011)"; what it counts written before it, "de gripna var 250").
 */
export function alternativeBeside(text: string, figures: readonly Figure[], bounding: readonly boolean[], index: number, accounted: (at: number) => boolean): string | undefined {
  const figure = figures[index] as Figure;
  const value = valueOf(figure);
  const from = clauseStart(text, figure.start);
  const to = from + clauseOf(text, figure.start, figure.end).length;
  // A figure that opens in the clause is of it, though a dash inside it opens another ("(250 – 260)").
  const inClause = (at: number): boolean => at >= 0 && (figures[at] as Figure).start >= from && (figures[at] as Figure).start < to;
  // A figure the tool does not read as a number at all ("(250–260)") stands beside it as well, though it ends no figure's words.
  const stands = figures.map((other, at) => bounding[at] === true || ('reason' in other && other.reason === 'unread'));
  // …or it opens an aside set off by a dash right after the clause: "250 arrested – 251 according to Europol – and".
  const inAside = (at: number): boolean => at > index && DASH_ASIDE.test(text.slice(to, (figures[at] as Figure).start));
  const against = (at: number): boolean => ADJACENT.test(text.slice((figures[at] as Figure).end, figure.start));
  const bare = (at: number): boolean => {
    const other = figures[at] as Figure;
    const after = ALTERNATIVE_AFTER.exec(text.slice(other.end, other.end + AFTER_REACH));
    // A bracket the number's own text opens ("250 (251) greps", one figure not read) gives no other figure a value,
    // but the one right against it: "250 (2011) 260 greps" printed 260 (helper 180).
    return after !== null && (!CLOSING.test(after[0]) || bracketOpen(text.slice(from, other.start)) || (at < index && ownBracket(at) && against(at)));
  };
  // …or it stands right before it, set off by a comma or a dash alone, its year in brackets aside: "250, 260 greps",
  // "250 (2011) – 260 greps", "250 (2011), 260 greps" printed 260 (helper 185), the clause reached being the figure's alone.
  const listedAt = [index - 1, index - 2].find((at) => at >= 0 && LISTED.test(text.slice((figures[at] as Figure).end, figure.start)) && !accounted(at)) ?? -1;
  const listed = (at: number): boolean => at >= 0 && at === listedAt;
  const alternative = (at: number): boolean => {
    if (!inClause(at) && !inAside(at) && !listed(at)) return false;
    const other = figures[at] as Figure;
    const again = 'value' in other && other.value === value;
    // Listed before it, with nothing but a comma or a dash and its year between, it is bare (`LISTED`).
    return (bare(at) || listed(at)) && !again && mayCorrectBeside(valueOf(other), value) && !accounted(at);
  };
  // A number joined by a slash or '=' to the figure after it gives that one another value, not the figure its clause
  // reached before: "779 misstänkta …, 250 / 251 greps" leaves the arrests out, not the 779.
  const joined = (at: number): boolean => at >= 0 && at + 1 < figures.length && JOINED.test(text.slice((figures[at] as Figure).end, (figures[at + 1] as Figure).start));
  const next = stands.indexOf(true, index + 1);
  const previous = index > 0 ? stands.lastIndexOf(true, index - 1) : -1;
  // One before it stands right against it ("779 = 780 misstänkta"): "779 misstänkta (2010: 600) kunde identifieras, 250
  // greps" gives the 600 to the 779, not to the 250 its clause reaches. Joined to it, it is its own whatever stands before.
  const alone = (at: number): boolean => (joined(at) && at + 1 === index) || !inClause(at > 0 ? stands.lastIndexOf(true, at - 1) : -1);
  // One whose own text opens the bracket that closes against it is its own too ("250 (2011) 260 greps").
  const ownBracket = (at: number): boolean => at >= 0 && bracketOpen((figures[at] as Figure).text);
  // One joined to it by an arrow, a slash or "=" is another value of it whatever its order ("250 → 250 000 greps",
  // "250 -> 250 000 greps" printed 250 000: helper 191), but the same value again, or a year.
  const joinedBefore = index > 0 && joined(index - 1) && !accounted(index - 1) && !('value' in (figures[index - 1] as Figure) && valueOf(figures[index - 1] as Figure) === value);
  const besideAt = (): number => {
    if (alternative(next) && !joined(next)) return next;
    if (alternative(previous) && against(previous) && (alone(previous) || ownBracket(previous))) return previous;
    if (alternative(listedAt)) return listedAt;
    return joinedBefore ? index - 1 : -1;
  };
  const beside = besideAt();
  if (beside < 0) return undefined;
  const other = figures[beside] as Figure;
  // Quoted with its bracket, as the reader sees it set beside the figure.
  const close = /^[)\]]/.exec(text.slice(other.end))?.[0].length ?? 0;
  return clipped(text.slice(Math.min(figure.start, other.start), Math.max(figure.end, other.end + close)));
}
