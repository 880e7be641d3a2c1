import { describe, expect, test } from 'vitest';
import { parseRating } from '../../../src/core/rating';
import { detectReview } from '../../../src/core/review';
import { CORE_FIXTURES, expected, loadFixture } from './fixtures';

const html = (body: string, head = '<title>Post</title>') =>
  new DOMParser().parseFromString(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');

describe('parseRating', () => {
  test.each([
    ['4/5', 4, 5],
    ['8.5/10', 8.5, 10],
    ['Score: 7 / 10', 7, 10],
    ['★★★★☆', 4, 5],
    ['★★★½☆', 3.5, 5],
    ['Rating: B+', 9, 12],
    ['Grade: A-', 10, 12],
    ['4 stars', 4, 5],
    ['3.5 out of 5 stars', 3.5, 5],
    ['Bewertung: 8 von 10', 8, 10],
    ['My rating: 92/100', 92, 100],
  ])('reads %s', (text, value, best) => {
    expect(parseRating(text)).toMatchObject({ value, best });
  });

  test.each([
    ['open 24/7 all year round, like every shop in the street'],
    ['add 3/4 of a cup of flour and stir it in'],
    ['on 9/11 the city changed'],
    ['6/5 is more than one'],
    ['The grade school was closed'],
  ])('does not take "%s" for a rating', (text) => {
    expect(parseRating(text)).toBeNull();
  });

  test('keeps the rating as the page wrote it', () => {
    expect(parseRating('Verdict: 8.5/10')?.text).toBe('8.5/10');
  });
});

describe('detectReview', () => {
  test.each(CORE_FIXTURES)('tells whether %s is a review', (slug) => {
    const info = detectReview(loadFixture(slug));
    expect(info.isReview).toBe(expected(slug).isReview);
    const rating = expected(slug).rating;
    if (rating) expect(info.rating).toMatchObject(rating);
    else expect(info.rating).toBeNull();
  });

  test('reads schema.org Review JSON-LD and its rating', () => {
    const info = detectReview(loadFixture('jetpack-share'));
    expect(info.signals).toContain('schema-review');
    expect(info.rating).toEqual({ value: 4, best: 5, text: '4/5' });
  });

  test('reads schema.org Review microdata', () => {
    const doc = html(
      '<div itemscope itemtype="https://schema.org/Review"><p>Text</p><div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating"><meta itemprop="ratingValue" content="3"><meta itemprop="bestRating" content="4"></div></div>',
    );
    const info = detectReview(doc);
    expect(info.signals).toContain('microdata-review');
    expect(info.rating).toMatchObject({ value: 3, best: 4 });
  });

  test('reads review categories and tags', () => {
    const doc = html('<article class="post category-film-reviews"><p>Text</p></article>');
    expect(detectReview(doc).signals).toContain('review-category');
  });

  test('reads title and URL patterns', () => {
    const doc = html('<p>Text</p>', '<title>Oppenheimer review: a towering film</title>');
    expect(detectReview(doc, 'https://blog.example/2023/07/oppenheimer-review/').signals).toEqual([
      'title-pattern',
      'url-pattern',
    ]);
  });

  test('a page without review markers is not a review', () => {
    expect(detectReview(loadFixture('plain-news'))).toEqual({ isReview: false, rating: null, signals: [] });
  });

  test('ignores ratings inside comments', () => {
    const doc = html(
      '<article><p>' + 'Plain text. '.repeat(20) + '</p></article><div id="comments"><p>Rating: 2/5</p></div>',
    );
    expect(detectReview(doc).rating).toBeNull();
  });
});
