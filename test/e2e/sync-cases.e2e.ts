/**
 * The hard sync cases in real browsers: two profiles and a fresh test Apache with mod_dav per test
 * (test/helpers/webdav-server.ts). Tags edited on both profiles while the server is down merge as
 * sets; with a passphrase, nothing the user wrote is readable in the server's files; a server
 * killed (SIGKILL) in the middle of a 200-link sync loses nothing once it is back. The engine's own
 * cases (damaged files, locks, wrong passphrase) run as Node tests: test/unit/sync/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browsersUnderTest, launch, poll, type Driver } from './browsers';
import { RESULTS } from './env';
import { chooseImportFile, countIs, notice, rawRecords, rowsAre } from './library-helpers';
import { clickTestId } from './popup-helpers';
import {
  configure,
  filesUnder,
  libraryExport,
  shootPages,
  startSync,
  syncFromLibrary,
  syncOutcome,
  titlesOf,
} from './sync-helpers';
import { hasApache, startWebdavServer, type WebdavServer } from '../helpers/webdav-server';

const POCKET_HEAD = 'title,url,time_added,tags,status\n';
const UNREACHABLE = /^error: Sync failed .*could not be reached/;

/** The tags the library page shows on its only row, sorted. */
function rowTags(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="saved-item"] [data-testid="item-tags"] li')]
      .map((li) => li.textContent ?? '')
      .sort(),
  );
}

/** Waits until the only row shows exactly these tags (in any order); a timeout fails with the tags it shows. */
async function rowTagsAre(page: Page, tags: string[]): Promise<void> {
  await poll(
    page,
    (want: string[]) => {
      const shown = [...document.querySelectorAll('[data-testid="saved-item"] [data-testid="item-tags"] li')];
      return (
        shown
          .map((li) => li.textContent ?? '')
          .sort()
          .join('|') === [...want].sort().join('|')
      );
    },
    tags,
  ).catch(() => {});
  expect(await rowTags(page)).toEqual([...tags].sort());
}

/** Edits the only row's tags as a user would: "Edit tags", replace the text, Save. */
async function editTags(page: Page, typed: string, expected: string[]): Promise<void> {
  await clickTestId(page, 'edit-tags');
  await page.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid="tag-input"]')!.select());
  await page.type('[data-testid="tag-input"]', typed);
  await clickTestId(page, 'save-tags');
  await rowTagsAre(page, expected);
}

const sortedTags = async (page: Page) => (await rawRecords(page)).map((r) => [...(r.tags as string[])].sort());

