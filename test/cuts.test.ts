import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutFigures, findNumbers } from '../src/extract/numbers.js';
import { parseDate } from '../src/extract/metadata.js';
import { readStatistics } from '../src/extract/statistics.js';
import { readCountryList } from '../src/extract/countries.js';
import { extractCommitments } from '../src/extract/commitments.js';
import type { Block } from '../src/text/blocks.js';
import { readHtml } from '../src/load/readHtml.js';
import { runCli } from './helpers/io.js';
import { MAIN } from './helpers/fixtures.js';
import type { Extraction } from '../src/schema/output.js';
import { scratchDir } from './helpers/scratch.js';

/**
 * Text that is no part of the words around it — a superscript, a subscript, a
 * note reference — and a line break cut a block's text (`Block.cuts`): digits
 * on both sides of a cut are never one figure.
 */
const block = (html: string) => {
  const [first] = readHtml(`<html><body>${html}</body></html>`).blocks;
  return { text: first?.text, cuts: first?.cuts };
};

describe('Block.cuts', () => {
  it.each([
    ['<p>50<sup>1</sup> 000 nya</p>', '501 000 nya', [2, 4]],
    ['<p>48 <sup>1</sup> länder</p>', '48 1 länder', [3, 5]],
    ['<p>10<sub>6</sub></p>', '106', [2]],
    ['<p>50<a href="#fn1">1</a> 000</p>', '501 000', [2, 4]],
    ['<p>50<sup><a href="#fn1">1</a></sup>000</p>', '501000', [2, 3]],
    ['<p>50<span role="doc-noteref">1</span>000</p>', '501000', [2, 3]],
    ['<p>50<span style="vertical-align: super">1</span>000</p>', '501000', [2, 3]],
    ['<p>48 <span style="vertical-align: baseline; Vertical-Align : SUPER">stora</span> länder</p>', '48 stora länder', [3, 9]],
    ['<p>50<br>000</p>', '50 000', [3]],
    ['<p>77,<br>9</p>', '77, 9', [4]],
    ['<p>• 50<sup>1</sup> 000</p>', '501 000', [2, 4]],
    ['<p> x &nbsp; 50 <sup> 1 </sup> 000</p>', 'x 50 1 000', [5, 7]],
    ['<p>slut<sup>1</sup></p>', 'slut1', [4]],
    ['<p><sup>1</sup>Fotnot</p>', '1Fotnot', [1]],
    // Any element of digits alone glued to a digit is cut out as a superscript is: what it marks, the markup does not say.
    ['<p>4<font>8</font> länder</p>', '48 länder', [1, 3]],
    ['<p>50<span class="footnote">1</span> 000</p>', '501 000', [2, 4]],
    ['<p><span>5</span>0 000</p>', '50 000', [1]],
    ['<p>50<a href="https://example.org/post/#_ftn1">1</a> 000</p>', '501 000', [2, 4]],
    ['<p>50<sup></sup> 000</p>', '50 000', undefined],
    // Word leaves an empty bookmark where the cursor last stood.
    ['<p>50 <a href="#_GoBack"></a>000</p>', '50 000', undefined],
    // Struck words are no part of the text, and what stands on either side of them is not one figure.
    ['<p>48 <s>stora</s> länder</p>', '48 länder', [3]],
    ['<p>a <s>Rättelse 7</s> b</p>', 'a b', [2]],
    // Struck digits that touch a figure's, across white space at most, stay in the text as the page shows them, cut on both sides.
    ['<p>till att 7<del>7</del>9 misstänkta</p>', 'till att 779 misstänkta', [10, 11]],
    ['<p>till att 7<span style="text-decoration: line-through">7</span>9</p>', 'till att 779', [10, 11]],
    ['<p>läggs 50 <del>000</del>000 000 nya</p>', 'läggs 50 000000 000 nya', [9, 12]],
    ['<p>till att <del>7</del>79 misstänkta</p>', 'till att 779 misstänkta', [9, 10]],
    ['<p>till att <del>7</del> 79 misstänkta</p>', 'till att 7 79 misstänkta', [9, 11]],
    ['<p>till att <s>7</s>&nbsp;79 misstänkta</p>', 'till att 7 79 misstänkta', [9, 11]],
    ['<p>till att <del>7</del><s> </s>79 misstänkta</p>', 'till att 7 79 misstänkta', [9, 11]],
    ['<p>till att <del>1 7</del><b> </b>79</p>', 'till att 1 7 79', [9, 13]],
    // a mark that may stand inside a figure joins them as a space does, reported apart too (a character reference)
    ['<p>till att <del>7</del>&#xB7;79 misstänkta</p>', 'till att 7·79 misstänkta', [9, 10]],
    ['<p>till att <del>7</del>&#x2019;79 misstänkta</p>', 'till att 7’79 misstänkta', [9, 10]],
    ['<p>till att <del>7</del>&#x2027;<b>79</b> misstänkta</p>', 'till att 7‧79 misstänkta', [9, 11]],
    ['<p>till att 79&#xB7;<del>9</del> misstänkta</p>', 'till att 79·9 misstänkta', [12, 14]],
    // a mark and a space part them, as they part two figures
    ['<p>år <del>2011</del>, 48 länder</p>', 'år , 48 länder', [3]],
    ['<p>till att <del>7</del>&#xB7; och 79</p>', 'till att · och 79', [9]],
    ['<p>till att 79<del>9</del> misstänkta</p>', 'till att 799 misstänkta', [11, 13]],
    ['<p>till att 79 <strike>9</strike> misstänkta</p>', 'till att 79 9 misstänkta', [12, 14]],
    ['<p>står 48<s>0</s> länder</p>', 'står 480 länder', [7, 9]],
    ['<p><del>4</del>8 länder</p>', '48 länder', [1]],
    ['<p>att <del>779 misstänkta</del> <ins>10</ins> misstänkta</p>', 'att 10 misstänkta', [4]],
    // a line break parts them, as it parts two figures
    ['<p>till att <del>7</del><br>79</p>', 'till att 79', [9]],
    // a struck space alone is a space the reader sees, and cuts nothing
    ['<p>läggs 50 000<s> </s>nya</p>', 'läggs 50 000 nya', undefined],
  ])('%j reads %j, cut at %j', (html, text, cuts) => {
    expect(block(html)).toEqual({ text, cuts });
  });

  it.each([
    ['<p>5<b>0 0</b>00 nya</p>', '50 000 nya'],
    ['<p>år <span>2011</span> ledde</p>', 'år 2011 ledde'],
    ['<p><span>50</span> 000 nya</p>', '50 000 nya'],
    ['<p>se <a href="https://example.org/">50</a> 000</p>', 'se 50 000'],
    // a style's last declaration of a property wins, as in a browser
    ['<p>48 <span style="vertical-align: super; vertical-align: baseline">stora</span> länder</p>', '48 stora länder'],
    // no browser shows a template's content; a script-less browser shows an image, no text
    ['<p>att <template>1</template>779 misstänkta</p>', 'att 779 misstänkta'],
    ['<p>att <noscript><img src="x.gif"></noscript>779 misstänkta</p>', 'att 779 misstänkta'],
  ])('%j is not cut', (html, text) => {
    expect(block(html)).toEqual({ text, cuts: undefined });
  });
});

