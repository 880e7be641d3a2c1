import { describe, expect, test } from 'vitest';
import { analyzePage } from '../../../src/core/analyze';
import { removeSiteChrome } from '../../../src/core/site-chrome';

const URL = 'https://example.com/2024/01/post/';
const BODY =
  '<p>The harbour was quiet when the first boats came back before dawn with their nets full of herring.</p>'.repeat(6);

function page(inner: string): Document {
  return new DOMParser().parseFromString(
    `<html><head><title>Post</title></head><body>${inner}</body></html>`,
    'text/html',
  );
}

function textOf(inner: string): string {
  const result = analyzePage(page(inner), URL);
  if (!result.ok) throw new Error(result.error);
  return result.value.textContent;
}

describe('removeSiteChrome', () => {
  test('takes out photo credits but keeps the captions and images', () => {
    const text = textOf(`<article><div class="entry-content">
      <figure><img src="/a.jpg"><figcaption>Boats in the harbour<span class="article__credit">Credit: Getty Images</span></figcaption></figure>
      ${BODY}
      <div class="wp-caption"><img src="/b.jpg"><p class="wp-caption-text"><small>(© Harbour Press/J. Smith)</small></p></div>
      <figure><img src="/c.jpg"><figcaption>Photo: A. Jones</figcaption></figure>
    </div></article>`);
    expect(text).toContain('Boats in the harbour');
    expect(text).toContain('nets full of herring');
    expect(text).not.toContain('Getty Images');
    expect(text).not.toContain('Harbour Press');
    expect(text).not.toContain('A. Jones');
  });

  test('keeps a copyright line of the article outside any caption', () => {
    const doc = page(`<article><div class="entry-content">${BODY}<p>© 2003 The Author</p></div></article>`);
    removeSiteChrome(doc);
    expect(doc.body.textContent).toContain('© 2003 The Author');
  });

  test('takes out print-only copies and Hearst slideshow chrome', () => {
    const text = textOf(`<div class="article-content">
      <div class="print-header"><span>https://example.com/print-url</span></div>
      <div class="hst-resgallery"><div class="nav-stats">Image 1 of 9</div><p class="open">Caption</p><p class="close">Close</p></div>
      <article>${BODY}</article></div>`);
    expect(text).toContain('nets full of herring');
    expect(text).not.toContain('print-url');
    expect(text).not.toContain('Image 1 of 9');
  });

  test('takes out hidden skip links', () => {
    const text = textOf(`<div id="page"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
      <div id="content"><p><a class="visually-hidden" href="#more">Continue reading the main story</a></p>${BODY}</div></div>`);
    expect(text).toContain('nets full of herring');
    expect(text).not.toContain('Skip to content');
    expect(text).not.toContain('Continue reading the main story');
  });
});
