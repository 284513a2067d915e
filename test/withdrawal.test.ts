import { describe, expect, it } from 'vitest';
import { extractCommitments } from '../src/extract/commitments.js';
import type { Block } from '../src/text/blocks.js';

// With the lexicon itself: a block that takes the list back leaves it out whatever its words (see test/check.test.ts for more).
const paragraph = (text: string): Block => ({ kind: 'paragraph', text, links: [], start: 0, owner: undefined });
const item = (text: string): Block => ({ ...paragraph(text), kind: 'item' });

describe('a block right after the list', () => {
  const list = (after: string) => [
    paragraph('De deltagande länderna förbinder sig att uppnå en rad mål, bland annat:'),
    item('Att öka barnens medvetenhet om riskerna med internet.'),
    item('Minska tillgången på barnpornografiskt material på nätet.'),
    paragraph(after),
  ];

  it.each([
    'Inget av detta antogs.',
    'Men inget av det här har antagits.',
    'Detta antogs aldrig.',
    'Dessa gäller inte längre.',
    'None of this was adopted.',
    'None of the above applies any more.',
    'These were never adopted.',
    'Ingen av dessa punkter gäller längre.',
    // Guards beside the negated withdrawals below.
    'These were later withdrawn.',
    'Inget av detta gäller längre heller.',
    'None of these were rejected, but all were later withdrawn.',
    // Found by a hostile check: a denied withdrawal with an exception, or an end, takes part of the list back.
    'Inget av detta har dragits tillbaka, utom den sista punkten.',
    'Inget av detta har dragits tillbaka, förutom den sista punkten.',
    'Ingen av punkterna har strukits, bortsett från den sista.',
    'Inget av detta har dragits tillbaka ännu, men den sista punkten kommer att strykas.',
    'Inget av detta har dragits tillbaka – förrän nu.',
    'None of these were withdrawn, except the last.',
  ])('%j takes the list back, though it does not name it', (after) => {
    const found = extractCommitments(list(after));
    expect(found.items).toEqual([]);
    expect(found.unclear.map(({ reason }) => reason)).toEqual([expect.stringMatching(/^the block right after the list takes it back/), expect.stringMatching(/^the block right after the list takes it back/)]);
  });

  it.each([
    'Tanken är att länderna därefter ska välja lämpliga åtgärder på nationell nivå för att uppnå målen och att de regelbundet ska rapportera sina resultat.',
    'Det är inte lätt att skydda barn på nätet.',
    'Vi får aldrig glömma barnen.',
    'It is not easy to protect children online.',
    'Detta är ett viktigt steg.',
    // Found by a hostile check: a withdrawal denied, and what the list does not concern.
    'None of these were rejected.',
    'Inget av detta har strukits.',
    'Dessa ströks aldrig.',
    'These were never withdrawn.',
    'Inget av detta gäller barnen som redan utsatts.',
    'Detta gäller inte barnen som redan utsatts.',
    'None of this applies to children who were abused before.',
    // A guard: no withdrawal word at all.
    'Inget av detta har avvisats.',
    // Guards: a denied withdrawal whose "men" or "but" goes on to something else.
    'Inget av detta har strukits, men arbetet har bara börjat.',
    'None of these were withdrawn, but the work has only begun.',
  ])('%j does not: it withdraws nothing of what it points back at, or points at nothing', (after) => {
    expect(extractCommitments(list(after)).items.map(({ id }) => id)).toEqual(['raise-awareness', 'reduce-availability']);
  });
});

