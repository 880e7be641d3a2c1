/**
 * Where fold.js (the fold code) runs besides the pages the gate picks:
 * - the gate (content.js) found something that can fold and asks: it is injected into that frame;
 * - the settings alone ask for folding (a site switched on, mode `blogs`): a content script the
 *   background registers for those sites loads it with the page, so the gate never has to read
 *   the settings (its first `storage` call would cost every page ~5 ms), and a change of the
 *   settings injects it at once into the open tabs it now concerns.
 * `scripting.executeScript` and `registerContentScripts` work the same in Chrome and Firefox (a
 * dynamic `import()` of a web-accessible module would expose the file to every page).
 * The page side never touches `storage` (its first call costs a page ~5 ms) or `i18n` (~8 ms):
 * fold.js asks here for the settings and its messages, and a change of the settings is sent to
 * every tab (`background-to-content:settings`).
 */
import browser from 'webextension-polyfill';
import { isCleanupKey, parseCleanupSettings, type CleanupSettings } from '../cleanup-settings';
import { foldPatterns } from './fold-patterns';
import { isOurMessage, type Message } from '../messages';
import { PAGE_PORT, type FoldSetup } from '../gate-link';
import { FOLD_MESSAGE_KEYS } from '../fold-messages';
import { messagesAhead } from '../i18n';

const SCRIPT_ID = 'quietread-fold-sites';
const FILES = ['fold.js'];

function warn(what: string) {
  return (err: unknown) => console.warn(`Quietread: ${what} failed`, err);
}

async function readSettings(): Promise<CleanupSettings> {
  return parseCleanupSettings((await browser.storage.sync.get(null)) as Record<string, unknown>);
}

/** Registers (or drops) the content script for the pages the settings fold on; returns its patterns. */
async function syncRegistration(): Promise<string[]> {
  const patterns = foldPatterns(await readSettings());
  const known = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (known.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (patterns.length) {
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        matches: patterns,
        js: FILES,
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  }
  return patterns;
}

/** Injects fold.js into the open tabs the settings now fold on (it guards against a second copy). */
async function injectIntoOpenTabs(patterns: string[]): Promise<void> {
  if (!patterns.length) return;
  for (const tab of await browser.tabs.query({ url: patterns })) {
    if (tab.id !== undefined)
      await browser.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, files: FILES }).catch(() => {}); // a tab we may not script
  }
}

// One registration at a time: two quick changes must not register the same id twice.
let queue: Promise<unknown> = Promise.resolve();
function resync(then: (patterns: string[]) => Promise<void> = async () => {}): void {
  queue = queue.then(() => syncRegistration().then(then)).catch(warn('following the settings'));
}

browser.runtime.onInstalled.addListener(() => resync());
browser.runtime.onStartup.addListener(() => resync());
/** Sends the new settings to every tab: the fold code of each applies them live (the gate ignores them where it runs alone). */
async function sendToTabs(): Promise<void> {
  const message: Message = { type: 'background-to-content:settings', settings: await readSettings() };
  for (const tab of await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] })) {
    if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => {}); // a tab without our scripts
  }
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'sync' || !Object.keys(changes).some(isCleanupKey)) return;
  resync(injectIntoOpenTabs);
  sendToTabs().catch(warn('sending the settings'));
});

// A page's port (gate-link.ts `watchExtension`) is only held open: its disconnect tells the page the extension went away.
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== PAGE_PORT) return;
  port.onMessage.addListener(() => {}); // nothing is sent on it
});

browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
  if (isOurMessage<Message>(msg, 'content-to-background:get-settings'))
    return readSettings().then((settings): FoldSetup => ({ settings, messages: messagesAhead(FOLD_MESSAGE_KEYS) }));
  if (!isOurMessage<Message>(msg, 'content-to-background:load-folds')) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return Promise.resolve(false);
  return browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: FILES }).then(
    () => true,
    (err: unknown) => {
      warn('loading the fold code')(err);
      return false;
    },
  );
});
