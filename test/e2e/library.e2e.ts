import { describe, expect, it } from 'vitest';
import { browsersUnderTest, poll } from './browsers';
import { useExtension } from './env';
import {
  captureDownloads,
  chooseImportFile,
  clearRecords,
  countIs,
  downloaded,
  libraryFixture,
  notice,
  rawRecords,
  rowsAre,
} from './library-helpers';
import { clickTestId, openFixture, openPopup, settledPhase } from './popup-helpers';

const HER = '/demo/her-review.html';
const OTHER = '/fixtures/popup/wp-review.html';

/** Row `i` of a large Pocket export: every fifth row untagged, every tenth archived (Pocket adds no tag for that). */
function pocketRow(i: number): { line: string; url: string; tags: string[] } {
  const url = `https://pocket.example/read/${i}`;
  const tags = i % 5 === 0 ? [] : [`topic-${i % 7}`, 'big batch'];
  const archived = i % 10 === 3;
  const line = `Pocket link ${i},${url},${1600000000 + i},${tags.join('|')},${archived ? 'archive' : 'unread'}`;
  return { line, url, tags: archived ? [...tags, 'archived'] : tags };
}

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

  it('imports a Pocket file of 5,000 links with their tags', async () => {
    const n = 5_000;
    const rows = Array.from({ length: n }, (_, i) => pocketRow(i));
    const csv = `title,url,time_added,tags,status\n${rows.map((r) => r.line).join('\n')}\n`;
    const lib = await env.driver.openExtensionPage('library.html');
    await rowsAre(lib, (await rawRecords(lib)).length);
    await clearRecords(lib);
    await chooseImportFile(lib, 'pocket-5000.csv', csv);
    expect(await notice(lib, 'Imported', 60_000)).toMatch(/^Imported pocket-5000\.csv: 5000 new, 0 updated\./);
    expect(await countIs(lib, n)).toMatch(/^5,000 saved pages/);
    // The list shows the newest 100 (the last row's time_added is the latest), the rest on request.
    await rowsAre(lib, 100);
    const top = await lib.evaluate(() => {
      const row = document.querySelector('[data-testid="saved-item"]')!;
      const tags = [...row.querySelectorAll('[data-testid="item-tags"] li')].map((li) => li.textContent);
      return { title: row.querySelector('h2')?.textContent, tags };
    });
    expect(top).toEqual({ title: 'Pocket link 4999', tags: rows[4999]!.tags });
    const records = await rawRecords(lib);
    expect(records).toHaveLength(n);
    const byUrl = new Map(records.map((r) => [r.url, r]));
    for (const i of [0, 1, 3, 6, 13, 2500, 4999]) {
      expect(byUrl.get(rows[i]!.url), `row ${i}`).toMatchObject({
        title: `Pocket link ${i}`,
        status: 'to-read',
        tags: rows[i]!.tags,
      });
    }
  });
});
