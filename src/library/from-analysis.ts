/** Turns the core's analysis of a page into what the library saves, checking its shape on the way. */
import type { Analysis } from '../core/types';
import { textHash } from '../core/text-hash';
import type { LibraryResult, SavedItem } from './types';

/** A saved item before the store gives it an id, times and tags. */
export type NewItem = Omit<SavedItem, 'id' | 'savedAt' | 'updatedAt' | 'tags'> & { tags?: string[] };

/** A host without its leading `www.`: `www.example.com` and `example.com` are one site. */
const siteOf = (u: URL) => u.hostname.replace(/^www\./, '');

/**
 * The dedupe key: the canonical URL when the page names one on its own site, else its URL; never the
 * fragment. A canonical URL on another site is ignored: otherwise any page could claim another
 * site's canonical URL and overwrite the item saved under it.
 */
export function canonicalKey(url: string, canonicalUrl: string | null | undefined): string {
  const page = parse(url);
  const canonical = canonicalUrl ? parse(canonicalUrl, url) : null;
  const own =
    canonical && /^https?:$/.test(canonical.protocol) && (!page || siteOf(canonical) === siteOf(page))
      ? canonical
      : page;
  if (!own) return (canonicalUrl || url).replace(/#.*$/, '');
  own.hash = '';
  return own.href;
}

function parse(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown) => v === null || v === undefined || typeof v === 'string';

/** Builds the item to save from an analysis; `invalid` when the message did not carry one. */
export function fromAnalysis(analysis: unknown): LibraryResult<NewItem> {
  const a = analysis as Partial<Analysis> | null;
  const bad =
    !a ||
    typeof a !== 'object' ||
    !isStr(a.url) ||
    !/^https?:/.test(a.url) ||
    !isStr(a.title) ||
    !isStr(a.contentHtml) ||
    !isStr(a.textContent) ||
    !isStrOrNull(a.byline) ||
    !isStrOrNull(a.siteName) ||
    !isStrOrNull(a.publishedTime) ||
    !isStrOrNull(a.canonicalUrl);
  if (bad)
    return {
      ok: false,
      error: 'invalid',
      message: 'This page could not be read as an article, so there is nothing to save.',
    };
  const text = a.textContent!;
  const wordCount = typeof a.wordCount === 'number' ? a.wordCount : text.split(/\s+/).filter(Boolean).length;
  return {
    ok: true,
    value: {
      url: a.url!,
      canonicalUrl: canonicalKey(a.url!, a.canonicalUrl),
      title: a.title!.trim() || a.url!,
      byline: a.byline ?? null,
      siteName: a.siteName ?? null,
      publishedTime: a.publishedTime ?? null,
      lang: a.lang ?? null,
      isReview: a.isReview === true,
      rating:
        a.rating && typeof a.rating.value === 'number' && typeof a.rating.best === 'number'
          ? { value: a.rating.value, best: a.rating.best, text: String(a.rating.text ?? '') }
          : null,
      excerpt: isStr(a.excerpt) ? a.excerpt : '',
      summary: Array.isArray(a.summary) ? a.summary.filter(isStr) : [],
      contentHtml: a.contentHtml!,
      textContent: text,
      textHash: textHash(text),
      wordCount,
      readingMinutes:
        typeof a.readingMinutes === 'number' ? a.readingMinutes : Math.max(1, Math.round(wordCount / 230)),
    },
  };
}