describe.skipIf(!hasApache()).each(browsersUnderTest())('sync cases between two profiles in %s', (name) => {
  let server: WebdavServer;
  let a: Driver;
  let b: Driver;
  beforeEach(async () => {
    server = await startWebdavServer();
    a = await launch(name);
    b = await launch(name);
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail')
      await shootPages([a, b], RESULTS, `${name}-${ctx.task.name}`.replace(/[^a-z0-9]+/gi, '-').slice(0, 100));
    await a?.close();
    await b?.close();
    await server?.dispose();
  });

  it('tags edited on both profiles while the server is down merge into the union once it is back', async () => {
    await configure(a, server);
    await configure(b, server);
    const libA = await a.openExtensionPage('library.html');
    await rowsAre(libA, 0);
    await chooseImportFile(
      libA,
      'pocket.csv',
      `${POCKET_HEAD}Tagged film,https://films.example/tagged/,1700000000,film,\n`,
    );
    expect(await notice(libA, 'Imported')).toMatch(/pocket\.csv: 1 new/);
    expect(await syncFromLibrary(libA)).toMatch(/^ok/);
    const libB = await b.openExtensionPage('library.html');
    await rowsAre(libB, 0);
    expect(await syncFromLibrary(libB)).toMatch(/^ok/);
    expect(await rowsAre(libB, 1)).toEqual(['Tagged film']);
    expect(await rowTags(libB)).toEqual(['film']);

    await server.stop();
    await editTags(libA, 'film, classic', ['classic', 'film']);
    await editTags(libB, 'film, later', ['film', 'later']);
    // Offline: each sync says so, and each side keeps its own edit.
    for (const [lib, own] of [
      [libA, ['classic', 'film']],
      [libB, ['film', 'later']],
    ] as const) {
      expect(await syncFromLibrary(lib)).toMatch(UNREACHABLE);
      expect(await rowTags(lib)).toEqual(own);
      expect(await sortedTags(lib)).toEqual([own]);
    }

    await server.start();
    for (const lib of [libA, libB, libA]) expect(await syncFromLibrary(lib)).toMatch(/^ok/);
    const union = ['classic', 'film', 'later'];
    for (const lib of [libA, libB]) {
      await rowTagsAre(lib, union);
      expect(await rowsAre(lib, 1)).toEqual(['Tagged film']); // tags never make a conflict copy
      expect(await sortedTags(lib)).toEqual([union]);
    }
  });

  it('with a passphrase the server holds none of the items’ words, and the other profile reads them', async () => {
    const passphrase = 'violet hedgehog accordion';
    await configure(a, server, undefined, { passphrase });
    await configure(b, server, undefined, { passphrase });
    const at = new Date(Date.now() - 60_000).toISOString();
    const full = {
      id: 'e2e-marzipan',
      url: 'https://quillwort-harbour.example/marzipan-lighthouse/',
      title: 'Marzipan lighthouse keeper',
      siteName: 'quillwort-harbour.example',
      contentHtml: '<p>The zither of Okavango hummed over the peat.</p>',
      textContent: 'The zither of Okavango hummed over the peat.',
      textHash: 'e2e-marzipan',
      wordCount: 8,
      tags: ['saffron'],
      at,
    };
    const link = `${POCKET_HEAD}Tamarind gondola,https://basalt-kiosk.example/wombat-atlas/,1700000000,juniper,unread\n`;
    const words = [
      ...['marzipan', 'lighthouse', 'quillwort', 'okavango', 'zither', 'saffron'],
      ...['tamarind', 'gondola', 'basalt-kiosk', 'wombat', 'juniper', 'hedgehog'],
    ];

    const libA = await a.openExtensionPage('library.html');
    await rowsAre(libA, 0);
    await chooseImportFile(libA, 'full.json', libraryExport([full], at));
    expect(await notice(libA, 'Imported full.json')).toMatch(/1 new/);
    await chooseImportFile(libA, 'pocket.csv', link);
    expect(await notice(libA, 'Imported pocket.csv')).toMatch(/1 new/);
    await rowsAre(libA, 2);
    expect(await syncFromLibrary(libA)).toMatch(/^ok/);

    // The files are there and readable by this check: an encrypted manifest and two non-empty item files.
    const folder = path.join(server.documentRoot, 'dav', 'quietread');
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 'quietread-sync', encryption: { salt: expect.any(String) } });
    expect(Object.keys(manifest.items)).toHaveLength(2);
    const itemFiles = filesUnder(path.join(folder, 'items'));
    expect(itemFiles).toHaveLength(2);
    for (const f of itemFiles) expect(fs.statSync(f).size).toBeGreaterThan(100);
    const files = filesUnder(server.documentRoot);
    const texts = files.map((f) => [f, fs.readFileSync(f).toString('latin1').toLowerCase()] as const);
    expect(texts.filter(([, t]) => t.includes('quietread-sync')).map(([f]) => path.basename(f))).toContain(
      'manifest.json',
    );
    const found = texts.flatMap(([f, t]) => words.filter((w) => t.includes(w)).map((w) => `${w} in ${f}`));
    expect(found).toEqual([]);

    const libB = await b.openExtensionPage('library.html');
    await rowsAre(libB, 0);
    expect(await syncFromLibrary(libB)).toMatch(/^ok/);
    await rowsAre(libB, 2);
    expect(await titlesOf(libB)).toEqual(['Marzipan lighthouse keeper', 'Tamarind gondola']);
    const got = (await rawRecords(libB)).map((r) => ({ url: r.url, text: r.textContent, tags: r.tags }));
    expect(got).toEqual(
      expect.arrayContaining([
        { url: full.url, text: full.textContent, tags: ['saffron'] },
        { url: 'https://basalt-kiosk.example/wombat-atlas/', text: '', tags: ['juniper'] },
      ]),
    );
  });

  it('a server killed mid-sync and started again loses nothing: both profiles end with all 200 links', async () => {
    const n = 200;
    const urls = Array.from({ length: n }, (_, i) => `https://links.example/read-${i}/`);
    const csv = POCKET_HEAD + urls.map((u, i) => `Link ${i},${u},${1700000000 + i},batch,unread\n`).join('');
    await configure(a, server);
    await configure(b, server);
    const libA = await a.openExtensionPage('library.html');
    await rowsAre(libA, 0);
    await chooseImportFile(libA, 'pocket.csv', csv);
    expect(await notice(libA, 'Imported')).toMatch(/pocket\.csv: 200 new/);
    await countIs(libA, n);

    const folder = path.join(server.documentRoot, 'dav', 'quietread');
    const uploaded = () => filesUnder(path.join(folder, 'items')).filter((f) => f.endsWith('.json')).length;
    const before = await startSync(libA);
    // Kill once item files are arriving: the manifest, written last, is not there yet.
    for (const end = Date.now() + 20_000; uploaded() < 5 && Date.now() < end;)
      await new Promise((r) => setTimeout(r, 5));
    await server.stop(true);
    const cut = uploaded();
    expect(cut).toBeGreaterThanOrEqual(5);
    expect(cut).toBeLessThan(n);
    expect(fs.existsSync(path.join(folder, 'manifest.json'))).toBe(false);
    expect(await syncOutcome(libA, before)).toMatch(UNREACHABLE);
    await countIs(libA, n);

    await server.start();
    expect(await syncFromLibrary(libA)).toMatch(/^ok/);
    expect(uploaded()).toBe(n);
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.items)).toHaveLength(n);

    const libB = await b.openExtensionPage('library.html');
    await rowsAre(libB, 0);
    expect(await syncFromLibrary(libB)).toMatch(/^ok/);
    for (const lib of [libB, libA]) {
      await countIs(lib, n);
      expect((await rawRecords(lib)).map((r) => r.url).sort()).toEqual([...urls].sort());
    }
  });
});
