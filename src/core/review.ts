import { hasType, readJsonLd, type JsonObject } from './json-ld';
import { findMainContent } from './main-content';
import { parseRating } from './rating';
import type { Rating, ReviewInfo } from './types';

const REVIEW_TYPES = ['Review', 'CriticReview', 'UserReview'];
// "Review", "Rezension", "Kritik", "Critique", "Recensione", "Reseña", "im Test", "Testbericht".
const REVIEW_WORDS =
  /\b(reviews?|reviewed|rezension(en)?|kritik|critique|recensione|reseña|resenha|análise|testbericht|im test|hands-on)\b/i;
const REVIEW_SLUG = /(^|[-_/])(reviews?|rezension|kritik|critique|recensione|resena|testbericht)([-_/.]|$)/i;

function ratingFromJson(obj: JsonObject): Rating | null {
  const r = (obj.reviewRating ?? null) as JsonObject | null;
  if (!r || typeof r !== 'object') return null;
  const value = Number(r.ratingValue);
  const best = Number(r.bestRating ?? 5);
  return Number.isFinite(value) && best > 0 ? { value, best, text: `${value}/${best}` } : null;
}

function ratingFromMicrodata(doc: Document): Rating | null {
  const el = doc.querySelector('[itemprop="reviewRating"]');
  if (!el) return null;
  const read = (prop: string) => {
    const n = el.querySelector(`[itemprop="${prop}"]`);
    return n?.getAttribute('content') ?? n?.textContent ?? null;
  };
  const value = Number(read('ratingValue'));
  const best = Number(read('bestRating') ?? 5);
  return Number.isFinite(value) && best > 0 ? { value, best, text: `${value}/${best}` } : null;
}

// Ratings sit in short elements ("Rating: 4/5", "<strong>8.5/10</strong>") or in rating widgets.
const RATING_PLACES =
  'p, li, strong, b, em, h2, h3, h4, h5, td, [class*="rating"], [class*="score"], [class*="verdict"]';

function ratingFromText(doc: Document): Rating | null {
  const root = findMainContent(doc.body ?? doc.documentElement) ?? doc.body;
  if (!root) return null;
  for (const el of Array.from(root.querySelectorAll(RATING_PLACES)).slice(0, 1500)) {
    const text = el.textContent ?? '';
    if (text.length > 300 || el.closest('pre, code, #comments, .comments-area, .comment')) continue;
    const rating = parseRating(text);
    if (rating) return rating;
  }
  return null;
}

function isReviewTaxonomy(doc: Document): boolean {
  const classes = `${doc.body?.className ?? ''} ${doc.querySelector('article, .hentry')?.className ?? ''}`;
  if (/\b(category|tag)-[\w-]*(review|rezension|kritik|critique)/i.test(classes)) return true;
  return Array.from(doc.querySelectorAll('a[rel~="tag"], a[rel~="category"], .cat-links a, .tags-links a')).some((a) =>
    REVIEW_WORDS.test(a.textContent ?? ''),
  );
}

/**
 * Tells whether the page is a review (schema.org, categories, title, URL, rating) and reads its rating. Cheap.
 * With `needRating` false (the fold code, which only asks whether), the text is searched for a rating only
 * when no other signal has already said "review".
 */
export function detectReview(doc: Document, url?: string, needRating = true): ReviewInfo {
  const signals: string[] = [];
  let rating: Rating | null = null;
  const reviews = readJsonLd(doc).filter((o) => hasType(o, REVIEW_TYPES));
  if (reviews.length) {
    signals.push('schema-review');
    rating = reviews.map(ratingFromJson).find((r) => r) ?? null;
  }
  if (doc.querySelector('[itemtype*="schema.org/Review"], [itemprop="reviewRating"]')) {
    signals.push('microdata-review');
    rating ??= ratingFromMicrodata(doc);
  }
  if (isReviewTaxonomy(doc)) signals.push('review-category');
  const title = [
    doc.title,
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
    doc.querySelector('h1')?.textContent,
  ].join(' ');
  if (REVIEW_WORDS.test(title)) signals.push('title-pattern');
  let path = '';
  try {
    path = url ? new URL(url).pathname : '';
  } catch {
    /* not a URL: no path signal */
  }
  if (REVIEW_SLUG.test(path)) signals.push('url-pattern');
  if (!rating && (needRating || signals.length === 0)) {
    rating = ratingFromText(doc);
    if (rating) signals.push('rating-text');
  }
  return { isReview: signals.length > 0, rating, signals };
}
