import { describe, expect, it } from 'vitest';
import { extractPost, missingFacts } from '../src/pipeline.js';
import { readHtml } from '../src/load/readHtml.js';
import { MAIN_GOLDEN as golden, MAIN_PAGE as page, postFacts as facts } from './helpers/golden.js';
import { elementTree } from './helpers/tree.js';

/** The body's elements, nested: `svg(path()) p()`. */
function bodyTree(html: string): string {
  const body = readHtml(`<html><body>${html}</body></html>`).document.children[0]?.children[0];
  return body ? body.children.map(elementTree).join(' ') : '';
}

describe('SVG and MathML left open', () => {
  it.each([
    ['an <svg> icon', '<svg width="0"><path d="M0 0">'],
    ['an <svg> icon the page drops as furniture', '<svg class="share-icon"><path d="M0 0">'],
    ['an <svg> with text in it', '<svg><g><text>Logo'],
    ['a <math> formula', '<math><mi>x</mi><mo>=</mo>'],
  ])('hide no fact of the post after them: %s', (_name, foreign) => {
    const extraction = extractPost(page.replace('<div class="entry-content">', `${foreign}<div class="entry-content">`));
    expect(missingFacts(extraction)).toEqual([]);
    expect(facts(extraction)).toEqual(facts(golden));
  });

  // As a browser builds them: HTML's "any other start tag" in foreign content.
  it.each([
    ['<svg><path d="M0"><p>Text</p>', 'svg(path()) p()'],
    ['<svg><g><text>Logo<div>Text</div>', 'svg(g(text())) div()'],
    ['<math><mi>x</mi><b>Text</b>', 'math(mi()) b()'],
    ['<svg><desc><svg><p>Text</p>', 'svg(desc(svg() p()))'],
    ['<svg><foreignObject><p>Text</p></foreignObject></svg>', 'svg(foreignobject(p()))'],
    ['<svg><a href="#x">link</a><rect/></svg><p>Text</p>', 'svg(a() rect()) p()'],
    ['<svg><p/>Text<i>more</i>', 'svg() p(i())'],
    ['<div><svg><path></div><p>Text</p>', 'div(svg(path())) p()'],
  ])('%s reads as %s', (html, tree) => {
    expect(bodyTree(html)).toBe(tree);
  });
});
