/**
 * The popup where Quietread stops: the browser's own pages (settings, add-ons, a blank tab), the
 * extension store of each browser, and a page over the size limit. Each gets its sentence, and the
 * actions that cannot work are disabled while the library stays reachable.
 * (Firefox lets a blank tab be scripted: the popup calls it "not an article" there, so it is not listed.)
 * The store is reached offline: the tab keeps the store's URL on its error page, which is what the
 * popup reads (the browsers refuse scripts there whatever loads).
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { browsersUnderTest, poll } from './browsers';
import { useExtension } from './env';
import { LINKS, REVIEW, openFixture, openPopup, settledPhase, textOf } from './popup-helpers';

const BROWSER_PAGES = {
  chromium: ['chrome://extensions/', 'about:blank'],
  firefox: ['about:addons', 'about:preferences'],
} as const;
const STORE = {
  chromium: 'https://chromewebstore.google.com/detail/quietread/abcdefghijklmnopabcdefghijklmnop',
  firefox: 'https://addons.mozilla.org/en-US/firefox/addon/quietread/',
} as const;

/** Whether each of the popup's actions is disabled: reader, save, copy, site switch, library. */
const disabledActions = (popup: Page) =>
  popup.$$eval(
    '[data-testid="action-reader"], [data-testid="action-save"], [data-testid="action-copy"], [data-testid="site-toggle"], [data-testid="action-library"]',
    (els) => els.map((e) => (e as HTMLButtonElement).disabled),
  );

describe.each(browsersUnderTest())('popup limits in %s', (name) => {
  const env = useExtension(name);

  /** Sends a fixture's tab to `url` and waits until the tab is there (Firefox never resolves goto for its own pages). */
  async function tabAt(url: string): Promise<number> {
    const { page, tabId } = await openFixture(env, LINKS);
    void page.goto(url).catch(() => {});
    const probe = await env.driver.openExtensionPage('popup.html?tab=0');
    await poll(
      probe,
      async ([id, want]: [number, string]) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const tab = await api.tabs.get(id);
        // Off our host permissions the URL is hidden; on the store it stays, on its error page.
        return tab.status === 'complete' && (want.startsWith('http') ? tab.url === want : !tab.url?.startsWith('http'));
      },
      [tabId, url] as [number, string],
      30_000,
    );
    await probe.close();
    return tabId;
  }

  for (const url of BROWSER_PAGES[name]) {
    it(`says it may not read ${url}`, async () => {
      const popup = await openPopup(env, await tabAt(url));
      expect(await settledPhase(popup)).toBe('restricted');
      expect(await textOf(popup, 'state-message')).toBe('Quietread may not read this page');
      expect(await disabledActions(popup)).toEqual([true, true, true, true, false]);
    });
  }

  it("says the browser's extension store cannot be read", async () => {
    const popup = await openPopup(env, await tabAt(STORE[name]));
    expect(await settledPhase(popup)).toBe('restricted');
    expect(await textOf(popup, 'state-message')).toBe('Extension stores cannot be read by extensions');
    expect(await disabledActions(popup)).toEqual([true, true, true, true, false]);
  });

  it('says a page over the element limit is too large to summarise, with its size, and leaves the page as it was', async () => {
    const { page, tabId } = await openFixture(env, REVIEW);
    // 61,000 elements: past LIMITS.maxElements (60,000), added before the popup first asks for the analysis.
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.id = 'bulk';
      box.innerHTML = '<i>x</i>'.repeat(61_000);
      document.body.append(box);
    });
    const before = await page.evaluate(() => document.getElementsByTagName('*').length);
    const popup = await openPopup(env, tabId);
    expect(await settledPhase(popup)).toBe('too-large');
    expect(await textOf(popup, 'state-message')).toBe('This page is too large to summarise');
    expect(await popup.$eval('.qr-state-detail', (p) => p.textContent)).toMatch(
      /^The page has [\d,]+ elements, over the size limit of 60,000\.$/,
    );
    expect(await disabledActions(popup)).toEqual([true, true, true, false, false]);
    // The page itself is untouched: nothing removed, still scrollable.
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThanOrEqual(before);
    expect(await page.evaluate(() => document.getElementById('bulk')?.childElementCount)).toBe(61_000);
  });
});
