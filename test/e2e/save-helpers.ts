/** Helpers of the tests that save without the popup: reach Chromium's service worker, read the toolbar badge. */
import type { Page } from 'puppeteer-core';
import { poll, type Driver } from './browsers';

/** Runs `fn` in Chromium's extension service worker (where the extension's listeners live). */
export async function inServiceWorker<T, A>(driver: Driver, fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
  const target = await driver.browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(driver.extOrigin),
  );
  const worker = await target.worker();
  if (!worker) throw new Error('no extension service worker');
  return worker.evaluate(fn as any, arg as any) as Promise<T>;
}

/** The toolbar badge of a tab: text and title, read from an extension page. */
export async function badgeOf(probe: Page, tabId: number): Promise<{ text: string; title: string }> {
  return poll(
    probe,
    async (id: number) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const text: string = await api.action.getBadgeText({ tabId: id });
      return text ? { text, title: (await api.action.getTitle({ tabId: id })) as string } : null;
    },
    tabId,
    60_000,
  ) as Promise<{ text: string; title: string }>;
}
