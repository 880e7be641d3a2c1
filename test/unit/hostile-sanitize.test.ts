/**
 * Saved and shown article HTML: the HTML export forbids `style` attributes as the reader does
 * (remote `url()` beacons, page-wide overlays), and the reader drops `class` from content so it
 * cannot dress itself as the reader's own UI.
 */
import { describe, expect, it } from 'vitest';
import { libraryHtml } from '../../src/library/export-html';
import type { SavedItem } from '../../src/library/types';
import { renderContent } from '../../src/pages/reader/render-content';

const BEACON =
  '<p style="background:url(https://beacon.example/t.gif)">Para</p><div style="position:fixed;inset:0;z-index:9999">Overlay</div>';

const item = (contentHtml: string): SavedItem => ({
  id: 'x',
  url: 'https://blog.example/a/',
  canonicalUrl: 'https://blog.example/a/',
  title: 'T',
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: 'en',
  savedAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  isReview: false,
  rating: null,
  excerpt: '',
  summary: [],
  contentHtml,
  textContent: 'Para Overlay',
  textHash: 'h',
  wordCount: 2,
  readingMinutes: 1,
  tags: [],
});

describe('hostile markup in saved and shown HTML', () => {
  it('HTML export keeps no style attribute from the article', () => {
    const out = libraryHtml([item(BEACON)]);
    const body = out.slice(out.indexOf('<body>'));
    expect(body).not.toMatch(/style=/i);
    expect(body).not.toContain('beacon.example');
    expect(body).toContain('Overlay');
  });

  it('the reader drops every class from content except a code block language', () => {
    const div = document.createElement('div');
    div.appendChild(
      renderContent(
        '<p class="qr-warning qr-hint">Fake notice</p><pre><code class="language-js hljs qr-body">x()</code></pre><iframe src="https://video.example/e/1"></iframe>',
        'https://blog.example/a/',
      ),
    );
    expect(div.querySelector('p')?.hasAttribute('class')).toBe(false);
    expect(div.querySelector('code')?.className).toBe('language-js');
    // Our own embed link keeps its class: it is made by the reader, not by the page.
    expect(div.querySelector('.qr-embed a')?.getAttribute('href')).toBe('https://video.example/e/1');
    expect(div.querySelectorAll('[class^="qr-"]:not(.qr-embed)').length).toBe(0);
  });
});
