/** Shared bits of the library's unit tests: a fresh in-memory IndexedDB per test, sample items. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import type { NewItem } from '../../../src/library/from-analysis';

/** Gives every test an empty IndexedDB (fake-indexeddb, in memory). */
export function freshIndexedDb(): void {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });
}

/** A page ready to save, as `fromAnalysis` would build it. */
export function newItem(n: number, over: Partial<NewItem> = {}): NewItem {
  const url = `https://blog.example/2024/review-${n}/`;
  return {
    url,
    canonicalUrl: url,
    title: `Review number ${n}`,
    byline: 'Mara Lind',
    siteName: 'Slow Reviews',
    publishedTime: '2024-05-01T09:00:00Z',
    lang: 'en',
    isReview: true,
    rating: { value: 4, best: 5, text: '4/5' },
    excerpt: 'An excerpt.',
    summary: ['One.', 'Two.'],
    contentHtml: `<p>Body of review ${n} about a marigold sunset.</p>`,
    textContent: `Body of review ${n} about a marigold sunset.`,
    textHash: `hash-${n}`,
    wordCount: 8,
    readingMinutes: 1,
    ...over,
  };
}
