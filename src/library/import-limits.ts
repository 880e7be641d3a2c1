/**
 * Limits an import file must keep, checked before anything is written. A file is not trusted more
 * than a page: a 100 MB file would freeze the library page while it parses, a 10 MB title would
 * bloat every list render, and unknown fields (`__proto__`, a future version's extras) would be
 * stored as they are. Generous next to real items: the largest review of the corpus is about 300 kB.
 */
import { cleanHighlights } from './highlights';
import { normalizeTags } from './tags';
import type { PreviousVersion, SavedItem } from './types';

/** Bytes of an import file; larger files are refused before they are read. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
/** Items in one file. */
export const MAX_IMPORT_ITEMS = 50_000;
/** Tags an item may carry in a file (the store keeps at most 30 after normalising). */
export const MAX_IMPORT_TAGS = 200;

const MB = 1024 * 1024;
/** Longest value of each text field, in characters. */
const MAX_LENGTH: Partial<Record<keyof SavedItem, number>> = {
  id: 200,
  url: 8_192,
  canonicalUrl: 8_192,
  title: 2_000,
  byline: 1_000,
  siteName: 1_000,
  publishedTime: 100,
  lang: 50,
  savedAt: 100,
  updatedAt: 100,
  excerpt: 10_000,
  contentHtml: 5 * MB,
  textContent: 5 * MB,
  textHash: 200,
};
const MAX_SUMMARY = 20;
const MAX_SENTENCE = 5_000;

/** The message for a file too large to import, or null. */
export function fileTooLarge(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;
  return `This file is ${mb(bytes)}, over the import limit of ${mb(MAX_IMPORT_BYTES)}. Nothing was changed.`;
}

/** The first field of a well-typed item that is over its limit, or null. */
export function overLimit(item: SavedItem): string | null {
  for (const [field, max] of Object.entries(MAX_LENGTH) as [keyof SavedItem, number][]) {
    const v = item[field];
    if (typeof v === 'string' && v.length > max) return field;
  }
  if (item.summary.length > MAX_SUMMARY || item.summary.some((s) => s.length > MAX_SENTENCE)) return 'summary';
  if (item.tags.length > MAX_IMPORT_TAGS) return 'tags';
  if (item.previous && overLimit({ ...item, ...item.previous, previous: undefined })) return 'previous';
  return null;
}

const KEYS = [
  'id',
  'url',
  'canonicalUrl',
  'title',
  'byline',
  'siteName',
  'publishedTime',
  'lang',
  'savedAt',
  'updatedAt',
  'isReview',
  'rating',
  'excerpt',
  'summary',
  'contentHtml',
  'textContent',
  'textHash',
  'wordCount',
  'readingMinutes',
  'tags',
  'status',
  'conflictOf',
  'fetchError',
] as const satisfies readonly (keyof SavedItem)[];
const VERSION_KEYS = [
  'url',
  'title',
  'byline',
  'siteName',
  'publishedTime',
  'lang',
  'updatedAt',
  'isReview',
  'rating',
  'excerpt',
  'summary',
  'contentHtml',
  'textContent',
  'textHash',
  'wordCount',
  'readingMinutes',
] as const satisfies readonly (keyof PreviousVersion)[];

function pick<K extends string>(raw: Record<string, unknown>, keys: readonly K[]): Record<K, unknown> {
  // Own fields only, copied onto a fresh object: `__proto__` and unknown keys are left behind.
  const out = {} as Record<K, unknown>;
  for (const k of keys) if (Object.hasOwn(raw, k)) out[k] = raw[k];
  return out;
}

/** A validated item with only the fields we know, a clean rating and normalised tags. */
export function knownFields(raw: SavedItem): SavedItem {
  const item = pick(raw as unknown as Record<string, unknown>, KEYS) as unknown as SavedItem;
  if (item.rating) item.rating = { value: item.rating.value, best: item.rating.best, text: item.rating.text };
  item.tags = normalizeTags(item.tags);
  item.summary = [...item.summary];
  // Copied field by field like the rest (the file's checks passed): no stray keys ride along.
  if (raw.fetchError) {
    const { reason, status, at } = raw.fetchError;
    item.fetchError = status === undefined ? { reason, at } : { reason, status, at };
  }
  // Each highlight copied field by field (the file's own checks passed: parseExport).
  const highlights = raw.highlights ? cleanHighlights(raw.highlights) : null;
  if (highlights?.length) item.highlights = highlights;
  if (raw.previous) {
    const previous = pick(
      raw.previous as unknown as Record<string, unknown>,
      VERSION_KEYS,
    ) as unknown as PreviousVersion;
    if (previous.rating)
      previous.rating = { value: previous.rating.value, best: previous.rating.best, text: previous.rating.text };
    item.previous = previous;
  }
  return item;
}
