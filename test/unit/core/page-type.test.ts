import { describe, expect, test } from 'vitest';
import { classifyPage } from '../../../src/core/page-type';

const page = (head: string, body = '<p>Text</p>', bodyClass = '') =>
  new DOMParser().parseFromString(
    `<html><head>${head}</head><body class="${bodyClass}">${body}</body></html>`,
    'text/html',
  );
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('classifyPage', () => {
  test('marks a shop product page by its schema.org Product', () => {
    expect(classifyPage(page(ld({ '@type': 'Product', name: 'Kettle' })))).toMatchObject({
      isArticle: false,
      kind: 'product',
      signals: ['schema:Product'],
    });
  });

  test('keeps a review of a product an article: the Product is only nested in it', () => {
    const doc = page(ld({ '@type': 'Review', itemReviewed: { '@type': 'Product', name: 'Kettle' } }));
    expect(classifyPage(doc)).toMatchObject({ isArticle: true, kind: 'article' });
  });

  test('reads the types of an @graph', () => {
    const doc = page(ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'CollectionPage' }] }));
    expect(classifyPage(doc)).toMatchObject({ isArticle: false, kind: 'listing', signals: ['schema:CollectionPage'] });
  });

  test('marks a WordPress category archive by its body class, not a post with a category-… class', () => {
    expect(classifyPage(page('', '<p>x</p>', 'archive category category-news')).isArticle).toBe(false);
    expect(classifyPage(page('', '<p>x</p>', 'post-template-default category-news tag-recipes')).isArticle).toBe(true);
  });

  test('lets article markup win over a listing signal', () => {
    const doc = page(`<meta property="og:type" content="article">${ld({ '@type': 'ItemList' })}`);
    expect(classifyPage(doc)).toMatchObject({ isArticle: true, signals: ['og:article'] });
  });

  test('marks a grid of eight or more product entries a listing', () => {
    const grid = '<ul>' + '<li class="product"><a href="/p">Item</a></li>'.repeat(8) + '</ul>';
    expect(classifyPage(page('', grid))).toMatchObject({ isArticle: false, kind: 'listing', signals: ['grid:8'] });
  });

  test('calls a page without markup either way an article of unknown kind', () => {
    expect(classifyPage(page(''))).toEqual({ isArticle: true, kind: 'unknown', signals: [] });
  });

  test('skips broken JSON-LD', () => {
    expect(classifyPage(page('<script type="application/ld+json">{"@type": "Product",,}</script>')).isArticle).toBe(
      true,
    );
  });
});
