import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Tokenizer } from 'htmlparser2';
import { DomHandler, type Element } from 'domhandler';
import { PLAIN_ATTRIBUTES, scanTags, type Callbacks } from '../src/load/scanTags.js';
import { SKIPPABLE } from '../src/load/skippingTokenizer.js';
import { PageReader, readHtml } from '../src/load/readHtml.js';
import { DeepParser } from '../src/load/openElements.js';
import type { HtmlPage, PageNode } from '../src/load/htmlPage.js';
import { listFixtures } from './helpers/fixtures.js';

/** Every fixture's HTML page, as text (the windows-1252 one read as Latin-1: only its markup matters here); containers hold one of these. */
const PAGES = listFixtures()
  .filter(({ source }) => source.endsWith('.html'))
  .map(({ name, source }) => ({ name, html: readFileSync(source, 'latin1') }));

type TagEvent = [string, ...number[]];

/** The tag events htmlparser2's own tokenizer reports for `html`. */
function tokenizerTags(html: string): TagEvent[] {
  const events: TagEvent[] = [];
  const ignore = () => undefined;
  const callbacks: Callbacks = {
    onattribdata: ignore, onattribentity: ignore, onattribend: ignore, onattribname: ignore, oncdata: ignore,
    oncomment: ignore, ondeclaration: ignore, onend: ignore, onprocessinginstruction: ignore, ontext: ignore, ontextentity: ignore,
    onopentagname: (start, end) => void events.push(['open', start, end]),
    onopentagend: (end) => void events.push(['openEnd', end]),
    onselfclosingtag: (end) => void events.push(['selfClosing', end]),
    onclosetag: (start, end) => void events.push(['close', start, end]),
  };
  const tokenizer = new Tokenizer({}, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  return events;
}

/** The tag events `scanTags` reports for `html`, read to the end. */
function scannedTags(html: string): TagEvent[] {
  const events: TagEvent[] = [];
  scanTags(
    html,
    0,
    {
      onopentagname: (start, end) => void events.push(['open', start, end]),
      onopentagend: (end) => void events.push(['openEnd', end]),
      onselfclosingtag: (end) => void events.push(['selfClosing', end]),
      onclosetag: (start, end) => void events.push(['close', start, end]),
    },
    () => false,
  );
  return events;
}

/** The pass without `readHtml`'s skipping: the same reader and parser on htmlparser2's own tokenizer throughout. */
function unskipped(html: string): HtmlPage {
  const reader = new PageReader();
  new DeepParser(reader, {}).end(html);
  return reader.page(html);
}

/** Everything the pass yields: each element with its text, the blocks with their owners and offsets, and where the furniture it keeps to read later stands. */
function shape(page: HtmlPage): unknown {
  const element = (node: PageNode): unknown => [node.name, node.attribs, node.start, page.textContent(node), page.blocksIn(node).length, node.children.map(element)];
  const blocks = page.blocks.map(({ owner, ...block }) => ({ ...block, owner: owner && [owner.name, owner.start] }));
  return [element(page.document), blocks, page.furniture];
}

/** Fragments that put each of the tokenizer's states next to each other. */
const PIECES = [
  '<div>', '</div>', '<div class="share">', '<div class=sharedaddy>', '<section id="comments">', '</section>', '<ul class="social">',
  '</ul>', '<li>', '</li>', '<p>', '</p>', '<span class="like">', '</span>', '<a href="/x/">', '</a>', '<br>', '</br>', '<br/>',
  '<img src=a.png/>', '<svg class="share"><path d="M0"/>', '</svg>', '<math>', '<title>', '</title>', '<textarea>', '</textarea>',
  '<script>', '</script>', '<script>if (a < b) document.write("</div>")</script>', '<style>p>b{}</style>', '<xmp>', '</xmp ',
  '<!-- </div> -->', '<!-->', '<!--->', '<!-', '<!>', '<!doctype html>', '<![CDATA[ </div> ]]>', '<![CDAT', '<?xml ?>', '</ div>',
  '</>', '</3>', '</div/>', '<div title="a > b">', "<div title='</div>'>", '<div a=b"c>', '<div =x>', '<div / >', '<div/ b>',
  '<div a = "b" / >', '<DIV CLASS="Share">', '</DIV >', 'text', ' & ', '&amp;', '&lt;/div&gt;', '<', '>', '"', "'", '=', '/', '\n',
  '</', '<!--', '-->', '<![CDATA[', ']]>', '<?', '<script', '</script', '<div', ' class=share', ' a=', '/>', '<s', '<t',
  '<table>', '<tr>', '<td>', '</table>', '<p class="share">', '<li class="share-item">', '<table class="widget">', '<form class="comment-form">', '</form>', '<aside class="widget">', '</aside>',
  '<svg>', '<svg class="share">', '<g>', '<a class="share">', '<foreignObject>', '<desc>', '<mi>', '<section class="share">',
];

const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 80, size: 'medium' }).map((pieces) => pieces.join(''));

