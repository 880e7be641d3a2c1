/** The library store as sync's local side. */
import type { Library } from '../library/store';
import type { LibraryResult } from '../library/types';
import type { SyncLocal } from './engine';
import { SyncAbort } from './types';

function unwrap<T>(r: LibraryResult<T>): T {
  if (r.ok) return r.value;
  // A full local quota is the browser's, not the server's: same words as a save that did not fit.
  throw new SyncAbort('failed', r.message);
}

export function libraryLocal(lib: Library): SyncLocal {
  return {
    list: async () => unwrap(await lib.list()),
    put: async (item) => unwrap(await lib.putSynced(item)),
    removeByUrl: async (url) => unwrap(await lib.removeByUrl(url)),
  };
}
