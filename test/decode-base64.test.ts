import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript, which the build serves to the bundles in place of entities' own.
import { decodeBase64 } from '../scripts/decode-base64.js';

// The ES module build of the entities that htmlparser2 decodes with, as the build resolves it.
const require = createRequire(import.meta.url);
const decoder = createRequire(require.resolve('htmlparser2')).resolve('entities/decode');
const generated = join(decoder.slice(0, decoder.lastIndexOf(`${sep}dist${sep}`)), 'dist', 'esm', 'generated');
const TABLES = [
  ['decode-data-html.js', 'htmlDecodeTree'],
  ['decode-data-xml.js', 'xmlDecodeTree'],
] as const;

/** entities' own decoder, as it was before the build replaced it (atob and a loop). */
function original(input: string): Uint16Array {
  const binary = atob(input);
  const out = new Uint16Array((binary.length & ~1) / 2);
  for (let index = 0, outIndex = 0; index < binary.length - 1; index += 2) out[outIndex++] = binary.charCodeAt(index) | (binary.charCodeAt(index + 1) << 8);
  return out;
}

describe('decodeBase64 (what the bundles use for entities’ tables)', () => {
  it.each(TABLES)('makes the same %s table as entities itself', async (file, name) => {
    const path = join(generated, file);
    const [, base64] = /decodeBase64\("([^"]+)"\)/.exec(readFileSync(path, 'utf8')) ?? [];
    const module = (await import(pathToFileURL(path).href)) as Record<string, Uint16Array>;
    expect(base64).toBeDefined();
    expect(decodeBase64(base64)).toEqual(module[name]);
  });

  it('agrees with atob and a loop on any bytes, odd lengths included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const input = Buffer.from(bytes).toString('base64');
        expect(decodeBase64(input)).toEqual(original(input));
      }),
    );
  });
});
