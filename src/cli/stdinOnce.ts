import { UsageError } from './exit.js';

/**
 * Standard input can be read once: as a page, the list of pages, the --linked
 * page or the expectations, never two of them. The uses are named, so the
 * message says where `-` was given.
 */
export function standardInputOnce(pages: readonly string[], options: Readonly<Record<string, string | undefined>> = {}): void {
  const count = pages.filter((page) => page === '-').length;
  const uses = [
    ...(count === 1 ? ['a page'] : count > 1 ? [`${count} pages`] : []),
    ...Object.entries(options)
      .filter(([, path]) => path === '-')
      .map(([option]) => option),
  ];
  if (uses.length > 1 || count > 1) throw new UsageError(`standard input can be read once, but '-' is given twice: as ${uses.join(' and ')}`);
}
