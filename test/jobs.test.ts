import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNSIZED_PAGE_BYTES, WORKERS_FROM_BYTES, batchWork, defaultJobs, pageBytes } from '../src/cli/batch/jobs.js';
import { formatSize } from '../src/cli/size.js';
import { runBin } from './helpers/bin.js';
import { runCli } from './helpers/io.js';
import { MAIN } from './helpers/fixtures.js';
import { scratchDir } from './helpers/scratch.js';

const FROM = WORKERS_FROM_BYTES;
const UNSIZED = UNSIZED_PAGE_BYTES;

describe('defaultJobs: the threads a batch gets without --jobs', () => {
  it.each([
    ['nothing to do', 1, { bytes: 0, unsized: 0, cores: 8 }],
    ['a few small pages', 1, { bytes: 3 * 56_000, unsized: 0, cores: 2 }],
    ['just under the threshold', 1, { bytes: FROM - 1, unsized: 0, cores: 2 }],
    ['at the threshold', 2, { bytes: FROM, unsized: 0, cores: 2 }],
    ['well over it, many cores', 16, { bytes: 10 * FROM, unsized: 0, cores: 16 }],
    ['over it on one core', 1, { bytes: 10 * FROM, unsized: 0, cores: 1 }],
    ['a core count of 0 (never below one thread)', 1, { bytes: 10 * FROM, unsized: 0, cores: 0 }],
    ['pages of unknown size, too few', 1, { bytes: 0, unsized: Math.floor(FROM / UNSIZED) - 1, cores: 4 }],
    ['pages of unknown size, enough', 4, { bytes: 0, unsized: Math.ceil(FROM / UNSIZED), cores: 4 }],
    ['known and unknown sizes together', 2, { bytes: FROM - UNSIZED, unsized: 1, cores: 2 }],
  ])('%s → %d', (_case, jobs, work) => {
    expect(defaultJobs(work)).toBe(jobs);
  });
});

describe('batchWork: what the pages of a batch weigh', () => {
  const dir = scratchDir('alliance-jobs-');
  writeFileSync(join(dir, 'a.html'), 'x'.repeat(1000));
  writeFileSync(join(dir, 'b.html'), 'x'.repeat(3000));
  mkdirSync(join(dir, 'folder'));

  it('adds the sizes of files, relative to the working directory', () => {
    expect(batchWork(['a.html', join(dir, 'b.html')], dir)).toEqual({ bytes: 4000, unsized: 0 });
  });

  it('counts standard input, addresses and what is not a regular file as pages of unknown size', () => {
    expect(batchWork(['-', 'https://example.org/post', 'HTTP://EXAMPLE.ORG/', 'folder', '/dev/null'], dir)).toEqual({ bytes: 0, unsized: 5 });
  });

  it('counts nothing for a page it cannot look at, which will fail as a record', () => {
    expect(batchWork(['missing.html', 'a.html/below', 'a.html'], dir)).toEqual({ bytes: 1000, unsized: 0 });
  });

  it('sizes a long batch from pages spread over it, scaled to its length', () => {
    // Every other page of six: a.html three times (3 000 bytes), scaled by 2.
    expect(batchWork(['a.html', 'b.html', 'a.html', 'b.html', 'a.html', 'b.html'], dir, 3)).toEqual({ bytes: 6000, unsized: 0 });
    expect(batchWork(['-', 'a.html', '-', 'a.html'], dir, 2)).toEqual({ bytes: 0, unsized: 4 });
    // Pages 0 and 1 of three (4 000 bytes), scaled by 1.5.
    expect(batchWork(['b.html', 'a.html', 'a.html'], dir, 2)).toEqual({ bytes: 6000, unsized: 0 });
  });

  it('weighs nothing for no pages', () => {
    expect(batchWork([], dir)).toEqual({ bytes: 0, unsized: 0 });
  });
});

describe("pageBytes: what one page weighs in a worker's queue", () => {
  const dir = scratchDir('alliance-page-bytes-');
  writeFileSync(join(dir, 'a.html'), 'x'.repeat(1000));
  mkdirSync(join(dir, 'folder'));

  it.each([
    ['a file, by its size, relative to the working directory', 'a.html', 1000],
    ['standard input, of unknown size', '-', UNSIZED_PAGE_BYTES],
    ['an address, of unknown size', 'https://example.org/post', UNSIZED_PAGE_BYTES],
    ['what is not a regular file, of unknown size', 'folder', UNSIZED_PAGE_BYTES],
    ['a page it cannot look at, which fails at once', 'missing.html', 0],
  ])('%s', (_case, page, bytes) => {
    expect(pageBytes(page, dir)).toBe(bytes);
  });
});

describe('a batch without --jobs', () => {
  it('is described by --help with the threshold in force', async () => {
    const help = (await runCli(['extract', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain(`default: one below ${formatSize(WORKERS_FROM_BYTES)} of pages, else one a core`);
  });

  it('runs a small batch on one thread, whatever the cores', async () => {
    expect(statSync(MAIN).size * 3).toBeLessThan(FROM);
    const result = await runCli([MAIN, MAIN, MAIN]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/3 of 3 pages extracted, 0 failed \(\d+\.\d s, 1 job\)\n$/);
  });

  it('leaves an explicit --jobs as asked, small batch or not (the built command: workers load the bundle)', () => {
    const result = runBin([MAIN, MAIN, '--jobs', '2']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/\(\d+\.\d s, 2 jobs\)\n$/);
  });
});
