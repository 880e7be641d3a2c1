/**
 * The frame hijack, end to end in real Chromium and Firefox: a site frames reader.html itself, hands
 * it a port with the token it wrote into the URL and feeds it HTML; it must get nothing painted and
 * no `painted` reply (which would also tell it Quietread is installed). A page that navigates the
 * real overlay's frame closes the overlay instead of getting its own document shown in it.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { browsersUnderTest } from './browsers';
import { useExtension } from './env';
import { inPage, openPage, openReader, pwnedRequests, usePageServer, waitInPage } from './hostile-helpers';

/** The page's frames that hold one of our extension's documents (Firefox reports them as about:blank). */
async function extensionDocs(page: Page): Promise<Frame[]> {
  const found: Frame[] = [];
  for (const f of page.frames()) {
    const href = await f.evaluate(() => location.href).catch(() => f.url());
    if (/^(chrome|moz)-extension:/.test(href)) found.push(f);
  }
  return found;
}

describe.each(browsersUnderTest())('the reader frame in %s', (name) => {
  const env = useExtension(name);
  const pages = usePageServer();

  it('paints nothing and answers nothing when a site frames reader.html and feeds it HTML', async () => {
    const url = pages.server.url(
      `/fixtures/hostile/frame-hijack.html?reader=${encodeURIComponent(`${env.driver.extOrigin}/reader.html`)}`,
    );
    const page = await openPage(env.driver, url);
    await waitInPage(page, 'return root().dataset.hijackLoaded !== undefined;');
    for (const frame of await extensionDocs(page)) {
      // The frame settles on a state (a refused frame shows a notice) before anything is checked.
      const state = await frame.evaluate(async () => {
        for (let i = 0; i < 100; i++) {
          const s = document.querySelector('[data-testid="reader"]')?.getAttribute('data-state');
          if (s && s !== 'waiting') return s;
          await new Promise((r) => setTimeout(r, 100));
        }
        return 'waiting';
      });
      expect(state).not.toBe('doc');
      expect(await frame.evaluate(() => document.body.innerText)).not.toContain('HIJACKED');
    }
    // A `painted` reply leaves one frame and one task after the paint; give it a moment more than that.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await inPage(page, 'return root().dataset.hijackReply ?? null;')).toBeNull();
    expect(pwnedRequests(pages.server)).toEqual([]);
    await page.close();
  });

  it('closes the overlay when the page navigates its frame', async () => {
    const page = await openPage(env.driver, pages.server.url('/fixtures/hostile/export-text.html'));
    const frame = await openReader(env.driver, page);
    expect(frame).not.toBeNull();
    await waitInPage(page, 'return q(\'[data-quietread-reader="open"]\') !== null;');
    // Chromium keeps the closed shadow root's frame out of window.frames; whatever reaches it (the
    // test drives it directly) sends it elsewhere, and the overlay must not stay on over that.
    const target = pages.server.url('/fixtures/hostile/frame-hijack.html?reader=about:blank');
    await frame!.evaluate((u: string) => setTimeout(() => location.assign(u), 0), target);
    await waitInPage(
      page,
      "return q('[data-quietread-reader]') === null || q('[data-quietread-reader=\"closing\"]') !== null;",
    );
    expect(
      await inPage(page, "return q('[data-quietread-reader]')?.getAttribute('data-quietread-reader') ?? 'gone';"),
    ).not.toBe('open');
    await page.close();
  });
});
