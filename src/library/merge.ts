/** How an imported item merges with one already saved under the same canonical URL. */
import type { SavedItem } from './types';
import { withReanchored } from './highlights';
import { withPrevious } from './previous';
import { normalizeTags } from './tags';

const time = (iso: string) => Date.parse(iso) || 0;

/** True when two items hold the same data (key order aside). */
export function sameItem(a: SavedItem, b: SavedItem): boolean {
  return JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());
}

/**
 * The merged item, or null when nothing changes. The newer copy (by `updatedAt`) gives the
 * content; the saved one keeps its id; the first save time and the union of tags survive; a
 * replaced text is kept as `previous`.
 */
export function mergeItem(saved: SavedItem, incoming: SavedItem): SavedItem | null {
  const newer = time(incoming.updatedAt) > time(saved.updatedAt) ? incoming : saved;
  // A newer text from the file replaces the saved one, which stays one step back (undo).
  const merged = withPrevious(saved, {
    ...newer,
    id: saved.id,
    savedAt: time(incoming.savedAt) < time(saved.savedAt) ? incoming.savedAt : saved.savedAt,
    tags: normalizeTags([...saved.tags, ...incoming.tags]),
  });
  const highlights = mergeHighlights(saved, incoming, newer === incoming);
  const out = highlights.length ? withReanchored({ ...merged, highlights }) : merged;
  return sameItem(out, saved) ? null : out;
}

/** An imported item with no time later than `now`: a file dated 9999 must not win every merge for ever. */
export function clampDates(item: SavedItem, now: Date): SavedItem {
  const at = now.toISOString();
  const clamp = (iso: string) => (time(iso) > now.getTime() ? at : iso);
  return { ...item, savedAt: clamp(item.savedAt), updatedAt: clamp(item.updatedAt) };
}

/** Both copies' highlights by id (the newer copy's version of one both hold), so an import loses none. */
function mergeHighlights(
  saved: SavedItem,
  incoming: SavedItem,
  incomingNewer: boolean,
): NonNullable<SavedItem['highlights']> {
  const byId = new Map<string, NonNullable<SavedItem['highlights']>[number]>();
  const [older, newer] = incomingNewer ? [saved, incoming] : [incoming, saved];
  for (const h of older.highlights ?? []) byId.set(h.id, h);
  for (const h of newer.highlights ?? []) byId.set(h.id, h);
  return [...byId.values()];
}
