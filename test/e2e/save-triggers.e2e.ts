/**
 * Saving without the popup: the "Save clean copy" context menu item and the `save-page` command
 * (Alt+Shift+S), each ending in the library with the toolbar badge saying how it went.
 *
 * What a headless browser lets a test reach (the gap, tried on Chromium 156 and Firefox 153):
 * - Firefox binds the suggested key (checked), but a key press sent through WebDriver BiDi
 *   (puppeteer's keyboard, Alt+Shift+S on the page) is synthesized in the content process and
 *   never reaches the browser's shortcut handling: tried, nothing was saved within 60 s.
 * - Chromium leaves commands of a `--load-extension` install unbound in headless runs and no
 *   protocol clicks an extension's menu item. Its service worker's event objects have `dispatch`,
 *   which calls the listeners the extension itself registered (`contextMenus.onClicked`,
 *   `commands.onCommand`) with a real tab: the path from there on is the real one.
 * - Firefox's events have no `dispatch` and no protocol opens its context menu: both tests check
 *   the item and the binding are registered there (`menus.update` on its id resolves, the command's
 *   shortcut is Alt+Shift+S) and skip the trigger itself.
 */
import { describe, expect, it } from 'vitest';
import { browsersUnderTest, poll } from './browsers';
import { useExtension } from './env';
import { rawRecords, rowsAre } from './library-helpers';
import { openFixture } from './popup-helpers';
import { badgeOf, inServiceWorker } from './save-helpers';

const HER = '/demo/her-review.html';
const SAVE_MENU_ID = 'quietread-save-clean-copy'; // src/background/library.ts

describe.each(browsersUnderTest())('saving from the menu and the command in %s', (name) => {
  const env = useExtension(name);

  it('registers the "Save clean copy" menu item, and a click on it saves the page', async (ctx) => {
    const { page, tabId } = await openFixture(env, HER);
    const probe = await env.driver.openExtensionPage('popup.html');
    // The item exists under its id: updating an unknown id fails.
    const registered = await probe.evaluate(async (id: string) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const menus = api.menus ?? api.contextMenus;
      try {
        await menus.update(id, {});
        return true;
      } catch {
        return false;
      }
    }, SAVE_MENU_ID);
    expect(registered).toBe(true);
    if (name === 'firefox')
      return ctx.skip('Firefox: no headless way to click an extension menu item (see the file comment)');

    await inServiceWorker(
      env.driver,
      async ({ id, menuItemId }: { id: number; menuItemId: string }) => {
        const api = (globalThis as any).chrome;
        const tab = await api.tabs.get(id);
        api.contextMenus.onClicked.dispatch({ menuItemId, editable: false, pageUrl: tab.url }, tab);
      },
      { id: tabId, menuItemId: SAVE_MENU_ID },
    );
    expect(await badgeOf(probe, tabId)).toEqual({ text: '✓', title: 'Saved to your Quietread library' });
    const lib = await env.driver.openExtensionPage('library.html');
    expect((await rowsAre(lib, 1))[0]).toContain('Her');
    await page.close();
  });

  it('declares save-page with Alt+Shift+S, and the command saves the page', async (ctx) => {
    const { page, tabId } = await openFixture(env, HER);
    const probe = await env.driver.openExtensionPage('popup.html');
    const commands = await probe.evaluate(async () =>
      ((globalThis as any).browser ?? (globalThis as any).chrome).commands.getAll(),
    );
    const save = (commands as { name: string; shortcut?: string }[]).find((c) => c.name === 'save-page');
    expect(save).toBeDefined();
    const declared = await probe.evaluate(
      () =>
        ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.getManifest().commands['save-page']
          .suggested_key.default,
    );
    expect(declared).toBe('Alt+Shift+S');

    if (name === 'firefox') {
      // Bound to the suggested key; a WebDriver key press stays in the content process and never reaches the shortcut.
      expect(save?.shortcut).toBe('Alt+Shift+S');
      return ctx.skip('Firefox: no headless way to fire a command (see the file comment)');
    }
    await inServiceWorker(
      env.driver,
      async (id: number) => {
        const api = (globalThis as any).chrome;
        const tab = await api.tabs.get(id);
        api.commands.onCommand.dispatch('save-page', tab);
      },
      tabId,
    );
    const badge = await badgeOf(probe, tabId);
    expect(badge.text).toBe('✓');
    expect(badge.title).toMatch(/^(Saved to|Updated in) your Quietread library$/);
    const lib = await env.driver.openExtensionPage('library.html');
    await poll(lib, () => document.querySelectorAll('[data-testid="saved-item"]').length > 0);
    expect((await rawRecords(lib)).map((r) => r.url)).toContain(page.url());
  });
});
