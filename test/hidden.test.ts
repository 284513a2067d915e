import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHidden, isStruck } from '../src/rules/hidden.js';
import { extractPost } from '../src/pipeline.js';
import { FIXTURES, MEMO } from './helpers/fixtures.js';
import { MAIN_PAGE } from './helpers/golden.js';
import { runCli } from './helpers/io.js';

const UNODC = 'läggs 50 000 nya';
const RESCUE = 'att 779 misstänkta';
/** The end of the paragraph that states Operation Rescue's figures. */
const PARAGRAPH_END = 'inrikta sitt arbete på barnpornografiskt material på nätet.</p>';

/** The bundled page with one piece of its post's markup replaced. */
function edited(from: string, to: string): string {
  expect(MAIN_PAGE).toContain(from);
  return MAIN_PAGE.replace(from, to);
}

function statistic(html: string, id: string) {
  return extractPost(html).statistics.find((fact) => fact.id === id);
}

describe('isHidden', () => {
  it.each([
    ['span', { hidden: '' }, true],
    ['div', { hidden: 'until-found' }, true],
    ['span', { style: 'display:none' }, true],
    ['span', { style: 'DISPLAY : NONE !important' }, true],
    ['span', { style: 'color: red;display: none;' }, true],
    ['p', { style: 'visibility:hidden' }, true],
    ['tr', { style: 'visibility: collapse' }, true],
    // Struck text is shown (`isStruck`): its words are read, though no figure is.
    ['span', { style: 'text-decoration: underline line-through' }, false],
    ['span', { style: 'text-decoration-line:line-through' }, false],
    // Hidden from screen readers only: every other reader sees it, and a page saved with a dialog open has its wrapper so marked.
    ['div', { 'aria-hidden': 'true' }, false],
    ['del', {}, false],
    ['s', {}, false],
    ['strike', {}, false],
    // shown: the style's display wins over the attribute, as in a browser
    ['span', { hidden: '', style: 'display: inline' }, false],
    ['span', { 'aria-hidden': 'false' }, false],
    ['span', { style: 'display:block' }, false],
    ['span', { style: 'display:nonesuch' }, false],
    ['span', { style: 'max-visibility:hidden' }, false],
    ['span', { style: 'font-size:0' }, false],
    ['ins', {}, false],
    ['span', { style: `color:red;${' '.repeat(3000)}display:none` }, false],
    // the last declaration of a property wins, as in a browser, unless an earlier one is important
    ['span', { style: 'display: none; display: inline' }, false],
    ['span', { style: 'visibility: hidden; visibility: visible' }, false],
    ['span', { style: 'display: inline; display: none' }, true],
    ['span', { style: 'display: none !important; display: inline' }, true],
    // a ";" inside a quoted value, brackets or a comment ends no declaration
    ['span', { style: "font-family: 'x;display:none;'" }, false],
    ['span', { style: 'background: url(x;display:none;)' }, false],
    ['span', { style: 'color: red/*;display:none;*/' }, false],
    ['span', { style: 'content: "a\\";display:none"' }, false],
    ['span', { style: "font-family: 'x;y'; display: none" }, true],
    // a style too long to read decides nothing of hiding: its text is seen, not read (`isStruck`)
    ['span', { hidden: '', style: `display:inline;${'color:red;'.repeat(250)}` }, false],
    ['span', { hidden: '', style: 'display: inline; display: none' }, true],
    // a page that hides itself until its scripts have run shows its whole body after
    ['body', { style: 'visibility:hidden' }, false],
    ['html', { hidden: '' }, false],
  ])('%s %j → %s', (name, attributes, hidden) => {
    expect(isHidden(name, attributes)).toBe(hidden);
  });
});

describe('isStruck', () => {
  it.each([
    ['del', {}, true],
    ['s', {}, true],
    ['strike', {}, true],
    ['span', { style: 'text-decoration: underline line-through' }, true],
    ['span', { style: 'color:red; TEXT-DECORATION-LINE : line-through' }, true],
    ['span', { style: 'text-decoration: none; text-decoration: line-through' }, true],
    ['span', { style: 'text-decoration: line-through !important; text-decoration: none' }, true],
    // the last declaration wins: nothing is struck
    ['span', { style: 'text-decoration: line-through; text-decoration: none' }, false],
    ['span', { style: 'text-decoration-line: line-through; text-decoration: underline' }, false],
    ['span', { style: 'text-decoration: underline' }, false],
    ['span', {}, false],
    ['span', { style: "font-family: 'a;text-decoration: line-through'" }, false],
    ['span', { style: `color:red;${' '.repeat(3000)}` }, true],
    ['body', { style: 'text-decoration: line-through' }, true],
  ])('%s %j → %s', (name, attributes, struck) => {
    expect(isStruck(name, attributes)).toBe(struck);
  });
});

