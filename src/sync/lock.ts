/**
 * The server-side lock: `lock.json` created with If-None-Match: *, so only one client holds it. It
 * names its owner and an expiry: a client that crashed or lost the network mid-sync does not block
 * the others for longer than that, and the same client takes its own stale lock back at once.
 */
import type { Dav } from './dav';
import { SyncAbort } from './types';

export const LOCK_FILE = 'lock.json';
export const LOCK_TTL_MS = 2 * 60_000;

export interface HeldLock {
  release(): Promise<void>;
}

function parseLock(body: Uint8Array): { owner: string; expires: number } | null {
  try {
    const v = JSON.parse(new TextDecoder().decode(body));
    return typeof v?.owner === 'string' && typeof v?.expires === 'number' ? v : null;
  } catch {
    return null;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Takes the lock or throws `locked` while another client holds an unexpired one. */
export async function acquireLock(dav: Dav, owner: string, now = Date.now(), ttl = LOCK_TTL_MS): Promise<HeldLock> {
  const body = JSON.stringify({ owner, expires: now + ttl });
  let etag: string | null = null;
  try {
    etag = await dav.put(LOCK_FILE, body, null);
  } catch (err) {
    if (!(err instanceof SyncAbort) || err.code !== 'changed') throw err;
    const held = await dav.get(LOCK_FILE);
    const lock = held && parseLock(held.body);
    if (lock && lock.owner !== owner && lock.expires > now) {
      throw new SyncAbort(
        'locked',
        `Another browser is syncing with this folder (its lock ends at ${new Date(lock.expires).toISOString()}).`,
      );
    }
    // Ours, expired or unreadable: take it over, unless someone else did in between.
    try {
      etag = await dav.put(LOCK_FILE, body, held?.etag ?? undefined);
    } catch (again) {
      if (!(again instanceof SyncAbort) || again.code !== 'changed') throw again;
      // Apache's ETag of a file written under a second ago is weak and never matches If-Match:
      // the same bytes as read mean nobody took the lock in between.
      const now = await dav.get(LOCK_FILE);
      if (!now || !held || !sameBytes(now.body, held.body))
        throw new SyncAbort('locked', 'Another browser took the sync lock just now.');
      etag = await dav.put(LOCK_FILE, body);
    }
  }
  // Released without If-Match: a weak ETag would refuse it, and the lock is ours until it is gone.
  void etag;
  return { release: () => dav.remove(LOCK_FILE).catch(() => {}) };
}
