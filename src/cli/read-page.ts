import { decodeHtmlBytes } from '../core/decode-html';
import { LIMITS } from '../core/limits';
import { stat } from 'node:fs/promises';
import { readFileLimited } from './read-limited';
import type { Result } from '../core/types';

/** Why a page could not be read; the message is one line for stderr. */
export type ReadError = 'missing' | 'unreadable' | 'not-html' | 'empty' | 'too-large';

/** Decodes HTML bytes as the HTML standard sniffs them (BOM, meta prescan, UTF-8 fallback). */
export function decodeHtml(bytes: Uint8Array): string {
  return decodeHtmlBytes(bytes).text;
}

/**
 * Tells HTML from other files: it opens with markup (Markdown or JSON that mention tags do not),
 * has no NUL bytes and shows a tag HTML pages start with near the top.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 8192);
  if (!head.trimStart().startsWith('<') || head.includes('\u0000')) return false;
  return /<\s*(!doctype\s+html|html|head|body|meta|title|div|p|article|main|section|script|link|!--)[\s>/]/i.test(head);
}

/** Reads a page from a file or, for `-`, from stdin (which must stop at `LIMITS.maxBytes + 1` bytes: src/cli/read-limited.ts). */
export async function readPage(
  file: string,
  stdin: () => Promise<Uint8Array>,
): Promise<Result<{ html: string; bytes: number }, ReadError>> {
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  let bytes: Uint8Array;
  try {
    // A regular file says its size up front: refused without reading a byte.
    const size = file === '-' ? null : await stat(file).then((s) => (s.isFile() ? s.size : null));
    if (size !== null && size > LIMITS.maxBytes)
      return {
        ok: false,
        error: 'too-large',
        message: `the page is ${mb(size)}, over the size limit of ${mb(LIMITS.maxBytes)}`,
      };
    bytes = file === '-' ? await stdin() : await readFileLimited(file, LIMITS.maxBytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, error: 'missing', message: 'no such file' };
    if (code === 'EISDIR') return { ok: false, error: 'unreadable', message: 'is a directory' };
    return { ok: false, error: 'unreadable', message: `cannot read (${code ?? 'error'})` };
  }
  // Reading stopped just past the limit, so the true size is unknown: "over", not "is".
  if (bytes.length > LIMITS.maxBytes)
    return { ok: false, error: 'too-large', message: `the page is over the size limit of ${mb(LIMITS.maxBytes)}` };
  const html = decodeHtml(bytes);
  if (!html.trim()) return { ok: false, error: 'empty', message: 'empty file' };
  if (!looksLikeHtml(html)) return { ok: false, error: 'not-html', message: 'not an HTML page' };
  return { ok: true, value: { html, bytes: bytes.length } };
}
