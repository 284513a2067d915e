import { describe, expect, it } from 'vitest';
import { handOver } from '../src/load/handedOver.js';

describe('handOver', () => {
  it('gives the value to the first take, and holds it no longer', () => {
    const bytes = new Uint8Array([60, 112, 62]);
    const handed = handOver(bytes);
    expect(handed.take()).toBe(bytes);
    expect(() => handed.take()).toThrow('a page handed over was taken twice');
  });

  it('lets the value be read before it is taken, and not after', () => {
    const handed = handOver('<p>48 länder</p>');
    expect(handed.peek((text) => text.length)).toBe(16);
    expect(handed.peek((text) => text.length)).toBe(16);
    expect(handed.take()).toBe('<p>48 länder</p>');
    expect(() => handed.peek((text) => text.length)).toThrow('a page handed over was taken twice');
  });
});
