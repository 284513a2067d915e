// Builds bigger versions of the fixture for the scaling measurements: the
// comment list grows (many copies of its comments, with their ids made unique),
// the post body and the chrome around it stay as they are. A popular post with
// thousands of comments is the realistic way for such a page to get big.
import { readFileSync } from 'node:fs';

const OPEN = '<ol class="commentlist">';

/** The comment list's content and where it sits in the page. */
function commentList(html) {
  const start = html.indexOf(OPEN);
  if (start < 0) throw new Error('the fixture has no <ol class="commentlist">');
  const contentStart = start + OPEN.length;
  // The list's own </ol>: count nested lists on the way.
  const tags = /<(\/?)ol\b[^>]*>/gi;
  tags.lastIndex = contentStart;
  let depth = 1;
  for (let match; (match = tags.exec(html)); ) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return { contentStart, contentEnd: match.index };
  }
  throw new Error('the comment list never closes');
}

/**
 * The fixture grown to about `targetBytes` (never smaller than the fixture) by
 * adding copies of its comments before the comment list's end. Returns the
 * page as a Buffer and the number of copies added.
 */
export function grownPage(sourcePath, targetBytes) {
  const source = readFileSync(sourcePath, 'utf8');
  const base = Buffer.byteLength(source);
  const { contentStart, contentEnd } = commentList(source);
  const comments = source.slice(contentStart, contentEnd);
  const half = Buffer.byteLength(comments) / 2;
  const parts = [source.slice(0, contentEnd)];
  let bytes = base;
  let copies = 0;
  while (bytes + half < targetBytes) {
    copies += 1;
    // Unique ids and links, so nothing upstream can collapse identical comments.
    const copy = comments.replace(/comment-(\d+)/g, `comment-$1-${copies}`).replace(/replytocom=(\d+)/g, `replytocom=$1${copies}`);
    parts.push(copy);
    bytes += Buffer.byteLength(copy);
  }
  parts.push(source.slice(contentEnd));
  return { page: Buffer.from(parts.join('')), copies };
}

/**
 * The fixture with `depth` elements of nesting added: `unclosed` opens that
 * many <i> before <body> and never closes them, `inside` as many in the post's
 * text; `nested` wraps the post in that many <div>, closed after it.
 */
export function deepPage(sourcePath, depth, kind) {
  const source = readFileSync(sourcePath, 'utf8');
  if (kind === 'unclosed') return Buffer.from(source.replace('<body', `${'<i>'.repeat(depth)}<body`));
  if (kind === 'inside') return Buffer.from(source.replace('<p>Tanken är', `${'<i>'.repeat(depth)}<p>Tanken är`));
  const open = '<div class="entry-content">';
  const close = '<!-- .entry-content -->';
  if (!source.includes(open) || !source.includes(close)) throw new Error('the fixture has no entry-content');
  return Buffer.from(source.replace(open, `${'<div>'.repeat(depth)}${open}`).replace(close, `${close}${'</div>'.repeat(depth)}`));
}

const AGREEING = '<p>Varje år läggs 50 000 nya barnpornografiska bilder ut, enligt FN:s drog- och brottsbekämpningsbyrå (UNODC).</p>';
const DIFFERING = '<p>Uppdatering: Enligt FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs 90 000 nya barnpornografiska bilder ut varje år.</p>';

/**
 * The fixture with the post stating its UNODC figure `count` times, the page
 * after it `count` × 10 more paragraphs, and one update that states the figure
 * otherwise: every restatement has to be set against every other and against
 * the update, which is where a quadratic comparison would show.
 */
export function restatedPage(sourcePath, count) {
  const source = readFileSync(sourcePath, 'utf8');
  const rest = `${AGREEING}${'<p>Hej.</p>'.repeat(4)}`.repeat(count * 2);
  return Buffer.from(
    source.replace('<p>Mycket återstår', `${AGREEING.repeat(count)}<p>Mycket återstår`).replace('<!-- .entry-content -->', `<!-- .entry-content -->${rest}${DIFFERING}`),
  );
}
