/**
 * The library page's data: the store, every item (newest first) and a search index kept in step
 * with it. Re-reads whenever any context changes the library (BroadcastChannel), so a save from
 * the popup or the context menu shows up in an open library page.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { onLibraryChange } from '../../library/changes';
import { createSearchIndex, type LibrarySearch } from '../../library/search';
import { openLibrary, type Library } from '../../library/store';
import type { SavedItem } from '../../library/types';

export type LibraryView = { status: 'loading' } | { status: 'ready'; items: SavedItem[] } | { status: 'error'; message: string };

export interface UseLibrary {
  view: LibraryView;
  index: LibrarySearch;
  /** The open store (null while opening). */
  lib: Library | null;
  reload(): Promise<void>;
}

/** Opens the store and keeps the item list and its search index current. */
export function useLibrary(): UseLibrary {
  const [view, setView] = useState<LibraryView>({ status: 'loading' });
  const [lib, setLib] = useState<Library | null>(null);
  const index = useRef(createSearchIndex([])).current;
  const indexed = useRef(new Map<string, string>()); // id → updatedAt of what the index holds
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  const readAll = useCallback(async (store: Library) => {
    const list = await store.list();
    if (!list.ok) return setView({ status: 'error', message: list.message });
    const seen = new Set<string>();
    for (const item of list.value) {
      seen.add(item.id);
      if (indexed.current.get(item.id) !== item.updatedAt) {
        index.add(item);
        indexed.current.set(item.id, item.updatedAt);
      }
    }
    for (const id of indexed.current.keys()) {
      if (!seen.has(id)) {
        index.remove(id);
        indexed.current.delete(id);
      }
    }
    setView({ status: 'ready', items: list.value });
  }, []);

  /** Coalesces bursts (our own write and its broadcast) into at most one extra read. */
  const reload = useCallback(async (store = lib) => {
    if (!store) return;
    if (running.current) {
      again.current = true;
      return running.current;
    }
    running.current = (async () => {
      do {
        again.current = false;
        await readAll(store);
      } while (again.current);
    })().finally(() => (running.current = null));
    return running.current;
  }, [lib]);

  useEffect(() => {
    let off = () => {};
    openLibrary()
      .then((store) => {
        setLib(store);
        off = onLibraryChange(() => void reload(store));
        return reload(store);
      })
      .catch((err: unknown) => setView({ status: 'error', message: `Quietread could not open its library: ${String(err)}` }));
    return () => off();
  }, []);

  return { view, index, lib, reload: () => reload() };
}
