/**
 * The saved-review store: a small typed API over IndexedDB in the extension's origin, through `idb`
 * (a ~1 kB promise wrapper that keeps IndexedDB's own transaction model, which is what makes a save's
 * dedupe-then-write atomic; Dexie would add a query layer we do not need). Every write is one
 * readwrite transaction, so IndexedDB serialises concurrent saves (two tabs, the popup and the
 * library page) and each of them lands. Failures come back as typed results, never as throws.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { announceChange } from './changes';
import { guard, notFoundError } from './errors';
import { parseExport } from './export-json';
import { fillLinkIn, filledLink, isLink, setFetchErrorIn, type ItemStore } from './fill-link';
import { canonicalKey } from './from-analysis';
import { cleanHighlights, withReanchored } from './highlights';
import { clampDates, mergeItem } from './merge';
import { swapPrevious, withPrevious } from './previous';
import { DB_NAME, DB_VERSION, runMigrations, type LibrarySchema } from './schema';
import { normalizeTags } from './tags';
import { EXPORT_FORMAT, EXPORT_VERSION, type ImportReport, type SavedItem } from './types';
import type { Library } from './library-api';

export type { Library } from './library-api';

type Db = IDBPDatabase<LibrarySchema>;
type Store = ItemStore;

/** Opens (creating or migrating) the library database. */
export async function openLibrary(name = DB_NAME): Promise<Library> {
  let dbp: Promise<Db> | null = null;
  const connect = (): Promise<Db> =>
    (dbp ??= openDB<LibrarySchema>(name, DB_VERSION, {
      upgrade: (db, oldVersion, newVersion, tx) => runMigrations(db, oldVersion, newVersion ?? DB_VERSION, tx),
      // A newer version of the extension wants to migrate: step aside, reconnect on next use.
      blocking: () => void dbp?.then((db) => db.close()).finally(() => (dbp = null)),
      terminated: () => (dbp = null),
    }));
  await connect();

  /** One readwrite transaction; a failure aborts it, so it writes all or nothing. */
  async function write<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    const tx = (await connect()).transaction('items', 'readwrite');
    const done = tx.done;
    done.catch(() => {}); // observed below; avoids an unhandled rejection when fn fails first
    try {
      const value = await fn(tx.store);
      await done;
      announceChange();
      return value;
    } catch (err) {
      try {
        tx.abort();
      } catch {
        /* already finished */
      }
      throw (err as Error)?.name === 'AbortError' && tx.error ? tx.error : err;
    }
  }

  const lib: Library = {
    save: (input, now = new Date()) =>
      guard('save this page', () =>
        write(async (store) => {
          const saved = await store.index('canonicalUrl').get(input.canonicalUrl);
          const at = now.toISOString();
          // A "to read" link saved from its page becomes that page's item, as a fetch would fill it.
          if (saved && isLink(saved)) {
            await store.put(filledLink(saved, input, at));
            return { status: 'updated' as const, id: saved.id };
          }
          const updated =
            saved &&
            withPrevious(saved, {
              ...saved,
              ...input,
              id: saved.id,
              savedAt: saved.savedAt,
              updatedAt: at,
              tags: normalizeTags([...saved.tags, ...(input.tags ?? [])]),
            });
          // A new text moves the highlights onto it; those it no longer holds for sure stay, orphaned.
          const item: SavedItem = updated
            ? updated.textHash !== saved.textHash
              ? withReanchored(updated)
              : updated
            : { ...input, id: crypto.randomUUID(), savedAt: at, updatedAt: at, tags: normalizeTags(input.tags ?? []) };
          await store.put(item);
          return { status: saved ? ('updated' as const) : ('saved' as const), id: item.id };
        }),
      ),
    list: () =>
      guard('read the library', async () => (await (await connect()).getAllFromIndex('items', 'savedAt')).reverse()),
    get: (id) =>
      guard(
        'open this item',
        async () => (await (await connect()).get('items', id)) ?? Promise.reject(notFoundError(id)),
      ),
    findByUrl: (url) =>
      guard(
        'read the library',
        async () => (await (await connect()).getFromIndex('items', 'canonicalUrl', url)) ?? null,
      ),
    remove: (id) =>
      guard('delete this item', () =>
        write(async (store) => {
          const item = await store.get(id);
          if (!item) throw notFoundError(id);
          await store.delete(id);
          return item;
        }),
      ),
    restore: (item) =>
      guard('undo', () =>
        write(async (store) => {
          if (!(await store.index('canonicalUrl').getKey(item.canonicalUrl))) await store.put(item);
        }),
      ),
    setTags: async (id, tags) =>
      guard('change the tags', () =>
        write(async (store) => {
          const item = await store.get(id);
          if (!item) throw notFoundError(id);
          const next = { ...item, tags: normalizeTags(tags), updatedAt: new Date().toISOString() };
          await store.put(next);
          return next;
        }),
      ),
    setHighlights: async (id, highlights) => {
      const clean = cleanHighlights(highlights);
      if (!clean)
        return { ok: false, error: 'invalid', message: 'These highlights are not well formed; nothing was changed.' };
      return guard('keep this highlight', () =>
        write(async (store) => {
          const item = await store.get(id);
          if (!item) throw notFoundError(id);
          const next = { ...item, highlights: clean, updatedAt: new Date().toISOString() };
          await store.put(next);
          return next;
        }),
      );
    },
    restorePrevious: (id, now = new Date()) =>
      guard('restore the previous version', () =>
        write(async (store) => {
          const item = await store.get(id);
          if (!item) throw notFoundError(id);
          const swapped = swapPrevious(item);
          if (!swapped) return item;
          // A restore is an edit: dated now, so a later import of the replaced text does not win by date alone.
          const next = withReanchored({ ...swapped, updatedAt: now.toISOString() });
          await store.put(next);
          return next;
        }),
      ),
    clear: () => guard('delete everything', () => write((store) => store.clear())),
    exportAll: async (now = new Date()) => {
      const items = await guard('export the library', async () =>
        (await (await connect()).getAllFromIndex('items', 'savedAt')).reverse(),
      );
      return items.ok
        ? {
            ok: true,
            value: {
              format: EXPORT_FORMAT,
              version: EXPORT_VERSION,
              exportedAt: now.toISOString(),
              items: items.value,
            },
          }
        : items;
    },
    importJson: async (text) => {
      const file = parseExport(text);
      return file.ok ? lib.importItems(file.value.items) : file;
    },
    importItems: (items) =>
      guard('import this file', () =>
        write(async (store) => {
          const report: ImportReport = { added: 0, updated: 0, unchanged: 0 };
          const now = new Date();
          for (const item of items) {
            // The file is not trusted more than a page: no future dates, no canonical URL on another site.
            const incoming = { ...clampDates(item, now), canonicalUrl: canonicalKey(item.url, item.canonicalUrl) };
            const saved = await store.index('canonicalUrl').get(incoming.canonicalUrl);
            if (!saved) {
              // An id taken by another page (hand-edited file): keep both, give this one a fresh id.
              const clash = await store.getKey(incoming.id);
              // Highlights that do not match the file's own text are kept, orphaned.
              const placed = withReanchored(incoming);
              await store.put(clash ? { ...placed, id: crypto.randomUUID() } : placed);
              report.added++;
              continue;
            }
            const merged = mergeItem(saved, incoming);
            if (merged) await store.put(merged);
            report[merged ? 'updated' : 'unchanged']++;
          }
          return report;
        }),
      ),
    putSynced: (item) =>
      guard('write a synced item', () =>
        write(async (store) => {
          const saved = await store.index('canonicalUrl').get(item.canonicalUrl);
          const id = saved ? saved.id : (await store.getKey(item.id)) ? crypto.randomUUID() : item.id;
          const next = { ...item, id };
          await store.put(next);
          return next;
        }),
      ),
    removeByUrl: (url) =>
      guard('delete a synced item', () =>
        write(async (store) => {
          const key = await store.index('canonicalUrl').getKey(url);
          if (key) await store.delete(key);
        }),
      ),
    fillLink: (id, page, now = new Date()) =>
      guard('keep the fetched page', () => write((store) => fillLinkIn(store, id, page, now.toISOString()))),
    setFetchError: (id, error) =>
      guard('note why the page could not be fetched', () => write((store) => setFetchErrorIn(store, id, error))),
    close: () => void dbp?.then((db) => db.close()),
  };
  return lib;
}
