import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LETTER, isLetterCode } from '../src/rules/letters.js';
import { extractMetadata, parseDate } from '../src/extract/metadata.js';
import { blocksLanguage, detectLanguage } from '../src/extract/language.js';
import { readHtml } from '../src/load/readHtml.js';
import { loadPage } from '../src/load/loadPage.js';
import { locatePost } from '../src/locate/post.js';
import { unwrapArchiveUrl } from '../src/extract/urls.js';

describe('parseDate', () => {
  it.each([
    ['2012-12-06T10:12:00+00:00', '2012-12-06'],
    ['https://ceciliamalmstrom.wordpress.com/2012/12/06/globalallians/', '2012-12-06'],
    ['Publicerat den 6 december 2012 av Cecilia Malmström', '2012-12-06'],
    ['December 6, 2012', '2012-12-06'],
    ['6th December 2012', '2012-12-06'],
    ['Cecilia Malmström · 6 december 2012', '2012-12-06'],
    ['31 februari 2012', null],
    ['2012-13-01', null],
    ['0099-12-06', '0099-12-06'],
    ['0012-12-06T10:12:00+00:00', '0012-12-06'],
    ['0000-02-29', '0000-02-29'],
    ['0100-02-29', null],
    ['inget datum här', null],
  ])('%s → %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });
});

describe('extractMetadata', () => {
  function metadata(html: string) {
    const page = readHtml(html);
    const post = page.blocks.filter((block) => block.text.startsWith('Post'));
    return extractMetadata(page, { container: page.document, blocks: post });
  }

  it('prefers what the publishing system states', () => {
    expect(
      metadata(
        '<html><head><title>Sajt | Blogg</title><meta property="og:title" content="Rubrik"><link rel="canonical" href="https://example.org/2012/12/06/post/">' +
          '<meta property="article:published_time" content="2012-12-05T10:00:00Z"><meta name="author" content="A. Författare"></head><body><h1>Annan</h1><p>Posten.</p></body></html>',
      ),
    ).toEqual({ title: 'Rubrik', url: 'https://example.org/2012/12/06/post/', published: '2012-12-05', author: 'A. Författare' });
  });

  it('falls back to the heading, dateline and byline around the post, then the address', () => {
    expect(metadata('<html><head><title>Sajt</title></head><body><h1>Rubrik</h1><p>6 december 2012</p><p>Av Cecilia Malmström</p><p>Posten.</p></body></html>')).toEqual({
      title: 'Rubrik',
      url: null,
      published: '2012-12-06',
      author: 'Cecilia Malmström',
    });
  });

  it('unwraps an archived canonical address and dates the post from it', () => {
    expect(
      metadata('<html><head><link rel="canonical" href="https://web.archive.org/web/20121207083012/https://example.org/2012/12/06/post/"></head><body><p>Posten.</p></body></html>'),
    ).toMatchObject({ url: 'https://example.org/2012/12/06/post/', published: '2012-12-06' });
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Vissa dagar känns mer meningsfulla än andra. Igår var en sådan dag och jag kände mig nöjd.', 'sv'],
    ['Some days feel more meaningful than others. Yesterday was such a day and I was pleased with the work.', 'en'],
    // Helper 164: a letter with more marks than the composition takes is no English "a".
    [`Vi har en dag och det är bra. ${`a${'\u0308'.repeat(31)} `.repeat(20)}`, 'sv'],
    // Helper 167: nor is "a" and a mark the composition does not know, of any script or plane.
    ...['\ufe0f', '\u{e0100}', '\u0903', '\u05b0', '\u0e31', '\u{1d167}'].map((mark) => [`Vi har en dag och det är bra. ${`a${mark} `.repeat(20)}`, 'sv']),
    ['The day was good and we have a lot to do. Och\ufe0f att\u{e0100} det\u0903', 'en'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('reads blocks only as far as it samples', () => {
    const swedish = { text: 'Vi har en lång text och det är inte för alla som vill läsa den. '.repeat(400) };
    const english = { text: 'The comments are in English and they are many, and the readers have a lot to say. '.repeat(40) };
    const cases = [[swedish, ...Array(10).fill(english)], [...Array(8).fill(english), swedish], [english, swedish]];
    expect(cases.map(blocksLanguage)).toEqual(['sv', 'en', 'sv']);
  });

  it('weighs each block by how many more marker words of one language it has, up to five', () => {
    // Six Swedish marker words a block ("det", "är", "och", "det", "är", "på"), three English ("is", "and", "is").
    const swedish = Array.from({ length: 5 }, (_, at) => ({ text: `Det här är stycke ${at + 1} och det är på svenska.` }));
    const english = Array.from({ length: 5 }, (_, at) => ({ text: `This is paragraph ${at + 1} and it is in English.` }));
    const long = (words: string) => ({ text: words.repeat(300) });
    expect(blocksLanguage([...swedish, long('a ')])).toBe('sv');
    expect(blocksLanguage([...swedish, long('the and of ')])).toBe('sv');
    expect(blocksLanguage([...english, long('och att det ')])).toBe('en');
    // Short blocks weigh what they hold: a dozen English titles do not outweigh the post.
    expect(blocksLanguage([...swedish, ...Array(12).fill({ text: 'Report of the UNODC' })])).toBe('sv');
    expect(blocksLanguage([...swedish.slice(0, 2), ...english.slice(0, 4)])).toBe('en');
    // Weights that tie are settled by the words: here the long block's.
    expect(blocksLanguage([...swedish.slice(0, 1), long('a ')])).toBe('en');
    expect(blocksLanguage([...swedish, ...english, { text: 'Det är det.' }, { text: 'The end.' }])).toBe('sv');
  });
});

describe('extractMetadata: the post, not the page', () => {
  function metadata(html: string) {
    const page = loadPage(Buffer.from(html));
    return extractMetadata(page, locatePost(page));
  }
  const body = (marker: string) =>
    `<p>${marker} Vissa dagar känns mer meningsfulla än andra, och igår var en sådan dag, för vi presenterade alliansen.</p>` +
    '<p>Ett år senare står 48 länder bakom initiativet, och fler har möjlighet att gå med, sade hon.</p>' +
    '<p>De deltagande länderna förbinder sig att, bland annat:</p><ul><li>Intensifierade ansträngningar för att identifiera offren och att se till att de får den hjälp och det stöd och skydd som de behöver.</li>' +
    '<li>Minska tillgången på barnpornografiskt material på nätet, som gång på gång gör barnen till offer.</li></ul>';
  const other = (title: string, date: string) =>
    `<article class="post hentry"><h2 class="entry-title"><a href="https://example.org/${date.replaceAll('-', '/')}/annan/" rel="bookmark">${title}</a></h2>` +
    `<div class="entry-meta"><time datetime="${date}T09:00:00+00:00">${date}</time> av <a rel="author" href="/author/x/">Någon Annan</a></div>` +
    '<div class="entry-content"><p>Ett annat inlägg om något helt annat, med en del text, och mer text.</p></div></article>';
  const target =
    '<article class="post hentry"><h2 class="entry-title"><a href="https://example.org/2012/12/06/globalallians/" rel="bookmark">Globalallians mot nätpedofili</a></h2>' +
    '<div class="entry-meta"><time datetime="2012-12-06T10:12:00+00:00">6 december 2012</time> av <span class="author vcard"><a rel="author" href="/author/cm/">Cecilia Malmström</a></span></div>' +
    `<div class="entry-content">${body('Posten.')}</div></article>`;
  const archivePage = (posts: string) =>
    '<html><head><title>december 2012 | Cecilia Malmström</title><meta property="og:title" content="december 2012"><meta property="og:site_name" content="Cecilia Malmström">' +
    '<meta property="article:published_time" content="2012-12-20T08:00:00+00:00"><link rel="canonical" href="https://example.org/2012/12/"></head>' +
    `<body><div id="content">${posts}</div></body></html>`;

  it('reads a month archive from the article that holds the facts', () => {
    expect(metadata(archivePage(other('Jul i Bryssel', '2012-12-20') + target + other('Annat', '2012-12-03')))).toEqual({
      title: 'Globalallians mot nätpedofili',
      url: 'https://example.org/2012/12/06/globalallians/',
      published: '2012-12-06',
      author: 'Cecilia Malmström',
    });
  });

  it('reads a front page with a featured teaser, then the full post, from the full post', () => {
    const teaser = '<div class="featured"><article class="post"><h2><a href="https://example.org/2012/12/10/teaser/">Utvalt</a></h2><time datetime="2012-12-10">10 december 2012</time><p>Kort ingress om något annat, med några ord.</p></article></div>';
    expect(metadata(archivePage(teaser + target))).toMatchObject({ title: 'Globalallians mot nätpedofili', published: '2012-12-06', author: 'Cecilia Malmström' });
  });

  it('reads linked data (JSON-LD) first, and drops the site name from a title', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Cecilia Malmström' }, { '@type': 'BlogPosting', headline: 'Globalallians mot nätpedofili', datePublished: '2012-12-06T10:12:00+00:00', author: [{ '@type': 'Person', name: 'Cecilia Malmström' }] }] });
    const html = `<html><head><title>Globalallians | Cecilia Malmström</title><script type="application/ld+json">${ld}</script><script>var x = 1;</script></head><body><div>${body('Posten.')}</div></body></html>`;
    expect(metadata(html)).toMatchObject({ title: 'Globalallians mot nätpedofili', published: '2012-12-06', author: 'Cecilia Malmström' });
  });

  describe('linked data a theme writes wrong or in another shape', () => {
    const person = { '@type': 'Person', '@id': 'https://example.org/#/schema/person/1', name: 'Cecilia Malmström' };
    const post = (fields: Record<string, unknown>) => ({ '@type': 'BlogPosting', headline: 'Globalallians mot nätpedofili', ...fields });
    const page = (scripts: string[], head = '') =>
      `<html><head>${head}${scripts.map((script) => `<script type="application/ld+json">${script}</script>`).join('')}</head><body><div>${body('Posten.')}</div></body></html>`;
    it.each([
      ['a script that is not JSON, then one that is', ['{"@type": "BlogPosting", "author": ', JSON.stringify(post({ author: 'Cecilia Malmström' }))], '', 'Cecilia Malmström'],
      ['a list at the top', [JSON.stringify([{ '@type': 'WebSite', name: 'Sajt' }, post({ author: { name: 'Cecilia Malmström' } })])], '', 'Cecilia Malmström'],
      ['an author that is only a reference into the @graph', [JSON.stringify({ '@graph': [post({ author: { '@id': person['@id'] } }), person] })], '', 'Cecilia Malmström'],
      ['an author that is an address, not a name', [JSON.stringify(post({ author: 'https://example.org/author/cecilia/' }))], '<meta name="author" content="Cecilia Malmström">', 'Cecilia Malmström'],
      ['a list of authors, the first an address', [JSON.stringify(post({ author: ['https://example.org/author/x/', { name: 'Cecilia Malmström' }] }))], '', 'Cecilia Malmström'],
    ])('%s', (_name, scripts, head, author) => {
      expect(metadata(page(scripts, head))).toMatchObject({ title: 'Globalallians mot nätpedofili', author });
    });

    it('takes no date from a datePublished that is not a date, and reads the next source', () => {
      const html = page([JSON.stringify(post({ datePublished: 'igår' }))], '<meta property="article:published_time" content="2012-12-06T10:12:00Z">');
      expect(metadata(html).published).toBe('2012-12-06');
      expect(metadata(page([JSON.stringify(post({ datePublished: '2012-02-30' }))])).published).toBeNull();
    });
  });

  it.each([
    ['Globalallians mot nätpedofili | Cecilia Malmström', 'Globalallians mot nätpedofili'],
    ['Globalallians mot nätpedofili – Cecilia Malmström', 'Globalallians mot nätpedofili'],
    ['Cecilia Malmström » Globalallians mot nätpedofili', 'Globalallians mot nätpedofili'],
  ])('title "%s" → "%s"', (title, expected) => {
    const html = `<html><head><meta property="og:title" content="${title}"><meta property="og:site_name" content="Cecilia Malmström"></head><body><div>${body('Posten.')}</div></body></html>`;
    expect(metadata(html).title).toBe(expected);
  });

  it.each([
    ['Publicerat den 6 december 2012 av Cecilia Malmström', 'Cecilia Malmström'],
    ['Published by Cecilia Malmström on 6 December 2012 in Organised crime', 'Cecilia Malmström'],
    ['Skrivet 6 december 2012 av glädje och sorg', null],
    ['Ett möte av Cecilia Malmström och Eric Holder', null],
  ])('reads the byline of the dateline "%s" as %s', (line, author) => {
    expect(metadata(`<html><body><div><p>${line}</p>${body('Posten.')}</div></body></html>`).author).toBe(author);
  });

  it('reads an author from a byline element', () => {
    const html = `<html><body><div><div class="entry-meta">Publicerat den 6 december 2012 <span class="byline">av Cecilia Malmström</span></div>${body('Posten.')}</div></body></html>`;
    expect(metadata(html).author).toBe('Cecilia Malmström');
  });

  it("reads an archive.today capture's original address from its header, and the post's date, not the snapshot's", () => {
    const html =
      '<html><head><title>Globalallians mot nätpedofili | Cecilia Malmström</title><link rel="canonical" href="https://archive.ph/AbCdE">' +
      '<meta property="article:published_time" content="2012-12-07T08:30:12Z"></head><body>' +
      '<div id="HEADER"><table><tr><td><div>archived 7 Dec 2012 08:30:12 UTC</div></td></tr><tr><td><div>saved from</div></td><td><input type="text" name="q" value="https://ceciliamalmstrom.wordpress.com/2012/12/06/globalallians/"></td></tr></table></div>' +
      `<div id="CONTENT"><div><h1>Globalallians mot nätpedofili</h1><div>6 december 2012</div><div>${body('Posten.')}</div></div></div></body></html>`;
    expect(metadata(html)).toEqual({
      title: 'Globalallians mot nätpedofili',
      url: 'https://ceciliamalmstrom.wordpress.com/2012/12/06/globalallians/',
      published: '2012-12-06',
      author: null,
    });
  });

  it.each([
    ['https://web.archive.org/web/20121207083012/http://europa.eu/x.htm', 'http://europa.eu/x.htm'],
    ['/web/20121207083012im_/europa.eu/x.htm', 'http://europa.eu/x.htm'],
    ['https://web.archive.org/web/20121207083012/europa.eu:8080/x.htm', 'http://europa.eu:8080/x.htm'],
    ['https://archive.ph/o/AbCdE/javascript:alert(1)', 'https://archive.ph/o/AbCdE/javascript:alert(1)'],
    ['https://web.archive.org/web/20121207083012/mailto:press@example.org', 'https://web.archive.org/web/20121207083012/mailto:press@example.org'],
    ['https://web.archive.org/web/20121207083012/data:text/html,x', 'https://web.archive.org/web/20121207083012/data:text/html,x'],
  ])('unwraps %s to %s, and only to a web address', (href, url) => {
    expect(unwrapArchiveUrl(href)).toBe(url);
  });

  it('unwraps archive.today\'s /o/ links', () => {
    expect(unwrapArchiveUrl('https://archive.ph/o/AbCdE/https://europa.eu/rapid/press-release_MEMO-12-944_en.htm')).toBe('https://europa.eu/rapid/press-release_MEMO-12-944_en.htm');
  });
});

describe('detectLanguage reads the sample as whole words', () => {
  const MARKER_WORDS = ['och', 'att', 'är', 'på', 'till', 'inte', 'the', 'and', 'of', 'that', 'with', 'have', 'a', 'an', 'en', 'om'];
  // The reading it must agree with: lower-case the sample, split it at every run of non-letters, count the markers.
  function bySplitting(text: string): string {
    const sv = new Set(['och', 'att', 'det', 'som', 'för', 'är', 'på', 'med', 'av', 'till', 'inte', 'vi', 'har', 'en', 'ett', 'de', 'om']);
    const en = new Set(['the', 'and', 'of', 'to', 'is', 'that', 'for', 'on', 'with', 'by', 'not', 'we', 'have', 'a', 'an', 'are', 'be']);
    let counts = 0;
    for (const word of text.slice(0, 20000).toLowerCase().split(new RegExp(`[^${LETTER}]+`))) counts += Number(en.has(word)) - Number(sv.has(word));
    return counts > 0 ? 'en' : 'sv';
  }

  it.each([
    ['ÄR PÅ OCH ATT the', 'sv'],
    ['THE AND OF är', 'en'],
    ['theme andes often', 'sv'],
    ['åtta×of÷the', 'en'],
    ['påtill andthe', 'sv'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
    expect(bySplitting(text)).toBe(language);
  });

  it('agrees with lower-casing and splitting the whole sample, on any mix of words and separators', () => {
    const piece = fc.oneof(
      fc.constantFrom(...MARKER_WORDS, ...MARKER_WORDS.map((word) => word.toUpperCase())),
      fc.constantFrom(' ', '  ', ', ', '\n', '-', '×', '÷', '1', '\u00a0', 'ø', 'ß', 'É', 'x', 'ab', 'inteX'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(detectLanguage(text)).toBe(bySplitting(text));
      }),
      { seed: 14, numRuns: 3000 },
    );
  });

  it('reads only the first 20 000 characters', () => {
    const text = `${'x '.repeat(9999)}a the and`;
    expect(detectLanguage(text)).toBe(bySplitting(text));
    expect(detectLanguage(`${'x '.repeat(9990)}the of`)).toBe('en');
  });
});

describe('isLetterCode', () => {
  it('is LETTER, unit by unit', () => {
    const letter = new RegExp(`^[${LETTER}]$`);
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isLetterCode(c) !== letter.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
