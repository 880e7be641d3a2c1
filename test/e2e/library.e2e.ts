import { describe, expect, it } from 'vitest';
import { browsersUnderTest, poll } from './browsers';
import { useExtension } from './env';
import {
  captureDownloads,
  chooseImportFile,
  clearRecords,
  downloaded,
  libraryFixture,
  notice,
  rawRecords,
  rowsAre,
} from './library-helpers';
import { clickTestId, openFixture, openPopup, settledPhase } from './popup-helpers';

const HER = '/demo/her-review.html';
const OTHER = '/fixtures/popup/wp-review.html';

describe.each(browsersUnderTest())('library in %s', (name) => {
  const env = useExtension(name);

  /** Saves a page through its popup's Save button and waits for "saved". */
  async function saveFromPopup(path: string) {
    const { tabId } = await openFixture(env, path);
    const popup = await openPopup(env, tabId);
    await settledPhase(popup);
    await clickTestId(popup, 'action-save');
    await poll(
      popup,
      () => document.querySelector('[data-testid="action-save"]')?.getAttribute('data-status') === 'saved',
    );
    await popup.close();
  }

  it('saves the review from the popup, finds it by a body word, tags it and gets the identical record back after export, delete and import', async () => {
    await saveFromPopup(HER);
    const lib = await env.driver.openExtensionPage('library.html');
    const [title] = await rowsAre(lib, 1);
    expect(title).toContain('Her');

    await lib.type('[data-testid="library-search"]', 'bawling');
    await poll(lib, () => document.querySelector('[data-testid="result-count"]')?.textContent === '1 match');
    await lib.type('[data-testid="library-search"]', ' zyzzyvaquux');
    await poll(lib, () => document.querySelectorAll('[data-testid="saved-item"]').length === 0);
    await lib.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('[data-testid="library-search"]')!;
      box.select();
    });
    await lib.type('[data-testid="library-search"]', 'bawling');
    await rowsAre(lib, 1);

    await clickTestId(lib, 'edit-tags');
    await lib.type('[data-testid="tag-input"]', 'film, favourite');
    await clickTestId(lib, 'save-tags');
    await poll(lib, () => document.querySelector('[data-testid="item-tags"]')?.textContent === 'filmfavourite');
    const before = await rawRecords(lib);
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ tags: ['film', 'favourite'], isReview: true });

    await captureDownloads(lib);
    await clickTestId(lib, 'export-json');
    const file = await downloaded(lib);
    expect(JSON.parse(file)).toMatchObject({ format: 'quietread-library', version: 1 });

    await clickTestId(lib, 'delete-item');
    await poll(lib, () => !!document.querySelector('[data-testid="library-empty"]'));
    expect(await rawRecords(lib)).toEqual([]);

    await chooseImportFile(lib, 'quietread-library.json', file);
    expect(await notice(lib, 'Imported')).toMatch(/^Imported quietread-library\.json: 1 new, 0 updated\./);
    await rowsAre(lib, 1);
    expect(await rawRecords(lib)).toEqual(before);
  });

  it('keeps both pages when two tabs save at the same moment', async () => {
    // An empty library first: a page saved by an earlier test would hide a lost save.
    const lib = await env.driver.openExtensionPage('library.html');
    await rowsAre(lib, (await rawRecords(lib)).length);
    await clearRecords(lib);
    expect(await rawRecords(lib)).toEqual([]);
    const [a, b] = await Promise.all([openFixture(env, HER), openFixture(env, OTHER)]);
    const popups = [await openPopup(env, a.tabId), await openPopup(env, b.tabId)];
    await Promise.all(popups.map((p) => settledPhase(p)));
    for (const p of popups)
      expect(
        await poll(p, () => document.querySelector('[data-testid="action-save"]')?.getAttribute('data-status')),
      ).toBe('unsaved');
    // Both popups send their save before either answers.
    await Promise.all(
      popups.map((p) =>
        p.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid="action-save"]')!.click()),
      ),
    );
    await Promise.all(
      popups.map((p) =>
        poll(p, () => document.querySelector('[data-testid="action-save"]')?.getAttribute('data-status') === 'saved'),
      ),
    );
    const urls = (await rawRecords(lib)).map((r) => new URL(String(r.url)).pathname).sort();
    expect(urls).toEqual([OTHER, HER].sort());
    await rowsAre(lib, 2);
  });

  it('puts a deleted item back with Undo', async () => {
    await saveFromPopup(HER);
    const lib = await env.driver.openExtensionPage('library.html');
    const before = await rawRecords(lib);
    await rowsAre(lib, before.length);
    await clickTestId(lib, 'delete-item');
    await rowsAre(lib, before.length - 1);
    await clickTestId(lib, 'undo');
    await rowsAre(lib, before.length);
    expect(await rawRecords(lib)).toEqual(before);
  });

  it('refuses a truncated export with a clear message and changes nothing', async () => {
    await saveFromPopup(HER);
    const lib = await env.driver.openExtensionPage('library.html');
    const before = await rawRecords(lib);
    await rowsAre(lib, before.length);
    await chooseImportFile(lib, 'truncated.json', libraryFixture('truncated-export.json'));
    expect(await notice(lib, 'truncated.json')).toBe(
      'truncated.json: This Quietread export is damaged or cut short (it is not complete JSON). Nothing was changed.Dismiss',
    );
    expect(await rawRecords(lib)).toEqual(before);
  });

  it('opens a saved item in the reader from the library without fetching the page again', async () => {
    await saveFromPopup(HER);
    const lib = await env.driver.openExtensionPage('library.html');
    await poll(lib, () => document.querySelectorAll('[data-testid="saved-item"]').length > 0);
    const fetchedBefore = env.server.requests.filter((r) => r.startsWith(HER)).length;
    const href = await lib.evaluate(() => {
      const a = [...document.querySelectorAll<HTMLAnchorElement>('[data-testid="open-saved"]')].find((x) =>
        x.textContent?.includes('Her'),
      )!;
      return a.getAttribute('href')!;
    });
    expect(href).toMatch(/^\/reader\.html\?saved=[\w-]+$/);
    const reader = await env.driver.openExtensionPage(href);
    await poll(reader, () => document.querySelector('[data-testid="reader"]')?.getAttribute('data-state') === 'doc');
    expect(await reader.evaluate(() => document.querySelector('[data-testid="reader-body"]')?.textContent)).toContain(
      'bawling',
    );
    expect(env.server.requests.filter((r) => r.startsWith(HER)).length).toBe(fetchedBefore);
  });
});
