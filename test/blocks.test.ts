import { describe, expect, it } from 'vitest';
import type { PageNode } from '../src/load/htmlPage.js';
import { readHtml } from '../src/load/readHtml.js';
import { findElement } from '../src/text/find.js';
import { normalizeText } from '../src/text/normalize.js';

const blocks = (html: string) => readHtml(html).blocks.map(({ kind, text }) => ({ kind, text }));

describe('readHtml: blocks', () => {
  it('joins words and numbers split across inline elements without inventing spaces', () => {
    expect(blocks('<p><span>Intensifie</span><span>rade</span> <b>7</b><i>79</i> och <span>50</span><span>&nbsp;000</span></p>')).toEqual([
      { kind: 'paragraph', text: 'Intensifierade 779 och 50 000' },
    ]);
  });

  it('separates block elements and marks list items and headings', () => {
    expect(blocks('<div><h1>Titel</h1>Inledning:<ul><li>ett</li><li>två</li></ul><p>slut</p></div>')).toEqual([
      { kind: 'heading', text: 'Titel' },
      { kind: 'paragraph', text: 'Inledning:' },
      { kind: 'item', text: 'ett' },
      { kind: 'item', text: 'två' },
      { kind: 'paragraph', text: 'slut' },
    ]);
  });

  it('reads <br><br> as a paragraph break, a single <br> as a wrap, and typed bullets as items', () => {
    expect(blocks('<div>Första raden<br>fortsätter.<br><br>bland annat:<br>• ett<br>• två<br><br>Sist.</div>')).toEqual([
      { kind: 'paragraph', text: 'Första raden fortsätter.' },
      { kind: 'paragraph', text: 'bland annat:' },
      { kind: 'item', text: 'ett' },
      { kind: 'item', text: 'två' },
      { kind: 'paragraph', text: 'Sist.' },
    ]);
  });

  it('reads dash paragraphs and Word list paragraphs as items', () => {
    expect(blocks('<p>– Första målet.</p><p class=MsoListParagraph><span style="font-family:Symbol">·</span><span>&nbsp;&nbsp;&nbsp; </span>Andra målet.<o:p></o:p></p>')).toEqual([
      { kind: 'item', text: 'Första målet.' },
      { kind: 'item', text: 'Andra målet.' },
    ]);
  });

  it('keeps a footnote mark that is not a bullet', () => {
    expect(blocks('<p>*Alla länder här</p>')).toEqual([{ kind: 'paragraph', text: '*Alla länder här' }]);
  });

  it.each([
    ['scripts and styles', '<script>var x = "48 länder";</script><style>p{}</style>'],
    ['comments', '<div id="comments"><p>50 000 bilder i månaden</p></div>'],
    ['a sidebar', '<div class="widget-area" id="secondary"><p>48 countries join</p></div>'],
    ['share buttons and ads', '<div class="sharedaddy"><p>Dela</p></div><div class="wpcnt"><p>Annonser</p></div>'],
    ['an archive toolbar', '<div id="wm-ipp-base"><p>37 captures</p></div>'],
    ['navigation', '<nav><p>Meny</p></nav>'],
  ])('leaves out %s', (_name, html) => {
    expect(blocks(`<body>${html}<p>Posten.</p></body>`)).toEqual([{ kind: 'paragraph', text: 'Posten.' }]);
  });

  // What a control, a drawing or a frame shows is text a reader sees where it stands (src/rules/shown.ts), set
  // apart by cuts from the text beside it; struck words are seen but no text (`Block.seen`).
  it.each([
    ['a form, its labels and its textarea', '<p>a</p><form><label>Rättelse:</label> <textarea>siffran\när fel</textarea></form>', [{ kind: 'paragraph', text: 'a' }, { kind: 'paragraph', text: 'Rättelse: siffran är fel', cuts: [10] }]],
    ['the value or placeholder of an input that shows one', '<p>a<input type="hidden" value="dold"><input type=password value="hemlig"><input value="syns"><input type="submit" value="Skicka"><input placeholder="Sök">b</p>', [{ kind: 'paragraph', text: 'a syns Skicka Sök b', cuts: [2, 7, 14, 18] }]],
    ['a button', '<p>a <button>Rätt<b>else</b></button> b</p>', [{ kind: 'paragraph', text: 'a Rättelse b', cuts: [2, 11] }]],
    ['a select’s options, each apart', '<p>står <select><option>50</option>x<optgroup label="g"><option>000</option></optgroup></select> länder</p>', [{ kind: 'paragraph', text: 'står 50 000 länder', cuts: [5, 8, 12] }]],
    ['SVG’s text, not its title', '<p>a</p><svg><title>T</title><desc>D</desc><text>Rätt<tspan>else</tspan></text><g><text>fel</text></g></svg><p>b</p>', [{ kind: 'paragraph', text: 'a' }, { kind: 'paragraph', text: 'Rättelse fel', cuts: [9] }, { kind: 'paragraph', text: 'b' }]],
    ['a frame’s own document, without its scripts', '<p>a</p><iframe srcdoc="<p>Rättelse: <b>fel</b></p><script>x()</script>">reserv</iframe>', [{ kind: 'paragraph', text: 'a' }, { kind: 'paragraph', text: 'Rättelse: fel' }]],
    ['MathML, not its annotation', '<p>a <math><mi>x</mi><mtext>Rättelse</mtext><annotation>TeX</annotation></math> b</p>', [{ kind: 'paragraph', text: 'a x Rättelse b', cuts: [2, 4, 13] }]],
    ['a struck control’s value as struck words', '<p>a <s>x<input value="Rättelse">y</s> b</p>', [{ kind: 'paragraph', text: 'a b', cuts: [2], seen: 'x Rättelse y' }]],
    ['struck words, in a block and as one', '<p>a <s>Rätt<b>else</b></s> b</p><p><del>fel</del></p><h3><span style="text-decoration: line-through">Rubrik</span></h3>', [{ kind: 'paragraph', text: 'a b', cuts: [2], seen: 'Rättelse' }, { kind: 'paragraph', text: '', seen: 'fel' }, { kind: 'heading', text: '', seen: 'Rubrik' }]],
    ['a strike left open, which a browser opens again after the paragraph that closed it', '<p><s>Rättelse:</p><p>står 48 länder</p>', [{ kind: 'paragraph', text: '', seen: 'Rättelse:' }, { kind: 'paragraph', text: '', seen: 'står 48 länder' }]],
  ])('reads %s', (_name, html, expected) => {
    const read = readHtml(`<body>${html}</body>`).blocks.map(({ kind, text, cuts, seen }) => ({ kind, text, ...(cuts ? { cuts } : {}), ...(seen === undefined ? {} : { seen }) }));
    expect(read).toEqual(expected);
  });

  it('does not read layout classes on <body> or tag classes on a post as furniture', () => {
    expect(blocks('<body class="right-sidebar"><article class="post tag-social category-ads"><p>Posten.</p></article></body>')).toEqual([
      { kind: 'paragraph', text: 'Posten.' },
    ]);
  });

  it('records links with their text and where each block starts', () => {
    const html = '<p>Intro</p>\n<p>*<a href="http://example.org/memo">Alla länder här</a></p>';
    const [, footnote] = readHtml(html).blocks;
    expect(footnote?.links).toEqual([{ href: 'http://example.org/memo', text: 'Alla länder här' }]);
    expect(html.slice(footnote?.start)).toMatch(/^\*<a/);
  });

  it('gives a block the links inside it, not a link elsewhere whose text it happens to contain', () => {
    const [, footnote] = readHtml('<p>Läs <a href="http://example.org/other">här</a>.<br><br>*Alla länder finns <a href="http://example.org/memo">här</a></p>').blocks;
    expect(footnote?.text).toBe('*Alla länder finns här');
    expect(footnote?.links).toEqual([{ href: 'http://example.org/memo', text: 'här' }]);
  });

  it('ends an open link where the next one starts, as a browser does: nested links each hold only their own text', () => {
    // Each link holding the text of every link inside it made a page of nested links cost its square in time and memory.
    const [block] = readHtml('<p><a href="/a">Sverige <a href="/b">Norge <a href="/c">Danmark</a></a></a> och Finland</p>').blocks;
    expect(block?.text).toBe('Sverige Norge Danmark och Finland');
    expect(block?.links).toEqual([
      { href: '/a', text: 'Sverige' },
      { href: '/b', text: 'Norge' },
      { href: '/c', text: 'Danmark' },
    ]);
  });
});

