/**
 * One sync run between the local library and a WebDAV folder. Order matters for a crash or a
 * dropped connection at any step: item files first, then the manifest (If-Match its ETag), then the
 * local base, then the removal of deleted items' files. Until the manifest is written the server
 * still describes its old state, and until the base is saved the local side still counts its
 * changes as unsynced, so the next run redoes what was lost and both sides stay consistent.
 */
import type { SavedItem } from '../library/types';
import type { SyncBaseStore } from './base-store';
import {
  deriveKey,
  fromBase64,
  isRightKey,
  makeCheck,
  newSalt,
  PBKDF2_ITERATIONS,
  sha256Hex,
  toBase64,
} from './crypto';
import { davClient, type Dav } from './dav';
import { acquireLock } from './lock';
import { mergeItems, same } from './merge3';
import { encodeItem, itemPath, readItem, readManifest, writeManifest } from './remote-files';
import { SyncAbort, type BaseEntry, type Manifest, type SyncConfig, type SyncReport, type SyncResult } from './types';

/** The local side, as sync needs it. */
export interface SyncLocal {
  list(): Promise<SavedItem[]>;
  /** Writes the item as is under its canonical URL; returns it as stored (with the local id). */
  put(item: SavedItem): Promise<SavedItem>;
  removeByUrl(canonicalUrl: string): Promise<void>;
}

export interface SyncOptions {
  /** This browser's id, for the lock. */
  clientId: string;
  dav?: Dav;
  now?: () => Date;
  /** Called before each item is written, for progress and for tests that cut the run short. */
  onStep?: (done: number, total: number) => void;
}