/**
 * An element's tag between two digit groups a space apart: a group alone in a
 * struck-looking class ("<span class=strike>779</span> 780"), or in bold, is
 * no part of the figure for sure. A plain <span>, a link, or Word's own
 * styles (`mso-`) show nothing apart, and Word splits its runs so.
 */
describe('digit groups a tag sets apart', () => {
  it.each([
    ['<p>till att <span class="strike">779</span> 780 misstänkta</p>', 'till att 779 780 misstänkta', [13]],
    ['<p>till att 779 <b>780</b> misstänkta</p>', 'till att 779 780 misstänkta', [13]],
    ['<p>till att 779<b> 780</b> misstänkta</p>', 'till att 779 780 misstänkta', [13]],
    ['<p>till att <i>779 </i>780 misstänkta</p>', 'till att 779 780 misstänkta', [13]],
    ['<p>läggs <strong>50</strong>&nbsp;000 nya</p>', 'läggs 50 000 nya', [9]],
    ['<p>läggs <span class="nr">50</span>&#8201;000 nya</p>', 'läggs 50 000 nya', [9]],
    ['<p>läggs 50 <span style="color:red">000</span> nya</p>', 'läggs 50 000 nya', [9]],
    ['<p>läggs 50 <a class="x" href="https://example.org/">000</a> nya</p>', 'läggs 50 000 nya', [9]],
    ['<p>till att <span class="strike">till 779</span> 780 misstänkta</p>', 'till att till 779 780 misstänkta', [18]],
    ['<p>till att 779 <b><i>780</i></b> misstänkta</p>', 'till att 779 780 misstänkta', [13]],
    ['<p>till att <span class="x">779</span> <b> </b>780</p>', 'till att 779 780', [13]],
    ['<p>läggs <span lang=SV style="mso-ansi-language:SV; color: red">50</span><span lang=SV>&nbsp;000</span> nya</p>', 'läggs 50 000 nya', [9]],
  ])('%j reads %j, cut at %j', (html, text, cuts) => {
    expect(block(html)).toEqual({ text, cuts });
  });

  // guard: a tag around a whole figure, or with no space between it and the digits, or one that shows nothing apart
  it.each([
    ['<p>läggs 50&nbsp;000 nya</p>', 'läggs 50 000 nya'],
    ['<p>läggs <strong>50 000</strong> nya</p>', 'läggs 50 000 nya'],
    ['<p>läggs <span>50 000</span> nya</p>', 'läggs 50 000 nya'],
    ['<p>läggs <span class="nr">50 000</span> nya</p>', 'läggs 50 000 nya'],
    ['<p>läggs <a class="x" href="https://example.org/">50 000</a> nya</p>', 'läggs 50 000 nya'],
    ['<p>läggs 50 000 <b>nya</b> bilder</p>', 'läggs 50 000 nya bilder'],
    ['<p>år 2011 <b>ledde</b> 779</p>', 'år 2011 ledde 779'],
    ['<p>läggs <span lang=SV>50</span><span lang=SV> 000</span> nya</p>', 'läggs 50 000 nya'],
    ['<p>läggs <span lang=SV style=\'mso-fareast-font-family:"Times New Roman"\'>50</span><span lang=SV>&nbsp;000 n</span>ya</p>', 'läggs 50 000 nya'],
    ['<p>läggs <span style="mso-spacerun:yes">50</span> 000 nya</p>', 'läggs 50 000 nya'],
    ['<p>läggs 50 <span>000</span> nya</p>', 'läggs 50 000 nya'],
    ['<p>läggs 50<wbr> 000 nya</p>', 'läggs 50 000 nya'],
  ])('%j is not cut (guard)', (html, text) => {
    expect(block(html)).toEqual({ text, cuts: undefined });
  });

  it.each([
    ['<p>Operation Rescue ledde till att <span class="strike">779</span> 780 misstänkta kunde identifieras.</p>', 'sv', '779 780'],
    ['<p>Operation Rescue ledde till att 779 <b>780</b> misstänkta kunde identifieras.</p>', 'sv', '779 780'],
    ['<p>Operation Rescue led to <span class="strike">779</span> 780 suspects being identified.</p>', 'en', '779 780'],
    ['<p>Varje år läggs <span class="old">50</span>&nbsp;000 nya bilder ut, enligt UNODC.</p>', 'sv', '50 000'],
  ] as const)('leaves out a figure whose groups a tag sets apart (%j)', (html, language, figure) => {
    const { found, split } = readStatistics(readHtml(`<html><body>${html}</body></html>`).blocks, language);
    expect(found).toEqual([]);
    expect(split.map((statistic) => statistic.figure)).toEqual([figure]);
  });

  // guard
  it.each([
    ['<p>Varje år läggs <strong>50 000</strong> nya bilder ut, enligt UNODC.</p>', 'sv', 50000],
    ['<p>Varje år läggs <span>50</span> 000 nya bilder ut, enligt UNODC.</p>', 'sv', 50000],
    ['<p>Varje år läggs <a href="https://example.org/">50 000</a> nya bilder ut, enligt UNODC.</p>', 'sv', 50000],
  ] as const)('reads %j as %j (guard)', (html, language, value) => {
    const { found, split } = readStatistics(readHtml(`<html><body>${html}</body></html>`).blocks, language);
    expect(found.map((statistic) => statistic.value)).toEqual([value]);
    expect(split).toEqual([]);
  });
});

