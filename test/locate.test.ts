import { describe, expect, it } from 'vitest';
import { paragraphWeight, rankContainers } from '../src/locate/candidates.js';
import { readHtml } from '../src/load/readHtml.js';

const prose = (n: number) => `<p>Mening nummer ${n}, med ett kommatecken, och tillräckligt med text för att räknas som löpande prosa.</p>`;

describe('rankContainers', () => {
  it('ranks the container of the running text first, whatever its class names', () => {
    const html = `<body><div id="x1"><p>Meny</p><p>Sök</p></div><div id="x2">${[1, 2, 3, 4, 5].map(prose).join('')}</div><div id="x3">${prose(6)}</div></body>`;
    const [best] = rankContainers(readHtml(html).blocks);
    expect(best?.element.attribs['id']).toBe('x2');
  });

  it('counts a paragraph of prose for more than a short line', () => {
    expect(paragraphWeight('Kort')).toBe(0);
    expect(paragraphWeight('En längre mening, med kommatecken, som räknas.')).toBeGreaterThan(1);
  });
});