/** The folder's URL: the server URL, then the folder, each ending with `/`. */
export function folderUrl(config: SyncConfig): string {
  const base = config.serverUrl.replace(/\/*$/, '/');
  const folder = config.folder.split('/').filter(Boolean).map(encodeURIComponent).join('/');
  return folder ? `${base}${folder}/` : base;
}

const keyCache = new Map<string, Promise<CryptoKey>>();
function cachedKey(passphrase: string, salt: string, iterations: number): Promise<CryptoKey> {
  const id = `${iterations}:${salt}:${passphrase}`;
  if (!keyCache.has(id)) keyCache.set(id, deriveKey(passphrase, fromBase64(salt), iterations));
  return keyCache.get(id)!;
}

async function encryptionKey(config: SyncConfig, manifest: Manifest, isNew: boolean): Promise<CryptoKey | null> {
  const enc = manifest.encryption;
  if (!enc) {
    if (!config.passphrase) return null;
    if (!isNew && Object.keys(manifest.items).length)
      throw new SyncAbort(
        'passphrase',
        'This sync folder is not encrypted, but a passphrase is set. Clear the passphrase, or choose a new folder.',
      );
    const salt = toBase64(newSalt());
    const key = await cachedKey(config.passphrase, salt, PBKDF2_ITERATIONS);
    manifest.encryption = { salt, iterations: PBKDF2_ITERATIONS, check: await makeCheck(key) };
    return key;
  }
  if (!config.passphrase) throw new SyncAbort('passphrase', 'This sync folder is encrypted: enter its passphrase.');
  const key = await cachedKey(config.passphrase, enc.salt, enc.iterations);
  if (!(await isRightKey(key, enc.check)))
    throw new SyncAbort('passphrase', 'The passphrase does not open this sync folder.');
  return key;
}

const newRev = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Runs `fn` over `list` with at most `n` at once. After a failure no new call starts, and the pool
 * settles only once every running call has, then throws the first failure: the caller's lock on
 * the server is held until nothing of this run writes any more.
 */
async function pool<T>(list: T[], n: number, fn: (x: T) => Promise<void>): Promise<void> {
  let i = 0;
  let failure: { err: unknown } | undefined;
  await Promise.all(
    Array.from({ length: Math.min(n, list.length) }, async () => {
      while (!failure && i < list.length) {
        try {
          await fn(list[i++]!);
        } catch (err) {
          failure ??= { err };
        }
      }
    }),
  );
  if (failure) throw failure.err;
}

async function runOnce(
  config: SyncConfig,
  local: SyncLocal,
  baseStore: SyncBaseStore,
  opts: SyncOptions,
): Promise<SyncReport> {
  const dav = opts.dav ?? davClient(folderUrl(config), config.user, config.password);
  const now = opts.now ?? (() => new Date());
  await dav.mkcol('');
  const lock = await acquireLock(dav, opts.clientId, now().getTime());
  try {
    const read = await readManifest(dav);
    const { manifest, isNew } = read;
    const before = JSON.stringify(manifest.items);
    const key = await encryptionKey(config, manifest, isNew);
    if (isNew) await dav.mkcol('items/');
    const base = await baseStore.load(folderUrl(config) + '\n' + config.user);
    const locals = new Map<string, SavedItem>();
    for (const item of await local.list()) locals.set(await sha256Hex(item.canonicalUrl), item);
    const report: SyncReport = { uploaded: 0, downloaded: 0, deletedLocal: 0, deletedRemote: 0, conflicts: 0 };
    const newBase: BaseEntry[] = [];
    const gone: string[] = [];
    const at = now().toISOString();

    const upload = async (k: string, item: SavedItem) => {
      const rev = newRev();
      await dav.put(itemPath(k), await encodeItem(key, rev, item));
      manifest.items[k] = { rev, at };
      newBase.push({ key: k, rev, item });
      report.uploaded++;
    };
    const download = async (k: string, item: SavedItem, rev: string) => {
      newBase.push({ key: k, rev, item: await local.put(item) });
      report.downloaded++;
    };

    const keys = [...new Set([...locals.keys(), ...Object.keys(manifest.items), ...base.keys()])];
    let done = 0;
    await pool(keys, 4, async (k) => {
      opts.onStep?.(done++, keys.length);
      const L = locals.get(k) ?? null;
      const B = base.get(k);
      const R = manifest.items[k];
      const remoteChanged = R?.rev !== B?.rev;
      const localChanged = !same(L, B?.item ?? null);
      if (!remoteChanged && !localChanged) return;
      // A line the manifest lost (a wiped folder) is not a deletion: the local copy goes back up.
      const remoteItem = R && !R.deleted && remoteChanged ? await readItem(dav, key, k) : null;
      if (!remoteChanged || !R || (R && !R.deleted && !remoteItem)) {
        // Only the local side changed, or the server's copy is unreadable (then ours repairs it).
        if (L) await upload(k, L);
        else if (R && !R.deleted) {
          const rev = newRev();
          manifest.items[k] = { rev, deleted: true, at };
          newBase.push({ key: k, rev, item: null });
          gone.push(k);
          report.deletedRemote++;
        }
        return;
      }
      if (R.deleted) {
        // Deleted there: deleted here too, unless edited here since (then the edit goes back up).
        if (L && localChanged) await upload(k, L);
        else {
          if (L) {
            await local.removeByUrl(L.canonicalUrl);
            report.deletedLocal++;
          }
          newBase.push({ key: k, rev: R.rev, item: null });
        }
        return;
      }
      if (!L) {
        // Deleted here but edited there: the edit wins; only a plain deletion propagates.
        await download(k, remoteItem!, R.rev);
        return;
      }
      if (!localChanged) {
        await download(k, remoteItem!, R.rev);
        return;
      }
      const { item, conflictCopy } = mergeItems(B?.item ?? null, L, remoteItem!);
      const stored = same(item, L) ? L : await local.put(item);
      if (same(stored, remoteItem)) newBase.push({ key: k, rev: R.rev, item: stored });
      else await upload(k, stored);
      if (conflictCopy) {
        const copy = await local.put(conflictCopy);
        await upload(await sha256Hex(copy.canonicalUrl), copy);
        report.conflicts++;
      }
    });

    if (isNew || JSON.stringify(manifest.items) !== before) await writeManifest(dav, manifest, read);
    await baseStore.save(newBase);
    // Files of deleted items go last: until the manifest said so, another client could still need them.
    for (const k of gone) await dav.remove(itemPath(k)).catch(() => {});
    return report;
  } finally {
    await lock.release();
  }
}

/** One sync; a file changed on the server mid-run (412) runs it again once. */
export async function syncNow(
  config: SyncConfig,
  local: SyncLocal,
  baseStore: SyncBaseStore,
  opts: SyncOptions,
): Promise<SyncResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return { ok: true, value: await runOnce(config, local, baseStore, opts) };
    } catch (err) {
      if (err instanceof SyncAbort) {
        if (err.code === 'changed' && attempt === 0) continue;
        return { ok: false, error: err.code, message: err.message };
      }
      return { ok: false, error: 'failed', message: `Sync failed: ${(err as Error)?.message ?? err}` };
    }
  }
}
