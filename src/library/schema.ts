/**
 * The library's IndexedDB schema. Its version changes only through a declared migration, run in
 * order inside the upgrade transaction (idb's `upgrade` callback), so a browser holding any older
 * version comes up to date in one step. Migrations must stay synchronous: an upgrade transaction
 * closes as soon as it waits on anything that is not IndexedDB.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { SavedItem } from './types';

export const DB_NAME = 'quietread-library';

export interface LibrarySchema extends DBSchema {
  items: {
    key: string;
    value: SavedItem;
    indexes: { canonicalUrl: string; savedAt: string };
  };
}

type UpgradeTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;

export interface Migration {
  version: number;
  description: string;
  migrate(db: IDBPDatabase<LibrarySchema>, tx: UpgradeTx): void;
}

/** Every schema version, oldest first. Append; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'items keyed by id; unique canonicalUrl index (dedupe); savedAt index (newest first)',
    migrate(db) {
      const items = db.createObjectStore('items', { keyPath: 'id' });
      items.createIndex('canonicalUrl', 'canonicalUrl', { unique: true });
      items.createIndex('savedAt', 'savedAt');
    },
  },
];

export const DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Runs the migrations above `oldVersion` up to `newVersion`, in order. */
export function runMigrations(
  db: IDBPDatabase<LibrarySchema>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): void {
  for (const m of MIGRATIONS) {
    if (m.version > oldVersion && m.version <= newVersion) m.migrate(db, tx);
  }
}