describe('findNumbers with cuts', () => {
  it.each([
    ['501 000 nya bilder', [2, 4], []],
    ['481 länder', [2, 4], []],
    ['106', [2], []],
    ['50 000', [3], []],
    ['77, 9 misstänkta', [4], []],
    ['779, 250 och 252', [5], [252]],
    ['år 20111: 48 länder', [7, 8], [48]],
  ] as const)('%j cut at %j reads %j', (text, cuts, values) => {
    expect(findNumbers(text, 'sv', cuts).map((token) => token.value)).toEqual(values);
  });

  it('names the figures a cut runs across', () => {
    expect(cutFigures('läggs 501 000 nya bilder och 77, 9 andra', [8, 10, 33]).map((figure) => figure.text)).toEqual(['501 000', '77, 9']);
  });
});

describe('dates with cuts', () => {
  it.each([
    ['<p>1<sup>1</sup> december 2012</p>', null],
    ['<p>6 december 201<sup>2</sup></p>', null],
    ['<p>December 1<sup>1</sup>, 2012</p>', null],
    ['<p>2012-12-0<sup>6</sup></p>', null],
    ['<p>6<sup>th</sup> December 2012</p>', '2012-12-06'],
  ])('%j is dated %j', (html, date) => {
    const { text, cuts } = block(html);
    expect(parseDate(text ?? '', cuts)).toBe(date);
  });
});

