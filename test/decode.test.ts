import { describe, expect, it } from 'vitest';
import { loadBuffer } from 'cheerio';
import { decode } from '../src/load/decode.js';
import { InputError } from '../src/load/errors.js';

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
