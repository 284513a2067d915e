export function isUrl(path: string): boolean {
  return /^https?:\/\//i.test(path);
}

const LETTER = /[a-z]/i;
const SCHEME_CHARACTER = /[a-z\d+.-]/i;
/** What ends a user name: its `:`, or what ends the authority (WHATWG URL reads `\` as `/` in an `http` address). */
const USER_END = /[:/\\?#\s]/;
const AUTHORITY_END = /[/\\?#]/;

/**
 * Where the password starts, when the `:` at `colon` ends a scheme that user
 * information follows: after the scheme's slashes or backslashes (`http:/`,
 * `http:\\` and `http:` alone are read as `http://`) and a user name up to
 * its first `:`. The scheme starts at a letter, wherever in the text (a file
 * name, a quoted value, `--http://…`), but not before `floor`.
 */
function passwordStart(text: string, colon: number, floor: number): number | undefined {
  let scheme = colon;
  while (scheme > floor && SCHEME_CHARACTER.test(text.charAt(scheme - 1))) scheme--;
  while (scheme < colon && !LETTER.test(text.charAt(scheme))) scheme++;
  if (scheme === colon) return undefined;
  let at = colon + 1;
  while (text.charAt(at) === '/' || text.charAt(at) === '\\') at++;
  while (at < text.length && !USER_END.test(text.charAt(at))) at++;
  return text.charAt(at) === ':' ? at + 1 : undefined;
}

/** Each password (the first only, unless `all`) up to the last `@` before `end(start)`, as `***`. */
function masked(text: string, end: (start: number) => number, all: boolean): string {
  let shown = '';
  let from = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    const start = passwordStart(text, colon, from);
    if (start === undefined) continue;
    const at = text.lastIndexOf('@', end(start) - 1);
    if (at < start) continue;
    shown += `${text.slice(from, start)}***`;
    from = at;
    colon = at;
    if (!all) break;
  }
  return shown + text.slice(from);
}

/** As WHATWG URL reads an address, the password ends at the last `@` before the path, query or fragment. */
function authorityEnd(text: string): (start: number) => number {
  return (start) => {
    let end = start;
    while (end < text.length && !AUTHORITY_END.test(text.charAt(end))) end++;
    return end;
  };
}

/**
 * A page's path or address, an option's value, or a message that echoes one,
 * as any output may show it — a record, a report, a message: a password would
 * end up in a CI job's log or the files it uploads, so it is `***`, whether
 * the tool reads the text as an address or as a file name. The user name is
 * kept (it is no secret, and says which account was meant). An address WHATWG
 * URL refuses (`http://u:p/w@h/` is host `u`, port `p`) was meant to hold a
 * password all the same: it runs to the text's last `@`. A valid address
 * without user information is shown as given, `@` in its path and all
 * (`http://host:8080/@me`); so is a file name with a colon or an `@` but no
 * `scheme:user:password@` in it (`a:b@c.html`).
 */
export function withoutPassword(text: string): string {
  const shown = masked(text, authorityEnd(text), true);
  if (shown !== text || URL.canParse(text.trim())) return shown;
  return masked(text, () => text.length, false);
}