describe('statistics with cuts', () => {
  const blocksOf = (html: string) => readHtml(`<html><body>${html}</body></html>`).blocks;

  it('leaves out a figure a footnote mark cuts, and names it as the reason the statistic is missing', () => {
    const { found, split } = readStatistics(blocksOf('<p>Varje år läggs 50<sup>1</sup> 000 nya bilder ut, enligt UNODC.</p>'), 'sv');
    expect(found).toEqual([]);
    expect(split).toEqual([{ id: 'new-abuse-images-per-year', figure: '501 000', start: 15 }]);
  });

  it('names no split figure for a statistic read from another sentence', () => {
    const blocks = blocksOf('<p>Alliansen har 48<sup>1</sup> länder.</p><p>Bakom initiativet står 48 länder.</p>');
    const { found, split } = readStatistics(blocks, 'sv');
    expect(found.map((statistic) => [statistic.id, statistic.value])).toEqual([['participating-countries', 48]]);
    expect(split).toEqual([]);
  });

  it('reads the English edition the same way', () => {
    const { found, split } = readStatistics(blocksOf('<p>Every year 500<sup>1</sup>,000 new images are put online, says UNODC.</p>'), 'en');
    expect(found).toEqual([]);
    expect(split.map((figure) => figure.figure)).toEqual(['5001,000']);
  });

  it.each([
    ['<p>Operation Rescue ledde till att 7<del>7</del>9 misstänkta kunde identifieras.</p>', 'sv', '779'],
    ['<p>Varje år läggs 50 <del>000</del>000 000 nya bilder ut, enligt UNODC.</p>', 'sv', '50 000000 000'],
    // struck digits before or after the figure, glued or one space away, are as much a part of it as those inside
    ['<p>Operation Rescue ledde till att <del>7</del>79 misstänkta kunde identifieras.</p>', 'sv', '779'],
    ['<p>Operation Rescue ledde till att <del>7</del> 79 misstänkta kunde identifieras.</p>', 'sv', '7 79'],
    ['<p>Operation Rescue ledde till att <s>7</s>79 misstänkta kunde identifieras.</p>', 'sv', '779'],
    ['<p>Operation Rescue ledde till att <strike>7</strike>79 misstänkta kunde identifieras.</p>', 'sv', '779'],
    ['<p>Operation Rescue ledde till att <span style="text-decoration: line-through">7</span>79 misstänkta kunde identifieras.</p>', 'sv', '779'],
    ['<p>Operation Rescue ledde till att 79<del>9</del> misstänkta kunde identifieras.</p>', 'sv', '799'],
    ['<p>Operation Rescue ledde till att 779 <del>1</del> misstänkta kunde identifieras.</p>', 'sv', '779 1'],
    ['<p>Bakom initiativet står 48<s>0</s> länder*.</p>', 'sv', '480'],
    ['<p><del>4</del>8 länder står bakom initiativet.</p>', 'sv', '48'],
    ['<p>Operation Rescue ledde till att <strike>779</strike> 10 misstänkta kunde identifieras.</p>', 'sv', '779 10'],
    ['<p>Every year <del>1</del>50,000 new images are put online, says UNODC.</p>', 'en', '150,000'],
    ['<p>Operation Rescue led to 779<s>1</s> suspects being identified.</p>', 'en', '7791'],
    // a character the reader does not see joins them as a space would, and a mark joins struck digits as it joins groups
    ['<p>Operation Rescue ledde till att <del>7</del>&#8203;79 misstänkta kunde identifieras.</p>', 'sv', '779'],
    ['<p>Operation Rescue ledde till att <del>7</del>&#8288;79 misstänkta kunde identifieras.</p>', 'sv', '779'],
    ['<p>Operation Rescue ledde till att <del>7</del>&shy;79 misstänkta kunde identifieras.</p>', 'sv', '779'],
    ['<p>Operation Rescue ledde till att 779<del>.000</del> misstänkta kunde identifieras.</p>', 'sv', '779.000'],
    ['<p>Operation Rescue ledde till att 779<del>,5</del> misstänkta kunde identifieras.</p>', 'sv', '779,5'],
    ['<p>Operation Rescue ledde till att <del>1,</del>779 misstänkta kunde identifieras.</p>', 'sv', '1,779'],
    // a mark that may stand inside a figure between them: a middle dot, an apostrophe, a dot above, a hyphenation point
    ['<p>Operation Rescue ledde till att <del>7</del>&#xB7;79 misstänkta kunde identifieras.</p>', 'sv', '7·79'],
    ['<p>Operation Rescue ledde till att <del>7</del>\'79 misstänkta kunde identifieras.</p>', 'sv', "7'79"],
    ['<p>Operation Rescue ledde till att <del>7</del>&#x2019;79 misstänkta kunde identifieras.</p>', 'sv', '7’79'],
    ['<p>Operation Rescue ledde till att <del>7</del>&#x2D9;79 misstänkta kunde identifieras.</p>', 'sv', '7˙79'],
    ['<p>Operation Rescue ledde till att <del>7</del>&#x2027;79 misstänkta kunde identifieras.</p>', 'sv', '7‧79'],
    ['<p>Operation Rescue ledde till att 779&#xB7;<del>1</del> misstänkta kunde identifieras.</p>', 'sv', '779·1'],
    ['<p>Operation Rescue led to <del>7</del>&#xB7;79 suspects being identified.</p>', 'en', '7·79'],
    // what a browser shows or not by what the tool cannot know: without scripts, or when an object cannot be shown
    ['<p>Operation Rescue ledde till att <noscript>1</noscript>779 misstänkta kunde identifieras.</p>', 'sv', '1779'],
    ['<p>Operation Rescue ledde till att <object data="x.swf">1</object>779 misstänkta kunde identifieras.</p>', 'sv', '1779'],
    // a struck word inside a figure written in words cuts it too
    ['<p>Mer än en <s>halv</s> miljon bilder på barn som utsätts för sexuella övergrepp beräknas för närvarande ligga ute på nätet.</p>', 'sv', 'en miljon'],
  ] as const)('leaves out a figure struck-out digits cut (%j)', (html, language, figure) => {
    const { found, split } = readStatistics(blocksOf(html), language);
    expect(found).toEqual([]);
    expect(split.map((statistic) => statistic.figure)).toEqual([figure]);
  });

  it('refuses a mark one space after the country count, which would join it as a group ("48 1"), and says so', () => {
    const { found, split } = readStatistics(blocksOf('<p>Bakom initiativet står 48 <sup>1</sup> länder.</p>'), 'sv');
    expect(found).toEqual([]);
    expect(split).toEqual([{ id: 'participating-countries', figure: '48 1', start: 15 }]);
  });
});

