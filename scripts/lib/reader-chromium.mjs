// Drives reading mode in real Chromium for the scripts (screenshots, benchmark): the same code path
// as the command and the context menu, i.e. the background's `any-to-background:toggle-reader`.
import { tabIdOf } from './popup-chromium.mjs';

/** An extension page to send runtime messages from (reader.html with no data shows a notice only). */
export async function openControl(browser, extOrigin) {
  const ctl = await browser.newPage();
  await ctl.goto(`${extOrigin}/reader.html?control`, { waitUntil: 'load' });
  return ctl;
}

/** Stores reader settings in storage.sync (as the settings panel does). */
export async function setReaderSettings(ctl, settings) {
  await ctl.evaluate((s) => globalThis.chrome.storage.sync.set({ readerSettings: s }), settings);
}

/** Toggles the reader in `page`'s tab through the background and waits for the wanted state. */
export async function toggleReader(browser, extOrigin, ctl, page, tabId) {
  const id = tabId ?? (await tabIdOf(browser, extOrigin, page));
  const reply = await ctl.evaluate(
    (t) => globalThis.chrome.runtime.sendMessage({ type: 'any-to-background:toggle-reader', tabId: t }),
    id,
  );
  await page.bringToFront();
  if (reply?.open) await page.waitForSelector('[data-quietread-reader="open"]', { timeout: 20_000 });
  else await page.waitForFunction(() => !document.querySelector('[data-quietread-reader]'), { timeout: 20_000 });
  return reply;
}

/** The reader.html frame of a page's overlay (Chrome serves it from a per-session origin: use_dynamic_url). */
export function readerFrameOf(page, _extOrigin) {
  return page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/reader\.html/.test(f.url()));
}
