import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

// A run of the suite made some 400 directories under /tmp and left them there; a developer's machine filled with
// them. Each test file now removes its own when its tests are done (the hook is the importing file's: vitest
// evaluates this module anew for each test file).
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
});

/** A new, empty directory under the system's temporary one, removed after the importing file's tests. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
