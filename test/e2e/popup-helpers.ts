/** Helpers of the popup's end-to-end tests: open a fixture and the popup for its tab, read the popup's state. */
import type { Page } from 'puppeteer-core';
import { poll, tabIdOf } from './browsers';
import type { E2EEnv } from './env';

export const REVIEW = '/fixtures/popup/wp-review.html';
export const LINKS = '/fixtures/popup/links.html';

let opened = 0;

/**
 * Opens a fixture page once the content script has marked it; returns the page and its tab id.
 * Each opening gets its own query string: `tabIdOf` finds a tab by URL, and earlier tests' tabs stay open.
 */
export async function openFixture(env: E2EEnv, path: string): Promise<{ page: Page; tabId: number }> {
  const page = await env.driver.newPage();
  await page.goto(env.server.url(`${path}${path.includes('?') ? '&' : '?'}open=${++opened}`));
  await page.waitForSelector('html[data-quietread]', { timeout: 15_000 });
  return { page, tabId: await tabIdOf(env.driver, page) };
}

/** Opens the popup for a tab, as a tab of its own (`popup.html?tab=<id>`). */
export function openPopup(env: E2EEnv, tabId: number): Promise<Page> {
  return env.driver.openExtensionPage(`popup.html?tab=${tabId}`);
}

/** Waits until the popup has left the loading phase and returns the phase it settled in. */
export function settledPhase(popup: Page): Promise<string> {
  return poll(popup, () => {
    const phase = document.querySelector('main')?.getAttribute('data-phase');
    return phase && phase !== 'loading' ? phase : '';
  });
}

/** The trimmed text of `[data-testid=<id>]`, once it is non-empty. */
export function textOf(popup: Page, testid: string): Promise<string> {
  return poll(
    popup,
    (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() || '',
    testid,
  );
}

/** Waits until `[data-testid=<id>]` reads exactly `want`; returns it (or times out naming what it read). */
export async function waitForText(popup: Page, testid: string, want: string): Promise<string> {
  return poll(
    popup,
    ([id, w]: [string, string]) =>
      document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() === w ? w : '',
    [testid, want] as [string, string],
  );
}

/** Clicks a popup control by test id (a real input event, so it counts as a user gesture). */
export async function clickTestId(popup: Page, testid: string): Promise<void> {
  await poll(
    popup,
    (id: string) => {
      const el = document.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);
      return !!el && !el.disabled;
    },
    testid,
  );
  await popup.bringToFront(); // input to a background tab can stall headless Chromium (a tab we opened may be in front)
  await popup.click(`[data-testid="${testid}"]`);
}

/**
 * URLs of the open tabs: what the extension reads (Firefox reports about:blank for moz-extension pages
 * to WebDriver) and what the driver sees (Chromium 150 leaves `url` out of `tabs.query` for the
 * extension's own pages, which it may not read without the "tabs" permission).
 */
export async function tabUrls(env: E2EEnv, page: Page): Promise<string[]> {
  const viaApi = await page.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return ((await api.tabs.query({})) as { url?: string }[]).map((t) => t.url ?? '');
  });
  const viaDriver = (await env.driver.browser.pages()).map((p) => p.url());
  return [...viaApi, ...viaDriver].filter(Boolean);
}

/** Waits until a tab whose URL matches `re` is open. */
export async function waitForTab(env: E2EEnv, page: Page, re: RegExp, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  let seen: string[] = [];
  while (Date.now() < end) {
    seen = await tabUrls(env, page).catch(() => seen);
    if (seen.some((u) => re.test(u))) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no tab matching ${re} among ${seen.join(', ')}`);
}
