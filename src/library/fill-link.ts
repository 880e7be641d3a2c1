/**
 * A "to read" link (imported from Pocket, Instapaper, Omnivore) becomes a full item in place when
 * its page is fetched, or saved from the page: the same item (id, tags, first save time, any
 * highlights) with the page's clean copy, and no longer "to read". Writes run inside the store's
 * readwrite transaction (src/library/store.ts), so a fill and a concurrent edit never interleave.
 */
import type { IDBPObjectStore } from 'idb';
import { notFoundError } from './errors';
import type { NewItem } from './from-analysis';
import type { LibrarySchema } from './schema';
import { normalizeTags } from './tags';
import type { FetchError, SavedItem } from './types';

export type ItemStore = IDBPObjectStore<LibrarySchema, ['items'], 'items', 'readwrite'>;

/** True for a link saved before its page was fetched. */
export const isLink = (item: SavedItem) => item.status === 'to-read';

/** `saved`, a link, filled with the page's copy at time `at`: what a save or a fetch of its page writes. */
export function filledLink(saved: SavedItem, page: NewItem, at: string): SavedItem {
  // An empty link is no text to undo to: no `previous`; the reason of a failed fetch goes too.
  const { status: _link, fetchError: _failed, previous: _none, ...kept } = saved;
  return {
    ...kept,
    ...page,
    id: saved.id,
    savedAt: saved.savedAt,
    updatedAt: at,
    // A page without a title of its own (fromAnalysis then names it by its URL) keeps the link's.
    title: page.title && page.title !== page.url ? page.title : saved.title,
    // The link's note (Instapaper's selection, Omnivore's description) stays when the page gives none.
    excerpt: page.excerpt || saved.excerpt,
    tags: normalizeTags([...saved.tags, ...(page.tags ?? [])]),
  };
}

/** What `fillLinkIn` did: `skipped` when the item was no longer a link (saved from its page meanwhile, synced). */
export interface FillReport {
  status: 'filled' | 'skipped';
  item: SavedItem;
}

/** Fills link `id` with `page` in `store`. */
export async function fillLinkIn(store: ItemStore, id: string, page: NewItem, at: string): Promise<FillReport> {
  const saved = await store.get(id);
  if (!saved) throw notFoundError(id);
  if (!isLink(saved)) return { status: 'skipped', item: saved };
  // The page's canonical URL (after redirects, its <link rel=canonical>) becomes the dedupe key, as
  // a save from the page would make it; unless another item holds it already: then the link keeps
  // its own, since the unique index allows one item per key and neither may be lost.
  const holder = await store.index('canonicalUrl').getKey(page.canonicalUrl);
  const next = filledLink(saved, holder && holder !== id ? { ...page, canonicalUrl: saved.canonicalUrl } : page, at);
  await store.put(next);
  return { status: 'filled', item: next };
}

/** Records on link `id` why fetching its page failed; an item that is no longer a link is left alone. */
export async function setFetchErrorIn(store: ItemStore, id: string, error: FetchError): Promise<SavedItem> {
  const saved = await store.get(id);
  if (!saved) throw notFoundError(id);
  if (!isLink(saved)) return saved;
  // Not an edit of the item: `updatedAt` stays, so an import or a sync does not take it as newer content.
  const next = { ...saved, fetchError: { ...error } };
  await store.put(next);
  return next;
}
