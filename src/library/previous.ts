/**
 * One step of undo for a saved text. A save or an import that replaces an item's text (another
 * `textHash`) keeps what it replaced as `previous`, so a page that rewrote itself, or a file that
 * carried another text for the same URL, can be undone from the library. Restoring swaps the two,
 * so a restore can itself be undone. Only one step: the library must not grow without bound.
 */
import type { PreviousVersion, SavedItem } from './types';

/** The fields a new text replaces (and a restore brings back); tags, id and first save time are the item's own. */
export const VERSION_FIELDS = [
  'url',
  'title',
  'byline',
  'siteName',
  'publishedTime',
  'lang',
  'updatedAt',
  'isReview',
  'rating',
  'excerpt',
  'summary',
  'contentHtml',
  'textContent',
  'textHash',
  'wordCount',
  'readingMinutes',
] as const satisfies readonly (keyof SavedItem)[];

/** The version `item` holds now, as a `previous` to keep. */
export function versionOf(item: SavedItem): PreviousVersion {
  const out: Record<string, unknown> = {};
  for (const f of VERSION_FIELDS) out[f] = item[f];
  return out as PreviousVersion;
}

/**
 * `next` with the right `previous`: the text `saved` held when `next` replaces it, else what `saved`
 * kept already (a re-save of the same text, a tag edit, an older import losing the merge).
 */
export function withPrevious(saved: SavedItem, next: SavedItem): SavedItem {
  const { previous: _dropped, ...rest } = next;
  const previous = next.textHash !== saved.textHash ? versionOf(saved) : saved.previous;
  return previous ? { ...rest, previous } : rest;
}

/** The item with its previous version back in place and the replaced one kept as `previous`; null when there is none. */
export function swapPrevious(item: SavedItem): SavedItem | null {
  if (!item.previous) return null;
  return { ...item, ...item.previous, previous: versionOf(item) };
}
