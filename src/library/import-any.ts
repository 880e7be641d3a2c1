/**
 * One import button for every file Quietread reads, told apart by content: a zip is an Omnivore
 * export, JSON is a Quietread export, a CSV with Pocket's or Instapaper's header is a link list.
 * Every kind merges in one transaction (Library.importItems), so a failure writes nothing.
 */
import { fileTooLarge } from './import-limits';
import { parseLinkCsv } from './import-links';
import { isZip, parseOmnivoreZip } from './import-omnivore';
import type { Library } from './store';
import type { ImportReport, LibraryResult } from './types';

export type ImportKind = 'quietread' | 'pocket' | 'instapaper' | 'omnivore';

export interface AnyImportReport extends ImportReport {
  kind: ImportKind;
  /** Rows without a usable web address. */
  skipped: number;
}

/** Imports the bytes of a chosen file, whatever app wrote it. */
export async function importAny(lib: Library, bytes: Uint8Array): Promise<LibraryResult<AnyImportReport>> {
  const huge = fileTooLarge(bytes.length);
  if (huge) return { ok: false, error: 'invalid', message: huge };
  if (isZip(bytes)) {
    const items = parseOmnivoreZip(bytes);
    if (!items.ok) return items;
    const r = await lib.importItems(items.value);
    return r.ok ? { ok: true, value: { ...r.value, kind: 'omnivore', skipped: 0 } } : r;
  }
  const text = new TextDecoder().decode(bytes);
  if (/^\ufeff?\s*[{[]/.test(text) || !text.trim()) {
    const r = await lib.importJson(text);
    return r.ok ? { ok: true, value: { ...r.value, kind: 'quietread', skipped: 0 } } : r;
  }
  const links = parseLinkCsv(text);
  if (!links.ok) return links;
  const r = await lib.importItems(links.value.items);
  return r.ok ? { ok: true, value: { ...r.value, kind: links.value.format, skipped: links.value.skipped } } : r;
}
