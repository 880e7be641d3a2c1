/** The Highlights view's list: every highlight of the library, with its item, searchable (MiniSearch) by its words, note and page title. */
import MiniSearch from 'minisearch';
import { TYPING } from './search';
import type { Highlight, SavedItem } from './types';

export interface HighlightEntry {
  /** `<item id>/<highlight id>`: unique across the library. */
  key: string;
  item: SavedItem;
  h: Highlight;
}

/** Every highlight, newest saved page first, each page's in reading order. */
export function highlightEntries(items: readonly SavedItem[]): HighlightEntry[] {
  return items.flatMap((item) => (item.highlights ?? []).map((h) => ({ key: `${item.id}/${h.id}`, item, h })));
}

export interface HighlightIndex {
  /** The entries that match the query (best first; all of them, in order, for an empty one) and, when asked, have a note. */
  search(query: string, notesOnly: boolean): HighlightEntry[];
}

/** Indexes the entries once; each search then answers from the index. */
export function createHighlightIndex(entries: readonly HighlightEntry[]): HighlightIndex {
  const index = new MiniSearch<HighlightEntry>({
    fields: ['quote', 'note', 'title'],
    idField: 'key',
    extractField: (e, field) =>
      field === 'key' ? e.key : field === 'quote' ? e.h.quote.exact : field === 'note' ? e.h.note : e.item.title,
    searchOptions: { ...TYPING, boost: { note: 2, quote: 1.5 } },
  });
  index.addAll(entries);
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const noted = (e: HighlightEntry) => !!e.h.note.trim();
  return {
    search: (query, notesOnly) => {
      const found = query.trim() ? index.search(query).map((r) => byKey.get(r.id as string)!) : [...entries];
      return notesOnly ? found.filter(noted) : found;
    },
  };
}
