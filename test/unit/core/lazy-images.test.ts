import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { fixLazyImages } from '../../../src/core/lazy-images';

const docOf = (body: string) =>
  parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;

test('a <noscript> image fallback still replaces its lazy placeholder', () => {
  const doc = docOf(
    '<p><img src="data:image/gif;base64,R0lGOD"><noscript><img src="https://example.com/real.jpg"></noscript></p>',
  );
  fixLazyImages(doc);
  expect(doc.querySelectorAll('noscript')).toHaveLength(0);
  expect(doc.querySelector('img')?.getAttribute('src')).toBe('https://example.com/real.jpg');
});

test('a <noscript> that holds a whole page for crawlers (a Discourse topic) is not taken for an image fallback', () => {
  // Discourse sends the topic's posts in <noscript data-path> for crawlers; its first picture once replaced them all.
  const posts = Array.from(
    { length: 3 },
    (_, i) =>
      `<div class="topic-body crawler-post"><div class="post"><p>Post ${i}: these headphones sound fine for the price.</p><img src="https://example.com/p${i}.jpg"></div></div>`,
  ).join('');
  const doc = docOf(
    `<noscript data-path="/t/best-budget-headphones/40024"><div id="main-outlet">${posts}</div></noscript>`,
  );
  fixLazyImages(doc);
  expect(doc.body.textContent).toContain('Post 2: these headphones sound fine for the price.');
  expect(doc.querySelectorAll('img')).toHaveLength(3);
});

test('the same held as text (a scripting parser) is left alone too; one <img> as text is rebuilt', () => {
  const doc = docOf('<p id="a"></p><p id="b"><img src="data:image/gif;base64,R0lGOD"></p>');
  const page = doc.createElement('noscript');
  page.textContent = '<div><p>Post 0: fine for the price.</p><img src="https://example.com/p0.jpg"></div>';
  doc.getElementById('a')?.appendChild(page);
  const fallback = doc.createElement('noscript');
  fallback.textContent = '<img src="https://example.com/real.jpg" alt="The real one">';
  doc.getElementById('b')?.appendChild(fallback);
  fixLazyImages(doc);
  expect(doc.querySelector('#a noscript')?.textContent).toContain('Post 0: fine for the price.');
  expect(doc.querySelector('#b img')?.getAttribute('src')).toBe('https://example.com/real.jpg');
});