describe('normalizeText', () => {
  it.each([
    ['no-break and narrow no-break spaces', '50\u00a0000 och 50\u202f000', '50 000 och 50 000'],
    ['runs of white space', 'Vissa dagar  \n\t känns', 'Vissa dagar känns'],
    ['soft hyphens and zero-width characters', 'barn\u00adpor\u200bnografiskt', 'barnpornografiskt'],
    ['control characters and escapes', 'greps\u001b[31m\u0007', 'greps[31m'],
    ['a lone tab, line feed or no-break space between words', 'ett\ttvå\ntre\u00a0fyra', 'ett två tre fyra'],
    ['a space next to another kind of space', 'ett \u00a0två\u00a0 tre \u3000 fyra', 'ett två tre fyra'],
    ['white space left over where invisible characters stood', 'ett \u200b två\u00ad\u00ad tre', 'ett två tre'],
    ['white space at the ends into one space, not none', '  ett två\n', ' ett två '],
    ['single plain spaces: nothing', 'ett två tre', 'ett två tre'],
    // Since the evening of 5 December: digits of other scripts, one for one.
    ['full-width digits into ASCII ones', 'greps ３００ personer', 'greps 300 personer'],
    ['Arabic-Indic and Extended Arabic-Indic digits into ASCII ones', '٢٥٠ och ۲۵۰', '250 och 250'],
    ['digits of every script at both ends of their ranges', '０９٠٩۰۹', '090909'],
    // Since the morning of 6 December: every script's, and those beyond U+FFFF, each into one ASCII digit.
    ['Devanagari, Bengali, Thai and Tibetan digits', '२६० ২৬০ ๒๖๐ ༢༦༠', '260 260 260 260'],
    ['mathematical bold, double-struck, sans-serif and monospace digits', '\u{1d7d0}\u{1d7d4}\u{1d7ce} \u{1d7d8}\u{1d7e1} \u{1d7e2}\u{1d7eb} \u{1d7f6}\u{1d7ff}', '260 09 09 09'],
    ['digits of other planes’ scripts (Adlam, Osmanya)', '\u{1e952}\u{1e956}\u{1e950} \u{104a2}\u{104a6}\u{104a0}', '260 260'],
    ['no other numeral: superscripts, circled and Roman numerals stay', '²⁶⁰ ②⑥⓪ Ⅻ', '²⁶⁰ ②⑥⓪ Ⅻ'],
  ])('folds %s', (_name, raw, text) => {
    expect(normalizeText(raw)).toBe(text);
  });

  it('folds every decimal digit there is, and no other character', () => {
    for (let point = 0x80; point <= 0x10ffff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const char = String.fromCodePoint(point);
      const folded = normalizeText(`a${char}b`);
      if (/\p{Nd}/u.test(char)) expect(folded).toMatch(/^a[0-9]b$/);
      else if (folded !== `a${char}b`) expect(folded).not.toMatch(/[0-9]/);
    }
  });
});