describe('commitments with footnote marks', () => {
  it('names the commitment of an item whose key word carries a mark, and quotes the item as written', () => {
    const blocks = readHtml('<html><body><p>Bland annat:</p><ul><li>Minska tillgången<sup>2</sup> på bilder.</li></ul></body></html>').blocks;
    expect(extractCommitments(blocks).items).toMatchObject([{ id: 'reduce-availability', text: 'Minska tillgången2 på bilder.' }]);
  });
});

describe('country names with footnote marks', () => {
  it.each([
    ['<p>Länderna: Albanien, Sverige<sup>1</sup>, Norge, Danmark och Finland<sup>2</sup>.</p>', 'sv'],
    ['<p>Albania, Sweden<a href="#fn1">1</a>, Norway<sup>2</sup>, Denmark and Finland<sup><a href="#fn3">3</a></sup>.</p>', 'en'],
  ] as const)('reads %j as five countries, the marks no part of their names', (html, language) => {
    const [list] = readHtml(`<html><body>${html}</body></html>`).blocks;
    expect(readCountryList(list as Block, language)).toMatchObject({
      items: [{ code: 'AL' }, { code: 'SE' }, { code: 'NO' }, { code: 'DK' }, { code: 'FI' }],
      unresolved: [],
    });
  });
});

