/** Reading and writing the manifest and item files, encrypted when a key is given. */
import { badField } from '../library/export-json';
import type { SavedItem } from '../library/types';
import { decryptText, encryptText } from './crypto';
import type { Dav } from './dav';
import { MANIFEST_FORMAT, MANIFEST_VERSION, SyncAbort, type Manifest } from './types';

export const MANIFEST_FILE = 'manifest.json';
export const itemPath = (key: string) => `items/${key}.json`;

const dec = new TextDecoder();

/** The manifest and its ETag; a new, empty one when the folder has none. */
export interface ReadManifest {
  manifest: Manifest;
  etag: string | null;
  isNew: boolean;
  /** The bytes as read: tells a real change from Apache's weak-ETag refusal (see writeManifest). */
  raw: string;
}

export async function readManifest(dav: Dav): Promise<ReadManifest> {
  const file = await dav.get(MANIFEST_FILE);
  if (!file)
    return {
      manifest: { format: MANIFEST_FORMAT, version: MANIFEST_VERSION, items: {} },
      etag: null,
      isNew: true,
      raw: '',
    };
  let m: Manifest;
  try {
    m = JSON.parse(dec.decode(file.body));
  } catch {
    throw new SyncAbort('damaged', 'The sync folder holds a damaged manifest.json (not JSON). Nothing was changed.');
  }
  if (m?.format !== MANIFEST_FORMAT || !m.items || typeof m.items !== 'object')
    throw new SyncAbort(
      'damaged',
      "The sync folder holds a manifest.json that is not Quietread's. Choose another folder. Nothing was changed.",
    );
  if (m.version !== MANIFEST_VERSION)
    throw new SyncAbort(
      'damaged',
      `The sync folder was written by a newer Quietread (version ${m.version}). Update Quietread. Nothing was changed.`,
    );
  return { manifest: m, etag: file.etag, isNew: false, raw: dec.decode(file.body) };
}

/**
 * Writes the manifest only over the one this run read. Apache gives a file written less than a
 * second ago a weak ETag, and If-Match never matches a weak ETag, so a 412 is checked against the
 * bytes: the same bytes mean nobody else wrote it (we hold the lock) and the write goes ahead.
 */
export async function writeManifest(dav: Dav, manifest: Manifest, read: ReadManifest): Promise<void> {
  const body = JSON.stringify(manifest);
  try {
    await dav.put(MANIFEST_FILE, body, read.isNew ? null : (read.etag ?? undefined));
  } catch (err) {
    if (!(err instanceof SyncAbort) || err.code !== 'changed' || read.isNew) throw err;
    const now = await dav.get(MANIFEST_FILE);
    if (!now || dec.decode(now.body) !== read.raw) throw err;
    await dav.put(MANIFEST_FILE, body);
  }
}

/** An item file: its revision and the item. */
export async function encodeItem(key: CryptoKey | null, rev: string, item: SavedItem): Promise<Uint8Array | string> {
  const text = JSON.stringify({ rev, item });
  return key ? encryptText(key, text) : text;
}

/** The item in a file, or null when it is missing, damaged, undecryptable or not a saved item. */
export async function readItem(dav: Dav, key: CryptoKey | null, name: string): Promise<SavedItem | null> {
  const file = await dav.get(itemPath(name));
  if (!file) return null;
  const text = key ? await decryptText(key, file.body) : dec.decode(file.body);
  if (text === null) return null;
  try {
    const { item } = JSON.parse(text) as { item: SavedItem };
    return badField(item) === null ? item : null;
  } catch {
    return null;
  }
}
