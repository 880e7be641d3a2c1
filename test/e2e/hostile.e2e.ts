/**
 * Hostile pages, end to end in real Chromium and Firefox: each fixture of test/fixtures/hostile is
 * folded, read, summarised and saved, and nothing from it may run in an extension page (no dialog,
 * no marker global, no marker request) or linger there unsanitised; the page keeps working after the
 * fold and after the reader.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { browsersUnderTest } from './browsers';
import { useExtension } from './env';
import {
  closeReader,
  dangersIn,
  inPage,
  openPage,
  openPopup,
  openReader,
  openSaved,
  pageStillWorks,
  pageStyles,
  pollFrame,
  pwnedRequests,
  saveFromPopup,
  usePageServer,
  waitInPage,
} from './hostile-helpers';

/** Each fixture and a sentence of its article the reader and the saved copy must show. */
const FIXTURES: Record<string, string> = {
  handlers: 'freelance cameraman',
  css: 'Paddington is back',
  clobber: 'a linguist asked to talk',
  'clobber-guard': 'a linguist asked to talk',
  'json-ld': 'two men on opposite sides of the law',
  prototype: 'a film about obsession',
  'export-text': 'a nightmare comedy about a clerk',
};

describe.each(browsersUnderTest())('hostile pages in %s', (name) => {
  const env = useExtension(name);
  const pages = usePageServer();
  const dialogs: string[] = [];

  it("keeps the extension pages' CSP strict", async () => {
    const probe = await env.driver.openExtensionPage('popup.html?tab=0');
    const csp = await probe.evaluate(
      () => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.getManifest().content_security_policy,
    );
    expect(csp).toEqual({ extension_pages: "script-src 'self'; object-src 'none'" });
    await probe.close();
  });

  describe.each(Object.keys(FIXTURES))('%s.html', (fixture) => {
    const sentence = FIXTURES[fixture] as string;
    let page: Page;
    let reader: Frame | null = null;
    let title = '';
    let styles = '';
    afterAll(async () => {
      await page?.close().catch(() => {});
    });

    it('folds the comments and the page keeps working', async () => {
      page = await openPage(env.driver, pages.server.url(`/fixtures/hostile/${fixture}.html`), dialogs);
      await waitInPage(page, "return q('[data-quietread-collapsed]') !== null;");
      expect(await inPage(page, "return q('.entry-content').innerText.length;")).toBeGreaterThan(300);
      expect(await pageStillWorks(page)).toEqual({ clicks: 1, alive: true });
      styles = await pageStyles(page);
    });

    it('shows the article in the reader with nothing from the page in it', async () => {
      expect(page, 'the page opened with the content script running').toBeDefined();
      reader = await openReader(env.driver, page);
      expect(reader, 'reader frame').not.toBeNull();
      const frame = reader as Frame;
      await pollFrame(frame, () => document.body?.innerText.length > 200);
      const text = await frame.evaluate(() => document.body.innerText);
      expect(text).toContain(sentence);
      expect(text).not.toContain('FORGED');
      expect(await dangersIn(frame, env.driver.extOrigin)).toEqual([]);
    });

    it('leaves the page working after the reader closes', async () => {
      expect(page, 'the page opened with the content script running').toBeDefined();
      await closeReader(env.driver, page);
      expect(await pageStillWorks(page)).toEqual({ clicks: 2, alive: true });
      expect(await pageStyles(page)).toBe(styles);
      expect(await inPage(page, "return q('[data-quietread-collapsed]') !== null;")).toBe(true);
    });

    it('summarises the page in the popup with nothing from the page in it', async () => {
      expect(page, 'the page opened with the content script running').toBeDefined();
      const popup = await openPopup(env.driver, page, dialogs);
      title = await popup.$eval('[data-testid="summary-title"]', (el) => el.textContent ?? '');
      expect(title.length).toBeGreaterThan(5);
      expect(await dangersIn(popup, env.driver.extOrigin)).toEqual([]);
      expect(await saveFromPopup(popup)).toMatch(/^(saved|updated)$/);
      await popup.close();
    });

    it('keeps the saved copy clean in the library and in its reader view', async () => {
      expect(title, 'the popup showed a title').not.toBe('');
      const { library, id } = await openSaved(env.driver, title.slice(0, 20), dialogs);
      expect(await dangersIn(library, env.driver.extOrigin)).toEqual([]);
      const saved = await env.driver.openExtensionPage(`reader.html?saved=${encodeURIComponent(id)}`);
      const savedText = await pollFrame(saved.mainFrame(), () =>
        document.body?.innerText.length > 200 ? document.body.innerText : '',
      );
      expect(savedText).toContain(sentence);
      expect(await dangersIn(saved, env.driver.extOrigin)).toEqual([]);
      await Promise.all([library.close(), saved.close()]);
    });

    it('ran no payload in an extension page', async () => {
      expect(pwnedRequests(pages.server)).toEqual([]);
      expect(dialogs).toEqual([]);
    });
  });
});
