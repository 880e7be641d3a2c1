import browser from 'webextension-polyfill';

/** The tab the popup speaks about: `?tab=<id>` (tests open the popup in a tab of its own), else the active tab. */
export async function targetTab(search: string = location.search): Promise<browser.Tabs.Tab | undefined> {
  const id = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(id) && id > 0) return browser.tabs.get(id);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}