describe('text the page hides or strikes out is no part of the post', () => {
  it('but text hidden from screen readers only is: a page saved with a dialog open keeps its facts', () => {
    const page = MAIN_PAGE.replace(/<body([^>]*)>/, '<body$1><div aria-hidden="true">');
    expect(page).not.toBe(MAIN_PAGE);
    expect(extractPost(page).statistics).toHaveLength(6);
  });

  it.each([
    ['the hidden attribute', UNODC, 'läggs <span hidden>50 000 nya bilder</span> 90 000 nya', 90000],
    ['display: none', UNODC, 'läggs <span style="Display : None !important">50 000 nya bilder</span> 90 000 nya', 90000],
    ['visibility: hidden', UNODC, 'läggs <b style="visibility:hidden">50 000 nya bilder</b> 90 000 nya', 90000],
    ['a screen reader’s text', UNODC, 'läggs <span class="sr-only">50 000 nya bilder</span> 90 000 nya', 90000],
    ['a hidden digit inside the figure', UNODC, 'läggs <span hidden>9</span>50 000 nya', 50000],
    ['<del> corrected by <ins>', RESCUE, 'att <del>779 misstänkta</del> <ins>10 misstänkta</ins>', 10],
    ['<s>', RESCUE, 'att <s>779 misstänkta</s> 10 misstänkta', 10],
    // (struck digits that touch the figure, "<strike>779</strike> 10", are part of it: test/cuts.test.ts)
    ['<strike>', RESCUE, 'att <strike>779 misstänkta</strike> 10 misstänkta', 10],
    ['a line-through style', RESCUE, 'att <span style="text-decoration:line-through">779 misstänkta</span> 10 misstänkta', 10],
  ])('%s', (_name, from, to, value) => {
    const id = from === UNODC ? 'new-abuse-images-per-year' : 'operation-rescue-suspects-identified';
    const fact = statistic(edited(from, to), id);
    expect(fact?.value).toBe(value);
    expect(fact?.quote).not.toMatch(from === UNODC ? /bilder +90|950/ : /779/);
  });

  // A reader sees struck words, whatever the strike means (the retraction withdrawn, or the figure): one the
  // tool does not read beside a figure leaves it out, as it would unstruck (see src/rules/hidden.ts).
  it.each([
    ['a struck paragraph after the figure’s', PARAGRAPH_END, `${PARAGRAPH_END}<p><s>Rättelse: siffran 779 är fel</s></p>`, 'a later block of the post has a word the tool does not read ("Rättelse", in "Rättelse: siffran 779 är fel")'],
    ['<del> in the figure’s paragraph', '252 barn kunde skyddas.', '252 barn kunde skyddas. <del>Rättelse: siffran 779 är fel</del>', 'its paragraph has a word the tool does not read ("Rättelse")'],
    ['a line-through style in the figure’s paragraph', '252 barn kunde skyddas.', '252 barn kunde skyddas. <span style="text-decoration: line-through">Rättelse</span>', 'its paragraph has a word the tool does not read ("Rättelse")'],
    ['a struck word split by a tag', '252 barn kunde skyddas.', '252 barn kunde skyddas. <strike>Rätt<b>else</b></strike>', 'its paragraph has a word the tool does not read ("Rättelse")'],
    ['a struck heading above', '<p>Mycket återstår att göra', '<h3><s>Rättelse</s></h3><p>Mycket återstår att göra', 'the heading above it has a word the tool does not read ("Rättelse", in "Rättelse")'],
  ])('%s leaves the figure out, saying why', (_name, from, to, reason) => {
    const extraction = extractPost(edited(from, to));
    expect(extraction.statistics.map((fact) => fact.id)).not.toContain('operation-rescue-suspects-identified');
    const warning = extraction.warnings.find((entry) => entry.code === 'unclear-figure' && entry.message.startsWith('the statistic operation-rescue-suspects-identified '));
    expect(warning?.message).toContain(reason);
  });

  it('reads a body that hides itself until its scripts have run', () => {
    const html = edited('<body ', '<body style="visibility:hidden" ');
    expect(statistic(html, 'new-abuse-images-per-year')?.value).toBe(50000);
  });

  it('fails check --strict when a hidden figure stood first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hidden-'));
    const page = join(dir, 'page.html');
    writeFileSync(page, edited(UNODC, 'läggs <span hidden>50 000 nya bilder</span> 90 000 nya'));
    const result = await runCli(['check', page, '--expect', join(FIXTURES, 'expected-figures.yaml'), '--linked', MEMO, '--strict']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('expected 50000, found 90000');
  });
});
