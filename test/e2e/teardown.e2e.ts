/**
 * When the extension goes away under an open page (an update, a reload, a removal), the page is
 * given back as it was: every fold opens, stubs and the stylesheet leave, the reader overlay closes.
 * Firefox removes an extension's content scripts with it and cannot run their teardown, so this
 * runs in Chromium, where orphaned scripts live on (see README, Architecture).
 */
import { describe, expect, it } from 'vitest';
import { browsersUnderTest, poll, tabIdOf } from './browsers';
import { FIXTURES, inExtension } from './cleanup-helpers';
import { useExtension } from './env';

describe.each(browsersUnderTest())('teardown in %s', (name) => {
  const env = useExtension(name);

  // Firefox unloads an extension's content scripts with it: no script of ours is left to give the page back.
  it.skipIf(name === 'firefox')(
    'unfolds the page, removes stubs, styles and the reader when the extension is reloaded',
    async () => {
      const page = await env.driver.newPage();
      await page.goto(env.server.url(`${FIXTURES}/wpcom-highlander.html`));
      await page.waitForSelector('[data-quietread-collapsed]', { timeout: 15_000 });
      const tabId = await tabIdOf(env.driver, page);
      await inExtension(
        env,
        async (id: number) => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          return api.runtime.sendMessage({ type: 'any-to-background:toggle-reader', tabId: id });
        },
        tabId,
      );
      await page.waitForSelector('[data-quietread-reader="open"]', { timeout: 15_000 });
      const before = await page.evaluate(() => ({
        stubs: document.querySelectorAll('[data-quietread-stub]').length,
        style: document.querySelectorAll('[data-quietread-style]').length,
      }));
      expect(before.stubs).toBeGreaterThan(0);

      // The extension reloads: its service worker and every port to it go away.
      // (The page we ask from is the extension's own: it goes with it, so the call cannot answer.)
      await inExtension(env, () => ((globalThis as any).chrome ?? (globalThis as any).browser).runtime.reload()).catch(
        () => true,
      );

      const after = await poll(page, () => {
        const view = {
          collapsed: document.querySelectorAll('[data-quietread-collapsed]').length,
          stubs: document.querySelectorAll('[data-quietread-stub]').length,
          style: document.querySelectorAll('[data-quietread-style]').length,
          reader: document.querySelectorAll('[data-quietread-reader]:not([data-quietread-reader="closing"])').length,
        };
        return Object.values(view).every((n) => n === 0) ? view : null;
      });
      expect(after).toEqual({ collapsed: 0, stubs: 0, style: 0, reader: 0 });
      // The page itself still works: its text is there and scrolls.
      expect(await page.evaluate(() => document.body.innerText)).toContain('The heptapod writing design');
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).not.toBe('hidden');
      await page.close();
    },
  );
});
