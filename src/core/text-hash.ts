/**
 * A stable, synchronous hash of a text (FNV-1a, two 32-bit lanes → 16 hex digits), with white space
 * folded so that re-extracting an unchanged page gives the same value. The library stores it with a
 * saved item; the popup compares it with the live page's to offer "Update" when the page changed.
 * Not cryptographic: it only needs to notice edits.
 */
export function textHash(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c ^ (i & 0xff), 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
