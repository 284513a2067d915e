import { describe, expect, it, vi } from 'vitest';
import { paragraphWeight, rankContainers } from '../src/locate/candidates.js';
import { readHtml } from '../src/load/readHtml.js';
import { extractPost } from '../src/pipeline.js';

// One part of the tool tried alone: see test/helpers/everyWordKnown.ts.
vi.mock('../src/rules/lexicon.js', () => import('./helpers/everyWordKnown.js'));

const prose = (n: number) => `<p>Mening nummer ${n}, med ett kommatecken, och tillräckligt med text för att räknas som löpande prosa.</p>`;

describe('rankContainers', () => {
  it('ranks the container of the running text first, whatever its class names', () => {
    const html = `<body><div id="x1"><p>Meny</p><p>Sök</p></div><div id="x2">${[1, 2, 3, 4, 5].map(prose).join('')}</div><div id="x3">${prose(6)}</div></body>`;
    const [best] = rankContainers(readHtml(html).blocks);
    expect(best?.element.attribs['id']).toBe('x2');
  });

  // Helper 174: an e-mail's or a word processor's export wraps each paragraph in a table of one cell, and no container
  // above them was a candidate. A table of more cells is a layout's, and its cell the container.
  it('looks through a table of one cell to what it stands in', () => {
    const oneCell = (n: number) => `<table><tr><td>${prose(n)}</td></tr></table>`;
    const html = `<body><div id="x1"><p>Meny</p></div><div id="x2">${[1, 2, 3, 4, 5].map(oneCell).join('')}</div></body>`;
    const [best] = rankContainers(readHtml(html).blocks);
    expect(best?.element.attribs['id']).toBe('x2');
  });

  // Helper 175: a table of one cell around the post's paragraphs is a box, its cell their container; a first version
  // looked through it, and the title above it and the comments beside it became the post's.
  it('keeps the cell of a one-cell table around several paragraphs as the container', () => {
    const html = `<body><div id="x0"><h1>Rubrik</h1><table><tr><td id="x1">${[1, 2, 3, 4].map(prose).join('')}</td></tr></table>${prose(5)}</div></body>`;
    const [best] = rankContainers(readHtml(html).blocks);
    expect(best?.element.attribs['id']).toBe('x1');
  });

  it('keeps a layout table\'s cell of many paragraphs as the container', () => {
    const html = `<body><table id="x0"><tr><td id="x1">${prose(1)}</td><td id="x2">${[2, 3, 4, 5].map(prose).join('')}</td></tr></table></body>`;
    const [best] = rankContainers(readHtml(html).blocks);
    expect(best?.element.attribs['id']).toBe('x2');
  });

  it('counts a paragraph of prose for more than a short line', () => {
    expect(paragraphWeight('Kort')).toBe(0);
    expect(paragraphWeight('En längre mening, med kommatecken, som räknas.')).toBeGreaterThan(1);
  });
});

