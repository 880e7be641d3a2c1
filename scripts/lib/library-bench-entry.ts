// The library's search code and a generator of saved items, bundled (IIFE) by scripts/bench-library.mjs
// to run inside the real library page: the same createSearchIndex/applyFilters the page uses.
import { applyFilters, NO_FILTERS } from '../../src/library/filter';
import { createSearchIndex } from '../../src/library/search';
import type { SavedItem } from '../../src/library/types';

/** A small deterministic PRNG (mulberry32), so every run searches the same library. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  'ka lo mi ra te su no vi da pe lu sa re to mo ni ba fe gi ho ju ly qua ster bran dor mel vin tor sel'.split(' ');

/** A vocabulary of `n` made-up words; word i is used with Zipf-like frequency ~ 1/(i+1). */
export function vocabulary(n: number, seed = 7): string[] {
  const r = rng(seed);
  const words = new Set<string>();
  while (words.size < n) {
    const len = 2 + Math.floor(r() * 3);
    let w = '';
    for (let i = 0; i < len; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

/** `count` saved items of about `words` words of text each, over a shared vocabulary. */
export function generateItems(count: number, words: number, vocab: string[], seed = 11): SavedItem[] {
  const r = rng(seed);
  // Zipf: pick rank k with probability ~ 1/k via inverse transform on the harmonic CDF (approximate).
  const pick = () => vocab[Math.min(vocab.length - 1, Math.floor(Math.exp(r() * Math.log(vocab.length + 1))) - 1)]!;
  const sites = Array.from({ length: 60 }, (_, i) => `Site ${vocab[i * 7]} ${i}`);
  const tags = ['film', 'books', 'music', 'food', 'travel', 'games', 'keep', 'to read again'];
  const items: SavedItem[] = [];
  for (let i = 0; i < count; i++) {
    const text = Array.from({ length: words }, pick).join(' ');
    const title = Array.from({ length: 5 }, pick).join(' ');
    const at = new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString();
    const rated = r() < 0.6;
    items.push({
      id: `bench-${String(i).padStart(6, '0')}`,
      url: `https://bench${i % 60}.example/${i}/`,
      canonicalUrl: `https://bench${i % 60}.example/${i}/`,
      title,
      byline: `Author ${i % 97}`,
      siteName: sites[i % sites.length]!,
      publishedTime: at,
      lang: 'en',
      savedAt: at,
      updatedAt: at,
      isReview: rated || r() < 0.3,
      rating: rated ? { value: 1 + Math.floor(r() * 5), best: 5, text: '' } : null,
      excerpt: text.slice(0, 200),
      summary: [],
      contentHtml: `<p>${text}</p>`,
      textContent: text,
      textHash: '',
      wordCount: words,
      readingMinutes: Math.round(words / 230),
      tags: r() < 0.3 ? [tags[Math.floor(r() * tags.length)]!] : [],
    });
  }
  return items;
}

(globalThis as any).__qrLibraryBench = { createSearchIndex, applyFilters, NO_FILTERS, vocabulary, generateItems };
