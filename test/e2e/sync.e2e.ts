/**
 * Two browser profiles (two launches, separate profiles) sync through one test Apache with mod_dav
 * (test/helpers/webdav-server.ts): links imported on one appear on the other, a delete propagates,
 * and a real conflict (the same item's text changed on both) keeps both copies, shown as a conflict
 * copy in both libraries. Tags edited on both sides offline, encryption and a server killed mid-sync
 * run in the browsers too (sync-cases.e2e.ts); damaged files and locks run as Node tests against
 * the same server (test/unit/sync/).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest, launch, poll, type Driver } from './browsers';
import { RESULTS } from './env';
import { chooseImportFile, notice, rowsAre } from './library-helpers';
import { configure, libraryExport, syncFromLibrary, titlesOf } from './sync-helpers';
import { hasApache, startWebdavServer, type WebdavServer } from '../helpers/webdav-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const URL_ONE = 'https://films.example/slow-cinema/';
const URL_TWO = 'https://films.example/long-takes/';

const POCKET = `title,url,time_added,tags,status\nSlow cinema,${URL_ONE},1700000000,film,unread\nLong takes,${URL_TWO},1700000100,film|later,unread\n`;

/** A Quietread export holding one full item for URL_ONE with this title, dated `at`. */
function exportWith(title: string, at: string): string {
  const item = {
    id: `e2e-${title.replace(/\W/g, '')}`,
    url: URL_ONE,
    title,
    siteName: 'films.example',
    contentHtml: `<p>${title} text.</p>`,
    textContent: `${title} text.`,
    textHash: title,
    wordCount: 2,
    tags: ['film'],
    at,
  };
  return libraryExport([item], at);
}

describe.skipIf(!hasApache()).each(browsersUnderTest())('sync between two profiles in %s', (name) => {
  let server: WebdavServer;
  let a: Driver;
  let b: Driver;
  beforeAll(async () => {
    server = await startWebdavServer();
    a = await launch(name);
    b = await launch(name);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.dispose();
  });

  it('a save on one profile appears on the other; a delete propagates; a real conflict keeps both copies', async () => {
    fs.mkdirSync(RESULTS, { recursive: true });
    const shots = name === 'chromium' && process.env.QR_DOCS_SCREENSHOTS ? path.join(ROOT, 'docs') : RESULTS;
    await configure(
      a,
      server,
      path.join(shots, name === 'chromium' && shots !== RESULTS ? 'sync-settings.png' : `sync-settings-${name}.png`),
    );
    await configure(b, server);

    // Save on A (an import of two links from Pocket), sync; B syncs and has both.
    const libA = await a.openExtensionPage('library.html');
    await rowsAre(libA, 0); // the store is open: the import button works from here
    await chooseImportFile(libA, 'pocket.csv', POCKET);
    expect(await notice(libA, 'Imported')).toMatch(/pocket\.csv: 2 new/);
    await rowsAre(libA, 2);
    expect(await syncFromLibrary(libA)).toMatch(/^ok/);
    const libB = await b.openExtensionPage('library.html');
    await rowsAre(libB, 0);
    expect(await syncFromLibrary(libB)).toMatch(/^ok/);
    expect(await rowsAre(libB, 2)).toEqual(expect.arrayContaining(['Slow cinema', 'Long takes']));
    expect(await libB.evaluate(() => document.querySelectorAll('[data-testid="to-read"]').length)).toBe(2);

    // Delete on B, sync; A syncs and it is gone there too.
    await libB.evaluate((title: string) => {
      const row = [...document.querySelectorAll('[data-testid="saved-item"]')].find(
        (r) => r.querySelector('h2')?.textContent === title,
      )!;
      row.querySelector<HTMLButtonElement>('[data-testid="delete-item"]')!.click();
    }, 'Long takes');
    await rowsAre(libB, 1);
    expect(await syncFromLibrary(libB)).toMatch(/^ok/);
    expect(await syncFromLibrary(libA)).toMatch(/^ok/);
    expect(await rowsAre(libA, 1)).toEqual(['Slow cinema']);

    // The same item's text changed on both sides since the last sync: the newer (B's) wins, A's is kept as a marked copy.
    const now = Date.now();
    await chooseImportFile(libA, 'a.json', exportWith('Version from A', new Date(now - 60_000).toISOString()));
    await poll(libA, () =>
      [...document.querySelectorAll('[data-testid="saved-item"] h2')].some((h) => h.textContent === 'Version from A'),
    );
    await chooseImportFile(libB, 'b.json', exportWith('Version from B', new Date(now - 30_000).toISOString()));
    await poll(libB, () =>
      [...document.querySelectorAll('[data-testid="saved-item"] h2')].some((h) => h.textContent === 'Version from B'),
    );
    expect(await syncFromLibrary(libA)).toMatch(/^ok/);
    expect(await syncFromLibrary(libB)).toMatch(/^ok/);
    expect(await syncFromLibrary(libA)).toMatch(/^ok/);
    for (const lib of [libA, libB]) {
      await rowsAre(lib, 2);
      expect(await titlesOf(lib)).toEqual(['Version from A', 'Version from B']);
      const copy = await poll(
        lib,
        () =>
          document
            .querySelector('[data-testid="conflict-copy"]')
            ?.closest('[data-testid="saved-item"]')
            ?.querySelector('h2')?.textContent ?? '',
      );
      expect(copy).toBe('Version from A');
    }
    await libA.screenshot({
      path: path.join(
        shots,
        name === 'chromium' && shots !== RESULTS ? 'sync-conflict.png' : `sync-conflict-${name}.png`,
      ),
      fullPage: true,
    });
  });
});
