/**
 * "Fetch and clean" in the real browsers: a Pocket export whose links point at pages of the local
 * test server is imported as "to read" links; the library fetches them (asking for the host
 * permission from the click: in Firefox it is withheld at install here, so the request is real),
 * turns the good pages into full items in place, and leaves a 404 and a non-HTML link as links with
 * their reasons shown. Pause holds the queue, Resume goes on, Cancel keeps what is done.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { browsersUnderTest, poll } from './browsers';
import { useExtension } from './env';
import { chooseImportFile, clearRecords, notice, rawRecords, rowsAre } from './library-helpers';
import { clickTestId } from './popup-helpers';

type Row = [title: string, path: string, tags: string];

/** A Pocket export (title,url,time_added,tags,status; tags joined by "|"). */
const pocketCsv = (origin: string, rows: Row[]) =>
  [
    'title,url,time_added,tags,status',
    ...rows.map(([t, p, tags], i) => `${t},${origin}${p},${1_700_000_000 + i},${tags},unread`),
  ].join('\n') + '\n';

/** The fetch bar's progress as the user sees it: the label, the <progress> value and max. */
const progressOf = (lib: Page) =>
  lib.evaluate(() => {
    const bar = document.querySelector<HTMLProgressElement>('[data-testid="fetch-progress"]');
    if (!bar) return null;
    return {
      label: bar.labels?.[0]?.textContent ?? '',
      value: bar.value,
      max: bar.max,
      phase: document.querySelector('[data-testid="fetch-run"]')?.getAttribute('data-phase') ?? '',
    };
  });

/** The reason shown on the row whose link ends with `path`. */
const reasonOn = (lib: Page, path: string) =>
  poll(
    lib,
    (p: string) => {
      const row = [...document.querySelectorAll('[data-testid="saved-item"]')].find((r) =>
        r.querySelector<HTMLAnchorElement>('[data-testid="open-saved"]')?.href.endsWith(p),
      );
      return row?.querySelector('[data-testid="fetch-error"]')?.textContent ?? '';
    },
    path,
  );

const hasHost = (lib: Page, origins: string[]) =>
  lib.evaluate(
    (o: string[]) => ((globalThis as any).browser ?? (globalThis as any).chrome).permissions.contains({ origins: o }),
    origins,
  );

