/** A fetched page becomes the item a save would make: decoded by its charset, extracted, sanitised, links absolute. */
import { describe, expect, it } from 'vitest';
import { pageToItem } from '../../../src/library/page-to-item';
import { ARTICLE, LATIN_PAGE } from './page-server';

const page = (bytes: Uint8Array, contentType: string, url = 'https://blog.example/2024/03/latin') => ({
  url,
  contentType,
  bytes: new Uint8Array(bytes),
});

describe('pageToItem', () => {
  it('decodes by the HTTP charset, and makes relative links absolute against the page', () => {
    const r = pageToItem(page(LATIN_PAGE, 'text/html; charset=ISO-8859-1'));
    if (!r.ok) throw new Error(r.error);
    expect(r.value.title).toBe('Gr\u00fc\u00dfe aus K\u00f6ln');
    expect(r.value.textContent).toContain('Die Stra\u00dfenbahn f\u00e4hrt \u00fcber den Rhein');
    expect(r.value.contentHtml).toContain('href="https://blog.example/weiter"');
    expect(r.value.contentHtml).toContain('src="https://blog.example/2024/03/img/dom.jpg"');
    expect(r.value.contentHtml).not.toMatch(/<script|document\.title/);
    expect(r.value).toMatchObject({ url: 'https://blog.example/2024/03/latin', lang: null });
    expect(r.value.wordCount).toBeGreaterThan(30);
  });

  it('makes the same item a save of the page makes (title, site, date, canonical URL of its own site)', () => {
    const r = pageToItem(
      page(
        ARTICLE,
        'text/html; charset=utf-8',
        'https://slowbytes.example/2024/03/12/quiet-reading-queue/?utm_source=pocket',
      ),
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.value.title).toBe('Building a quiet reading queue');
    expect(r.value.siteName).toBe('Slow Bytes');
    expect(r.value.publishedTime).toBe('2024-03-12T08:30:00+00:00');
    expect(r.value.canonicalUrl).toBe('https://slowbytes.example/2024/03/12/quiet-reading-queue/');
    expect(r.value.textHash).toMatch(/\S/);
    expect(r.value.summary.length).toBeGreaterThan(0);
  });

  it('says no-article for a page with nothing to read', () => {
    const none = new TextEncoder().encode('<!doctype html><title>Menu</title><nav><a href="/">Home</a></nav>');
    expect(pageToItem(page(none, 'text/html'))).toEqual({ ok: false, error: 'no-article' });
  });
});
