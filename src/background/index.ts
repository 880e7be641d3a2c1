/** Background (service worker in Chrome, event page in Firefox): wires the features' listeners. */
import browser from 'webextension-polyfill';
import './reader';
import './library';
import './highlights';
import './load-folds';
import './sync';

const ALL_SITES = { origins: ['http://*/*', 'https://*/*'] };

browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason !== 'install') return; // nothing to migrate yet; features register their own listeners at top level
  // Firefox lets the user install without host access (or withhold it later): cleanup as pages load
  // then cannot run, so the options page opens once to say why it is needed and to ask for it.
  browser.permissions
    .contains(ALL_SITES)
    // tabs.create rather than runtime.openOptionsPage, which opens nothing while Firefox is still starting up.
    .then((granted) => (granted ? undefined : browser.tabs.create({ url: browser.runtime.getURL('options.html') })))
    .catch((err: unknown) => console.warn('Quietread: checking host access failed', err));
});
