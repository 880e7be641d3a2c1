/**
 * Decodes the bytes of an HTML page as the HTML standard's encoding sniffing does
 * (https://html.spec.whatwg.org/multipage/parsing.html#determining-the-character-encoding):
 * a byte order mark first, then the charset of the HTTP `Content-Type` when the bytes came over
 * the network, then the meta prescan of the first 1024 bytes, else UTF-8.
 * Pages often declare an encoding their bytes are not in (a CMS that re-encoded the page to UTF-8
 * and kept `<meta charset=iso-8859-1>`), so bytes that are valid UTF-8 are read as UTF-8 when the
 * declared encoding would not give the same text without replacement characters.
 */

/** How the encoding was chosen: the BOM, the HTTP header, the meta prescan, the UTF-8 fallback or the default. */
export type EncodingSource = 'bom' | 'http' | 'meta' | 'utf-8-fallback' | 'default';

/** The decoded text and the encoding label used. */
export interface DecodedHtml {
  text: string;
  encoding: string;
  source: EncodingSource;
}

const PRESCAN_BYTES = 1024;

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return null;
}

/** A label TextDecoder knows, by its canonical name, or null. */
function knownLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/** The charset named in a `content` attribute ("text/html; charset=koi8-r"), per the standard's algorithm. */
function charsetFromContent(content: string): string | null {
  const m = /charset\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s;"']+))/i.exec(content);
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}

/** Attributes of one tag, read from the prescan's ASCII text, lower-cased names. */
function attributesOf(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** The meta prescan: the first `<meta charset>` or `<meta http-equiv=content-type content=…>` in the first 1024 bytes. */
export function prescanEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  // Comments are skipped whole, as the prescan does; other tags are only looked at for <meta.
  const re = /<!--[\s\S]*?-->|<meta[\s/]([^>]*)>?/gi;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    if (m[1] === undefined) continue;
    const attrs = attributesOf(m[1]);
    let label = attrs.get('charset') ?? null;
    if (label === null && attrs.get('http-equiv')?.toLowerCase() === 'content-type')
      label = charsetFromContent(attrs.get('content') ?? '');
    if (label === null) continue;
    let enc = knownLabel(label);
    if (!enc) continue;
    // The standard maps a declared UTF-16 to UTF-8 (the bytes could not have been read this far otherwise)
    // and x-user-defined to windows-1252.
    if (enc.startsWith('utf-16')) enc = 'utf-8';
    if (enc === 'x-user-defined') enc = 'windows-1252';
    return enc;
  }
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The encoding a `Content-Type` header names ("text/html; charset=ISO-8859-1" → windows-1252), or null. */
export function headerEncoding(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(contentType ?? '');
  const label = m ? (m[1] ?? m[2] ?? '') : '';
  const enc = label ? knownLabel(label) : null;
  return enc === 'x-user-defined' ? 'windows-1252' : enc;
}

/**
 * Decodes HTML bytes by BOM, then the HTTP charset (`contentType`, when given), then the meta
 * prescan, then UTF-8, with the UTF-8 fallback described above for a declared legacy encoding.
 */
export function decodeHtmlBytes(bytes: Uint8Array, contentType?: string | null): DecodedHtml {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, source: 'bom' };
  const http = headerEncoding(contentType);
  const declared = http ?? prescanEncoding(bytes);
  const source = http ? 'http' : 'meta';
  if (declared?.startsWith('utf-16'))
    return { text: new TextDecoder(declared).decode(bytes), encoding: declared, source };
  if (!declared || declared === 'utf-8')
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: declared ? source : 'default' };
  const text = new TextDecoder(declared).decode(bytes);
  // Any byte above 0x7F that forms valid UTF-8 is far likelier UTF-8 than a legacy encoding's
  // accident (mojibake such as "Ã©" is what the declared reading gives); pure ASCII decodes the same.
  // eslint-disable-next-line no-control-regex -- the ASCII range is what is tested
  const ascii = !/[^\u0000-\u007f]/.test(text);
  if (!ascii && isValidUtf8(bytes) && (text.includes('\ufffd') || declaredLooksWrong(bytes))) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: 'utf-8-fallback' };
  }
  return { text, encoding: declared, source };
}

/**
 * Valid UTF-8 with multi-byte sequences almost never happens by chance in a legacy single-byte
 * encoding: two or more such sequences mean the declaration is wrong even when the declared
 * decoder gives no replacement characters (windows-1252 maps nearly every byte to something).
 */
function declaredLooksWrong(bytes: Uint8Array): boolean {
  let sequences = 0;
  for (let i = 0; i < bytes.length - 1 && sequences < 2; i++) {
    const b = bytes[i] ?? 0;
    if (b >= 0xc2 && b <= 0xf4 && ((bytes[i + 1] ?? 0) & 0xc0) === 0x80) sequences++;
  }
  return sequences >= 2;
}
