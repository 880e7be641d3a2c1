/**
 * Highlights of a saved item: adding one (overlaps merge, both notes kept), re-anchoring them on a
 * new text (those that cannot be placed for sure stay, `orphaned`), and checking those an import
 * file carries. Plain data, no DOM: the store runs this in the service worker.
 */
import { anchorSpan, describeSpan } from '../core/anchor';
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor, type SavedItem } from './types';

/** Longest highlight, in characters (a long selection is fine; a whole book is not a highlight). */
export const MAX_HIGHLIGHT_CHARS = 20_000;
/** Longest note, in characters. */
export const MAX_NOTE_CHARS = 10_000;
/** Highlights one item may hold. */
export const MAX_HIGHLIGHTS = 1_000;

const overlaps = (a: Highlight, s: number, e: number) => !a.orphaned && a.position.start < e && s < a.position.end;

/** Notes joined without repeats, so a merge never loses one. */
function joinNotes(notes: string[]): string {
  const seen = new Set<string>();
  return notes
    .map((n) => n.trim())
    .filter((n) => n && !seen.has(n) && seen.add(n))
    .join('\n\n');
}

/**
 * `list` with a new highlight over `text[start, end)`. Highlights it overlaps merge into it: one span
 * covering all, the notes of each kept, the earliest id and creation time. Null when the span is empty
 * or too long.
 */
export function addHighlight(
  list: readonly Highlight[],
  text: string,
  start: number,
  end: number,
  color: HighlightColor,
  note = '',
  now = new Date(),
  id: string = crypto.randomUUID(),
): Highlight[] | null {
  let s = Math.min(start, end);
  let e = Math.max(start, end);
  const hit = list.filter((h) => overlaps(h, s, e));
  for (const h of hit) {
    s = Math.min(s, h.position.start);
    e = Math.max(e, h.position.end);
  }
  const sel = describeSpan(text, s, e);
  if (!sel || sel.quote.exact.length > MAX_HIGHLIGHT_CHARS) return null;
  const first = [...hit].sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
  const at = now.toISOString();
  const merged: Highlight = {
    id: first?.id ?? id,
    color,
    note: joinNotes([...hit.map((h) => h.note), note]),
    createdAt: first?.createdAt ?? at,
    updatedAt: at,
    quote: sel.quote,
    position: sel.position,
  };
  return sortHighlights([...list.filter((h) => !hit.includes(h)), merged]);
}

/** In reading order; orphaned ones last. */
export function sortHighlights(list: Highlight[]): Highlight[] {
  return list.sort(
    (a, b) =>
      Number(!!a.orphaned) - Number(!!b.orphaned) ||
      a.position.start - b.position.start ||
      a.createdAt.localeCompare(b.createdAt),
  );
}

/**
 * The highlights placed on `text` (a new version of the item's text): each on the same words, with
 * fresh context and position, or kept as it was with `orphaned: true`. Never dropped.
 */
export function reanchorHighlights(list: readonly Highlight[], text: string): Highlight[] {
  return sortHighlights(
    list.map((h) => {
      const span = anchorSpan(text, h.quote, h.position);
      const sel = span && describeSpan(text, span.start, span.end);
      if (!sel) return { ...h, orphaned: true };
      const { orphaned: _was, ...rest } = h;
      return { ...rest, quote: sel.quote, position: sel.position };
    }),
  );
}

/** The item with its highlights re-anchored on its own text (after a save or import changed it). */
export function withReanchored(item: SavedItem): SavedItem {
  return item.highlights?.length
    ? { ...item, highlights: reanchorHighlights(item.highlights, item.textContent) }
    : item;
}

const str = (v: unknown): v is string => typeof v === 'string';
const int = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** A well-formed highlight (from a file, a message), copied field by field; null when it is not one. */
export function cleanHighlight(raw: unknown): Highlight | null {
  if (!raw || typeof raw !== 'object') return null;
  const h = raw as Record<string, unknown>;
  const q = h.quote as Record<string, unknown> | undefined;
  const p = h.position as Record<string, unknown> | undefined;
  if (
    !str(h.id) ||
    !h.id ||
    h.id.length > 200 ||
    !HIGHLIGHT_COLORS.includes(h.color as HighlightColor) ||
    !str(h.note) ||
    h.note.length > MAX_NOTE_CHARS
  )
    return null;
  if (
    !str(h.createdAt) ||
    Number.isNaN(Date.parse(h.createdAt)) ||
    !str(h.updatedAt) ||
    Number.isNaN(Date.parse(h.updatedAt))
  )
    return null;
  if (
    !q ||
    q.type !== 'TextQuoteSelector' ||
    !str(q.exact) ||
    !q.exact.trim() ||
    q.exact.length > MAX_HIGHLIGHT_CHARS ||
    !str(q.prefix) ||
    q.prefix.length > 200 ||
    !str(q.suffix) ||
    q.suffix.length > 200
  )
    return null;
  if (!p || p.type !== 'TextPositionSelector' || !int(p.start) || !int(p.end) || p.end < p.start) return null;
  const out: Highlight = {
    id: h.id,
    color: h.color as HighlightColor,
    note: h.note,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
    quote: { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix },
    position: { type: 'TextPositionSelector', start: p.start, end: p.end },
  };
  if (h.orphaned === true) out.orphaned = true;
  return out;
}

/** A list of highlights from outside, or null when it is not one (or too long). */
export function cleanHighlights(raw: unknown): Highlight[] | null {
  if (!Array.isArray(raw) || raw.length > MAX_HIGHLIGHTS) return null;
  const out: Highlight[] = [];
  for (const r of raw) {
    const h = cleanHighlight(r);
    if (!h) return null;
    out.push(h);
  }
  return out;
}

/** Highlights with a note, across the item. */
export const hasNotes = (item: Pick<SavedItem, 'highlights'>) => !!item.highlights?.some((h) => h.note.trim());
