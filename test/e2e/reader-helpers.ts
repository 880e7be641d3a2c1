/** Helpers of the reading-mode end-to-end tests: toggle the reader the way the background does, reach its frame. */
import type { Frame, Page } from 'puppeteer-core';
import { poll, tabIdOf, type Driver } from './browsers';

/** An extension page kept open to send messages to the background from (any extension page will do). */
export async function controlPage(driver: Driver): Promise<Page> {
  return driver.openExtensionPage('reader.html?control');
}

/** Sends a runtime message from an extension page and returns the answer. */
export async function sendFromExtension<T>(ctl: Page, message: unknown): Promise<T> {
  return ctl.evaluate((m: unknown) => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage(m), message) as Promise<T>;
}

/** Toggles the reader in `page`'s tab through the background's handler (the command's and the menu's code path). */
export async function toggleViaBackground(driver: Driver, ctl: Page, page: Page): Promise<{ open: boolean }> {
  const tabId = await tabIdOf(driver, page);
  const reply = await sendFromExtension<{ open: boolean }>(ctl, { type: 'any-to-background:toggle-reader', tabId });
  await page.bringToFront();
  return reply;
}

/** Waits until the overlay's host says the reader is painted. */
export async function waitForReaderOpen(page: Page): Promise<void> {
  await page.waitForSelector('[data-quietread-reader="open"]', { timeout: 20_000 });
}

/** Waits until the overlay's host is gone. */
export async function waitForReaderClosed(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-quietread-reader]'), { timeout: 15_000 });
}

/** The reader.html frame inside the page's overlay. */
export async function readerFrame(driver: Driver, page: Page): Promise<Frame> {
  // Chrome serves reader.html from a per-session origin (use_dynamic_url), not the extension's own.
  const isReader = (href: string) => /^(chrome|moz)-extension:\/\/[^/]+\/reader\.html/.test(href);
  const end = Date.now() + 15_000;
  for (;;) {
    // Firefox reports moz-extension frames as about:blank: ask each frame where it is.
    for (const f of page.frames()) {
      const href = isReader(f.url()) ? f.url() : await f.evaluate(() => location.href).catch(() => '');
      if (isReader(href)) return f;
    }
    if (Date.now() > end) throw new Error(`no reader frame in ${page.frames().map((f) => f.url()).join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Polls in a frame (waitForFunction is blocked by the extension CSP in Firefox). */
export async function pollFrame<T, A>(frame: Frame, fn: (arg: A) => T, arg?: A, timeout = 15_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await frame.evaluate(fn as any, arg as any);
      if (v) return v as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`pollFrame timed out${last ? `: ${String(last)}` : ''} (${fn.toString().slice(0, 120)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export { poll };
