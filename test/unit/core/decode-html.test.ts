import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, prescanEncoding } from '../../../src/core/decode-html';

const ascii = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const cat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let i = 0;
  for (const p of parts) {
    out.set(p, i);
    i += p.length;
  }
  return out;
};

describe('decodeHtmlBytes', () => {
  it('reads a UTF-8 byte order mark before any meta', () => {
    const r = decodeHtmlBytes(
      cat(Uint8Array.of(0xef, 0xbb, 0xbf), ascii('<meta charset="windows-1252"><p>caf\u00e9</p>')),
    );
    expect(r).toMatchObject({ encoding: 'utf-8', source: 'bom' });
    expect(r.text).toContain('caf\u00e9');
  });

  it('reads UTF-16 by its byte order mark', () => {
    const body = '<p>\u00fcber</p>';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) bytes[2 + 2 * i] = body.charCodeAt(i);
    expect(decodeHtmlBytes(bytes)).toMatchObject({ text: body, encoding: 'utf-16le', source: 'bom' });
  });

  it('decodes a page in the legacy encoding its meta charset declares', () => {
    const r = decodeHtmlBytes(
      latin1('<html><head><meta charset="iso-8859-1"></head><body><p>Gr\u00fc\u00dfe aus K\u00f6ln</p>'),
    );
    expect(r.encoding).toBe('windows-1252'); // the standard maps the latin1 labels to windows-1252
    expect(r.text).toContain('Gr\u00fc\u00dfe aus K\u00f6ln');
  });

  it('reads the http-equiv content-type form of the declaration', () => {
    const r = decodeHtmlBytes(
      cat(
        ascii('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>'),
        Uint8Array.of(0xf0, 0xd2, 0xc9),
      ),
    );
    expect(r.encoding).toBe('koi8-r');
    expect(r.text).toContain('\u041f\u0440\u0438');
  });

  it('falls back to UTF-8 when the bytes are UTF-8 but the meta declares a legacy encoding', () => {
    const r = decodeHtmlBytes(
      ascii('<meta charset="iso-8859-1"><p>Caf\u00e9 cr\u00e8me, na\u00efve \u2014 \u201cquoted\u201d</p>'),
    );
    expect(r.source).toBe('utf-8-fallback');
    expect(r.text).toContain('Caf\u00e9 cr\u00e8me, na\u00efve \u2014 \u201cquoted\u201d');
    expect(r.text).not.toContain('\u00c3');
  });

  it('falls back to UTF-8 when the declared encoding yields replacement characters', () => {
    // ISO-2022-JP has no bytes above 0x7F; the one two-byte UTF-8 sequence is valid UTF-8.
    const bytes = ascii('<meta charset="iso-2022-jp"><p>caf\u00e9</p>');
    expect(new TextDecoder('iso-2022-jp').decode(bytes)).toContain('\ufffd');
    const r = decodeHtmlBytes(bytes);
    expect(r.source).toBe('utf-8-fallback');
    expect(r.text).toContain('caf\u00e9');
  });

  it('keeps the declared encoding when the bytes are not valid UTF-8', () => {
    const r = decodeHtmlBytes(latin1('<meta charset="windows-1252"><p>\u00e9t\u00e9 \u00e0 Paris</p>'));
    expect(r).toMatchObject({ encoding: 'windows-1252', source: 'meta' });
    expect(r.text).toContain('\u00e9t\u00e9 \u00e0 Paris');
  });

  it('decodes UTF-8 without any declaration', () => {
    expect(decodeHtmlBytes(ascii('<p>\u00e9t\u00e9</p>'))).toMatchObject({
      text: '<p>\u00e9t\u00e9</p>',
      encoding: 'utf-8',
      source: 'default',
    });
  });
});

describe('prescanEncoding', () => {
  it('looks only at the first 1024 bytes', () => {
    expect(prescanEncoding(ascii(`${' '.repeat(1024)}<meta charset="koi8-r">`))).toBeNull();
    expect(prescanEncoding(ascii(`${' '.repeat(900)}<meta charset="koi8-r">`))).toBe('koi8-r');
  });

  it('skips declarations inside comments and unknown labels', () => {
    expect(
      prescanEncoding(
        ascii('<!-- <meta charset="koi8-r"> --><meta charset="nonsense"><meta charset=\'windows-1251\'>'),
      ),
    ).toBe('windows-1251');
  });

  it('reads a declared UTF-16 as UTF-8, as the standard says', () => {
    expect(prescanEncoding(ascii('<meta charset="utf-16">'))).toBe('utf-8');
  });
});

describe('decodeHtmlBytes with the HTTP charset', () => {
  const page = latin1('<meta charset="utf-8"><p>Gr\u00fc\u00dfe</p>');

  it('takes the Content-Type charset over the meta prescan', () => {
    const r = decodeHtmlBytes(page, 'text/html; charset=ISO-8859-1');
    expect(r).toMatchObject({ encoding: 'windows-1252', source: 'http' });
    expect(r.text).toContain('Gr\u00fc\u00dfe');
    // Without the header the meta's UTF-8 is taken, and the Latin-1 bytes do not read.
    expect(decodeHtmlBytes(page).text).not.toContain('Gr\u00fc\u00dfe');
  });

  it('still lets a byte order mark win over the header', () => {
    const r = decodeHtmlBytes(cat(Uint8Array.of(0xef, 0xbb, 0xbf), ascii('<p>x</p>')), 'text/html; charset=koi8-r');
    expect(r.source).toBe('bom');
  });

  it('ignores a header without a charset, or with one no decoder knows', () => {
    expect(decodeHtmlBytes(page, 'text/html').source).toBe('meta');
    expect(decodeHtmlBytes(page, 'text/html; charset="no-such-thing"').source).toBe('meta');
    expect(decodeHtmlBytes(latin1('<p>x</p>'), 'text/html; charset="koi8-r"')).toMatchObject({
      encoding: 'koi8-r',
      source: 'http',
    });
  });
});