describe.each(browsersUnderTest())('fetch and clean in %s', (name) => {
  // Firefox: host access withheld at install, and granted by the request itself (no prompt to click in headless).
  const env = useExtension(name, {
    firefoxPrefs: {
      'extensions.originControls.grantByDefault': false,
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  let lib: Page;

  it('fetches the good pages into full items in place; a 404 and a non-HTML page stay links with their reasons', async () => {
    lib = await env.driver.openExtensionPage('library.html');
    await clearRecords(lib);
    const rows: Row[] = [
      ['Pocket title of Her', '/demo/her-review.html', 'film|review'],
      ['Pocket title two', '/fixtures/popup/wp-review.html', 'books'],
      ['Pocket title three', '/fixtures/reader/long-article.html', ''],
      ['Gone page', '/fixtures/no-such-page.html', 'lost'],
      ['A data file', '/fixtures/library/valid-export.json', ''],
    ];
    await chooseImportFile(lib, 'pocket.csv', pocketCsv(env.server.origin, rows));
    expect(await notice(lib, 'Imported')).toMatch(/pocket\.csv: 5 new/);
    await rowsAre(lib, 5);
    const before = await rawRecords(lib);
    expect(before.every((r) => r.status === 'to-read' && r.textContent === '')).toBe(true);
    expect(await lib.$eval('[data-testid="fetch-bar"] h2', (h) => h.textContent)).toBe('5 links not fetched yet');
    if (name === 'firefox') expect(await hasHost(lib, ['http://127.0.0.1/*'])).toBe(false);

    await clickTestId(lib, 'fetch-clean');
    expect(await notice(lib, 'Fetch and clean done')).toBe(
      'Fetch and clean done. Clean copies saved: 3. Not fetched: 2 (the reason is shown on each link).Dismiss',
    );
    // Only the links' host was asked for, not every site.
    expect(await hasHost(lib, ['http://127.0.0.1/*'])).toBe(true);
    if (name === 'firefox') expect(await hasHost(lib, ['https://*/*'])).toBe(false);

    const after = await rawRecords(lib);
    expect(after).toHaveLength(5);
    const byPath = (p: string) => after.find((r) => String(r.url).endsWith(p) || String(r.url).includes(p))!;
    for (const [, p, tags] of rows.slice(0, 3)) {
      const item = byPath(p);
      const was = before.find((r) => r.id === item.id)!;
      expect(was, p).toBeDefined(); // the same item, filled in place
      expect(item.status, p).toBeUndefined();
      expect(item.fetchError, p).toBeUndefined();
      expect(item.savedAt, p).toBe(was.savedAt);
      expect(item.tags, p).toEqual(tags ? tags.split('|') : []);
      expect(String(item.textContent).length, p).toBeGreaterThan(500);
      expect(item.title, p).not.toMatch(/^Pocket title/);
      // Links resolve against the page, never against the extension page that parsed it.
      expect(String(item.contentHtml), p).not.toMatch(/(chrome|moz)-extension:/);
    }
    expect(byPath('/demo/her-review.html')).toMatchObject({ isReview: true });
    expect(String(byPath('/demo/her-review.html').textContent)).toContain('bawling');
    expect(byPath('/no-such-page.html')).toMatchObject({
      status: 'to-read',
      title: 'Gone page',
      fetchError: { reason: 'http', status: 404 },
    });
    expect(byPath('/valid-export.json')).toMatchObject({ status: 'to-read', fetchError: { reason: 'not-html' } });

    expect(await reasonOn(lib, '/fixtures/no-such-page.html')).toBe('Not fetched: the page is not there (HTTP 404).');
    expect(await reasonOn(lib, '/fixtures/library/valid-export.json')).toBe(
      'Not fetched: the link does not lead to a web page (not HTML).',
    );
    // The full items open in the reader now; the two links still open their page and can be tried again.
    expect(await lib.$$eval('[data-testid="open-saved"][href^="/reader.html"]', (a) => a.length)).toBe(3);
    expect(await lib.$$eval('[data-testid="to-read"]', (b) => b.length)).toBe(2);
    expect(await lib.$$eval('[data-testid="fetch-item"]', (b) => b.map((e) => e.textContent))).toEqual([
      'Try again',
      'Try again',
    ]);
    expect(await lib.$eval('[data-testid="fetch-bar"] h2', (h) => h.textContent)).toBe('2 links not fetched yet');
  });

  it('pause holds the queue, resume goes on, cancel keeps what is done; one link fetches on its own', async () => {
    await clearRecords(lib);
    const slow = (n: number) => `/fixtures/reader/long-article.html?delay=1500&n=${n}`;
    const rows: Row[] = [1, 2, 3, 4, 5, 6].map((n) => [`Slow ${n}`, slow(n), '']);
    await chooseImportFile(lib, 'pocket-slow.csv', pocketCsv(env.server.origin, rows));
    expect(await notice(lib, 'Imported')).toMatch(/6 new/);
    await rowsAre(lib, 6);
    const asked = () => env.server.requests.filter((r) => r.includes('delay=1500')).length;
    expect(asked()).toBe(0);

    await clickTestId(lib, 'fetch-clean');
    await clickTestId(lib, 'fetch-pause');
    // The three under way finish; nothing else starts while paused.
    expect(
      await poll(lib, () => document.querySelector('[data-testid="fetch-progress"]')?.getAttribute('value') === '3'),
    ).toBe(true);
    expect(await progressOf(lib)).toEqual({ label: 'Paused: 3 of 6 pages done', value: 3, max: 6, phase: 'paused' });
    expect(asked()).toBe(3);
    expect(await lib.$$eval('[data-testid="to-read"]', (b) => b.length)).toBe(3);

    await clickTestId(lib, 'fetch-resume');
    await poll(
      lib,
      () => document.querySelector('[data-testid="fetch-run"]')?.getAttribute('data-phase') === 'running',
    );
    const running = await progressOf(lib);
    expect(running).toMatchObject({ label: '3 of 6 pages done', value: 3, max: 6 });
    // Cancel while the next pages are on their way: they are dropped, the three done stay.
    const end = Date.now() + 10_000;
    while (asked() < 4 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    expect(asked()).toBeGreaterThanOrEqual(4);
    await clickTestId(lib, 'fetch-cancel');
    expect(await notice(lib, 'Fetch and clean cancelled')).toBe(
      'Fetch and clean cancelled. Clean copies saved: 3. Still links: 3.Dismiss',
    );
    await poll(lib, () => document.querySelectorAll('[data-testid="to-read"]').length === 3);
    const records = await rawRecords(lib);
    expect(records.filter((r) => r.status === 'to-read')).toHaveLength(3);
    expect(records.filter((r) => r.status === 'to-read').every((r) => r.fetchError === undefined)).toBe(true);
    expect(records.filter((r) => !r.status).every((r) => String(r.textContent).length > 500)).toBe(true);
    expect(await lib.$eval('[data-testid="fetch-bar"] h2', (h) => h.textContent)).toBe('3 links not fetched yet');

    // One link on its own, from its row.
    await clickTestId(lib, 'fetch-item');
    expect(await notice(lib, 'Fetch and clean done')).toBe('Fetch and clean done. Clean copies saved: 1.Dismiss');
    await poll(lib, () => document.querySelectorAll('[data-testid="to-read"]').length === 2);
    expect((await rawRecords(lib)).filter((r) => r.status === 'to-read')).toHaveLength(2);
  });
});
