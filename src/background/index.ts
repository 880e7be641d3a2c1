/** Background (service worker in Chrome, event page in Firefox): wires the features' listeners. */
import browser from 'webextension-polyfill';
import './reader';
import './library';

browser.runtime.onInstalled.addListener(() => {
  // Nothing to migrate yet; features register their own listeners at top level.
});
