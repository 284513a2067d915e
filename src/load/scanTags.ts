import type { Tokenizer } from 'htmlparser2';

/** htmlparser2's tokenizer-to-parser interface (the parser is its tokenizer's callbacks). */
export type Callbacks = ConstructorParameters<typeof Tokenizer>[1];

/**
 * The parser callbacks that carry a page's structure: its tags, without their
 * attributes, and without text or comments.
 */
export type TagEvents = Pick<Callbacks, 'onopentagname' | 'onopentagend' | 'onselfclosingtag' | 'onclosetag'>;

const TAB = 9;
const LINE_FEED = 10;
const FORM_FEED = 12;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const BANG = 33;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const DASH = 45;
const SLASH = 47;
const EQUALS = 61;
const GREATER_THAN = 62;
const QUESTION_MARK = 63;
const OPEN_BRACKET = 91;

/** Elements whose content is raw text up to their own end tag, to htmlparser2 (not `<plaintext>` or `<iframe>`). */
export const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

function isWhitespace(c: number): boolean {
  return c === SPACE || c === LINE_FEED || c === TAB || c === FORM_FEED || c === CARRIAGE_RETURN;
}

function isTagNameEnd(c: number): boolean {
  return c === SLASH || c === GREATER_THAN || isWhitespace(c);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** The index just past `needle` at or after `from`, or -1 when the input ends first. */
function after(html: string, needle: string, from: number): number {
  const at = html.indexOf(needle, from);
  return at < 0 ? -1 : at + needle.length;
}

/**
 * `<!…` at `lt`: a comment, CDATA or a declaration; where it ends. htmlparser2
 * lets `<!-->` and `<!--->` end a comment, and consumes the character after
 * `<!` or `<!-` before it looks for a declaration's `>`.
 */
function bangEnd(html: string, lt: number): number {
  const c = html.charCodeAt(lt + 2);
  if (c === DASH) return html.charCodeAt(lt + 3) === DASH ? after(html, '-->', lt + 2) : after(html, '>', lt + 4);
  if (c === OPEN_BRACKET) return html.startsWith('CDATA[', lt + 3) ? after(html, ']]>', lt + 9) : cdataMismatch(html, lt + 3);
  return after(html, '>', lt + 3);
}

/** `<![` not followed by all of `CDATA[`: a declaration from the first character that differs. */
function cdataMismatch(html: string, from: number): number {
  let i = from;
  while (i < html.length && html[i] === 'CDATA['[i - from]) i++;
  return after(html, '>', i);
}

/** The end of a run of whitespace (or of the input). */
function skipWhitespace(html: string, from: number): number {
  let i = from;
  while (i < html.length && isWhitespace(html.charCodeAt(i))) i++;
  return i;
}

/**
 * An open tag's attributes, from just after its name: the index of the `>`
 * that ends the tag and whether a `/` stood before it, or -1 if the input ends
 * inside the tag. Quotes only open a value right after `=`, as in htmlparser2.
 */
function attributesEnd(html: string, from: number): { end: number; selfClosing: boolean } | -1 {
  let i = from;
  let slash = false;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === GREATER_THAN) return { end: i, selfClosing: slash };
    if (isWhitespace(c)) {
      i++;
      continue;
    }
    if (c === SLASH) {
      slash = true;
      i++;
      continue;
    }
    slash = false;
    // An attribute name: its first character may be anything that is not a tag's end.
    i++;
    while (i < html.length && !isTagNameEnd(html.charCodeAt(i)) && html.charCodeAt(i) !== EQUALS) i++;
    const beforeValue = skipWhitespace(html, i);
    if (html.charCodeAt(beforeValue) !== EQUALS) {
      i = beforeValue;
      continue;
    }
    i = skipWhitespace(html, beforeValue + 1);
    const quote = html.charCodeAt(i);
    if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
      const close = html.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close + 1;
    } else {
      while (i < html.length && html.charCodeAt(i) !== GREATER_THAN && !isWhitespace(html.charCodeAt(i))) i++;
    }
  }
  return -1;
}

/** The input ended after an end tag's name, before its `>`. */
const END_TAG_UNFINISHED = -2;

/**
 * What `scanTags` returns when the tag that satisfied `done` was an end tag
 * the input ends inside of. htmlparser2's tokenizer then reports the rest of
 * the page as text from position -1 — its "no section" marker — and a caller
 * that wants the same tree does the same.
 */
export const ENDED_IN_END_TAG = -1;

/**
 * The attributes of a well-formed tag and the `>` that ends it, in one native
 * match: white space (the tokenizer's five characters, not `\s`) before each
 * name, names and unquoted values with none of `"'<=>\``, and each run made to
 * end exactly where the tokenizer ends it (the lookaheads), so that a match
 * is always the tokenizer's reading. Group 1 is a `/` just before the `>`.
 * Anything else — rarer forms, or a tag the input ends inside — fails the
 * match and is read by `attributesEnd`.
 */
