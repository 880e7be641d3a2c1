/**
 * The extension API as the browser itself provides it, for code that runs in the always-on content
 * script: Firefox's `browser` and Chrome's Manifest V3 `chrome` both return promises for every call
 * that code makes (`runtime.sendMessage`, `storage.*`, `scripting.executeScript`, `tabs.sendMessage`).
 * The webextension-polyfill (3 KB of the content script, gzip) stays with the other parts, whose
 * message listeners answer with promises, which Chrome's own `runtime.onMessage` does not accept:
 * a listener here answers with `sendResponse` instead.
 */
import type Browser from 'webextension-polyfill';

type Api = typeof Browser;
const scope = globalThis as unknown as { browser?: Api; chrome?: Api };

export const nativeBrowser: Api = (scope.browser ?? scope.chrome) as Api;
