/**
 * The library page's data: the store, every item (newest first) and a search index kept in step
 * with it. Re-reads whenever any context changes the library (BroadcastChannel), so a save from
 * the popup or the context menu shows up in an open library page.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { libraryErrorText } from '../../error-text';
import { translate } from '../../i18n';
import { onLibraryChange } from '../../library/changes';
import { createSearchIndex, type LibrarySearch } from '../../library/search';
import { openLibrary, type Library } from '../../library/store';
import type { SavedItem } from '../../library/types';

/** Items indexed between two chances for the page to paint. */
const SLICE = 250;

export type LibraryView =
  { status: 'loading' } | { status: 'ready'; items: SavedItem[] } | { status: 'error'; message: string };

export interface UseLibrary {
  view: LibraryView;
  index: LibrarySearch;
  /** True while a large batch of items is being added to the search index. */
  indexing: boolean;
  /** Changes whenever the index does (a dependency for search results). */
  indexVersion: number;
  /** The open store (null while opening). */
  lib: Library | null;
  reload(): Promise<void>;
}

/** Opens the store and keeps the item list and its search index current. */
export function useLibrary(): UseLibrary {
  const [view, setView] = useState<LibraryView>({ status: 'loading' });
  const [lib, setLib] = useState<Library | null>(null);
  const [indexing, setIndexing] = useState(false);
  const [indexVersion, setIndexVersion] = useState(0);
  const index = useRef(createSearchIndex([])).current;
  const indexed = useRef(new Map<string, string>()); // id → updatedAt of what the index holds
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  const readAll = useCallback(async (store: Library) => {
    const list = await store.list();
    if (!list.ok) return setView({ status: 'error', message: libraryErrorText(list) });
    // Show the list first; a big library's index (seconds for 10,000 items) is built after, in slices.
    setView({ status: 'ready', items: list.value });
    const ids = new Set(list.value.map((i) => i.id));
    for (const id of indexed.current.keys()) {
      if (!ids.has(id)) {
        index.remove(id);
        indexed.current.delete(id);
      }
    }
    const changed = list.value.filter((i) => indexed.current.get(i.id) !== i.updatedAt);
    if (changed.length > SLICE) setIndexing(true);
    for (let at = 0; at < changed.length; at += SLICE) {
      if (at > 0) await new Promise((r) => setTimeout(r, 0)); // let the page paint and take input
      for (const item of changed.slice(at, at + SLICE)) {
        index.add(item);
        indexed.current.set(item.id, item.updatedAt);
      }
    }
    setIndexing(false);
    setIndexVersion((v) => v + 1);
  }, []);

  /** Coalesces bursts (our own write and its broadcast) into at most one extra read. */
  const reload = useCallback(
    async (store = lib) => {
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
    },
    [lib],
  );

  useEffect(() => {
    let off = () => {};
    openLibrary()
      .then((store) => {
        setLib(store);
        off = onLibraryChange(() => void reload(store));
        return reload(store);
      })
      .catch((err: unknown) => setView({ status: 'error', message: translate('errorLibraryOpen', [String(err)]) }));
    return () => off();
  }, []);

  return { view, index, indexing, indexVersion, lib, reload: () => reload() };
}
