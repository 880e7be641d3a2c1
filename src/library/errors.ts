/** Maps what IndexedDB throws to the library's typed errors, with a message the UI shows as is. */
import type { LibraryResult } from './types';

const QUOTA_MESSAGE =
  'The browser storage for Quietread is full, so this was not saved. Everything saved before is still there. Delete or export some items, then try again.';

/** True for the DOMException a full storage quota raises (directly, or as the aborted transaction's error). */
export function isQuotaError(err: unknown): boolean {
  const e = err as { name?: string; code?: number; inner?: unknown } | null;
  if (!e) return false;
  // code 22 is the legacy QUOTA_EXCEEDED_ERR; Firefox has also used NS_ERROR_DOM_QUOTA_REACHED.
  return (
    e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || isQuotaError(e.inner)
  );
}

const NOT_FOUND = 'QuietreadNotFound';

/** The error a store operation throws inside its transaction when the item is gone (aborts it). */
export function notFoundError(id: string): Error {
  return Object.assign(new Error(`no saved item ${id}`), { name: NOT_FOUND });
}

/** Runs a store operation and turns any failure into a typed result instead of a throw. */
export async function guard<T>(what: string, op: () => Promise<T>): Promise<LibraryResult<T>> {
  try {
    return { ok: true, value: await op() };
  } catch (err) {
    if (isQuotaError(err)) return { ok: false, error: 'quota-exceeded', message: QUOTA_MESSAGE };
    if ((err as Error)?.name === NOT_FOUND)
      return { ok: false, error: 'not-found', message: 'This item is no longer in the library.' };
    console.error(`Quietread: library ${what} failed`, err);
    return {
      ok: false,
      error: 'failed',
      message: `Quietread could not ${what}: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
}
