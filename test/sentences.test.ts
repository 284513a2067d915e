import { describe, expect, it } from 'vitest';
import { toSentences } from '../src/text/sentences.js';

describe('toSentences', () => {
  it.each([
    ['Enligt UNODC läggs ca. 50 000 nya bilder ut varje år. Bakom varje bild finns ett barn.', ['Enligt UNODC läggs ca. 50 000 nya bilder ut varje år.', 'Bakom varje bild finns ett barn.']],
    ['Ca. 50 000 bilder läggs ut. Varje år.', ['Ca. 50 000 bilder läggs ut.', 'Varje år.']],
    ['Det gäller omkr. 779 misstänkta.', ['Det gäller omkr. 779 misstänkta.']],
    ['Det gäller ung. 779 misstänkta.', ['Det gäller ung. 779 misstänkta.']],
    ['Flera länder, t.ex. Sverige, bl.a. Norge, dvs. 48 länder.', ['Flera länder, t.ex. Sverige, bl.a. Norge, dvs. 48 länder.']],
    ['Det vill säga d.v.s. 48 länder.', ['Det vill säga d.v.s. 48 länder.']],
    ['It led to approx. 779 suspects.', ['It led to approx. 779 suspects.']],
    ['It led to c. 779 suspects.', ['It led to c. 779 suspects.']],
    ['There are est. 500 000 new images.', ['There are est. 500 000 new images.']],
    ['Several countries, e.g. Sweden, i.e. 48 countries.', ['Several countries, e.g. Sweden, i.e. 48 countries.']],
    ['FN:s byrå. Mer än en miljon.', ['FN:s byrå.', 'Mer än en miljon.']],
    ['EU, USA etc. 48 länder står bakom.', ['EU, USA etc.', '48 länder står bakom.']],
    ['Det är Budapest. 48 länder står bakom.', ['Det är Budapest.', '48 länder står bakom.']],
    ['Vad? 48! Ja.', ['Vad?', '48!', 'Ja.']],
    ['Det är tre ggr. 50 000 nya bilder som läggs ut.', ['Det är tre ggr. 50 000 nya bilder som läggs ut.']],
  ] as const)('splits %j into %j', (paragraph, sentences) => {
    expect(toSentences(paragraph).map((sentence) => sentence.text)).toEqual(sentences);
  });

  it('gives each sentence its offset in the paragraph', () => {
    const paragraph = '  Det gäller ca. 779.  Nästa mening.';
    expect(toSentences(paragraph)).toEqual([
      { text: 'Det gäller ca. 779.', offset: 2 },
      { text: 'Nästa mening.', offset: 23 },
    ]);
  });
});
