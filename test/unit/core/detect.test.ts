import { describe, expect, test } from 'vitest';
import { detectPlatform } from '../../../src/core/detect';
import { CORE_FIXTURES, expected, loadFixture } from './fixtures';

const html = (head: string, body = '<p>Hello</p>', bodyClass = '') =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head>${head}</head><body class="${bodyClass}">${body}</body></html>`,
    'text/html',
  );

describe('detectPlatform', () => {
  test.each(CORE_FIXTURES)('tells the platform of %s', (slug) => {
    const info = detectPlatform(loadFixture(slug));
    expect(info.isWordPress).toBe(expected(slug).isWordPress);
    expect(info.platform).toBe(expected(slug).platform);
    expect(info.confidence).toBeGreaterThanOrEqual(0);
    expect(info.confidence).toBeLessThanOrEqual(1);
  });

  test('names the WordPress.com evidence of the review fixture', () => {
    const { signals } = detectPlatform(loadFixture('wpcom-review'), 'https://smallscreennotes.wordpress.com/x/');
    expect(signals).toEqual(
      expect.arrayContaining([
        'meta-generator',
        'wpcom-host',
        'highlander-form',
        'wpcom-login',
        'body-class',
        'jetpack',
      ]),
    );
  });

  test.each([
    ['meta-generator', html('<meta name="generator" content="WordPress 6.4">')],
    ['wp-content-path', html('<link rel="stylesheet" href="/wp-content/themes/x/style.css">')],
    ['wp-includes-path', html('<script src="/wp-includes/js/wp-embed.min.js"></script>')],
    ['wp-json-link', html('<link rel="https://api.w.org/" href="/wp-json/">')],
    ['wp-comments-post', html('', '<form action="/wp-comments-post.php"></form>')],
    ['body-class', html('', '<p>x</p>', 'single postid-12')],
  ])('one strong marker (%s) is enough', (signal, doc) => {
    const info = detectPlatform(doc);
    expect(info.signals).toContain(signal);
    expect(info.isWordPress).toBe(true);
  });

  test('an image hot-linked from /wp-content/uploads/ alone is not WordPress', () => {
    const info = detectPlatform(html('', '<img src="https://other.example/wp-content/uploads/a.jpg">'));
    expect(info.isWordPress).toBe(false);
    expect(info.signals).toEqual(['wp-uploads-path']);
  });

  test('weak markers add up', () => {
    const doc = html('', '<div class="wp-block-group"><p>x</p></div><div class="sharedaddy"></div>');
    expect(detectPlatform(doc).isWordPress).toBe(true);
  });

  test('tells Ghost by its generator', () => {
    expect(detectPlatform(html('<meta name="generator" content="Ghost 5.0">')).platform).toBe('ghost');
  });
});
