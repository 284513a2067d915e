/**
 * What is never part of a post, as ordered data. The extractor does not rely on
 * these to find the post — it scores text structure for that — but dropping
 * page furniture early keeps share buttons, ads, related posts and archive
 * toolbars (which themes and archives put inside the post's own container) out
 * of every fact.
 */

/**
 * Elements whose content is never prose. A form is not one: its labels and
 * the text its controls show are what a reader sees there (src/rules/shown.ts).
 * A <title> is the tab's, not the page's, wherever it stands: one in the body
 * is never shown (its text is still kept for the metadata, as the head's is).
 */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'embed', 'svg', 'math',
  'canvas', 'video', 'audio', 'select', 'textarea', 'button', 'input', 'nav', 'aside', 'footer',
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
 * Furniture of the page's own, in the publisher's voice: what its sidebar,
 * widgets, related-post teasers, share and like bars, menus, masthead and
 * footer say, the site says. No fact is read from it, but a figure it states
 * differently from the post's contradicts it (see `furnitureOf`).
 */
const OWN_FURNITURE_WORDS = [
  'sidebar', 'secondary', 'widget', 'widgets', 'tagcloud', 'blogroll',
  'share', 'sharing', 'sharedaddy', 'social', 'like', 'likes',
  'related', 'relatedposts',
  'footer', 'colophon', 'masthead', 'branding', 'menu', 'nav', 'navigation', 'breadcrumb', 'breadcrumbs',
  'toolbar', 'cookie', 'cookies',
  // A post embedded from a social network (Twitter's, Instagram's, Facebook's, TikTok's blockquote), which the
  // author chose to show: it may amend the post, but no fact is read from it.
  'tweet', 'twitter', 'instagram', 'fb', 'tiktok',
];

/**
 * Furniture in others' words: readers' comments and the trackbacks of other
 * sites, ads (an advertiser's text), and a web archive's own toolbar and
 * banner (`wm-ipp`, `donato`) over the capture. What a third party writes is
 * not the page's statement, so a figure there contradicts nothing.
 */
const OTHERS_WORDS = [
  'comment', 'comments', 'commentlist', 'respond', 'responses', 'reply', 'trackback', 'trackbacks', 'pingback', 'pingbacks',
  // Comment systems that name themselves, not their comments: Disqus (`disqus_thread`, `dsq-…`), IntenseDebate
  // (`idc-container`), Livefyre (`livefyre`, `fyre-…`), wpDiscuz (`wpdcom`), Commento, giscus, utterances.
  'disqus', 'dsq', 'idc', 'intensedebate', 'livefyre', 'fyre', 'wpdiscuz', 'wpdcom', 'commento', 'giscus', 'utterances',
  'wpcnt', 'wpa', 'ad', 'ads', 'advert', 'advertisement', 'sponsored',
  'wm', 'ipp', 'donato',
];

/**
 * Text for screen readers only ("screen-reader-text", "visually-hidden",
 * "sr-only", "assistive-text", skip links) is no part of the page a reader
 * sees, nor a statement against the post.
 */
const UNSEEN_WORDS = ['hidden', 'screen', 'sr', 'skip', 'assistive'];

/**
 * Class or id words (split at "-" and "_") that mark page furniture across
 * WordPress themes, archives and reader views.
 */
export const BOILERPLATE_WORDS: ReadonlySet<string> = new Set([...OWN_FURNITURE_WORDS, ...OTHERS_WORDS, ...UNSEEN_WORDS]);

/** Furniture words that make an element no statement of the page's (see `furnitureOf`). */
const NOT_THE_PAGES_WORDS: ReadonlySet<string> = new Set([...OTHERS_WORDS, ...UNSEEN_WORDS]);

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

/**
 * What an element's class and id make it: no furniture; furniture of the
 * page's own, whose text is the page's statement (`OWN_FURNITURE_WORDS`);
 * or furniture in others' words or unseen, though some word is the page's
 * too ("widget comments" is a comment section). Whether it is hidden or
 * unread is for `isHidden` and `isUnread`. Most elements have no class or
 * id, or none that could match (`MAY_BE_BOILERPLATE`), and are settled
 * without splitting.
 */
export function furnitureOf(name: string, attributes: Record<string, string>): 'none' | 'own' | 'others' {
  const { class: classes, id } = attributes;
  if ((classes === undefined && id === undefined) || NEVER_BOILERPLATE.has(name)) return 'none';
  const names = `${classes ?? ''} ${id ?? ''}`;
  if (names.length > 2000 || !MAY_BE_BOILERPLATE.test(names)) return 'none';
  let kind: 'none' | 'own' = 'none';
  for (const token of names.split(/\s+/)) {
    if (AUTHOR_TOKEN.test(token)) continue;
    for (const word of token.split(/[_-]+/)) {
      const lower = word.toLowerCase();
      if (NOT_THE_PAGES_WORDS.has(lower)) return 'others';
      if (BOILERPLATE_WORDS.has(lower)) kind = 'own';
    }
  }
  return kind;
}

export function isBoilerplate(name: string, attributes: Record<string, string>): boolean {
  return furnitureOf(name, attributes) !== 'none';
}

/**
 * Elements that `SKIPPED_TAGS` passes over but whose text is the page's own
 * furniture, as `furnitureOf`'s own: an aside, a menu, a footer.
 */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set(['aside', 'nav', 'footer']);

/**
 * What is passed over when furniture itself is read: never prose, or form
 * controls (a `<textarea>` holds a reader's draft, not the page's words), whose
 * text is not read there (see `BlockReader`).
 */
export const SKIPPED_IN_FURNITURE: ReadonlySet<string> = new Set([...SKIPPED_TAGS].filter((name) => !FURNITURE_TAGS.has(name)));

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
/** The one bullet that is also a footnote's mark (`FOOTNOTE_MARK`): its line may be a note ("* Sex av länderna …"). */
export const NOTE_BULLET = /^\*/;
