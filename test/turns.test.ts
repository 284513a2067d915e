import { describe, expect, it } from 'vitest';
import { Turns } from '../src/cli/batch/turns.js';

/** A stand-in for a pool: `free()` gives it room and wakes whoever waits for some. */
function fakePool() {
  let room = false;
  let wake: Array<() => void> = [];
  return {
    handOff: () => room,
    room: () => new Promise<void>((resolve) => wake.push(resolve)),
    free() {
      room = true;
      for (const resolve of wake.splice(0)) resolve();
    },
    get waiting() {
      return wake.length;
    },
  };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A page's turn, asked now: what it has come to so far, undefined while it waits. */
function taking(turns: Turns, handOff: () => boolean, room?: () => Promise<void>): () => string | undefined {
  let how: string | undefined;
  void turns.take(handOff, room).then((taken) => (how = taken));
  return () => how;
}

describe("Turns: this thread's pages, one at a time", () => {
  it('gives a free thread the page, and the next waits for its release', async () => {
    const pool = fakePool();
    const turns = new Turns();
    expect(await turns.take(pool.handOff, pool.room)).toBe('here');
    const second = taking(turns, pool.handOff, pool.room);
    await settled();
    expect(second()).toBeUndefined();
    turns.release();
    await settled();
    expect(second()).toBe('here');
  });

  it('without workers (no room to wait for), a page waits for the release alone', async () => {
    const turns = new Turns();
    expect(await turns.take(() => false)).toBe('here');
    const second = taking(turns, () => false);
    await settled();
    expect(second()).toBeUndefined();
    turns.release();
    await settled();
    expect(second()).toBe('here');
  });

  it('hands a page to a worker at once when one has room', async () => {
    const pool = fakePool();
    pool.free();
    expect(await new Turns().take(pool.handOff, pool.room)).toBe('handed');
  });

  // Found by a hostile check of 5 December: the pages after `-` waited behind this thread's read of a slow standard
  // input, though the worker had finished its page and had room.
  it('hands a waiting page to a worker that gets room while this thread is still held', async () => {
    const pool = fakePool();
    const turns = new Turns();
    expect(await turns.take(pool.handOff, pool.room)).toBe('here');
    const waiting = taking(turns, pool.handOff, pool.room);
    await settled();
    expect(waiting()).toBeUndefined();
    pool.free();
    await settled();
    expect(waiting()).toBe('handed');
  });

  it('keeps waiting when a worker that had room is full again by the time the page wakes', async () => {
    const pool = fakePool();
    const turns = new Turns();
    await turns.take(pool.handOff, pool.room);
    let full = false;
    const waiting = taking(turns, () => !full && pool.handOff(), pool.room);
    await settled();
    full = true;
    pool.free();
    await settled();
    expect(waiting()).toBeUndefined();
    expect(pool.waiting).toBe(1);
    turns.release();
    await settled();
    expect(waiting()).toBe('here');
  });
});
