/**
 * Fetches one link's page for "Fetch and clean", as a reader would open it but without cookies:
 * only http(s), credentials omitted (a clean copy must not hold what a logged-in session shows, and
 * no site learns who asks), redirects followed, a time limit and a size limit. Runs where the
 * extension may read the site (the library page, under the host permission). Every expected failure
 * comes back as a reason the library can word; a cancel comes back as `cancelled`.
 */
import { isHttpUrl } from './safe-url';
import type { FetchReason } from './types';

const MB = 1024 * 1024;

/** Limits of one fetch: generous for an article (the corpus's largest page is about 2 MB). */
export const FETCH_LIMITS = { timeoutMs: 20_000, maxBytes: 5 * MB } as const;

/** A page as fetched: where the redirects ended, its declared type and its bytes. */
export interface FetchedPage {
  url: string;
  contentType: string;
  bytes: Uint8Array;
}

export type PageResult =
  { ok: true; value: FetchedPage } | { ok: false; error: FetchReason | 'cancelled'; status?: number };

export interface FetchPageOptions {
  /** Aborts the fetch (Cancel); the result is then `cancelled`. */
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  /** The fetch to use (the page's own; a test may give Node's). */
  fetchFn?: typeof fetch;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** A response without a usable type is HTML when it opens with markup and names a tag pages start with. */
function sniffsAsHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024)).replace(/^\ufeff|^ï»¿/, '');
  return /^\s*<(!doctype\s+html|html|head|body|meta|title|!--)[\s>/]/i.test(head);
}

/** Whether the response (by its declared type, or by its first bytes when it declares none) is an HTML page. */
export function isHtmlResponse(contentType: string, bytes: Uint8Array): boolean {
  const mime = contentType.split(';', 1)[0]!.trim().toLowerCase();
  if (HTML_TYPES.has(mime)) return true;
  return (mime === '' || mime === 'application/octet-stream') && sniffsAsHtml(bytes);
}

/** Reads the body up to `max` bytes; null when it is longer (the rest is never downloaded). */
async function readCapped(res: Response, max: number): Promise<Uint8Array | null> {
  if (!res.body) {
    const all = new Uint8Array(await res.arrayBuffer());
    return all.length > max ? null : all;
  }
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Fetches `url`; never throws for a bad site, a slow one or a cancel. */
export async function fetchPage(url: string, opts: FetchPageOptions = {}): Promise<PageResult> {
  if (!isHttpUrl(url)) return { ok: false, error: 'not-http' };
  const { signal, timeoutMs = FETCH_LIMITS.timeoutMs, maxBytes = FETCH_LIMITS.maxBytes, fetchFn = fetch } = opts;
  if (signal?.aborted) return { ok: false, error: 'cancelled' };
  const ctrl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, timeoutMs);
  const onAbort = () => ctrl.abort();
  signal?.addEventListener('abort', onAbort);
  try {
    const res = await fetchFn(url, {
      signal: ctrl.signal,
      credentials: 'omit',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
    });
    const finalUrl = res.url || url;
    if (!isHttpUrl(finalUrl)) return { ok: false, error: 'not-http' };
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      return { ok: false, error: 'http', status: res.status };
    }
    const contentType = res.headers.get('content-type') ?? '';
    const mime = contentType.split(';', 1)[0]!.trim().toLowerCase();
    // A declared type that is neither HTML nor unknown is refused before its body is read.
    if (mime && !HTML_TYPES.has(mime) && mime !== 'application/octet-stream') {
      await res.body?.cancel().catch(() => {});
      return { ok: false, error: 'not-html' };
    }
    const length = Number(res.headers.get('content-length'));
    if (Number.isFinite(length) && length > maxBytes) {
      await res.body?.cancel().catch(() => {});
      return { ok: false, error: 'too-large' };
    }
    const bytes = await readCapped(res, maxBytes);
    if (!bytes) return { ok: false, error: 'too-large' };
    if (!isHtmlResponse(contentType, bytes)) return { ok: false, error: 'not-html' };
    return { ok: true, value: { url: finalUrl, contentType, bytes } };
  } catch {
    // fetch rejects with a TypeError for every network failure, and with an AbortError on abort.
    if (signal?.aborted) return { ok: false, error: 'cancelled' };
    return { ok: false, error: timedOut ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
