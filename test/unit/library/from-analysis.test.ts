import { describe, expect, it } from 'vitest';
import { textHash } from '../../../src/core/text-hash';
import { canonicalKey, fromAnalysis } from '../../../src/library/from-analysis';

const analysis = {
  url: 'https://blog.example/her/#comments',
  canonicalUrl: null,
  title: 'Her',
  byline: 'Mara',
  siteName: 'Slow Reviews',
  publishedTime: null,
  lang: 'en',
  isReview: true,
  rating: { value: 5, best: 5, text: '5/5' },
  excerpt: 'x',
  summary: ['a'],
  contentHtml: '<p>Body</p>',
  textContent: 'Body text here',
  wordCount: 3,
  readingMinutes: 1,
  comments: { count: 4, items: [] },
};

describe('saving an analysis', () => {
  it('keys the item by its canonical URL, or its URL without the fragment', () => {
    expect(canonicalKey('https://a.example/x#y', null)).toBe('https://a.example/x');
    expect(canonicalKey('https://a.example/x?p=1', '/canon/')).toBe('https://a.example/canon/');
  });

  it('keeps the fields the library stores and hashes the text', () => {
    const r = fromAnalysis(analysis);
    expect(r.ok && r.value).toMatchObject({
      canonicalUrl: 'https://blog.example/her/',
      title: 'Her',
      rating: { value: 5 },
      textHash: textHash('Body text here'),
    });
    expect(r.ok && 'comments' in r.value).toBe(false);
  });

  it('refuses a message without an analysis', () => {
    expect(fromAnalysis(undefined)).toMatchObject({ ok: false, error: 'invalid' });
    expect(fromAnalysis({ ...analysis, url: 'javascript:alert(1)' })).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('hashes the same text to the same value whatever its white space, and a changed text differently', () => {
    expect(textHash('A  quiet\n film.')).toBe(textHash(' A quiet film. '));
    expect(textHash('A quiet film.')).not.toBe(textHash('A quiet film!'));
    expect(textHash('x')).toMatch(/^[0-9a-f]{16}$/);
  });
});
