/** Small pure formatters for the popup (no extension API, unit-tested). */
import { BLOCK_NAMES } from '../src/core/boilerplate-label';
import { formatPageDate } from '../src/core/page-date';
import type { BoilerplateKind } from '../src/core/types';

/** A page date as the reader's locale writes it ("16 Feb 2014"), or null when it does not parse. */
export function formatDate(iso: string | null, lang: string): string | null {
  return formatPageDate(iso, lang, 'medium'); // the page's day, in every time zone (page-date.ts)
}

/** The site name, else the host without `www.`. */
export function siteOf(siteName: string | null, url: string): string {
  if (siteName?.trim()) return siteName.trim();
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Folded blocks counted by kind, in a stable order (most common chrome first). */
export function countByKind(blocks: { kind: BoilerplateKind }[]): { kind: BoilerplateKind; count: number }[] {
  const order: BoilerplateKind[] = [
    'comments',
    'comment-form',
    'login',
    'share',
    'likes',
    'related',
    'subscribe',
    'author-box',
    'ads',
  ];
  const counts = new Map<BoilerplateKind, number>();
  for (const b of blocks) counts.set(b.kind, (counts.get(b.kind) ?? 0) + 1);
  return order.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind)! }));
}

/** The i18n key of a boilerplate kind's name, from the one table of block names: `comment-form` → `blockCommentForm`. */
export function kindKey(kind: BoilerplateKind): string {
  return BLOCK_NAMES[kind].key;
}

/** A 0..1 confidence as a whole percentage. */
export function percent(confidence: number): number {
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100);
}

/**
 * Whether an analysis reads as an article worth summarising. The core extracts something from any
 * page (Readability always returns a best guess); a list of links gives a handful of words and no
 * summary sentence, and the popup says so rather than showing an empty summary.
 */
export function isArticle(analysis: {
  wordCount: number;
  summary: string[];
  pageType?: { isArticle: boolean };
}): boolean {
  // A shop product, an archive or a listing says so in its own markup (core/page-type.ts): no fragment of it is the article.
  if (analysis.pageType?.isArticle === false) return false;
  return analysis.summary.length > 0 && analysis.wordCount >= MIN_ARTICLE_WORDS;
}

/** Fewer words than this is a page of links or a form, not an article (a short review still has ~150). */
export const MIN_ARTICLE_WORDS = 60;
