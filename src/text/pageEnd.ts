/**
 * Caches that keep the text last asked about (a pattern's last subject, the
 * last style read) keep the page it was cut from (see `ownCopy`) until they
 * are asked about another: after a library call returned, or through a whole
 * second page of a batch, read beside the first. Each registers here how to
 * let go, and the pipeline lets go when a page's extraction ends.
 */
const forgetters: Array<() => void> = [];

/** Registers what a cache does to forget the page it read: once, where the cache is made. */
export function onPageEnd(forget: () => void): void {
  forgetters.push(forget);
}

/** Every cache forgets the page just read. */
export function endPage(): void {
  for (const forget of forgetters) forget();
}
