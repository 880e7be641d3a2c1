import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ArticleView } from '../../../src/pages/reader/article-view';
import type { ReaderDoc } from '../../../src/pages/reader/reader-doc';

const doc: ReaderDoc = {
  url: 'https://shop.example.com/p/kettle',
  title: 'Kettle',
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: null,
  isReview: false,
  rating: null,
  readingMinutes: 1,
  contentHtml: '<p>A kettle.</p>',
  warnings: [],
  removed: [],
  comments: { count: 0, items: [] },
  source: 'page',
};

function mount(d: ReaderDoc): HTMLElement {
  const root = document.createElement('div');
  render(<ArticleView analysis={d} onShowOriginal={() => {}} originalLabel="Show original" />, root);
  return root;
}

describe('the reader on a page that is not an article', () => {
  it('says so in a small notice when the page marks itself a product or listing', () => {
    const root = mount({ ...doc, pageType: { isArticle: false, kind: 'product', signals: ['schema:Product'] } });
    expect(root.querySelector('[data-testid="reader-not-article"]')?.textContent).toMatch(/^Not an article/);
    expect(root.querySelector('[data-testid="reader-body"]')?.textContent).toBe('A kettle.');
  });

  it('shows no notice on an article, nor on a saved copy that keeps no page type', () => {
    expect(
      mount({ ...doc, pageType: { isArticle: true, kind: 'article', signals: [] } }).querySelector(
        '[data-testid="reader-not-article"]',
      ),
    ).toBeNull();
    expect(mount({ ...doc, source: 'saved' }).querySelector('[data-testid="reader-not-article"]')).toBeNull();
  });
});
