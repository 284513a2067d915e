import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayStateAny } from '../src/extract/statingWords.js';
import { isLiteral, worthReading } from '../src/load/furniture.js';
import { furnitureSlice, readHtml } from '../src/load/readHtml.js';
import { extractPost, missingFacts } from '../src/pipeline.js';
import { ENGLISH, FIXTURES, MEMO } from './helpers/fixtures.js';
import { MAIN_GOLDEN, MAIN_PAGE, postFacts } from './helpers/golden.js';
import { runCli } from './helpers/io.js';
import { scratchDir } from './helpers/scratch.js';

/** The bundled page with `text` put in where `at` stands (before it, or in place of `replaced`). */
function withText(at: string, text: string, replaced = ''): string {
  expect(MAIN_PAGE).toContain(at);
  return MAIN_PAGE.replace(at, replaced === '' ? `${text}${at}` : at.replace(replaced, text));
}

const conflictOf = (extraction: ReturnType<typeof extractPost>) =>
  extraction.warnings.filter((warning) => warning.code === 'conflicting-figures').map((warning) => warning.message);

const SIDEBAR_WIDGET = '<aside id="text-9" class="widget widget_text"><h3 class="widget-title">Alliansen</h3><div class="textwidget">54 länder står nu bakom initiativet.</div></aside>';