describe('a block with digits of another script', () => {
  // 6 December: the block reader found where each character of the normalized text stands in the page by looking for
  // the same character, so that after a full-width digit ("３", read as "3") it looked in vain and every cut after it
  // was lost: "2<sup>6</sup>0" after one read as the figure 260. The page's runs are now folded as they are read.
  const read = (html: string) => readHtml(`<body>${html}</body>`).blocks.map(({ text, cuts, start }) => ({ text, cuts, start }));
  it.each([
    ['full-width', '３'],
    ['Devanagari', '३'],
    ['mathematical bold, two UTF-16 units', '\u{1d7d1}'],
  ])('keeps the cuts after a %s digit, and where each block starts', (_name, digit) => {
    const html = '<p>3 och 50<br>000 bilder, 2<sup>6</sup>0 x.</p><p>3 a<br><br>779 b</p>';
    const ascii = read(html);
    const other = read(html.replaceAll('3 ', `${digit} `));
    const shift = digit.length - 1;
    expect(other.map(({ text, cuts }) => ({ text, cuts }))).toEqual(ascii.map(({ text, cuts }) => ({ text, cuts })));
    expect(other.map(({ start }) => start)).toEqual(ascii.map(({ start }, index) => start + (index === 0 ? 0 : index === 1 ? shift : 2 * shift)));
  });
});

