/** Export (JSON, Markdown zip, single-file HTML) and import, as the library page runs them. */
import { libraryHtml } from '../../library/export-html';
import { toExportJson } from '../../library/export-json';
import { fileTooLarge } from '../../library/import-limits';
import { markdownZip } from '../../library/export-markdown';
import { exportBaseName } from '../../library/file-names';
import type { Library } from '../../library/store';
import { download } from './downloads';
import { plural } from './format';

export type ExportKind = 'json' | 'markdown' | 'html';

/** What the page tells the user after an export or import. */
export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

/** Exports every saved item in one of the formats; the notice says what was written. */
export async function exportLibrary(lib: Library, kind: ExportKind): Promise<Notice> {
  const all = await lib.exportAll();
  if (!all.ok) return { kind: 'error', text: all.message };
  const { items } = all.value;
  const base = exportBaseName();
  if (kind === 'json') download(`${base}.json`, toExportJson(items), 'application/json');
  else if (kind === 'markdown') download(`${base}-markdown.zip`, markdownZip(items) as Uint8Array<ArrayBuffer>, 'application/zip');
  else download(`${base}.html`, libraryHtml(items), 'text/html');
  const what = { json: 'JSON', markdown: 'Markdown (zip)', html: 'HTML' }[kind];
  return { kind: 'info', text: `Exported ${plural(items.length, 'item')} as ${what}.` };
}

/** Imports a chosen file; bad files get a clear message and change nothing. */
export async function importFile(lib: Library, file: File): Promise<Notice> {
  // Refused by its size before a byte is read: a 100 MB file would freeze the page while it parses.
  const huge = fileTooLarge(file.size);
  if (huge) return { kind: 'error', text: `${file.name}: ${huge}` };
  const result = await lib.importJson(await file.text());
  if (!result.ok) return { kind: 'error', text: `${file.name}: ${result.message}` };
  const { added, updated, unchanged } = result.value;
  const parts = [`${added} new`, `${updated} updated`, unchanged ? `${unchanged} already here` : ''].filter(Boolean);
  return { kind: 'info', text: `Imported ${file.name}: ${parts.join(', ')}.` };
}
