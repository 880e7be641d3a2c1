/**
 * Injects the fold code (fold.js) into the frame whose gate (content.js) asked for it: the gate
 * runs on every page and stays small; the fold code loads only where something can fold.
 * `scripting.executeScript` with files works the same in Chrome and Firefox (a dynamic `import()`
 * of a web-accessible module would need the file exposed to every page).
 */
import browser from 'webextension-polyfill';
import { isOurMessage, type Message } from '../messages';

browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isOurMessage<Message>(msg, 'content-to-background:load-folds')) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return Promise.resolve(false);
  return browser.scripting
    .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['fold.js'] })
    .then(() => true, (err: unknown) => {
      console.warn('Quietread: loading the fold code failed', err);
      return false;
    });
});