describe('list items that wrap other blocks', () => {
  const items = (html: string) => blocks(`<p>bland annat:</p>${html}`).slice(1);
  it.each([
    ['paragraphs (Google Docs)', '<ul><li><p>ett mål</p></li><li><p dir="ltr"><span>två</span> mål</p></li></ul>'],
    ['divs', '<ul><li><div>ett mål</div></li><li><div class="li-text"><b>två</b> mål</div></li></ul>'],
    ['spans with line breaks', '<ul><li><span>ett mål</span><br></li><li><span>två</span><br><span>mål</span></li></ul>'],
    ['a numbered list', '<ol><li>ett mål</li><li><p>två mål</p></li></ol>'],
  ])('%s are items', (_name, html) => {
    expect(items(html)).toEqual([
      { kind: 'item', text: 'ett mål' },
      { kind: 'item', text: 'två mål' },
    ]);
  });

  it('a container inside a list item reads its own paragraphs as paragraphs and its own lists as items', () => {
    // A theme that lists its posts (<ul class="posts"><li>) puts the whole post in a list item.
    const page = readHtml('<ul class="posts"><li><div id="post"><p>inledning</p><ul><li>ett mål</li></ul><p>slut</p></div></li></ul>');
    const post = findElement(page.document, (element) => element.attribs['id'] === 'post');
    const kinds = (node: PageNode | undefined) => (node ? page.blocksIn(node).map(({ kind, text }) => ({ kind, text })) : []);
    expect(kinds(post)).toEqual([
      { kind: 'paragraph', text: 'inledning' },
      { kind: 'item', text: 'ett mål' },
      { kind: 'paragraph', text: 'slut' },
    ]);
    expect(kinds(post?.parent ?? undefined)).toEqual(kinds(post));
    expect(blocks('<ul><li><div><p>inledning</p><ul><li>ett mål</li></ul></div></li></ul>').map(({ kind }) => kind)).toEqual(['item', 'item']);
  });

  it('a container that is no block of its own leaves out the text that ended before its start tag', () => {
    const page = readHtml('<div>Annons.<br><br>Rad före <font id="post">och i posten<p>stycke</p></font></div><div>Före<font id="tight"><p>stycke</p></font></div>');
    const texts = (id: string) => {
      const node = findElement(page.document, (element) => element.attribs['id'] === id);
      return node ? page.blocksIn(node).map(({ text }) => text) : [];
    };
    expect(texts('post')).toEqual(['Rad före och i posten', 'stycke']);
    expect(texts('tight')).toEqual(['stycke']);
  });

  it('a container that is no block of its own keeps the text after its last block', () => {
    const page = readHtml('<div><font id="post"><p>stycke</p>och sist i posten</font> efter<p>nästa</p></div><div><b><font id="bare"><p>stycke</p></font> \n</b>efter</div>');
    const texts = (id: string) => {
      const node = findElement(page.document, (element) => element.attribs['id'] === id);
      return node ? page.blocksIn(node).map(({ text }) => text) : [];
    };
    expect(texts('post')).toEqual(['stycke', 'och sist i posten efter']);
    expect(texts('bare')).toEqual(['stycke']);
  });

  it('the text of a container that is no block of its own is its paragraph, whatever block it stands in', () => {
    const page = readHtml('<ul><li><span id="post">Inledning i posten<p>stycke</p></span></li></ul><h2><font id="rubrik">Rubrik<p>stycke</p></font></h2>');
    const kinds = (id: string) => {
      const node = findElement(page.document, (element) => element.attribs['id'] === id);
      return node ? page.blocksIn(node).map(({ kind, text }) => ({ kind, text })) : [];
    };
    expect(kinds('post')).toEqual([
      { kind: 'paragraph', text: 'Inledning i posten' },
      { kind: 'paragraph', text: 'stycke' },
    ]);
    expect(kinds('rubrik')).toEqual([
      { kind: 'paragraph', text: 'Rubrik' },
      { kind: 'paragraph', text: 'stycke' },
    ]);
    expect(page.blocks.map(({ kind }) => kind)).toEqual(['item', 'item', 'heading', 'paragraph']);
  });

  it('a paragraph after the list is a paragraph again', () => {
    expect(blocks('<ul><li><p>ett</p></li></ul><p>slut</p>')).toEqual([
      { kind: 'item', text: 'ett' },
      { kind: 'paragraph', text: 'slut' },
    ]);
  });
});
