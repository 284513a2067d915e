import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../src/cli/batch/pool.js';
import { scratchDir } from './helpers/scratch.js';

const dir = scratchDir('alliance-pool-');
/**
 * A worker that answers each message with itself at once: its answers come in only when the test awaits, so what the
 * pool holds between two awaits is what it was given.
 */
const ECHO = join(dir, 'echo.cjs');
writeFileSync(ECHO, "require('node:worker_threads').parentPort.on('message', function (task) { this.postMessage({ id: task.id, result: task.message }); });\n");

describe('WorkerPool: what a worker holds at once', () => {
  it('up to its depth of light tasks, a heavy task alone, and any task when it holds none', async () => {
    const pool = new WorkerPool<string, string>(1, pathToFileURL(ECHO), undefined, 4, 1000);
    try {
      expect(pool.hasCapacity(40_000_000)).toBe(true);
      const heavy = pool.run('heavy', 40_000_000);
      // Found on 5 December: four 40 MiB pages all went to one worker, four deep, while the dispatching thread waited.
      expect(pool.hasCapacity(1)).toBe(false);
      expect(pool.hasCapacity(0)).toBe(false);
      expect(await heavy).toBe('heavy');
      expect(pool.hasCapacity(1000)).toBe(true);
      const light = ['a', 'b', 'c'].map((name) => pool.run(name, 300));
      expect(pool.hasCapacity(100)).toBe(true);
      expect(pool.hasCapacity(101)).toBe(false);
      const last = pool.run('d', 100);
      expect(pool.hasCapacity(0)).toBe(false);
      // A task given beyond that waits in the queue, and goes to the worker once it has room.
      const queued = pool.run('e', 100);
      expect(await Promise.all([...light, last, queued])).toEqual(['a', 'b', 'c', 'd', 'e']);
    } finally {
      await pool.close();
    }
  });

  it('without a weight limit, holds its depth whatever the weights', async () => {
    const pool = new WorkerPool<string, string>(1, pathToFileURL(ECHO), undefined, 2);
    try {
      const first = pool.run('a', 40_000_000);
      expect(pool.hasCapacity(40_000_000)).toBe(true);
      const second = pool.run('b', 40_000_000);
      expect(pool.hasCapacity(0)).toBe(false);
      expect(await Promise.all([first, second])).toEqual(['a', 'b']);
    } finally {
      await pool.close();
    }
  });
});
