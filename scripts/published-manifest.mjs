// The package.json that ships has no `scripts`. This repository's `prepare`
// builds dist/ on `npm ci` (for development and CI), but npm lists `prepare`
// among a package's install scripts and warns about it on every install of the
// tarball, though it never runs it there. So `npm pack` (prepack) writes the
// manifest without `scripts` and keeps the original aside; postpack puts it
// back. A pack that failed in between leaves the original aside, and the next
// pack starts from it.
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';

const manifest = new URL('../package.json', import.meta.url);
const original = new URL('../.package.json.unpacked', import.meta.url);

switch (process.argv[2]) {
  case 'strip': {
    if (!existsSync(original)) await rename(manifest, original);
    const { scripts, ...published } = JSON.parse(await readFile(original, 'utf8'));
    await writeFile(manifest, `${JSON.stringify(published, null, 2)}\n`);
    break;
  }
  case 'restore':
    await rename(original, manifest);
    break;
  default:
    throw new Error('usage: node scripts/published-manifest.mjs strip|restore');
}
