/**
 * "Fetch and clean" end to end below the UI: Pocket links imported into a real store (fake
 * IndexedDB), their pages fetched over real HTTP from a local server, each good page saved in place
 * of its link, each failure kept on its link with the reason; exports, imports and sync checks
 * carry that reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badField, parseExport, toExportJson } from '../../../src/library/export-json';
import { fetchAndClean, originsOf } from '../../../src/library/fetch-clean';
import { parseLinkCsv } from '../../../src/library/import-links';
import { openLibrary, type Library } from '../../../src/library/store';
import type { SavedItem } from '../../../src/library/types';
import { freshIndexedDb, newItem } from './helpers';
import { startPageServer, type PageServer } from './page-server';

let srv: PageServer;
beforeAll(async () => {
  srv = await startPageServer();
});
afterAll(() => srv.close());

async function importLinks(lib: Library, rows: [title: string, path: string, tags: string][]): Promise<SavedItem[]> {
  const csv = [
    'title,url,time_added,tags,status',
    ...rows.map(([t, p, tags]) => `${t},${srv.url(p)},1700000000,${tags},unread`),
  ];
  const parsed = parseLinkCsv(csv.join('\n'));
  if (!parsed.ok) throw new Error(parsed.message);
  await lib.importItems(parsed.value.items);
  const all = await lib.list();
  if (!all.ok) throw new Error(all.message);
  return all.value;
}

const byTitle = (items: SavedItem[], t: string) => items.find((i) => i.title === t || i.url.endsWith(t))!;

describe('fetch and clean', () => {
  freshIndexedDb();

  it('fills good links in place and keeps each failure on its link, with the reason', async () => {
    const lib = await openLibrary();
    const links = await importLinks(lib, [
      ['Quiet queue', '/blog/article', 'reading|later'],
      ['Cologne', '/blog/latin', 'travel'],
      ['Missing', '/missing', 'x'],
      ['Notes', '/notes.txt', ''],
      ['Menu only', '/no-article', ''],
    ]);
    const before = byTitle(links, 'Quiet queue');
    const q = fetchAndClean(links, { lib, concurrency: 2, now: () => new Date('2026-01-02T03:04:05Z') });
    expect(await q.finished).toMatchObject({ phase: 'finished', total: 5, done: 5, failed: 3 });
    const all = await lib.list();
    if (!all.ok) throw new Error(all.message);
    expect(all.value).toHaveLength(5);

    const article = all.value.find((i) => i.id === before.id)!;
    expect(article).toMatchObject({
      id: before.id,
      savedAt: before.savedAt,
      tags: ['reading', 'later'],
      title: 'Building a quiet reading queue',
      siteName: 'Slow Bytes',
      updatedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(article.status).toBeUndefined();
    expect(article.fetchError).toBeUndefined();
    expect(article.previous).toBeUndefined();
    expect(article.textContent.length).toBeGreaterThan(1000);
    expect(article.contentHtml).toMatch(/<p[\s>]/);
    expect(badField(article)).toBeNull();

    const latin = all.value.find((i) => i.url === srv.url('/blog/latin'))!;
    expect(latin.textContent).toContain('Stra\u00dfenbahn');
    expect(latin.tags).toEqual(['travel']);

    const reasons = Object.fromEntries(
      all.value.filter((i) => i.status === 'to-read').map((i) => [new URL(i.url).pathname, i.fetchError]),
    );
    expect(reasons).toEqual({
      '/missing': { reason: 'http', status: 404, at: '2026-01-02T03:04:05.000Z' },
      '/notes.txt': { reason: 'not-html', at: '2026-01-02T03:04:05.000Z' },
      '/no-article': { reason: 'no-article', at: '2026-01-02T03:04:05.000Z' },
    });
    // A failed link is unchanged otherwise: same title, no text, its import time as its last change.
    const missing = all.value.find((i) => i.url.endsWith('/missing'))!;
    expect(missing).toMatchObject({
      title: 'Missing',
      textContent: '',
      updatedAt: byTitle(links, 'Missing').updatedAt,
    });
  });

  it('a link that fetches after failing loses its reason', async () => {
    const lib = await openLibrary();
    const [link] = await importLinks(lib, [['Slow', '/slow', '']]);
    await fetchAndClean([link!], { lib, timeoutMs: 100 }).finished;
    expect((await lib.get(link!.id)).ok && ((await lib.get(link!.id)) as any).value.fetchError.reason).toBe('timeout');
    await fetchAndClean([((await lib.get(link!.id)) as any).value], { lib }).finished;
    const after = await lib.get(link!.id);
    expect(after.ok && [after.value.status, after.value.fetchError, after.value.wordCount > 100]).toEqual([
      undefined,
      undefined,
      true,
    ]);
  });

  it('cancel leaves the links not yet fetched as they were', async () => {
    const lib = await openLibrary();
    const links = await importLinks(lib, [
      ['One', '/blog/article', ''],
      ['Two', '/slow', ''],
      ['Three', '/slow?2', ''],
    ]);
    const q = fetchAndClean(
      [...links].sort((a, b) => a.url.localeCompare(b.url)),
      { lib, concurrency: 1, onChange: (s) => s.done === 1 && q.cancel() },
    );
    const end = await q.finished;
    expect(end).toMatchObject({ phase: 'cancelled', done: 1 });
    const all = await lib.list();
    const states = all.ok ? all.value.map((i) => [new URL(i.url).pathname, i.status ?? 'full', i.fetchError]) : [];
    expect(states.sort()).toEqual([
      ['/blog/article', 'full', undefined],
      ['/slow', 'to-read', undefined],
      ['/slow', 'to-read', undefined],
    ]);
  });

  it('says the host permission is missing when the browser blocks the fetch', async () => {
    const lib = await openLibrary();
    const [link] = await importLinks(lib, [['Blocked', '/blog/article', '']]);
    const blocked: typeof fetch = () =>
      Promise.reject(new TypeError('NetworkError when attempting to fetch resource.'));
    await fetchAndClean([link!], { lib, fetchFn: blocked, canRead: async () => false }).finished;
    const after = await lib.get(link!.id);
    expect(after.ok && after.value.fetchError?.reason).toBe('no-permission');
  });

  it('keeps the link its own canonical URL when another item already holds the page', async () => {
    const lib = await openLibrary();
    const saved = await lib.save(newItem(1, { url: srv.url('/blog/article'), canonicalUrl: srv.url('/blog/article') }));
    const link = (await importLinks(lib, [['Via redirect', '/redirect', '']])).find((i) => i.status === 'to-read');
    // A link to the same page, by a redirect: the page's own key is taken by the saved item.
    await fetchAndClean([link!], { lib }).finished;
    const after = await lib.get(link!.id);
    expect(after.ok && [after.value.status, after.value.canonicalUrl, after.value.url]).toEqual([
      undefined,
      srv.url('/redirect'),
      srv.url('/blog/article'),
    ]);
    expect(saved.ok && (await lib.get(saved.value.id)).ok).toBe(true);
  });

  it('a save of a linked page from the browser fills the link the same way', async () => {
    const lib = await openLibrary();
    const [link] = await importLinks(lib, [['Review', '/review', 'film']]);
    const url = srv.url('/review');
    const r = await lib.save(newItem(7, { url, canonicalUrl: url }));
    expect(r.ok && r.value).toEqual({ status: 'updated', id: link!.id });
    const after = await lib.get(link!.id);
    expect(after.ok && after.value).toMatchObject({ title: 'Review number 7', tags: ['film'], savedAt: link!.savedAt });
    expect(after.ok && [after.value.status, after.value.previous]).toEqual([undefined, undefined]);
  });

  it('exports and imports a link with its reason; a malformed reason is refused', async () => {
    const lib = await openLibrary();
    const [link] = await importLinks(lib, [['Missing', '/missing', '']]);
    await fetchAndClean([link!], { lib }).finished;
    const all = await lib.exportAll();
    if (!all.ok) throw new Error(all.message);
    const file = parseExport(toExportJson(all.value.items));
    expect(file.ok && file.value.items[0]!.fetchError).toMatchObject({ reason: 'http', status: 404 });
    const item = all.value.items[0]!;
    expect(badField({ ...item, fetchError: { reason: 'bored', at: item.savedAt } })).toBe('fetchError');
    expect(badField({ ...item, fetchError: { reason: 'http', status: 'x', at: item.savedAt } })).toBe('fetchError');
    expect(badField({ ...item, fetchError: { reason: 'timeout', at: item.savedAt } })).toBeNull();
    // Stray keys inside the reason are not stored.
    const extra = parseExport(
      toExportJson([{ ...item, fetchError: { reason: 'timeout', at: item.savedAt, evil: 1 } as any }]),
    );
    expect(extra.ok && extra.value.items[0]!.fetchError).toEqual({ reason: 'timeout', at: item.savedAt });
  });

  it('asks for the hosts of the links only, one pattern per host', () => {
    expect(
      originsOf([
        { url: 'https://a.example/x' },
        { url: 'https://a.example:8443/y' },
        { url: 'http://127.0.0.1:5000/z' },
        { url: 'not a url' },
      ]),
    ).toEqual(['http://127.0.0.1/*', 'https://a.example/*']);
  });
});
