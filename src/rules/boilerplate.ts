/**
 * What is never part of a post, as ordered data. The extractor does not rely on
 * these to find the post — it scores text structure for that — but dropping
 * page furniture early keeps share buttons, ads, related posts and archive
 * toolbars (which themes and archives put inside the post's own container) out
 * of every fact.
 */

/** Elements whose content is never prose. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'embed', 'svg', 'math',
  'canvas', 'video', 'audio', 'select', 'textarea', 'button', 'input', 'form', 'nav', 'aside', 'footer',
]);

/**
 * Elements whose content no stage reads — never prose, never metadata — so
 * the tree builder drops them like furniture (and the tokenizer passes over
 * them). The rest of SKIPPED_TAGS is built: the head holds the metadata, and
 * a post's own <footer> its date and author.
 */
export const UNREAD_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template']);

/** Linked data (JSON-LD) is the one script read: a theme states the post's headline, date and author there. */
const LINKED_DATA = /^\s*application\/ld\+json\s*$/i;

export function isUnread(name: string, attributes: Record<string, string>): boolean {
  return UNREAD_TAGS.has(name) && !(name === 'script' && attributes['type'] !== undefined && LINKED_DATA.test(attributes['type']));
}

/**
 * Class or id words (split at "-" and "_") that mark page furniture across
 * WordPress themes, archives and reader views.
 */
export const BOILERPLATE_WORDS: ReadonlySet<string> = new Set([
  'comment', 'comments', 'commentlist', 'respond', 'responses', 'reply', 'trackbacks', 'pingbacks',
  'sidebar', 'secondary', 'widget', 'widgets', 'tagcloud', 'blogroll',
  'share', 'sharing', 'sharedaddy', 'social', 'like', 'likes',
  'related', 'relatedposts',
  'wpcnt', 'wpa', 'ad', 'ads', 'advert', 'advertisement', 'sponsored',
  'footer', 'colophon', 'masthead', 'branding', 'menu', 'nav', 'navigation', 'breadcrumb', 'breadcrumbs',
  'wm', 'ipp', 'toolbar', 'donato',
  // Text for screen readers only ("screen-reader-text", "visually-hidden", "sr-only") is no part of the post a reader sees.
  'hidden', 'screen', 'sr', 'skip', 'assistive', 'cookie', 'cookies',
]);

/**
 * Class tokens that carry the author's words, not the theme's: WordPress tags
 * every post with `tag-<slug>` and `category-<slug>`, and a tag named "social"
 * must not hide the post.
 */
const AUTHOR_TOKEN = /^(?:tag|category|post|postid|format|status|author|page|parent)-/i;

/** Layout classes on these describe the whole page ("right-sidebar"), not the element. */
const NEVER_BOILERPLATE: ReadonlySet<string> = new Set(['html', 'body']);

/**
 * Any furniture word at all, as a prefilter: most elements have no class or
 * id, or none that could match, and are settled without splitting.
 */
export const MAY_BE_BOILERPLATE = new RegExp(`(?:^|[\\s_-])(?:${[...BOILERPLATE_WORDS].join('|')})(?:$|[\\s_-])`, 'i');

export function isBoilerplate(name: string, attributes: Record<string, string>): boolean {
  const { class: classes, id } = attributes;
  if ((classes === undefined && id === undefined) || NEVER_BOILERPLATE.has(name)) return false;
  const names = `${classes ?? ''} ${id ?? ''}`;
  if (names.length > 2000 || !MAY_BE_BOILERPLATE.test(names)) return false;
  return names
    .split(/\s+/)
    .filter((token) => !AUTHOR_TOKEN.test(token))
    .some((token) => token.split(/[_-]+/).some((word) => BOILERPLATE_WORDS.has(word.toLowerCase())));
}

/** Elements that start a new block of text; everything else flows inline. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A line that starts with one of these and a space is a list item typed by hand. */
export const BULLET = /^[•·▪◦●■‣⁃∙–—*-] +/;
