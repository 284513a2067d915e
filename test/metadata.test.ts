import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { extractMetadata, parseDate } from '../src/extract/metadata.js';
import { blocksLanguage, detectLanguage } from '../src/extract/language.js';
import { toBlocks } from '../src/text/blocks.js';

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
    ['inget datum här', null],
  ])('%s → %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });
});

describe('extractMetadata', () => {
  function metadata(html: string) {
    const document = parseDocument(html, { withStartIndices: true });
    const blocks = toBlocks(document);
    const post = blocks.filter((block) => block.text.startsWith('Post'));
    return extractMetadata(document, blocks, { container: document, blocks: post });
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
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('reads blocks as their joined text, only as far as it samples', () => {
    const swedish = { text: 'Vi har en lång text och det är inte för alla som vill läsa den. '.repeat(400) };
    const english = { text: 'The comments are in English and they are many, and the readers have a lot to say. '.repeat(40) };
    const cases = [[swedish, ...Array(10).fill(english)], [...Array(8).fill(english), swedish], [english, swedish]];
    expect(cases.map(blocksLanguage)).toEqual(['sv', 'en', 'sv']);
    expect(cases.map(blocksLanguage)).toEqual(cases.map((blocks) => detectLanguage(blocks.map((block) => block.text).join(' '))));
  });
});
