import { describe, expect, it } from 'vitest';
import { loadBuffer } from 'cheerio';
import fc from 'fast-check';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import { declaredEncoding, decode } from '../src/load/decode.js';
import { InputError } from '../src/load/errors.js';
import { extractPost, missingFacts } from '../src/pipeline.js';
import { MAIN, listFixtures } from './helpers/fixtures.js';
import { readFileSync } from 'node:fs';

/** The bundled page without its <meta charset>, as a capture that lost its headers. */
const metaless = readFileSync(MAIN, 'utf8').replace('<meta charset="UTF-8" />', '');

const swedish = '<html><head><title>Globalallians</title></head><body><p>Mer än en miljon bilder på nätet; 50 000 nya</p></body></html>';

describe('decode', () => {
  it('reads meta-less UTF-8 as UTF-8, where cheerio.loadBuffer falls back to windows-1252', () => {
    const bytes = Buffer.from(swedish, 'utf8');
    expect(loadBuffer(bytes)('p').text()).toContain('Ã¤');
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('Mer än en miljon bilder på nätet');
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', () => {
    const decoded = decode(Buffer.from(swedish, 'latin1'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('Mer än en miljon bilder på nätet');
  });

  it.each([
    ['<meta charset="iso-8859-1">', 'windows-1252'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', 'windows-1252'],
    ['<meta charset=windows-1252>', 'windows-1252'],
  ])('follows the declaration %s', (meta, encoding) => {
    const decoded = decode(Buffer.from(`<html><head>${meta}</head><body><p>nätet</p></body></html>`, 'latin1'));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain('nätet');
  });

  it.each([
    ['UTF-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(swedish)]), 'utf-8'],
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(swedish, 'utf16le')]), 'utf-16le'],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(swedish, 'utf16le').swap16()]), 'utf-16be'],
  ])('lets a %s byte-order mark win over any declaration', (_name, bytes, encoding) => {
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain('Mer än en miljon bilder på nätet');
  });

  it.each([
    ['empty input', Buffer.alloc(0), 'empty'],
    ['binary data', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary'],
  ])('rejects %s', (_name, bytes, problem) => {
    expect(() => decode(bytes)).toThrow(InputError);
    try {
      decode(bytes);
    } catch (error) {
      expect((error as InputError).problem).toBe(problem);
    }
  });
});

describe('decode: a page that declares nothing', () => {
  it('reads meta-less UTF-8 with one stray byte in a trailing comment as UTF-8, facts and all', () => {
    const bytes = Buffer.concat([Buffer.from(metaless.replace('</html>', '')), Buffer.from('<!-- '), Buffer.from([0xff]), Buffer.from(' --></html>')]);
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('Mer än en miljon bilder');
    expect(decoded.text).toContain('<!-- \ufffd -->');
    const extraction = extractPost(bytes);
    expect(missingFacts(extraction)).toEqual([]);
    expect(extraction.warnings.map((warning) => warning.code)).not.toContain('decoding-damage');
  });

  it('marks a stray byte inside the post with a replacement character and the decoding-damage warning', () => {
    const [head, tail] = metaless.split('läggs 50 000') as [string, string];
    const bytes = Buffer.concat([Buffer.from(head), Buffer.from([0xe4]), Buffer.from(' läggs 50 000'), Buffer.from(tail)]);
    const extraction = extractPost(bytes);
    expect(extraction.document.encoding).toBe('utf-8');
    // The mark stands in the images' paragraph: a word the tool does not read there, so its figures are left out, and
    // the countries' too, as it is the block after theirs.
    expect(missingFacts(extraction)).toEqual(['participating-countries', 'abuse-images-online', 'new-abuse-images-per-year']);
    expect(extraction.warnings.map((warning) => warning.code)).toContain('decoding-damage');
    expect(extraction.warnings.find((warning) => warning.code === 'unclear-figure')?.message).toContain('a word the tool does not read ("\ufffd"');
  });

  it('still reads a Latin-1 page with a few UTF-8-looking pairs as windows-1252', () => {
    const latin = Buffer.from(`${swedish} Ã¤ och åäö åäö åäö`, 'latin1');
    expect(decode(latin).encoding).toBe('windows-1252');
  });

  it('reads pure ASCII with one stray byte as windows-1252: nothing says it is UTF-8', () => {
    expect(decode(Buffer.from('<html><body><p>plain \xff text</p></body></html>', 'latin1')).encoding).toBe('windows-1252');
  });
});

describe('decode: a page longer than a string can be', () => {
  it.each([
    ['UTF-8', Buffer.from(swedish, 'utf8')],
    ['windows-1252', Buffer.from(`<meta charset="windows-1252">${swedish}`, 'latin1')],
    ['UTF-16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(swedish, 'utf16le')])],
    ['undeclared Latin-1', Buffer.from(swedish, 'latin1')],
  ])('refuses %s text over the limit as too large, an input error', (_name, bytes) => {
    expect(() => decode(bytes, { maxLength: 50 })).toThrow(InputError);
    try {
      decode(bytes, { maxLength: 50 });
    } catch (error) {
      expect((error as InputError).problem).toBe('too-large');
      expect((error as InputError).message).toMatch(/longer than .* characters/);
    }
    expect(decode(bytes).text.length).toBeGreaterThan(50);
  });
});

describe('declaredEncoding', () => {
  /** The prescan over the whole first kilobyte at once, as the sniffer's own example runs it. */
  function wholePrescan(bytes: Uint8Array): string | undefined {
    const sniffer = new Sniffer();
    sniffer.write(bytes.subarray(0, 1024));
    const declared = sniffer.resultType === ResultType.META_TAG || sniffer.resultType === ResultType.XML_ENCODING;
    return declared ? sniffer.encoding : undefined;
  }

  it('finds what the prescan of the whole kilobyte finds, wherever the declaration and what might override it stand', () => {
    const piece = fc.constantFrom(
      '<meta charset="windows-1252">', '<meta charset=utf-8>', '<META CHARSET="ISO-8859-2" />', '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">',
      '<meta content="text/html; charset=shift_jis" http-equiv=content-type>', '<meta name="x" content="charset=big5">', '<?xml version="1.0" encoding="windows-1251"?>',
      '<!-- <meta charset="euc-kr"> -->', '<script>var s = "<meta charset=gbk>"</script>', '<title>x</title>', '<p>text</p>', ' '.repeat(61), 'x'.repeat(63), '<', '<!--', '"', "'",
      '<meta charset="bogus-label">', '<meta charset="x-user-defined">', '<meta charset="utf-16le">',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const bytes = Buffer.from(pieces.join(''), 'latin1');
        expect(declaredEncoding(bytes)).toBe(wholePrescan(bytes));
      }),
      { seed: 6122012, numRuns: 3000 },
    );
  });

  it('finds it on every fixture as the whole prescan does', () => {
    for (const { source } of listFixtures()) {
      const bytes = readFileSync(source);
      expect(declaredEncoding(bytes), source).toBe(wholePrescan(bytes));
    }
  });
});
