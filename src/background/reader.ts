/**
 * Reading mode's ways in that go through the background: the `toggle-reader` command (Alt+Shift+R),
 * the "Open in reading mode" context menu item, and messages from the popup (`any-to-background`)
 * and from the page's stub link (`content-to-background`). All of them end in `toggleReaderInTab`.
 */
import browser from 'webextension-polyfill';
import { isOurMessage, sendToOnDemand, type Message, type ToggleReaderReply } from '../messages';
import { translate } from '../i18n';
import {
  confirmReaderToken,
  forgetReaderToken,
  isExtensionPage,
  isTopContentScript,
  registerReaderToken,
} from './reader-handshake';
import { canActOnTab } from './trusted-sender';

/** Id of our context menu item (the library adds its own, with another id). */
export const READER_MENU_ID = 'quietread-open-reader';

type ReaderMessage = Extract<
  Message,
  { type: 'any-to-background:toggle-reader' | 'content-to-background:toggle-reader' }
>;

/** Toggles (or, with `open`, opens or closes) the reader in a tab; injects the on-demand script first. */
export async function toggleReaderInTab(tabId: number, open?: boolean): Promise<ToggleReaderReply> {
  return sendToOnDemand<ToggleReaderReply>(
    tabId,
    open === undefined ? { type: 'any-to-ondemand:toggle-reader' } : { type: 'any-to-ondemand:toggle-reader', open },
  );
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function report(what: string, p: Promise<unknown>): void {
  p.catch((err: unknown) => console.warn(`Quietread: ${what} failed`, err));
}

browser.runtime.onInstalled.addListener(() => {
  // Menus outlive the event page / service worker; creating them once per install is enough.
  browser.contextMenus.create({
    id: READER_MENU_ID,
    title: translate('menuOpenReader'),
    contexts: ['page', 'selection'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== READER_MENU_ID || tab?.id === undefined) return;
  report('opening the reader from the menu', toggleReaderInTab(tab.id, true));
});

browser.commands.onCommand.addListener((command: string, tab?: browser.Tabs.Tab) => {
  if (command !== 'toggle-reader') return;
  report(
    'the reading-mode command',
    (async () => {
      const id = tab?.id ?? (await activeTabId());
      if (id !== undefined) await toggleReaderInTab(id);
    })(),
  );
});

type HandshakeMessage = Extract<
  Message,
  { type: 'ondemand-to-background:reader-token' | 'reader-to-background:confirm' }
>;

/** The reader frame's handshake (src/background/reader-handshake.ts); undefined for other messages. */
function handshake(msg: unknown, sender: browser.Runtime.MessageSender): Promise<{ ok: boolean }> | undefined {
  const own = browser.runtime.id;
  if (isOurMessage<HandshakeMessage>(msg, 'ondemand-to-background:reader-token')) {
    return Promise.resolve(
      isTopContentScript(sender, own) ? registerReaderToken(sender.tab!.id!, msg.token) : { ok: false },
    );
  }
  if (isOurMessage<HandshakeMessage>(msg, 'reader-to-background:confirm')) {
    return Promise.resolve(
      isExtensionPage(sender, own) ? confirmReaderToken(sender.tab?.id, sender.frameId, msg.token) : { ok: false },
    );
  }
  return undefined;
}

browser.tabs.onRemoved.addListener((tabId) => forgetReaderToken(tabId));

browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
  const shake = handshake(msg, sender);
  if (shake) return shake;
  if (isOurMessage<Message>(msg, 'ondemand-to-background:load-defuddle')) {
    // Into the asking script's own frame (the top one): defuddle.js only leaves a class there.
    if (!isTopContentScript(sender, browser.runtime.id)) return Promise.resolve({ loaded: false });
    return browser.scripting
      .executeScript({ target: { tabId: sender.tab!.id!, frameIds: [0] }, files: ['defuddle.js'] })
      .then(() => ({ loaded: true }));
  }
  if (isOurMessage<Message>(msg, 'content-to-background:reader-intent')) {
    // Only a page's own top-frame script speaks for its tab; the reply is only for its logs.
    if (!isTopContentScript(sender, browser.runtime.id)) return Promise.resolve({ prepared: false });
    return sendToOnDemand<{ prepared: boolean }>(sender.tab!.id!, { type: 'any-to-ondemand:prepare' }).catch(() => ({
      prepared: false,
    }));
  }
  if (
    !isOurMessage<ReaderMessage>(msg, 'any-to-background:toggle-reader') &&
    !isOurMessage<ReaderMessage>(msg, 'content-to-background:toggle-reader')
  )
    return undefined;
  const tabId = msg.type === 'any-to-background:toggle-reader' ? msg.tabId : sender.tab?.id;
  // The popup (an extension page) names its tab; a stub link acts on its own tab only.
  if (typeof tabId !== 'number' || !canActOnTab(sender, browser.runtime.id, tabId))
    return Promise.resolve({ open: false });
  return toggleReaderInTab(tabId).catch((err: unknown) => {
    console.warn('Quietread: toggling the reader failed', err);
    return { open: false };
  });
});