describe("a figure the page's own furniture states differently", () => {
  it.each([
    [
      'an <aside> in the post',
      withText('<p>Mycket återstår', '<aside class="pullquote"><p>Enligt FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs 90 000 nya barnpornografiska bilder ut varje år.</p></aside>'),
      'new-abuse-images-per-year',
      /: 50000 \(per year, UNODC\) at line 145, .*; 90000 \(per year, UNODC\) at line 154, /,
    ],
    ['a sidebar widget', withText('<aside id="text-3"', SIDEBAR_WIDGET), 'participating-countries', /: 48 at line 144, .*; 54 at line \d+, column \d+: "54 länder står nu bakom initiativet\."$/],
    ['a list item of a widget', withText('<aside id="text-3"', '<aside class="widget"><ul><li>54 länder står bakom initiativet.</li></ul></aside>'), 'participating-countries', /: 48 at line 144, .*; 54 at line \d+, column \d+: "54 länder står bakom initiativet\."$/],
    ['a heading of a widget', withText('<aside id="text-3"', '<aside class="widget"><h3>54 länder bakom initiativet</h3></aside>'), 'participating-countries', /: 48 at line 144, .*; 54 at line \d+, column \d+: "54 länder bakom initiativet"$/],
    [
      'the site footer',
      withText('<div id="site-generator">', '<p>År 2011 ledde operation Rescue till att 800 misstänkta personer kunde identifieras.</p>'),
      'operation-rescue-suspects-identified',
      /: 779 \(Operation Rescue, 2011\) at line 154, .*; 800 \(Operation Rescue, 2011\) at line \d+/,
    ],
    ['a <nav> before the post', withText('<h3 class="assistive-text">Inläggsnavigering</h3>', '<p>Nu står 50 länder bakom alliansen.</p>'), 'participating-countries', /: 50 at line 127, .*; 48 at line 144, /],
    [
      'the masthead',
      withText('<h2 id="site-description">EU-kommissionär med ansvar för inrikes frågor</h2>', '<p id="site-description">Med 60 länder bakom alliansen mot nätpedofili.</p>', '<h2 id="site-description">EU-kommissionär med ansvar för inrikes frågor</h2>'),
      'participating-countries',
      /: 60 at line 104, .*; 48 at line 144, /,
    ],
    [
      'a related-posts teaser, in words',
      withText('I dag var jag åter vid gränsen', 'Mer än två miljoner bilder på barn ligger ute på nätet. '),
      'abuse-images-online',
      /: 1000000 \(more-than\) at line 145, .*; 2000000 \(more-than\) at line 178, /,
    ],
    [
      'a widget whose figure and words are parted by markup',
      withText('<aside id="text-3"', '<aside class="widget"><div><p>Alliansen: <b>54</b>&nbsp;<a href="#x">l&auml;nder</a> står bakom initiativet.</p></div></aside>'),
      'participating-countries',
      /: 48 at line 144, .*; 54 at line \d+/,
    ],
    // A post embedded from a social network is furniture the author chose to show: no fact is read from it, but it is heard.
    [
      'an embedded tweet in the post (guard)',
      withText('<div class="wpcnt">', '<blockquote class="twitter-tweet"><p>54 countries join the global alliance</p>&mdash; Cecilia Malmström (@MalmstromEU) <a href="https://twitter.com/MalmstromEU/status/1">December 5, 2012</a></blockquote>'),
      'participating-countries',
      /: 48 at line 144, .*; 54 at line \d+, column \d+: "54 countries join the global alliance"$/,
    ],
    [
      "a sidebar's own inline text, read whole",
      withText('<aside id="text-3"', '<span class="widget-note">Nu står</span> <span>54 länder bakom alliansen.</span>'),
      'participating-countries',
      /: 48 at line 144, .*; 54 at line \d+/,
    ],
  ])('leaves the statistic out: %s', (_name, html, id, statements) => {
    const extraction = extractPost(html);
    expect(missingFacts(extraction)).toEqual([id]);
    const [conflict, ...others] = conflictOf(extraction);
    expect(others).toEqual([]);
    expect(conflict).toMatch(statements);
  });

  it('fails check --strict, and extract exits 4', async () => {
    const dir = scratchDir('furniture-');
    const page = join(dir, 'page.html');
    writeFileSync(page, withText('<aside id="text-3"', SIDEBAR_WIDGET));
    const check = await runCli(['check', page, '--expect', join(FIXTURES, 'expected-figures.yaml'), '--linked', MEMO, '--strict', '--quiet']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('expected 48, found —');
    const extract = await runCli([page]);
    expect(extract.code).toBe(4);
    expect(extract.stderr).toContain('[conflicting-figures]');
  });
});

describe('furniture that is no contradiction', () => {
  it.each([
    ['a related-posts teaser that restates the figure', withText('I dag var jag åter vid gränsen', 'Nu står 48 länder bakom alliansen. ')],
    ['a widget in English that restates it', withText('<aside id="text-3"', '<aside class="widget"><p>48 countries have joined the alliance.</p></aside>')],
    // Third parties' words, not the page's statement: readers, other sites' trackbacks, advertisers.
    ['a reader comment', withText('<article id="comment-18741" class="comment">', '<p>Fel! 60 länder står bakom initiativet.</p>')],
    ['a trackback', withText('<div id="secondary"', '<ol class="trackbacks"><li>Alliansen: 60 länder står bakom initiativet.</li></ol><p class="pingback">60 länder står bakom initiativet.</p>')],
    ['an ad', withText('<span class="wpa-about">', '<p>60 länder står bakom initiativet.</p>')],
    // What no reader sees is no statement of the page's either.
    ['a hidden widget', withText('<aside id="text-3"', '<aside class="widget" style="display:none"><p>54 länder står bakom initiativet.</p></aside><aside class="widget" hidden><p>54 länder står bakom initiativet.</p></aside>')],
    ['a hidden box deep in a widget', withText('<aside id="text-3"', '<aside class="widget"><div style="display:none"><div><p>54 länder står bakom initiativet.</p></div></div><p>Arkiv 2012</p></aside>')],
    ['a reader comment in a widget', withText('<aside id="text-3"', '<aside class="widget"><ol><li class="comment"><p>54 länder står bakom initiativet.</p></li></ol></aside>')],
    ['text for screen readers in a widget', withText('<aside id="text-3"', '<aside class="widget"><p class="screen-reader-text">54 länder står bakom initiativet.</p></aside>')],
    ['a struck figure in a widget', withText('<aside id="text-3"', '<aside class="widget"><p><del>54</del> 48 länder står bakom initiativet.</p></aside>')],
    ['a draft in a form control', withText('<aside id="text-3"', '<aside class="widget"><form><textarea>54 länder står bakom initiativet.</textarea></form></aside>')],
    ['a script in the footer', withText('<div id="site-generator">', '<script>var x = "54 länder står bakom initiativet.";</script>')],
    ['a figure the tool does not read as one', withText('<aside id="text-3"', '<aside class="widget"><p>Mellan 40 och 60 länder står bakom initiativet.</p></aside>')],
  ])('reads the post as it is: %s', (_name, html) => {
    const extraction = extractPost(html);
    expect(postFacts(extraction)).toEqual(postFacts(MAIN_GOLDEN));
    expect(conflictOf(extraction)).toEqual([]);
  });

  it('reads none of a vast comment section, which states the figure differently in each comment', () => {
    const comment = '<article class="comment"><p>Fel! 60 länder står bakom initiativet, och 90 000 nya bilder läggs ut varje år.</p></article>';
    const huge = withText('<article id="comment-18734" class="comment">', comment.repeat(20_000));
    const [small, large] = [readHtml(MAIN_PAGE), readHtml(huge)];
    // The same stretches of furniture, read as the same text: the comments are in none of them.
    expect(large.furniture.map((range) => furnitureSlice(huge, range))).toEqual(small.furniture.map((range) => furnitureSlice(MAIN_PAGE, range)));
    expect(large.furniture.map((range) => range.end - range.start)).toEqual(small.furniture.map((range) => range.end - range.start));
    expect(large.furnitureBlocks().flat().map((block) => block.text)).toEqual(small.furnitureBlocks().flat().map((block) => block.text));
    const extraction = extractPost(huge);
    expect(postFacts(extraction)).toEqual(postFacts(MAIN_GOLDEN));
    expect(conflictOf(extraction)).toEqual([]);
  });

  it("holds the bundled page's sidebar, whose tweet restates the figure in English, and its archive counts", () => {
    const statements = readHtml(MAIN_PAGE).furnitureBlocks().flat().map((block) => block.text);
    expect(statements).toContain('december 2012 (9)');
    expect(statements.some((text) => text.startsWith('48 countries join global alliance'))).toBe(true);
  });
});

describe('worthReading', () => {
  it.each([
    ['<aside>48 länder</aside>', true],
    ['<aside>&#52;&#56; länder</aside>', true],
    ['<p>en miljon bilder</p>', true],
    ['<p>en mil<b></b>jon bilder</p>', true],
    ['<p>en mil&shy;jon bilder</p>', true],
    ['<p>en mil\u00adjon bilder</p>', true],
    ['<p>one MILLION images</p>', true],
    ['<p>tusentals bilder</p>', true],
    ['<xmp><b>en miljon</b></xmp>', true],
    ['<p>R&miljon</p>', true],
    ['<nav><a href="/om/">Om mig</a></nav>', false],
    ['<aside class="widget"><h3>Etiketter</h3><a href="/tag/eu/" style="font-size: 8pt">EU</a></aside>', false],
    ['<div class="widget"><!-- 48 --><h2>Arkiv</h2></div>', false],
    ['<div class="widget"><a title="<b>48</b>">Arkiv</a></div>', true],
    ['<p>48<br>länder</p>', true],
    ['<p>en miljon<!-- --> bilder</p>', true],
  ])('%s: %s', (html, expected) => {
    expect(isLiteral(html) || worthReading(html)).toBe(expected);
  });
});

describe('mayStateAny', () => {
  const stating = {
    countries: mayStateAny(['participating-countries']),
    images: mayStateAny(['abuse-images-online', 'new-abuse-images-per-year']),
    none: mayStateAny([]),
  };
  it.each([
    ['countries', '48 länder står bakom', true],
    ['countries', '48&nbsp;l&auml;nder', true],
    ['countries', '48&#xA0;l&#228;nder', true],
    ['countries', '48\n\t länder', true],
    ['countries', '48* länder', true],
    ['countries', '48*länder', true],
    ['countries', '48 countries join', true],
    ['countries', 'fler länder behöver', false],
    ['countries', 'alla 27 medlemsstater', false],
    ['countries', '48 bilder', false],
    ['images', 'en miljon bilder', true],
    ['images', '50 000 nya barnpornografiska bilder', true],
    ['images', '50 000 new abuse images', true],
    ['images', 'bilder från 2012', false],
    ['none', '48 länder', false],
  ] as const)('%s: %s', (statistics, text, expected) => {
    expect(stating[statistics](text)).toBe(expected);
  });
});

/** The bundled page with `html` right after the post's footnote, the last block of its entry. */
const afterFootnote = (html: string) => withText('<div class="wpcnt">', html);
const CORRECTION = '<p>Rättelse: 49 länder, inte 48.</p>';
const countriesLeftOut = (extraction: ReturnType<typeof extractPost>) =>
  extraction.warnings.filter((warning) => warning.code === 'unclear-figure' && warning.message.startsWith('the statistic participating-countries '));

describe("a readers' comment system in the post", () => {
  it.each([
    ['Disqus', `<div id="disqus_thread">${CORRECTION}</div>`],
    ["Disqus's own markup (guard)", `<div id="dsq-content"><ul id="dsq-comments"><li class="post">${CORRECTION}</li></ul></div>`],
    ['IntenseDebate', `<div id="idc-container">${CORRECTION}</div>`],
    ['Livefyre', `<div id="livefyre">${CORRECTION}</div>`],
    ["Livefyre's stream (guard)", `<div class="fyre-comment-stream">${CORRECTION}</div>`],
    ['wpDiscuz', `<div id="wpdcom" class="wpdiscuz_unauth">${CORRECTION}</div>`],
    ['Commento', `<div id="commento">${CORRECTION}</div>`],
    ['giscus', `<div class="giscus">${CORRECTION}</div>`],
    ['utterances', `<div class="utterances">${CORRECTION}</div>`],
    // Guards: the comment systems whose names already held a furniture word.
    ['Facebook comments (guard)', `<div class="fb-comments">${CORRECTION}</div>`],
    ['a theme\'s #comments in the entry (guard)', `<div id="comments">${CORRECTION}</div>`],
    ['a theme\'s .comment-list in the entry (guard)', `<ol class="comment-list"><li class="comment">${CORRECTION}</li></ol>`],
    ["Jetpack's #respond (guard)", `<div id="respond" class="comment-respond">${CORRECTION}</div>`],
  ])('amends nothing, and no figure of it contradicts the post: %s', (_name, html) => {
    const extraction = extractPost(afterFootnote(html));
    expect(postFacts(extraction)).toEqual(postFacts(MAIN_GOLDEN));
    expect(countriesLeftOut(extraction)).toEqual([]);
    expect(conflictOf(extraction)).toEqual([]);
  });

  it.each([
    ['in a paragraph of its own (guard)', CORRECTION],
    ['in a box of the entry named for no comment system (guard)', `<div class="entry-note">${CORRECTION}</div>`],
    ['in a div whose id only contains a comment system\'s letters (guard)', `<div id="idcard">${CORRECTION}</div>`],
  ])("the author's own correction is still heard: %s", (_name, html) => {
    const extraction = extractPost(afterFootnote(html));
    expect(missingFacts(extraction)).toContain('participating-countries');
    expect(countriesLeftOut(extraction)[0]?.message).toContain('Rättelse');
  });
});

describe('a figure around the post that the two languages read as different numbers', () => {
  // Helper 168: a stretch of the page around the post is read in the language of its own few words, so that a Swedish
  // menu above "Operation Rescue led to 1,250 arrests." on the English edition made it Swedish, "1,250" a decimal, and
  // the contradicted 250 printed. Such a figure is now read in the other language too.
  const SWEDISH_MENU = '<ul><li>Om bloggen</li><li>Till startsidan</li><li>Om EU</li><li>Press och media</li><li>och</li><li>och</li></ul>';
  const ENGLISH_MENU = '<ul><li>About the blog</li><li>Back to the start</li><li>The EU and you</li><li>Read it in English</li><li>Contact the author</li></ul>';
  const [english, swedish] = [readFileSync(ENGLISH, 'utf8'), MAIN_PAGE];
  const around = (page: string, at: string, html: string) => {
    expect(page).toContain(at);
    return extractPost(page.replace(at, `${html}${at}`));
  };
  it.each([
    ['the English edition', `${SWEDISH_MENU}<p>Operation Rescue led to 1,250 arrests.</p>`, english, '<div class="post" id="post-2117">', 'operation-rescue-arrests'],
    ['the Swedish post', `${ENGLISH_MENU}<p>Operation Rescue: 1.250 gripna.</p>`, swedish, '<article id="post-4721"', 'operation-rescue-arrests'],
    ['the Swedish post', '<p>Operation Rescue led to 1,250 arrests.</p>', swedish, '<article id="post-4721"', 'operation-rescue-arrests'],
  ])('leaves the statistic out on %s for %s', (_name, html, page, at, id) => {
    const extraction = around(page, at, html);
    expect(missingFacts(extraction)).toEqual([id]);
    expect(conflictOf(extraction).some((message) => message.includes(id) && message.includes('1250'))).toBe(true);
  });

  it.each([
    // Guards: the post's own value in the other language's way of writing it, and figures of other things.
    ['the Swedish post', `${ENGLISH_MENU}<p>Every year 50,000 new images are put online.</p>`, swedish, '<article id="post-4721"'],
    ['the Swedish post', '<p>Sidan uppdaterades 12.05.2012 kl. 14.30. Version 2.6.</p>', swedish, '<article id="post-4721"'],
    ['the English edition', `${SWEDISH_MENU}<p>More than 1,000,000 images are online.</p>`, english, '<div class="post" id="post-2117">'],
  ])('keeps every statistic on %s for %s', (_name, html, page, at) => {
    expect(missingFacts(around(page, at, html))).toEqual([]);
  });

  // Inside the post a paragraph's such figure left the statistic out, a heading's or a list item's printed the 250.
  const FOOTNOTE = '<p><a href="http://europa.eu/rapid/press-release_MEMO-12-944_en.htm">*Alla länder här</a></p>';
  const inPost = (html: string) => {
    expect(swedish).toContain(FOOTNOTE);
    return extractPost(swedish.replace(FOOTNOTE, `${FOOTNOTE}${html}`));
  };
  it.each([
    ['<h3>Operation Rescue led to 1,250 arrests.</h3>'],
    ['<ul><li>Operation Rescue led to 1,250 arrests.</li></ul>'],
  ])('leaves the arrests out for %s inside the Swedish post', (html) => {
    const extraction = inPost(html);
    expect(missingFacts(extraction)).toEqual(['operation-rescue-arrests']);
    expect(conflictOf(extraction).some((message) => message.includes('operation-rescue-arrests') && message.includes('1250'))).toBe(true);
  });

  it.each([
    // Guards: a version, a price, the post's own values so.
    ['<h3>Version 2.6 av sidan</h3>'],
    ['<ul><li>Pris: 1,50 kr</li></ul>'],
    ['<ul><li>48 länder står bakom, 1.000 experter</li></ul>'],
    ['<ul><li>Every year 50,000 new images are put online.</li></ul>'],
  ])('keeps every statistic for %s inside the Swedish post', (html) => {
    expect(missingFacts(inPost(html))).toEqual([]);
  });
});

describe('a figure in the furniture in digits of another script', () => {
  // Helper 170: the skim of the furniture looked for ASCII digits in its raw text, so a sidebar's "२६०" was passed over
  // and the contradicted 250 printed, where "260" there and "&#x968;&#x96c;&#x966;" were read.
  it.each([
    ['Devanagari', 'Operation Rescue ledde till \u0968\u096c\u0966 gripanden.'],
    ['mathematical bold', 'Operation Rescue ledde till \u{1d7d0}\u{1d7d4}\u{1d7ce} gripanden.'],
    ['full-width, grouped', 'Operation Rescue ledde till \uff11,\uff12\uff15\uff10 gripanden.'],
  ])('leaves the arrests out for a sidebar widget in %s digits', (_name, sentence) => {
    const extraction = extractPost(withText('<aside id="text-3"', `<aside class="widget"><p>${sentence}</p></aside>`));
    expect(missingFacts(extraction)).toEqual(['operation-rescue-arrests']);
    expect(conflictOf(extraction).some((message) => message.includes('operation-rescue-arrests'))).toBe(true);
  });

  it('keeps the post\'s figure for its own value there', () => {
    expect(missingFacts(extractPost(withText('<aside id="text-3"', '<aside class="widget"><p>Operation Rescue ledde till \u0968\u096b\u0966 gripanden.</p></aside>')))).toEqual([]);
  });
});
