import { describe, expect, it } from 'vitest';
import { closest } from '../src/text/closest.js';

const COMMANDS = ['extract', 'check', 'expect', 'diff', 'schema'];

describe('closest', () => {
  it.each([
    ['chek', COMMANDS, 'check'],
    ['chekc', COMMANDS, 'check'],
    ['dif', COMMANDS, 'diff'],
    ['CHECK', COMMANDS, 'check'],
    ['operation-rescue-arests', ['operation-rescue-arrests', 'operation-rescue-suspects-identified'], 'operation-rescue-arrests'],
    ['banana', COMMANDS, undefined],
    ['figures', ['commitments', 'statistics', 'countries'], undefined],
    ['x'.repeat(1000), COMMANDS, undefined],
  ])('%s → %s', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });
});