describe('scanTags', () => {
  it('reports exactly the tags htmlparser2’s tokenizer reports, at the same positions', () => {
    fc.assert(
      fc.property(soup, (html) => {
        expect(scannedTags(html)).toEqual(tokenizerTags(html));
      }),
      { seed: 20121206, numRuns: 3000 },
    );
  });

  it('does so on every fixture page', () => {
    for (const { name, html } of PAGES) {
      expect(scannedTags(html), name).toEqual(tokenizerTags(html));
    }
  });

  it('stops after the tag that satisfies `done`, and hands back the position after its ">"', () => {
    const html = '<div><p>a</p></div  ><p>rest</p>';
    let closes = 0;
    const events = { onopentagname: () => undefined, onopentagend: () => undefined, onselfclosingtag: () => undefined, onclosetag: () => void closes++ };
    expect(scanTags(html, 0, events, () => closes === 2)).toBe(html.indexOf('<p>rest'));
    expect(scanTags('<div>unclosed', 0, events, () => false)).toBe('<div>unclosed'.length);
  });
});

describe('PLAIN_ATTRIBUTES', () => {
  /** What the native match makes of a tag's text after its name: the `>` it ends at and its `/`, or null (left to the walk). */
  const plain = (rest: string) => {
    PLAIN_ATTRIBUTES.lastIndex = 0;
    const match = PLAIN_ATTRIBUTES.exec(rest);
    return match ? { end: PLAIN_ATTRIBUTES.lastIndex - 1, selfClosing: match[1] === '/' } : null;
  };

  it.each([
    ['no attributes', '>', { end: 0, selfClosing: false }],
    ['quoted values holding > and quotes of the other kind', ` title="a > 'b'" alt='"c"'>`, { end: 26, selfClosing: false }],
    ['unquoted values and bare names', ' class=share hidden data-x=1>', { end: 28, selfClosing: false }],
    ['white space around =', ' a = "b"\n\tc=\fd >', { end: 15, selfClosing: false }],
    ['a / before > after a name', ' b/>', { end: 3, selfClosing: true }],
    ['a / before > after white space', ' b="c" />', { end: 8, selfClosing: true }],
    ['a / that ends an unquoted value, which is not self-closing', ' href=/x/>', { end: 9, selfClosing: false }],
    ['a name right after a quoted value', ' a="b"c>', null],
    ['a quote inside an unquoted value', ' a=b"c>', null],
    ['= with no value', ' a= >', null],
    ['/ then white space then >', ' a / >', null],
    ['no > before the input ends', ' a="b>', null],
    ['a vertical tab, part of a name as it is to the tokenizer', ' a\vb>', { end: 4, selfClosing: false }],
  ])('%s', (_name, rest, expected) => {
    expect(plain(rest)).toEqual(expected);
  });
});

describe('skipping dropped elements', () => {
  it('builds the same tree as tokenizing everything, on tag soup', () => {
    fc.assert(
      fc.property(soup, soup, fc.nat(), (before, inside, cut) => {
        const page = `<html><body><div class="entry">${before}<div class="sharedaddy">${inside}</div>${before}</div></body></html>`;
        // Cut short too: a page can end anywhere, inside a dropped element or one of its tags.
        const html = page.slice(0, page.length - (cut % 40));
        expect(shape(readHtml(html))).toEqual(shape(unskipped(html)));
      }),
      { seed: 6122012, numRuns: 2000 },
    );
  });

  it('drops scripts and style sheets, passing over markup inside them up to their end tag', () => {
    const html = '<html><head><style>p > b {}</style></head><body><script>document.write("<div class=x></p>")</script ><p>after</p></body></html>';
    const body = readHtml(html).document.children[0]?.children[1];
    expect(shape(readHtml(html))).toEqual(shape(unskipped(html)));
    expect(body?.children.map((child) => child.name)).toEqual(['p']);
  });

  it('builds the same tree on every fixture page', () => {
    for (const { name, html } of PAGES) {
      expect(shape(readHtml(html)), name).toEqual(shape(unskipped(html)));
    }
  });

  it('only skips elements that the parser closes at an end tag, never because another element opens', () => {
    const elements = [
      'a', 'abbr', 'address', 'area', 'article', 'aside', 'audio', 'b', 'base', 'bdi', 'bdo', 'blockquote', 'body', 'br',
      'button', 'canvas', 'caption', 'center', 'cite', 'code', 'col', 'colgroup', 'data', 'datalist', 'dd', 'del', 'details',
      'dfn', 'dialog', 'div', 'dl', 'dt', 'em', 'embed', 'fieldset', 'figcaption', 'figure', 'font', 'footer', 'form', 'h1',
      'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'ins', 'kbd',
      'label', 'legend', 'li', 'link', 'main', 'map', 'mark', 'math', 'menu', 'meta', 'meter', 'nav', 'noscript', 'object',
      'ol', 'optgroup', 'option', 'output', 'p', 'param', 'picture', 'pre', 'progress', 'q', 'rp', 'rt', 'ruby', 's', 'samp',
      'script', 'search', 'section', 'select', 'slot', 'small', 'source', 'span', 'strong', 'style', 'sub', 'summary', 'sup',
      'svg', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'time', 'title', 'tr', 'track', 'u',
      'ul', 'var', 'video', 'wbr', 'xmp',
    ];
    for (const outer of SKIPPABLE) {
      for (const inner of elements) {
        const handler = new DomHandler();
        new DeepParser(handler, {}).end(`<${outer}><${inner}>`);
        const [element] = handler.root.children as Element[];
        expect((element?.children[0] as Element | undefined)?.name, `<${outer}><${inner}>`).toBe(inner);
      }
    }
  });
});