export const PLAIN_ATTRIBUTES =
  /(?:[\t\n\f\r ]+[^\t\n\f\r "'/<=>`]+(?=[\t\n\f\r /=>])(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"|'[^']*'|[^\t\n\f\r "'<=>`]+(?=[\t\n\f\r >])))?)*[\t\n\f\r ]*(\/?)>/y;

/** Where the open tag whose name ends at `from` ends, and whether it closes itself. */
function tagEnd(html: string, from: number): { end: number; selfClosing: boolean } | -1 {
  PLAIN_ATTRIBUTES.lastIndex = from;
  // Tested, not exec'd: a match array for every tag passed over was the most garbage of a page's pass. Only a
  // tag whose `>` follows a `/` asks whether the `/` is group 1 (it may end an unquoted value: `<a href=x/>`).
  if (!PLAIN_ATTRIBUTES.test(html)) return attributesEnd(html, from);
  const end = PLAIN_ATTRIBUTES.lastIndex - 1;
  if (html.charCodeAt(end - 1) !== SLASH) return { end, selfClosing: false };
  PLAIN_ATTRIBUTES.lastIndex = from;
  return { end, selfClosing: PLAIN_ATTRIBUTES.exec(html)?.[1] === '/' };
}

/** `</` at `lt`: reports the end tag; the index after its `>`, or a negative number at the end of input. */
function closeTag(html: string, lt: number, events: TagEvents): number {
  const start = skipWhitespace(html, lt + 2);
  if (start >= html.length) return -1;
  const c = html.charCodeAt(start);
  if (c === GREATER_THAN) return start + 1;
  // `</3…` and the like are bogus comments up to the next `>`.
  if (!isAsciiLetter(c)) return after(html, '>', start + 1);
  let end = start + 1;
  while (end < html.length && html.charCodeAt(end) !== GREATER_THAN && !isWhitespace(html.charCodeAt(end))) end++;
  if (end >= html.length) return -1;
  events.onclosetag(start, end);
  const close = html.indexOf('>', end);
  return close < 0 ? END_TAG_UNFINISHED : close + 1;
}

/** The end tag of each raw-text element: `</name` then whitespace or `>`, in any case. */
export const RAW_TEXT_END: Readonly<Record<string, RegExp>> = Object.fromEntries(
  [...RAW_TEXT_ELEMENTS].map((name) => [name, new RegExp(`</${name}[\\t\\n\\f\\r >]`, 'gi')]),
);

function rawTextEnd(html: string, name: string, from: number): number {
  const pattern = RAW_TEXT_END[name] as RegExp;
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

/** `<` and a letter at `lt`: reports the start tag; the index after it (and after a raw-text body), or -1. */
function openTag(html: string, lt: number, events: TagEvents): number {
  let nameEnd = lt + 2;
  while (nameEnd < html.length && !isTagNameEnd(html.charCodeAt(nameEnd))) nameEnd++;
  // Like the tokenizer, report the name before reading on: a tag cut off by
  // the end of the input has still opened its element for the parser.
  if (nameEnd >= html.length) return -1;
  events.onopentagname(lt + 1, nameEnd);
  const tag = tagEnd(html, nameEnd);
  if (tag === -1) return -1;
  if (tag.selfClosing) {
    events.onselfclosingtag(tag.end);
    return tag.end + 1;
  }
  events.onopentagend(tag.end);
  const name = html.slice(lt + 1, nameEnd).toLowerCase();
  if (!RAW_TEXT_ELEMENTS.has(name)) return tag.end + 1;
  const endTag = rawTextEnd(html, name, tag.end + 1);
  return endTag < 0 ? -1 : closeTag(html, endTag, events);
}

/**
 * The rest of a raw-text element (`<script>`, `<style>`, …) whose content
 * starts at `from`: reports its end tag and returns where a tokenizer should
 * take over, as `scanTags` does.
 */
export function scanRawText(html: string, name: string, from: number, events: TagEvents): number {
  const endTag = rawTextEnd(html, name, from);
  if (endTag < 0) return html.length;
  const next = closeTag(html, endTag, events);
  if (next === END_TAG_UNFINISHED) return ENDED_IN_END_TAG;
  return next < 0 ? html.length : next;
}

/**
 * Reads tags from `from` the way htmlparser2's tokenizer delimits them, and
 * reports each to `events` — but not attributes, text or comments, which are
 * most of a tokenizer's work — until `done()` holds after one. Returns where a
 * tokenizer should take over: just after the last tag reported, the end of
 * the input, or `ENDED_IN_END_TAG`. `readHtml` uses it to pass over page furniture that it drops
 * anyway, while the parser still sees every tag and so builds the same tree.
 */
export function scanTags(html: string, from: number, events: TagEvents, done: () => boolean): number {
  let i = from;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt + 1 >= html.length) return html.length;
    const c = html.charCodeAt(lt + 1);
    let next: number;
    if (c === BANG) next = bangEnd(html, lt);
    else if (c === QUESTION_MARK) next = after(html, '>', lt + 2);
    else if (c === SLASH) next = closeTag(html, lt, events);
    else if (isAsciiLetter(c)) next = openTag(html, lt, events);
    else next = lt + 1;
    if (next === END_TAG_UNFINISHED && done()) return ENDED_IN_END_TAG;
    if (next < 0) return html.length;
    i = next;
    if (done()) return i;
  }
  return html.length;
}
