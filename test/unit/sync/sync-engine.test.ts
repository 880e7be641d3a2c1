// @vitest-environment node
/** Sync against a real Apache mod_dav (test/helpers/webdav-server.ts): two libraries, one folder. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { openLibrary, type Library } from '../../../src/library/store';
import type { Highlight } from '../../../src/core/highlight';
import type { SavedItem } from '../../../src/library/types';
import { openBaseStore, type SyncBaseStore } from '../../../src/sync/base-store';
import { syncNow, type SyncOptions } from '../../../src/sync/engine';
import { libraryLocal } from '../../../src/sync/library-local';
import { acquireLock } from '../../../src/sync/lock';
import { davClient } from '../../../src/sync/dav';
import type { SyncConfig } from '../../../src/sync/types';
import { linkItem } from '../../../src/library/import-links';
import { hasApache, startWebdavServer, type WebdavServer } from '../../helpers/webdav-server';
import { newItem } from '../library/helpers';

let server: WebdavServer;
let folderN = 0;

interface Client {
  lib: Library;
  base: SyncBaseStore;
  id: string;
}

beforeAll(async () => {
  server = await startWebdavServer();
});
afterAll(async () => server?.dispose());
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  folderN++;
});

const config = (over: Partial<SyncConfig> = {}): SyncConfig => ({
  serverUrl: server.url,
  user: server.user,
  password: server.password,
  folder: `lib-${folderN}`,
  passphrase: '',
  ...over,
});

async function client(name: string): Promise<Client> {
  return { lib: await openLibrary(`lib-${name}`), base: await openBaseStore(`base-${name}`), id: `client-${name}` };
}

async function sync(c: Client, cfg = config(), opts: Partial<SyncOptions> = {}) {
  return syncNow(cfg, libraryLocal(c.lib), c.base, { clientId: c.id, ...opts });
}

async function items(c: Client): Promise<SavedItem[]> {
  const r = await c.lib.list();
  if (!r.ok) throw new Error(r.message);
  return r.value.sort((a, b) => a.canonicalUrl.localeCompare(b.canonicalUrl));
}

const byUrl = async (c: Client, n: number) => (await items(c)).find((i) => i.canonicalUrl === newItem(n).canonicalUrl);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe.skipIf(!hasApache())('sync through a real WebDAV server', () => {
  test('a save on one library appears on the other', async () => {
    const a = await client('a');
    const b = await client('b');
    await a.lib.save(newItem(1));
    const up = await sync(a);
    expect(up).toMatchObject({ ok: true, value: { uploaded: 1 } });
    const down = await sync(b);
    expect(down).toMatchObject({ ok: true, value: { downloaded: 1 } });
    expect((await byUrl(b, 1))?.title).toBe('Review number 1');
    // A second run with nothing changed moves nothing.
    expect(await sync(b)).toMatchObject({ ok: true, value: { uploaded: 0, downloaded: 0 } });
  });

  test('tags edited on both sides while apart merge as sets', async () => {
    const a = await client('a');
    const b = await client('b');
    await a.lib.save({ ...newItem(2), tags: ['keep', 'drop'] });
    await sync(a);
    await sync(b);
    const ia = (await byUrl(a, 2))!;
    const ib = (await byUrl(b, 2))!;
    await a.lib.setTags(ia.id, ['keep', 'drop', 'from-a']);
    await b.lib.setTags(ib.id, ['keep', 'from-b']);
    expect((await sync(a)).ok).toBe(true);
    expect((await sync(b)).ok).toBe(true);
    expect((await sync(a)).ok).toBe(true);
    expect((await byUrl(a, 2))!.tags.sort()).toEqual(['from-a', 'from-b', 'keep']);
    expect((await byUrl(b, 2))!.tags.sort()).toEqual(['from-a', 'from-b', 'keep']);
    expect((await items(a)).length).toBe(1); // tags never make a conflict copy
  });

  test('a delete propagates and leaves a tombstone, not the file', async () => {
    const a = await client('a');
    const b = await client('b');
    await a.lib.save(newItem(3));
    await a.lib.save(newItem(4));
    await sync(a);
    await sync(b);
    await b.lib.remove((await byUrl(b, 3))!.id);
    expect(await sync(b)).toMatchObject({ ok: true, value: { deletedRemote: 1 } });
    expect(await sync(a)).toMatchObject({ ok: true, value: { deletedLocal: 1 } });
    expect((await items(a)).map((i) => i.canonicalUrl)).toEqual([newItem(4).canonicalUrl]);
    const manifest = JSON.parse(
      readFileSync(join(server.documentRoot, 'dav', `lib-${folderN}`, 'manifest.json'), 'utf8'),
    );
    expect(Object.values(manifest.items).filter((e: any) => e.deleted).length).toBe(1);
    expect(filesUnder(join(server.documentRoot, 'dav', `lib-${folderN}`, 'items')).length).toBe(1);
  });

  test('a real conflict keeps both copies: the newer wins, the other is a marked copy on both sides', async () => {
    const a = await client('a');
    const b = await client('b');
    await a.lib.save(newItem(5));
    await sync(a);
    await sync(b);
    const early = new Date(Date.now() + 1000);
    const late = new Date(Date.now() + 2000);
    await a.lib.putSynced({ ...(await byUrl(a, 5))!, title: 'Title from A', updatedAt: early.toISOString() });
    await b.lib.putSynced({ ...(await byUrl(b, 5))!, title: 'Title from B', updatedAt: late.toISOString() });
    expect((await sync(a)).ok).toBe(true);
    expect(await sync(b)).toMatchObject({ ok: true, value: { conflicts: 1 } });
    expect((await sync(a)).ok).toBe(true);
    for (const c of [a, b]) {
      const all = await items(c);
      expect(all.length).toBe(2);
      const main = all.find((i) => !i.conflictOf)!;
      const copy = all.find((i) => i.conflictOf)!;
      expect(main.title).toBe('Title from B');
      expect(copy.title).toBe('Title from A');
      expect(copy.conflictOf).toBe(main.canonicalUrl);
    }
  });

  test('a field the merge does not know (highlights) syncs like any other', async () => {
    const a = await client('a');
    const b = await client('b');
    await a.lib.save(newItem(6));
    await sync(a);
    await sync(b);
    const saved = (await byUrl(a, 6))!;
    const exact = saved.textContent.slice(0, 12);
    const highlight: Highlight = {
      id: 'h1',
      color: 'green',
      note: 'marigold',
      createdAt: saved.updatedAt,
      updatedAt: saved.updatedAt,
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: saved.textContent.slice(12, 44) },
      position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    };
    const withHighlights: SavedItem = { ...saved, highlights: [highlight] };
    await a.lib.putSynced(withHighlights);
    await b.lib.setTags((await byUrl(b, 6))!.id, ['b-tag']);
    await sync(a);
    await sync(b);
    const got = (await byUrl(b, 6))!;
    expect(got.highlights).toEqual([highlight]);
    expect(got.tags).toEqual(['b-tag']);
    expect((await items(b)).length).toBe(1);
  });

  test('a link keeps its fetch reason through sync, and a link filled on one side is the full item on the other', async () => {
    const a = await client('a');
    const b = await client('b');
    const url = newItem(9).url;
    await a.lib.importItems([linkItem(url, 'A link', '2025-01-01T00:00:00.000Z', ['later'])]);
    await sync(a);
    await sync(b);
    const link = (await byUrl(a, 9))!;
    await a.lib.setFetchError(link.id, { reason: 'http', status: 404, at: '2025-01-02T00:00:00.000Z' });
    await sync(a);
    await sync(b);
    expect(await byUrl(b, 9)).toMatchObject({ status: 'to-read', fetchError: { reason: 'http', status: 404 } });
    const filled = await a.lib.fillLink(link.id, newItem(9), new Date('2025-01-03T00:00:00Z'));
    expect(filled.ok).toBe(true);
    await sync(a);
    await sync(b);
    const got = (await byUrl(b, 9))!;
    expect(got).toMatchObject({ title: 'Review number 9', tags: ['later'], savedAt: '2025-01-01T00:00:00.000Z' });
    expect([got.status, got.fetchError]).toEqual([undefined, undefined]);
    expect((await items(b)).length).toBe(1);
  });

  test('with a passphrase the server holds no plain text, and a wrong passphrase is refused', async () => {
    const a = await client('a');
    const b = await client('b');
    const cfg = config({ passphrase: 'tangerine dream' });
    await a.lib.save({ ...newItem(7), tags: ['secret-tag'] });
    expect((await sync(a, cfg)).ok).toBe(true);
    const dir = join(server.documentRoot, 'dav', `lib-${folderN}`);
    const grep = (word: string) => {
      try {
        return execFileSync('grep', ['-rl', word, dir], { encoding: 'utf8' });
      } catch {
        return '';
      }
    };
    for (const word of ['marigold', 'Review number', 'secret-tag', 'blog.example', 'Mara Lind'])
      expect(grep(word)).toBe('');
    expect(await sync(b, { ...cfg, passphrase: 'wrong' })).toMatchObject({ ok: false, error: 'passphrase' });
    expect(await sync(b, { ...cfg, passphrase: '' })).toMatchObject({ ok: false, error: 'passphrase' });
    expect(await items(b)).toEqual([]);
    expect(await sync(b, cfg)).toMatchObject({ ok: true, value: { downloaded: 1 } });
    expect((await byUrl(b, 7))?.tags).toEqual(['secret-tag']);
  });

  test('a wrong password comes back as unauthorized and changes nothing', async () => {
    const a = await client('a');
    await a.lib.save(newItem(8));
    expect(await sync(a, config({ password: 'nope' }))).toMatchObject({ ok: false, error: 'unauthorized' });
    expect((await items(a)).length).toBe(1);
  });

  test('killing the server mid-sync loses nothing; the next sync completes', async () => {
    const a = await client('a');
    const b = await client('b');
    for (let n = 10; n < 40; n++) await a.lib.save(newItem(n));
    let killed: Promise<void> | null = null;
    const cut = await sync(a, config(), {
      onStep: (done) => {
        if (done === 12 && !killed) killed = server.stop(true);
      },
    });
    expect(cut).toMatchObject({ ok: false, error: 'unreachable' });
    await killed;
    await server.start();
    expect(await sync(a)).toMatchObject({ ok: true }); // takes back its own stale lock
    expect((await sync(b)).ok).toBe(true);
    expect((await items(b)).length).toBe(30);
    expect((await items(a)).length).toBe(30);
    expect(await sync(a)).toMatchObject({ ok: true, value: { uploaded: 0, downloaded: 0 } });
  });

  test('a damaged manifest stops the sync with a message and leaves the library as it was', async () => {
    const a = await client('a');
    await a.lib.save(newItem(41));
    await sync(a);
    writeFileSync(join(server.documentRoot, 'dav', `lib-${folderN}`, 'manifest.json'), '<html>proxy error</html>');
    expect(await sync(a)).toMatchObject({ ok: false, error: 'damaged' });
    expect((await items(a)).length).toBe(1);
  });

  test('an unreadable item file on the server is skipped, never imported', async () => {
    const a = await client('a');
    const b = await client('b');
    await a.lib.save(newItem(42));
    await sync(a);
    const dir = join(server.documentRoot, 'dav', `lib-${folderN}`, 'items');
    const [file] = filesUnder(dir);
    writeFileSync(file!, '{"rev": "x", "item": garbage');
    // B never saw it: it cannot read it, keeps going, and imports nothing broken.
    expect((await sync(b)).ok).toBe(true);
    expect(await items(b)).toEqual([]);
  });

  test('an item the server refuses stops the run, and nothing of it is written after the lock is let go', async () => {
    const a = await client('a');
    for (let n = 50; n < 70; n++) await a.lib.save(newItem(n));
    const real = davClient(`${server.url}lib-${folderN}/`, server.user, server.password);
    const events: string[] = [];
    let puts = 0;
    // The real server behind it; the fourth item's upload comes back as a server error, and the
    // uploads running beside it are slow, so they are still in flight when it fails.
    const dav = {
      ...real,
      async put(path: string, body: Uint8Array | string, ifMatch?: string | null) {
        if (path.startsWith('items/') && ++puts === 4) throw new Error('500 Internal Server Error');
        if (path.startsWith('items/')) await new Promise((r) => setTimeout(r, 150));
        const etag = await real.put(path, body, ifMatch);
        events.push(path === 'lock.json' ? 'lock' : path.startsWith('items/') ? 'item' : path);
        return etag;
      },
      async remove(path: string, ifMatch?: string) {
        await real.remove(path, ifMatch);
        events.push(`remove ${path}`);
      },
    };
    const r = await sync(a, config(), { dav });
    expect(r).toMatchObject({ ok: false, error: 'failed' });
    expect(r.ok ? '' : r.message).toContain('500');
    const released = events.indexOf('remove lock.json');
    expect(released).toBeGreaterThan(0);
    expect(events.slice(released + 1)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 400)); // what would still have been running
    expect(events.slice(released + 1)).toEqual([]);
    expect(events.filter((e) => e === 'item').length).toBeLessThan(20); // it stopped taking work
    // The next run completes with every item.
    expect(await sync(a)).toMatchObject({ ok: true });
    const b = await client('b');
    expect((await sync(b)).ok).toBe(true);
    expect((await items(b)).length).toBe(20);
  });

  test("another browser's unexpired lock makes the sync wait with a message", async () => {
    const a = await client('a');
    await a.lib.save(newItem(43));
    const dav = davClient(`${server.url}lib-${folderN}/`, server.user, server.password);
    await dav.mkcol('');
    const held = await acquireLock(dav, 'someone-else');
    expect(await sync(a)).toMatchObject({ ok: false, error: 'locked' });
    await held.release();
    expect((await sync(a)).ok).toBe(true);
  });
});
