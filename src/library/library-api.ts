/** What the library store offers (src/library/store.ts implements it over IndexedDB). */
import type { FillReport } from './fill-link';
import type { NewItem } from './from-analysis';
import type { FetchError, Highlight, ImportReport, LibraryExport, LibraryResult, SavedItem } from './types';

export interface Library {
  /** Saves a page; the same canonical URL updates the item in place, keeps its tags and, when the text changed, the replaced text as `previous`. */
  save(input: NewItem, now?: Date): Promise<LibraryResult<{ status: 'saved' | 'updated'; id: string }>>;
  /** Every item, newest first. */
  list(): Promise<LibraryResult<SavedItem[]>>;
  get(id: string): Promise<LibraryResult<SavedItem>>;
  findByUrl(canonicalUrl: string): Promise<LibraryResult<SavedItem | null>>;
  /** Deletes an item and hands it back, so the caller can undo with `restore`. */
  remove(id: string): Promise<LibraryResult<SavedItem>>;
  /** Puts a removed item back as it was (undo); a newer save of the same URL wins. */
  restore(item: SavedItem): Promise<LibraryResult<void>>;
  setTags(id: string, tags: string[]): Promise<LibraryResult<SavedItem>>;
  /** Replaces an item's highlights (checked first: a malformed list writes nothing). */
  setHighlights(id: string, highlights: Highlight[]): Promise<LibraryResult<SavedItem>>;
  /** Brings back the text an update replaced; the replaced one becomes `previous` (so this undoes too). */
  restorePrevious(id: string, now?: Date): Promise<LibraryResult<SavedItem>>;
  clear(): Promise<LibraryResult<void>>;
  exportAll(now?: Date): Promise<LibraryResult<LibraryExport>>;
  /** Checks the file's format and version first; merges in one transaction, so a failure writes nothing. */
  importJson(text: string): Promise<LibraryResult<ImportReport>>;
  /** Merges checked items (an export's, or links from another app) in one transaction, as `importJson` does. */
  importItems(items: SavedItem[]): Promise<LibraryResult<ImportReport>>;
  /** Sync writes an item as merged: as is under its canonical URL, keeping the local id (src/sync/). */
  putSynced(item: SavedItem): Promise<LibraryResult<SavedItem>>;
  removeByUrl(canonicalUrl: string): Promise<LibraryResult<void>>;
  /** Fills a "to read" link with its fetched page (same id, tags, first save time); `skipped` if it is no link now. */
  fillLink(id: string, page: NewItem, now?: Date): Promise<LibraryResult<FillReport>>;
  /** Keeps on a "to read" link why fetching its page failed. */
  setFetchError(id: string, error: FetchError): Promise<LibraryResult<SavedItem>>;
  close(): void;
}
