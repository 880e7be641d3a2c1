import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makeFakeBrowser } from './fake-browser';

const b = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('webextension-polyfill', () => ({ default: new Proxy({}, { get: (_t, k) => (b.current as any)[k] }) }));
// The parts shared with the content script reach the browser's own API (src/native-browser.ts): the same fake.
vi.mock('../../../src/native-browser', () => ({
  nativeBrowser: new Proxy({}, { get: (_t, k) => (b.current as any)[k] }),
}));

const fake = makeFakeBrowser();
b.current = fake;
let READER_MENU_ID = '';
beforeAll(async () => {
  ({ READER_MENU_ID } = await import('../../../src/background/reader'));
});

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('reading mode ways in (background)', () => {
  it('creates the "Open in reading mode" menu item on install, with its own id', () => {
    fake.runtime.onInstalled.fire({ reason: 'install' });
    expect(fake.menus).toEqual([expect.objectContaining({ id: READER_MENU_ID, title: 'Open in reading mode' })]);
    expect(READER_MENU_ID).toBe('quietread-open-reader');
  });

  it('opens the reader in the clicked tab from the menu (injecting the on-demand script first)', async () => {
    fake.sent.length = 0;
    fake.contextMenus.onClicked.fire({ menuItemId: READER_MENU_ID }, { id: 3 });
    fake.contextMenus.onClicked.fire({ menuItemId: 'quietread-save-page' }, { id: 4 });
    await tick();
    expect(fake.injected).toContain(3);
    expect(fake.sent).toEqual([{ tabId: 3, message: { type: 'any-to-ondemand:toggle-reader', open: true } }]);
  });

  it('toggles the reader in the active tab on the toggle-reader command only', async () => {
    fake.sent.length = 0;
    fake.commands.onCommand.fire('save-page', { id: 9 });
    fake.commands.onCommand.fire('toggle-reader', undefined);
    await tick();
    await tick();
    expect(fake.sent).toEqual([{ tabId: 7, message: { type: 'any-to-ondemand:toggle-reader' } }]);
  });

  it('toggles from the popup (tab id in the message) and from the stub link (the sender tab)', async () => {
    fake.sent.length = 0;
    const popup = { id: fake.runtime.id, url: 'chrome-extension://abc/popup.html?tab=5' };
    const stub = { id: fake.runtime.id, url: 'https://blog.example/post/', tab: { id: 6 }, frameId: 0 };
    const [fromPopup] = fake.runtime.onMessage.fire({ type: 'any-to-background:toggle-reader', tabId: 5 }, popup);
    const [fromStub] = fake.runtime.onMessage.fire({ type: 'content-to-background:toggle-reader' }, stub);
    const [other] = fake.runtime.onMessage.fire({ type: 'any-to-background:save' }, {});
    expect(await fromPopup).toEqual({ open: true });
    expect(await fromStub).toEqual({ open: true });
    expect(other).toBeUndefined();
    expect(fake.sent.map((s) => s.tabId)).toEqual([5, 6]);
  });

  it('acts for no sender but an extension page or the content script of the tab it acts on', async () => {
    fake.sent.length = 0;
    const own = fake.runtime.id;
    const refused = [
      // a content script naming another tab than its own
      fake.runtime.onMessage.fire(
        { type: 'any-to-background:toggle-reader', tabId: 5 },
        { id: own, url: 'https://evil.example/', tab: { id: 9 }, frameId: 0 },
      ),
      // another extension, or a sender with no id at all
      fake.runtime.onMessage.fire(
        { type: 'any-to-background:toggle-reader', tabId: 5 },
        { id: 'other@example.org', url: 'chrome-extension://other/popup.html' },
      ),
      fake.runtime.onMessage.fire(
        { type: 'content-to-background:toggle-reader' },
        { tab: { id: 6 }, url: 'https://blog.example/' },
      ),
      // our id, but no page behind it (not an extension page, not a content script)
      fake.runtime.onMessage.fire({ type: 'content-to-background:toggle-reader' }, { id: own }),
    ].map(([r]) => r);
    for (const r of refused) expect(await r).toEqual({ open: false });
    expect(fake.sent).toEqual([]);
  });
});
