import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { GARBAGE_WORTH_COLLECTING, collectorAfterPages, type CliIO } from '../src/cli/io.js';
import { run } from '../src/cli/main.js';
import { MAIN } from './helpers/fixtures.js';
import { scratchDir } from './helpers/scratch.js';

// The collection bin/ gives, made here as it makes it: the heap it settles is what the next page is measured from.
setFlagsFromString('--expose-gc');
const fullCollection = runInNewContext('gc') as () => void;

describe('collectorAfterPages: a run of many pages collects what a large one left', () => {
  // Doubles, held in the heap itself (a repeated string is a few shared pieces; a buffer's bytes are outside it).
  const garbage = () => new Array(Math.ceil((GARBAGE_WORTH_COLLECTING + 4 * 1024 * 1024) / 8)).fill(0.5);

  it('collects after a call that finds the heap grown by GARBAGE_WORTH_COLLECTING since the call before, and only then', () => {
    fullCollection();
    const collectGarbage = vi.fn(fullCollection);
    const afterPage = collectorAfterPages({ collectGarbage });
    afterPage();
    expect(collectGarbage).toHaveBeenCalledTimes(0);
    const held = [garbage()];
    afterPage();
    expect(collectGarbage).toHaveBeenCalledTimes(1);
    afterPage();
    expect(collectGarbage).toHaveBeenCalledTimes(1);
    held.push(garbage());
    afterPage();
    expect(collectGarbage).toHaveBeenCalledTimes(2);
    expect(held).toHaveLength(2);
  });

  // Found by a hostile check: counted from the run's start, the garbage of some 200 copies of the post added up to a
  // collection, which left V8 collecting more often after it.
  it('never collects for pages that each leave less, however much they leave together', () => {
    fullCollection();
    const collectGarbage = vi.fn(fullCollection);
    const afterPage = collectorAfterPages({ collectGarbage });
    const held: number[][] = [];
    for (let page = 0; page < 6; page++) {
      held.push(new Array(Math.ceil(GARBAGE_WORTH_COLLECTING / 4 / 8)).fill(0.5));
      afterPage();
    }
    expect(collectGarbage).toHaveBeenCalledTimes(0);
    expect(held).toHaveLength(6);
  });

  it("bin/'s collection frees what nothing holds", () => {
    const { fullCollection: binCollection } = createRequire(import.meta.url)('../bin/load-cli.js') as { fullCollection: () => () => void };
    const collect = binCollection();
    collect();
    const before = process.memoryUsage().heapUsed;
    let dropped: number[] | null = garbage();
    expect(process.memoryUsage().heapUsed - before).toBeGreaterThan(GARBAGE_WORTH_COLLECTING);
    dropped = null;
    collect();
    expect(dropped).toBeNull();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(GARBAGE_WORTH_COLLECTING / 4);
  });

  it('does nothing without a collector (the library, a test): V8 collects as it will', () => {
    expect(() => collectorAfterPages({})()).not.toThrow();
  });
});

describe('the commands that read many pages collect after a large one, and only then', () => {
  // A page whose text is some 40 MB: the post with a comment that long after it.
  const dir = scratchDir('alliance-after-page-');
  const large = join(dir, 'large.html');
  writeFileSync(large, readFileSync(MAIN, 'utf8').replace('</body>', `<!-- ${'x'.repeat(40 * 1024 * 1024)} --></body>`));

  async function collectionsIn(argv: string[]): Promise<{ code: number; collections: number }> {
    const collectGarbage = vi.fn(fullCollection);
    const stdout = new PassThrough().resume();
    const stderr = new PassThrough().resume();
    const io: CliIO = { stdin: Readable.from([]), stdout, stderr, env: {}, cwd: dir, stdoutIsTTY: false, stderrIsTTY: false, collectGarbage };
    // From a settled heap, as a process starts: what this test wrote and earlier runs left is no page's.
    fullCollection();
    const code = await run(argv, io);
    return { code, collections: collectGarbage.mock.calls.length };
  }

  // How many of the large pages leave enough is V8's to say (it may collect during the second on its own); that the
  // first does, and the post never, is the promise.
  it.each([
    ['a batch on one thread', ['--jobs', '1']],
    ['check', ['check']],
    ['diff', ['diff']],
  ])('%s: after a large page, never after the post', async (_command, args) => {
    expect(await collectionsIn([...args, MAIN, MAIN])).toEqual({ code: 0, collections: 0 });
    const { code, collections } = await collectionsIn([...args, large, large]);
    expect(code).toBe(0);
    expect(collections).toBeGreaterThanOrEqual(1);
  });
});
