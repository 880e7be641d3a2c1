/**
 * Turns a fetched page into what the library saves, by the same path as a save from the page: the
 * bytes decoded as a browser would (BOM, the HTTP charset, `<meta charset>`), parsed inert with
 * DOMParser (no script runs, nothing loads), the core's `analyzePage`, then `fromAnalysis`. The
 * HTML is sanitised by the core and again with the library's policy, as an import is.
 */
import { analyzePage } from '../core/analyze';
import { decodeHtmlBytes } from '../core/decode-html';
import type { FetchedPage } from './fetch-page';
import { fromAnalysis, type NewItem } from './from-analysis';
import { sanitizeSavedHtml } from './sanitize-saved';

export type PageItemResult = { ok: true; value: NewItem } | { ok: false; error: 'too-large' | 'no-article' };

function absolute(href: string, url: string): string {
  try {
    return new URL(href, url).href;
  } catch {
    return url;
  }
}

/** The item a fetched page gives, or why it gives none. */
export function pageToItem(page: FetchedPage): PageItemResult {
  const { text } = decodeHtmlBytes(page.bytes, page.contentType);
  const doc = new DOMParser().parseFromString(text, 'text/html');
  // A parsed document's base is this extension page. The core makes the clone's URLs absolute against
  // `page.url` itself; the <base> makes the document agree (where the redirects ended, or the page's
  // own <base> read against that) for whatever resolves by `baseURI`, as Readability does.
  const own = doc.querySelector('base[href]');
  const base = own ?? doc.head.insertBefore(doc.createElement('base'), doc.head.firstChild);
  base.setAttribute('href', absolute(own?.getAttribute('href') ?? '', page.url));
  const analysis = analyzePage(doc, page.url, { byteLength: page.bytes.length });
  if (!analysis.ok) return { ok: false, error: analysis.error === 'too-large' ? 'too-large' : 'no-article' };
  const item = fromAnalysis(analysis.value);
  if (!item.ok) return { ok: false, error: 'no-article' };
  return { ok: true, value: { ...item.value, contentHtml: sanitizeSavedHtml(item.value.contentHtml) } };
}
