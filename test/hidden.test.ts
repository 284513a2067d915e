import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHidden } from '../src/rules/hidden.js';
import { extractPost } from '../src/pipeline.js';
import { FIXTURES, MEMO } from './helpers/fixtures.js';
import { MAIN_PAGE } from './helpers/golden.js';
import { runCli } from './helpers/io.js';

const UNODC = 'läggs 50 000 nya';
const RESCUE = 'att 779 misstänkta';

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
    ['span', { style: 'text-decoration: underline line-through' }, true],
    ['span', { style: 'text-decoration-line:line-through' }, true],
    // Hidden from screen readers only: every other reader sees it, and a page saved with a dialog open has its wrapper so marked.
    ['div', { 'aria-hidden': 'true' }, false],
    ['del', {}, true],
    ['s', {}, true],
    ['strike', {}, true],
    // shown: the style's display wins over the attribute, as in a browser
    ['span', { hidden: '', style: 'display: inline' }, false],
    ['span', { 'aria-hidden': 'false' }, false],
    ['span', { style: 'display:block' }, false],
    ['span', { style: 'display:nonesuch' }, false],
    ['span', { style: 'max-visibility:hidden' }, false],
    ['span', { style: 'font-size:0' }, false],
    ['ins', {}, false],
    ['span', { style: `color:red;${' '.repeat(3000)}display:none` }, false],
    // a page that hides itself until its scripts have run shows its whole body after
    ['body', { style: 'visibility:hidden' }, false],
    ['html', { hidden: '' }, false],
  ])('%s %j → %s', (name, attributes, hidden) => {
    expect(isHidden(name, attributes)).toBe(hidden);
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
    ['<strike>', RESCUE, 'att <strike>779</strike> 10 misstänkta', 10],
    ['a line-through style', RESCUE, 'att <span style="text-decoration:line-through">779</span> 10 misstänkta', 10],
  ])('%s', (_name, from, to, value) => {
    const id = from === UNODC ? 'new-abuse-images-per-year' : 'operation-rescue-suspects-identified';
    const fact = statistic(edited(from, to), id);
    expect(fact?.value).toBe(value);
    expect(fact?.quote).not.toMatch(from === UNODC ? /bilder +90|950/ : /779/);
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
