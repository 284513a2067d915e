import { UsageError } from './exit.js';

/**
 * The page arguments, checked before any is read. Standard input can be read
 * once: as a page, the list of pages, the --linked page or the expectations,
 * never two of them; the uses are named, so the message says where `-` was
 * given. And no page has an empty name: an unset shell variable
 * (`alliance-extract "$PAGE"`) resolves to the current directory, whose every
 * file would be read as a page.
 */
export function standardInputOnce(pages: readonly string[], options: Readonly<Record<string, string | undefined>> = {}): void {
  if (pages.includes('')) throw new UsageError("a page's name is empty (an unset variable?): give a path, a directory, an address or '-'");
  const count = pages.filter((page) => page === '-').length;
  const uses = [
    ...(count === 1 ? ['a page'] : count > 1 ? [`${count} pages`] : []),
    ...Object.entries(options)
      .filter(([, path]) => path === '-')
      .map(([option]) => option),
  ];
  if (uses.length > 1 || count > 1) throw new UsageError(`standard input can be read once, but '-' is given twice: as ${uses.join(' and ')}`);
}
