export function isUrl(path: string): boolean {
  return /^https?:\/\//i.test(path);
}

/**
 * A page's path or address as any output may show it — a record, a report, a
 * message: a password would end up in a CI job's log or the files it uploads,
 * so it is `***`. As WHATWG URL reads an address, the user information ends at
 * the last `@` before the path and the user name at its first `:`; the user
 * name is kept (it is no secret, and says which account was meant). Anything
 * else is shown as given.
 */
export function withoutPassword(path: string): string {
  return path.replace(/^(https?:\/\/[^/?#:]*):[^/?#]*@/i, '$1:***@');
}
