/**
 * The three-way merge of one item, field by field, against what the last sync saw (the base). A
 * field equal to the base on one side takes the other side's value, so any field, including ones a
 * newer version adds (highlights), merges without code here. Tags merge as sets: an added tag stays,
 * a removed one goes. A real conflict (both sides changed a field since the base) goes to the newer
 * side, and the older side is kept whole as a conflict copy: nothing is lost silently.
 */
import type { SavedItem } from '../library/types';
import { normalizeTags } from '../library/tags';

/** Key order aside, equal JSON. */
export function same(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b);
}

function stable(v: unknown): string {
  if (v === undefined) return 'undefined';
  return JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.keys(x)
            .sort()
            .map((k) => [k, x[k]]),
        )
      : x,
  );
}

const time = (iso: string | undefined) => (iso ? Date.parse(iso) || 0 : 0);

/** Fields the merge handles itself: identity, times and the tag set. */
const OWN = new Set(['id', 'savedAt', 'updatedAt', 'tags']);

export interface Merged {
  item: SavedItem;
  /** The losing side of a real conflict, to keep as its own item; null when none. */
  conflictCopy: SavedItem | null;
}

function mergeTags(base: string[] | undefined, local: string[], remote: string[]): string[] {
  if (!base) return normalizeTags([...local, ...remote]);
  const b = new Set(base);
  const l = new Set(local);
  const r = new Set(remote);
  const keep = [...local, ...remote].filter((t) => !b.has(t) || (l.has(t) && r.has(t)));
  return normalizeTags(keep);
}

/** The URL a conflict copy is kept under: its own file on the server, its own row in the library. */
export function conflictUrl(canonicalUrl: string, at: string): string {
  return `${canonicalUrl.replace(/#.*$/, '')}#quietread-conflict-${at.replace(/[^0-9]/g, '')}`;
}

/** Merges two live sides of one item; `base` is null when both added it independently. */
export function mergeItems(base: SavedItem | null, local: SavedItem, remote: SavedItem): Merged {
  const localNewer = time(local.updatedAt) >= time(remote.updatedAt);
  const out: Record<string, unknown> = {};
  const conflicts: string[] = [];
  const b = (base ?? {}) as unknown as Record<string, unknown>;
  const l = local as unknown as Record<string, unknown>;
  const r = remote as unknown as Record<string, unknown>;
  for (const k of new Set([...Object.keys(l), ...Object.keys(r)])) {
    if (OWN.has(k)) continue;
    let v: unknown;
    if (same(l[k], r[k])) v = l[k];
    else if (base && same(l[k], b[k])) v = r[k];
    else if (base && same(r[k], b[k])) v = l[k];
    else {
      // Both changed it (or no base to tell): the newer side wins; a real conflict is recorded.
      v = localNewer ? l[k] : r[k];
      if (base) conflicts.push(k);
    }
    if (v !== undefined) out[k] = v;
  }
  const item = {
    ...out,
    id: local.id,
    savedAt: time(remote.savedAt) && time(remote.savedAt) < time(local.savedAt) ? remote.savedAt : local.savedAt,
    updatedAt: localNewer ? local.updatedAt : remote.updatedAt,
    tags: mergeTags(base?.tags, local.tags, remote.tags),
  } as SavedItem;
  let conflictCopy: SavedItem | null = null;
  if (conflicts.length) {
    const loser = localNewer ? remote : local;
    conflictCopy = {
      ...loser,
      id: `${local.id}-conflict-${loser.updatedAt.replace(/[^0-9]/g, '')}`,
      canonicalUrl: conflictUrl(loser.canonicalUrl, loser.updatedAt),
      conflictOf: local.canonicalUrl,
      previous: undefined,
    };
    delete conflictCopy.previous;
  }
  return { item, conflictCopy };
}
