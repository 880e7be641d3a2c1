/**
 * What the last sync saw of each item (the base of the three-way merge), kept in its own IndexedDB
 * database in the extension's origin, one row per item, under the server folder it belongs to: a
 * new server or folder starts from no base (every item then merges as "added on both sides").
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { BaseEntry } from './types';

interface BaseSchema extends DBSchema {
  base: { key: string; value: BaseEntry };
  meta: { key: string; value: { key: string; value: string } };
}

export interface SyncBaseStore {
  /** Every entry for `scope`; another scope's entries are dropped first. */
  load(scope: string): Promise<Map<string, BaseEntry>>;
  save(entries: BaseEntry[]): Promise<void>;
  close(): void;
}

export async function openBaseStore(name = 'quietread-sync-base'): Promise<SyncBaseStore> {
  const db: IDBPDatabase<BaseSchema> = await openDB<BaseSchema>(name, 1, {
    upgrade(d) {
      d.createObjectStore('base', { keyPath: 'key' });
      d.createObjectStore('meta', { keyPath: 'key' });
    },
  });
  return {
    async load(scope) {
      const tx = db.transaction(['base', 'meta'], 'readwrite');
      const meta = await tx.objectStore('meta').get('scope');
      if (meta?.value !== scope) {
        await tx.objectStore('base').clear();
        await tx.objectStore('meta').put({ key: 'scope', value: scope });
      }
      const all = await tx.objectStore('base').getAll();
      await tx.done;
      return new Map(all.map((e) => [e.key, e]));
    },
    async save(entries) {
      const tx = db.transaction('base', 'readwrite');
      for (const e of entries) void tx.store.put(e);
      await tx.done;
    },
    close: () => db.close(),
  };
}
