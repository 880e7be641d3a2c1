/** Helpers of the cleanup end-to-end tests: open fixtures, read the folds, talk to the content script. */
import type { Page } from 'puppeteer-core';
import { poll, tabIdOf, type Driver } from './browsers';
import { stubLabels } from './stub-roots';
import type { E2EEnv } from './env';

export const FIXTURES = '/fixtures/cleanup';

export interface FoldView {
  collapsed: { kind: string; id: string; stubBefore: boolean; hidden: boolean }[];
  stubs: string[];
  tokens: string[];
  text: string;
}

/** What the page shows: folded blocks (and whether a stub sits right before each), stub labels, tokens, visible text. */
export async function foldView(driver: Driver, page: Page): Promise<FoldView> {
  const view = await page.evaluate(() => ({
    collapsed: Array.from(document.querySelectorAll('[data-quietread-collapsed]'), (el) => ({
      kind: el.getAttribute('data-quietread-collapsed') ?? '',
      id: el.id,
      stubBefore: el.previousElementSibling?.hasAttribute('data-quietread-stub') ?? false,
      hidden: getComputedStyle(el).display === 'none',
    })),
    tokens: (document.documentElement.getAttribute('data-quietread') ?? '').split(' '),
    text: document.body.innerText,
  }));
  // The stubs' shadow roots are closed to the page: read through the driver.
  return { ...view, stubs: await stubLabels(driver, page) };
}

/** Opens a cleanup fixture and waits until something on it is folded. */
export async function openFolded(env: E2EEnv, file: string): Promise<Page> {
  const page = await env.driver.newPage();
  await page.goto(env.server.url(`${FIXTURES}/${file}`));
  await page.waitForSelector('html[data-quietread~="collapsed"]', { timeout: 15_000 });
  return page;
}

/** The element's markup as the server sent it (parsed from a fresh fetch of the page). */
export function originalOuterHtml(page: Page, selector: string): Promise<string> {
  return page.evaluate(async (sel: string) => {
    const html = await (await fetch(location.href.replace(/#.*$/, ''))).text();
    return new DOMParser().parseFromString(html, 'text/html').querySelector(sel)?.outerHTML ?? '';
  }, selector);
}

/** Runs extension-API code on a (reused) extension page of the driver. */
export async function inExtension<T, A>(env: E2EEnv, fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
  const probe = await env.driver.openExtensionPage('popup.html');
  try {
    return (await probe.evaluate(fn as any, arg as any)) as T;
  } finally {
    await probe.close();
    env.driver.pages.splice(env.driver.pages.indexOf(probe), 1);
  }
}

/** Waits until the content script of `page` has applied its settings (it answers get-state with cleanup on). */
export async function waitForCleanupApplied(env: E2EEnv, page: Page, enabled = true): Promise<void> {
  const tabId = await tabIdOf(env.driver, page);
  const probe = await env.driver.openExtensionPage('popup.html');
  try {
    await poll(
      probe,
      async ([id, want]: [number, boolean]) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const state = await api.tabs.sendMessage(id, { type: 'popup-to-content:get-state' });
        return state?.cleanupEnabled === want;
      },
      [tabId, enabled] as [number, boolean],
    );
  } finally {
    await probe.close();
    env.driver.pages.splice(env.driver.pages.indexOf(probe), 1);
  }
}
