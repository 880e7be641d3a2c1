import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../src/cli/read-page';

describe('decodeHtml (CLI file and stdin reading)', () => {
  it('reads UTF-8 bytes as UTF-8 when the meta charset names a legacy encoding', () => {
    // A page re-encoded to UTF-8 that kept its old declaration came out as mojibake (issue 13).
    const bytes = new TextEncoder().encode(
      '<html><head><meta charset="iso-8859-1"></head><body><p>Stra\u00dfe, \u00fcber, na\u00efve</p></body></html>',
    );
    expect(decodeHtml(bytes)).toContain('Stra\u00dfe, \u00fcber, na\u00efve');
  });
});
