/**
 * More hostile pages, in real Chromium and Firefox: script-made gestures and a squatted stub element
 * name, a DOM 100,000 levels deep (test/fixtures/hostile/deep-dom.html), and hostile library imports (`__proto__` keys, `javascript:` URLs,
 * a 100 MB file). Each checks that the page still works, no payload runs (no marker request, no
 * `__qrPwned`), and saved data stays as it was where it must. Requests to other hosts are the
 * privacy suite's to catch (test/e2e/privacy.e2e.ts, through its proxy).
 */
import { describe, expect, it } from 'vitest';
import { browsersUnderTest, poll } from './browsers';
import { useExtension } from './env';
import {
  inPage,
  openPage,
  openPopup,
  pageStillWorks,
  pwnedRequests,
  usePageServer,
  waitInPage,
} from './hostile-helpers';
import { chooseImportFile, notice, rawRecords, rowsAre } from './library-helpers';

const item = (n: number, over: Record<string, unknown> = {}) => ({
  id: `hostile-${n}`,
  url: `https://blog.example/${n}/`,
  canonicalUrl: `https://blog.example/${n}/`,
  title: `Imported ${n}`,
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
  contentHtml: '<p>Imported text.</p>',
  textContent: 'Imported text.',
  textHash: `h${n}`,
  wordCount: 2,
  readingMinutes: 1,
  tags: [],
  ...over,
});
const file = (items: unknown[]) =>
  JSON.stringify({ format: 'quietread-library', version: 1, exportedAt: '2024-01-01T00:00:00.000Z', items });

describe.each(browsersUnderTest())('hostile pages in %s', (name) => {
  const env = useExtension(name);
  const pages = usePageServer();

  it('ignores script-made clicks and keys on stubs, and a page that squatted the stub element name', async () => {
    const page = await openPage(env.driver, pages.server.url('/fixtures/hostile/gestures.html'));
    await waitInPage(page, 'return root().dataset.synthDone !== undefined;', 30_000);
    // Give a toggle (or a reader opening) triggered by those events time to show.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await inPage<number>(page, 'return Number(root().dataset.synthDone);')).toBeGreaterThan(0);
    expect(
      await inPage<boolean>(page, "return q('#comments')?.hasAttribute('data-quietread-collapsed') ?? false;"),
    ).toBe(true);
    expect(await inPage<boolean>(page, "return q('[data-quietread-reader]') !== null;")).toBe(false);
    expect(await inPage(page, 'return window.__squatRan ?? null;')).toBeNull();
    // A real click still works.
    await page.click('[data-quietread-stub]');
    await waitInPage(page, "return !q('#comments')?.hasAttribute('data-quietread-collapsed');", 10_000);
    expect(await pageStillWorks(page)).toEqual({ clicks: 1, alive: true });
    expect(pwnedRequests(pages.server)).toEqual([]);
    await page.close();
  });

  it('answers a 100,000-deep DOM with a clear message, never a stack overflow, and leaves the page working', async () => {
    const page = await openPage(env.driver, pages.server.url('/fixtures/hostile/deep-dom.html'));
    expect(await inPage<boolean>(page, "return q('#deep') !== null && root().dataset.deepBuilt === '100000';")).toBe(
      true,
    );
    const popup = await openPopup(env.driver, page);
    const phase = await poll(
      popup,
      () => {
        const p = document.querySelector('main')?.getAttribute('data-phase') ?? '';
        return p === 'loading' ? '' : p;
      },
      undefined,
      60_000,
    );
    const text = await popup.evaluate(() => document.querySelector('main')?.textContent ?? '');
    expect(text).not.toMatch(/call stack|internal error|RangeError/i);
    expect(['too-large', 'ready']).toContain(phase);
    await popup.close();
    expect(await pageStillWorks(page)).toEqual({ clicks: 1, alive: true });
    expect(pwnedRequests(pages.server)).toEqual([]);
    await page.close();
  });

  it('imports a file with __proto__ keys without them, refuses javascript: URLs and a 100 MB file, and keeps the library as it was', async () => {
    const lib = await env.driver.openExtensionPage('library.html');
    await rowsAre(lib, (await rawRecords(lib)).length);
    const proto = file([item(1)]).replace(
      '"id":"hostile-1",',
      '"id":"hostile-1","__proto__":{"polluted":true},"extra":1,',
    );
    await chooseImportFile(lib, 'proto.json', proto);
    expect(await notice(lib, 'Imported proto.json')).toMatch(/^Imported proto\.json: 1 new/);
    const before = await rawRecords(lib);
    const mine = before.find((r) => r.id === 'hostile-1')!;
    expect(Object.hasOwn(mine, '__proto__') || Object.hasOwn(mine, 'extra')).toBe(false);
    expect(await lib.evaluate(() => (({}) as Record<string, unknown>).polluted ?? null)).toBeNull();

    await chooseImportFile(lib, 'js-url.json', file([item(2, { url: 'javascript:self.__qrPwned=1' })]));
    expect(await notice(lib, 'js-url.json')).toContain('invalid "url"');
    expect(await rawRecords(lib)).toEqual(before);

    // 100 MB, made in the page (sending it over the protocol would take minutes): refused by its size.
    await lib.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(100 * 1024 * 1024).fill(32)], 'huge.json', { type: 'application/json' }));
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(await notice(lib, 'huge.json')).toBe(
      'huge.json: This file is 100.0 MB, over the import limit of 64.0 MB. Nothing was changed.Dismiss',
    );
    expect(await rawRecords(lib)).toEqual(before);
    expect(await lib.evaluate(() => (window as unknown as { __qrPwned?: unknown }).__qrPwned ?? null)).toBeNull();
  });
});
