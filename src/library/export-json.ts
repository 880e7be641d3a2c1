/**
 * The versioned JSON export, and the checks an import file passes before anything is written:
 * it must be JSON, name our format, carry a version we read, and hold only well-formed items.
 */
import { cleanHighlights } from './highlights';
import { fileTooLarge, knownFields, MAX_IMPORT_ITEMS, overLimit } from './import-limits';
import { VERSION_FIELDS } from './previous';
import { isHttpUrl } from './safe-url';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  FETCH_REASONS,
  type FetchReason,
  type LibraryExport,
  type LibraryResult,
  type SavedItem,
} from './types';

/** The export file for these items (pretty-printed, so it diffs and reads well). */
export function toExportJson(items: SavedItem[], now = new Date()): string {
  const file: LibraryExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), items };
  return JSON.stringify(file, null, 2) + '\n';
}

const str = (v: unknown) => typeof v === 'string';
const strOrNull = (v: unknown) => v === null || typeof v === 'string';
const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const strArray = (v: unknown) => Array.isArray(v) && v.every(str);
const isoTime = (v: unknown) => str(v) && !Number.isNaN(Date.parse(v as string));

const FIELDS: Record<keyof SavedItem, (v: unknown) => boolean> = {
  id: (v) => str(v) && (v as string).length > 0,
  url: isHttpUrl, // never javascript:, data: or vbscript:, which an export would write as a link
  canonicalUrl: isHttpUrl,
  title: str,
  byline: strOrNull,
  siteName: strOrNull,
  publishedTime: strOrNull,
  lang: strOrNull,
  savedAt: isoTime,
  updatedAt: isoTime,
  isReview: (v) => typeof v === 'boolean',
  rating: (v) =>
    v === null || (typeof v === 'object' && num((v as any).value) && num((v as any).best) && str((v as any).text)),
  excerpt: str,
  summary: strArray,
  contentHtml: str,
  textContent: str,
  textHash: str,
  wordCount: num,
  readingMinutes: num,
  tags: strArray,
  previous: (v) => v === undefined || isVersion(v),
  highlights: (v) => v === undefined || cleanHighlights(v) !== null,
  status: (v) => v === undefined || v === 'to-read',
  conflictOf: (v) => v === undefined || isHttpUrl(v),
  fetchError: (v) => v === undefined || isFetchError(v),
};

/** Why a link's fetch failed: a known reason, an HTTP status when there is one, and a time. */
function isFetchError(v: unknown): boolean {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const { reason, status, at } = v as Record<string, unknown>;
  return (
    FETCH_REASONS.includes(reason as FetchReason) &&
    (status === undefined || (Number.isInteger(status) && (status as number) >= 100 && (status as number) < 600)) &&
    isoTime(at)
  );
}

/** A `previous` text checks like the item's own fields (it can be restored, then shown and exported). */
function isVersion(v: unknown): boolean {
  return (
    !!v &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    VERSION_FIELDS.every((f) => FIELDS[f]((v as Record<string, unknown>)[f]))
  );
}

/** The first field of `item` that is missing or of the wrong type, or null when it is a saved item. */
export function badField(item: unknown): string | null {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return '(not an object)';
  for (const [name, ok] of Object.entries(FIELDS)) {
    if (!ok((item as Record<string, unknown>)[name])) return name;
  }
  return null;
}

const NOT_OURS = 'This file is not a Quietread export. Choose a file made with "Export JSON". Nothing was changed.';

/** Reads an export file; every failure says why in words and means nothing gets written. */
export function parseExport(text: string): LibraryResult<LibraryExport> {
  // Characters, not bytes, but never fewer than the bytes' UTF-8 characters: still refuses a 100 MB file.
  const huge = fileTooLarge(text.length);
  if (huge) return { ok: false, error: 'invalid', message: huge };
  if (!text.trim())
    return {
      ok: false,
      error: 'not-an-export',
      message: 'This file is empty: it is not a Quietread export. Nothing was changed.',
    };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // A Quietread export cut short still starts with our format name.
    const ours = text.trimStart().startsWith('{') && text.includes(`"${EXPORT_FORMAT}"`);
    return ours
      ? {
          ok: false,
          error: 'damaged',
          message: 'This Quietread export is damaged or cut short (it is not complete JSON). Nothing was changed.',
        }
      : { ok: false, error: 'not-an-export', message: NOT_OURS };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== EXPORT_FORMAT)
    return { ok: false, error: 'not-an-export', message: NOT_OURS };
  const { version, items } = data as { version?: unknown; items?: unknown };
  if (version !== EXPORT_VERSION) {
    const newer = typeof version === 'number' && version > EXPORT_VERSION;
    return {
      ok: false,
      error: 'unsupported-version',
      message: newer
        ? `This export was made by a newer Quietread (format version ${version}); update Quietread to import it. Nothing was changed.`
        : `This export has an unknown format version (${JSON.stringify(version)}). Nothing was changed.`,
    };
  }
  if (!Array.isArray(items))
    return {
      ok: false,
      error: 'damaged',
      message: 'This Quietread export is damaged: it has no list of items. Nothing was changed.',
    };
  if (items.length > MAX_IMPORT_ITEMS)
    return {
      ok: false,
      error: 'invalid',
      message: `This file holds ${items.length.toLocaleString('en')} items, over the import limit of ${MAX_IMPORT_ITEMS.toLocaleString('en')}. Nothing was changed.`,
    };
  for (let i = 0; i < items.length; i++) {
    const field = badField(items[i]);
    if (field)
      return {
        ok: false,
        error: 'damaged',
        message: `This Quietread export is damaged: item ${i + 1} has a missing or invalid "${field}". Nothing was changed.`,
      };
    const long = overLimit(items[i] as SavedItem);
    if (long)
      return {
        ok: false,
        error: 'invalid',
        message: `Item ${i + 1} of this file has a "${long}" over the import limit. Nothing was changed.`,
      };
  }
  // Only the fields we know go on: unknown ones (`__proto__` among them) are dropped here.
  return { ok: true, value: { ...(data as LibraryExport), items: (items as SavedItem[]).map(knownFields) } };
}
