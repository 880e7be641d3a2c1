/** The library page's filters (tag, site, review/rating, has notes) and query, applied to the item list. */
import { hasNotes } from './highlights';
import type { LibrarySearch } from './search';
import type { SavedItem } from './types';

export type ReviewFilter = 'any' | 'reviews' | 'rated-3' | 'rated-4';

export interface LibraryFilters {
  query: string;
  tag: string;
  site: string;
  review: ReviewFilter;
  /** Only items with at least one note on a highlight. */
  notes?: boolean;
}

export const NO_FILTERS: LibraryFilters = { query: '', tag: '', site: '', review: 'any' };

/** The site an item is listed under: its site name, else its host. */
export function siteOf(item: SavedItem): string {
  if (item.siteName) return item.siteName;
  try {
    return new URL(item.url).host;
  } catch {
    return item.url;
  }
}

/** A rating as a share of its best (4/5 → 0.8), or null. */
export function ratingShare(item: SavedItem): number | null {
  return item.rating && item.rating.best > 0 ? item.rating.value / item.rating.best : null;
}

function passes(item: SavedItem, f: LibraryFilters): boolean {
  if (f.tag && !item.tags.some((t) => t.toLowerCase() === f.tag.toLowerCase())) return false;
  if (f.site && siteOf(item) !== f.site) return false;
  if (f.notes && !hasNotes(item)) return false;
  if (f.review === 'reviews') return item.isReview;
  const share = ratingShare(item);
  if (f.review === 'rated-3') return share !== null && share >= 0.6;
  if (f.review === 'rated-4') return share !== null && share >= 0.8;
  return true;
}

/** Items to show: best matches first when there is a query, else the list's order (newest first). */
export function applyFilters(items: readonly SavedItem[], f: LibraryFilters, index: LibrarySearch): SavedItem[] {
  if (!f.query.trim()) return items.filter((i) => passes(i, f));
  const byId = new Map(items.map((i) => [i.id, i]));
  const out: SavedItem[] = [];
  for (const id of index.search(f.query)) {
    const item = byId.get(id);
    if (item && passes(item, f)) out.push(item);
  }
  return out;
}

/** Every tag and site in the library, sorted, for the filter menus. */
export function facets(items: readonly SavedItem[]): { tags: string[]; sites: string[] } {
  const tags = new Map<string, string>();
  const sites = new Set<string>();
  for (const i of items) {
    for (const t of i.tags) if (!tags.has(t.toLowerCase())) tags.set(t.toLowerCase(), t);
    sites.add(siteOf(i));
  }
  const sort = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });
  return { tags: [...tags.values()].sort(sort), sites: [...sites].sort(sort) };
}
