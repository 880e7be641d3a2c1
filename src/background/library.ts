/**
 * The library's ways in through the background: `any-to-background:save` (the popup's Save button),
 * `any-to-background:saved-status` (the popup asks whether this page is saved), the "Save clean copy"
 * context menu item and the `save-page` command (Alt+Shift+S). The last two get the analysis from the
 * on-demand script first. The store itself lives in IndexedDB in the extension's origin.
 */
import browser from 'webextension-polyfill';
import {
  isOurMessage,
  sendToOnDemand,
  type AnalyzeReply,
  type Message,
  type SavedStatusReply,
  type SaveReply,
} from '../messages';
import { libraryErrorText } from '../error-text';
import { translate } from '../i18n';
import { canonicalKey, fromAnalysis } from '../library/from-analysis';
import { openLibrary, type Library } from '../library/store';
import { canActOnPage } from './trusted-sender';

/** Id of our context menu item (distinct from the reader's "Open in reading mode"). */
export const SAVE_MENU_ID = 'quietread-save-clean-copy';

type LibraryMessage = Extract<Message, { type: 'any-to-background:save' | 'any-to-background:saved-status' }>;

const LIBRARY_TYPES = new Set<string>([
  'any-to-background:save',
  'any-to-background:saved-status',
] satisfies LibraryMessage['type'][]);

let library: Promise<Library> | null = null;
/** One connection for the life of the background; reopened if opening failed. */
export function lib(): Promise<Library> {
  library ??= openLibrary().catch((err: unknown) => {
    library = null;
    throw err;
  });
  return library;
}

/** Saves an analysis; the same canonical URL updates the saved item. */
export async function saveAnalysis(analysis: unknown): Promise<SaveReply> {
  const item = fromAnalysis(analysis);
  if (!item.ok) return { ok: false, error: 'invalid', message: item.message };
  const saved = await (await lib()).save(item.value);
  if (saved.ok) return { ok: true, status: saved.value.status, id: saved.value.id };
  return { ok: false, error: saved.error === 'quota-exceeded' ? 'quota-exceeded' : 'failed', message: saved.message };
}

/** Looks the page up by the key its save would use: a canonical URL on another site does not count. */
async function savedStatus(url: string, canonicalUrl: string, hash?: string): Promise<SavedStatusReply> {
  const found = await (await lib()).findByUrl(canonicalKey(url, canonicalUrl));
  if (!found.ok || !found.value) return { saved: false };
  const { id, savedAt, updatedAt, textHash } = found.value;
  return { saved: true, id, savedAt, updatedAt, changed: hash !== undefined && hash !== textHash };
}

/** Analyses the page in a tab (injecting the on-demand script) and saves it. */
export async function savePageInTab(tabId: number): Promise<SaveReply> {
  const reply = await sendToOnDemand<AnalyzeReply>(tabId, { type: 'any-to-ondemand:analyze' });
  if (!reply?.ok) return { ok: false, error: 'invalid', message: reply?.message ?? translate('errorPageUnreadable') };
  return saveAnalysis(reply.analysis);
}

/** The menu and the command have no UI of their own: the toolbar badge of the tab says how it went. */
async function showOutcome(tabId: number, reply: SaveReply): Promise<void> {
  const text = reply.ok ? '✓' : '!';
  const title = reply.ok
    ? translate(reply.status === 'saved' ? 'badgeSaved' : 'badgeUpdated')
    : reply.error === 'failed'
      ? reply.message
      : libraryErrorText(reply);
  await browser.action.setBadgeBackgroundColor({ tabId, color: reply.ok ? '#2f6f4f' : '#a33a2a' });
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setTitle({ tabId, title });
}

function saveFromUi(tabId: number): void {
  savePageInTab(tabId)
    .catch((err: unknown): SaveReply => ({
      ok: false,
      error: 'failed',
      message: translate('errorSaveFailed', [String(err)]),
    }))
    .then((reply) => showOutcome(tabId, reply))
    .catch((err: unknown) => console.warn('Quietread: saving from the menu or command failed', err));
}

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({
    id: SAVE_MENU_ID,
    title: translate('menuSaveCopy'),
    contexts: ['page', 'selection'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === SAVE_MENU_ID && tab?.id !== undefined) saveFromUi(tab.id);
});

browser.commands.onCommand.addListener((command: string, tab?: browser.Tabs.Tab) => {
  if (command !== 'save-page') return;
  if (tab?.id !== undefined) return saveFromUi(tab.id);
  browser.tabs
    .query({ active: true, currentWindow: true })
    .then(([active]) => active?.id !== undefined && saveFromUi(active.id))
    .catch((err: unknown) => console.warn('Quietread: the save command found no tab', err));
});

function handle(msg: LibraryMessage): Promise<SaveReply | SavedStatusReply> {
  switch (msg.type) {
    case 'any-to-background:save':
      return saveAnalysis(msg.analysis).catch((err: unknown): SaveReply => ({
        ok: false,
        error: 'failed',
        message: translate('errorSaveFailed', [String(err)]),
      }));
    case 'any-to-background:saved-status':
      return savedStatus(msg.url ?? msg.canonicalUrl, msg.canonicalUrl, msg.textHash).catch(
        (err: unknown): SavedStatusReply => {
          console.warn('Quietread: reading the saved status failed', err);
          return { saved: false };
        },
      );
    default: {
      const never: never = msg;
      throw new Error(`unhandled message ${JSON.stringify(never)}`);
    }
  }
}

browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isOurMessage<LibraryMessage>(msg, 'any-to-background:') || !LIBRARY_TYPES.has(msg.type)) return undefined;
  // The popup (an extension page), or our script on the page the save or lookup is about.
  const page =
    msg.type === 'any-to-background:save'
      ? (msg.analysis as { url?: unknown } | undefined)?.url
      : (msg.url ?? msg.canonicalUrl);
  if (!canActOnPage(sender, browser.runtime.id, page)) {
    return Promise.resolve(
      msg.type === 'any-to-background:save'
        ? { ok: false, error: 'invalid', message: 'Only Quietread itself can save to its library.' }
        : { saved: false },
    );
  }
  return handle(msg);
});
