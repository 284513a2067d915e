import { describe, expect, it } from 'vitest';
import { withoutLabelNote } from '../src/extract/labels.js';

describe('withoutLabelNote: a line without the note of its label, where the note says only what a label\'s note may', () => {
  it.each([
    ['Gripna (Preliminärt): 260', 'Gripna: 260'],
    ['Gripna (PRELIMINÄRT): 260', 'Gripna: 260'],
    ['Arrested (final.): 260', 'Arrested: 260'],
    ['Gripna (final)[1]: 260', 'Gripna: 260'],
    ['Gripna [1]: 260', 'Gripna: 260'],
    ['Gripna¹ : 260', 'Gripna : 260'],
    ['Arrested (Europol): 260', 'Arrested: 260'],
    // A note of a place, a part or a time says more than the statistic, and stays.
    ['Gripna (Malmö): 260', 'Gripna (Malmö): 260'],
    ['Gripna (kvinnor): 120', 'Gripna (kvinnor): 120'],
    ['Gripna (Malmö)[1]: 260', 'Gripna (Malmö)[1]: 260'],
    // No label, or a note after the colon.
    ['Totalt greps (preliminärt) 260 personer.', 'Totalt greps (preliminärt) 260 personer.'],
    ['Gripna: 260 (preliminärt)', 'Gripna: 260 (preliminärt)'],
  ])('%j → %j', (text, expected) => {
    expect(withoutLabelNote(text)).toBe(expected);
  });
});