describe('the CLI on a figure cut by a footnote mark', () => {
  const page =
    '<html><body><article><p>Varje år läggs 50<sup>1</sup> 000 nya bilder ut, enligt UNODC.</p><p>Alliansen har 48 länder.</p></article></body></html>\n';

  it('prints no 501 000, keeps the rest, and says why the statistic is missing', async () => {
    const result = await runCli(['-', '--format', 'json', '--partial'], { stdin: page });
    expect(result.code).toBe(4);
    const data = JSON.parse(result.stdout) as Extraction;
    expect(data.statistics.map((statistic) => [statistic.id, statistic.value])).toEqual([['participating-countries', 48]]);
    expect(data.warnings).toContainEqual({
      code: 'split-figure',
      message:
        'the statistic new-abuse-images-per-year was not read from "501 000": a superscript, a subscript, a footnote mark, hidden or struck-out text or a line break cuts the figure, so its value is not certain',
      location: { line: 1, column: 25 },
    });
    expect(result.stderr).toContain('[split-figure]');
  });

  const post = readFileSync(MAIN, 'utf8').replace('50 000 nya barnpornografiska bilder', '50<sup>1</sup> 000 nya barnpornografiska bilder');

  it('fails a check that expects the figure misread as 501 000', async () => {
    const expectations = join(scratchDir('alliance-cuts-'), 'expected.yaml');
    writeFileSync(expectations, 'statistics:\n  new-abuse-images-per-year: 501000\n');
    const result = await runCli(['check', '-', '--expect', expectations, '--format', 'json'], { stdin: post });
    expect(result.code).toBe(1);
    const [checked] = (JSON.parse(result.stdout) as { pages: Array<{ report: { items: Array<{ fact: string; ok: boolean; found: unknown }> } }> }).pages;
    const item = checked?.report.items.find(
      (entry) => entry.fact === 'expected statistic new-abuse-images-per-year',
    );
    expect(item).toMatchObject({ ok: false, found: null });
  });

  it('gives the reason in a batch\'s record of the page', async () => {
    const dir = scratchDir('alliance-cuts-');
    writeFileSync(join(dir, 'cut.html'), post);
    const result = await runCli([join(dir, 'cut.html'), MAIN, '--format', 'ndjson', '--quiet']);
    const [record] = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { error?: { exitCode: number }; warnings: Array<{ code: string }> });
    expect(record?.error?.exitCode).toBe(4);
    expect(record?.warnings.map((warning) => warning.code)).toContain('split-figure');
  });

  it('records no expectations from the post with the cut figure', async () => {
    const result = await runCli(['expect', '-'], { stdin: post });
    expect(result.code).toBe(4);
    expect(result.stdout).toBe('');
  });
});