describe('locatePost', () => {
  it('reads the facts of a post that the theme lists in a list item', () => {
    const html = `<html><body><ul class="posts"><li><div class="entry">
      <p>Operation Rescue ledde till att 779 misstänkta personer kunde identifieras i hela världen, 250 greps och 252 barn kunde skyddas.</p>
      <p>Länderna enades om fyra gemensamma mål:</p>
      <ul><li>Intensifierade ansträngningar för att identifiera offren och att se till att de får den hjälp och det stöd och skydd som de behöver.</li>
      <li>Intensifierade ansträngningar att utreda sexuella övergrepp mot barn på nätet och att identifiera och lagföra förövarna.</li>
      <li>Att öka barnens medvetenhet om riskerna med internet.</li>
      <li>Minska tillgången på barnpornografiskt material på nätet.</li></ul>
    </div></li></ul></body></html>`;
    const extraction = extractPost(html);
    expect(extraction.statistics.map(({ id, value }) => [id, value])).toEqual([
      ['operation-rescue-suspects-identified', 779],
      ['operation-rescue-arrests', 250],
      ['operation-rescue-children-safeguarded', 252],
    ]);
    expect(extraction.commitments.map(({ id }) => id)).toEqual(['identify-victims', 'investigate-and-prosecute', 'raise-awareness', 'reduce-availability']);
  });

  it('reads no fact from text that ends before a container that is no block of its own', () => {
    // An old table layout: the post in a <font> in a cell, after a teaser that runs on into it. The teaser
    // agrees with the post (else its figures would contradict the post's: see conflicts.test.ts), so that
    // only the lines the figures are read from tell whether the teaser was read as the post.
    const html = `<html><body><table><tr><td>Operation Rescue, som vi skrev om förra veckan: 250 greps och 252 barn kunde skyddas.
      <font size="2"><p>Operation Rescue ledde till att 779 misstänkta personer kunde identifieras i hela världen, 250 greps och 252 barn kunde skyddas.</p>
      <p>Ett år senare står 48 länder bakom initiativet, och fler har möjlighet att gå med, sade hon.</p></font>
    </td></tr></table></body></html>`;
    const extraction = extractPost(html);
    expect(extraction.statistics.map(({ id, value, location }) => [id, value, location.line])).toEqual([
      ['participating-countries', 48, 3],
      ['operation-rescue-suspects-identified', 779, 2],
      ['operation-rescue-arrests', 250, 2],
      ['operation-rescue-children-safeguarded', 252, 2],
    ]);
  });

  it('reads the facts in the text after the last paragraph of a container that is no block of its own', () => {
    const html = `<html><body><div id="teaser">Operation Rescue, som vi skrev om förra veckan: 250 greps och 252 barn kunde skyddas.</div>
      <font size="2"><p>Ett år senare står 48 länder bakom initiativet, och fler har möjlighet att gå med, sade hon.</p>
      <p>Mer än en miljon bilder på sexuellt utnyttjade barn finns på nätet, enligt beräkningar, och antalet växer.</p>
      Operation Rescue ledde till att 779 misstänkta personer kunde identifieras i hela världen, 250 greps och 252 barn kunde skyddas.</font>
    </body></html>`;
    const extraction = extractPost(html);
    expect(extraction.statistics.map(({ id, value, location }) => [id, value, location.line])).toEqual([
      ['participating-countries', 48, 2],
      ['abuse-images-online', 1_000_000, 3],
      ['operation-rescue-suspects-identified', 779, 4],
      ['operation-rescue-arrests', 250, 4],
      ['operation-rescue-children-safeguarded', 252, 4],
    ]);
  });

  it('reads the facts in the text of a container that is no block of its own inside a list item', () => {
    const html = `<html><body><ul class="posts"><li><span class="entry">Operation Rescue ledde till att 779 misstänkta personer kunde identifieras i hela världen, 250 greps och 252 barn kunde skyddas.
      <p>Ett år senare står 48 länder bakom initiativet, och fler har möjlighet att gå med, sade hon.</p>
      <p>Mer än en miljon bilder på sexuellt utnyttjade barn finns på nätet, enligt beräkningar, och antalet växer.</p></span></li></ul>
    </body></html>`;
    const extraction = extractPost(html);
    expect(extraction.statistics.map(({ id, value }) => [id, value])).toEqual([
      ['participating-countries', 48],
      ['abuse-images-online', 1_000_000],
      ['operation-rescue-suspects-identified', 779],
      ['operation-rescue-arrests', 250],
      ['operation-rescue-children-safeguarded', 252],
    ]);
  });

  it('reads no tail of a figure cut at the start of the container', () => {
    // "48" cut by a blank line, its "8" running on into an inline container: not 8 countries.
    const html = `<html><body><div class="x"><h2>Rubrik</h2>Ett år senare står 4<br><br>8<b> länder bakom initiativet, och fler har möjlighet att gå med, sade hon.
      <p>Mer än en miljon bilder på sexuellt utnyttjade barn finns på nätet, enligt beräkningar, och antalet växer.</p>
      <p>Operation Rescue ledde till att 779 misstänkta personer kunde identifieras i hela världen, 250 greps och 252 barn kunde skyddas.</p></b></div>
    </body></html>`;
    const extraction = extractPost(html);
    expect(extraction.statistics.map(({ id }) => id)).not.toContain('participating-countries');
    expect(extraction.statistics.map(({ id }) => id)).toContain('operation-rescue-arrests');
  });
});
