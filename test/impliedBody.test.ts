import { describe, expect, it } from 'vitest';
import { extractPost, missingFacts } from '../src/pipeline.js';
import { readHtml } from '../src/load/readHtml.js';
import { MAIN_GOLDEN as golden, MAIN_POST_BODY as post, postFacts as facts } from './helpers/golden.js';
import { elementTree } from './helpers/tree.js';

const head =
  '<meta charset="utf-8"><title>Globalallians mot nätpedofili | Cecilia Malmström</title>' +
  '<link rel="canonical" href="https://ceciliamalmstrom.wordpress.com/2012/12/06/globalallians/">' +
  '<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2012-12-06","author":{"@type":"Person","name":"Cecilia Malmström"}}</script>\n';

describe('a page that leaves out </head> and <body>', () => {
  // A browser ends the head at the first element that has no place in it, or at text.
  it.each([
    ['<html><head>, no </head>, no <body>', `<!DOCTYPE html><html><head>${head}${post}`],
    ['<head> without <html>', `<head>${head}${post}`],
    ['no <head> tag', `<html>${head}${post}`],
    ['neither <html> nor <head>', `${head}${post}`],
    ['</head> but no <body>', `<html><head>${head}</head>${post}`],
    ['the post text right after the head', `<html><head>${head}Ett år senare, ${post}`],
    ['a </head> after the post', `<html><head>${head}${post}</head><body><p>Sidfot.</p></body></html>`],
  ])('reads the post and the head: %s', (_name, html) => {
    const extraction = extractPost(html);
    expect(missingFacts(extraction)).toEqual([]);
    expect(facts(extraction)).toEqual(facts(golden));
    const before = html.slice(0, html.indexOf('Ett år senare står 48')).split('\n');
    expect(extraction.statistics.find(({ id }) => id === 'participating-countries')?.location).toEqual({
      line: before.length,
      column: (before.at(-1) ?? '').length + 1,
    });
    const { title, url, published, author } = extraction.document;
    expect({ title, url, published, author }).toEqual({
      title: 'Globalallians mot nätpedofili',
      url: 'https://ceciliamalmstrom.wordpress.com/2012/12/06/globalallians/',
      published: '2012-12-06',
      author: 'Cecilia Malmström',
    });
  });

  it('puts the implied body beside the head, which keeps its own tags', () => {
    const { document } = readHtml(`<html><head>\n<title>x</title> <meta name="a" content="b"><p>Text</p><meta name="c" content="d">`);
    expect(elementTree(document)).toBe('#document(html(head(title() meta()) body(p() meta())))');
  });

  it('leaves a <head> inside the body alone', () => {
    const { document } = readHtml(`<html><body><div><head><p>Text</p></head></div></body></html>`);
    expect(elementTree(document)).toBe('#document(html(body(div(head(p())))))');
  });
});
