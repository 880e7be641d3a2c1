/** Types of WebDAV sync: the settings, the server's manifest, the outcome of one run. */
import type { SavedItem } from '../library/types';

/** What the options page stores (storage.local only: it holds a password). */
export interface SyncConfig {
  /** `https://dav.example/remote.php/dav/files/me/` */
  serverUrl: string;
  user: string;
  password: string;
  /** A folder under the server URL that Quietread owns. */
  folder: string;
  /** Empty: no end-to-end encryption. */
  passphrase: string;
}

export const MANIFEST_FORMAT = 'quietread-sync';
export const MANIFEST_VERSION = 1;

/** One item's line in the manifest: the revision of its file, or a tombstone. */
export interface ManifestEntry {
  rev: string;
  deleted?: true;
  /** ISO time of the change; tombstones older than the base of every client could be dropped. */
  at: string;
}

/** `manifest.json` on the server; item files are `items/<sha256(canonicalUrl)>.json`. */
export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  version: typeof MANIFEST_VERSION;
  /** Base64 PBKDF2 salt when the folder is encrypted; `check` proves the passphrase. */
  encryption?: { salt: string; iterations: number; check: string };
  items: Record<string, ManifestEntry>;
}

/** What the last sync saw of an item: its revision and, unless deleted, the item as synced. */
export interface BaseEntry {
  key: string;
  rev: string;
  item: SavedItem | null;
}

export type SyncError =
  'unauthorized' | 'unreachable' | 'quota' | 'changed' | 'locked' | 'damaged' | 'passphrase' | 'not-dav' | 'failed';

/** A sync failure: a code the UI words, and an English detail. */
export interface SyncFailure {
  ok: false;
  error: SyncError;
  message: string;
}

export interface SyncReport {
  uploaded: number;
  downloaded: number;
  deletedLocal: number;
  deletedRemote: number;
  conflicts: number;
}

export type SyncResult = { ok: true; value: SyncReport } | SyncFailure;

/** Thrown inside a run, caught once at its edge and turned into a `SyncFailure`. */
export class SyncAbort extends Error {
  constructor(
    readonly code: SyncError,
    message: string,
  ) {
    super(message);
    this.name = 'SyncAbort';
  }
}

/** storage.local keys: the settings (with the password: never storage.sync), this browser's id, the last outcome. */
export const SYNC_CONFIG_KEY = 'syncConfig';
export const SYNC_CLIENT_KEY = 'syncClientId';
export const SYNC_STATUS_KEY = 'syncStatus';

/** What the library page shows: the last sync's time and state, in plain words from the code. */
export interface SyncStatus {
  state: 'syncing' | 'ok' | 'error';
  at: string;
  error?: SyncError;
  message?: string;
  report?: SyncReport;
}
