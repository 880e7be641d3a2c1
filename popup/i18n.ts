import browser from 'webextension-polyfill';

/** A message from `_locales/<lang>/messages.json`; falls back to the key so a missing string is visible, never blank. */
export function t(key: string, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}

/** The browser's UI language, for dates. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
