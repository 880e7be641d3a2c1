/** Export (JSON, Markdown zip, single-file HTML) and import, as the library page runs them. */
import { libraryHtml, type ExportWords } from '../../library/export-html';
import { toExportJson } from '../../library/export-json';
import { fileTooLarge } from '../../library/import-limits';
import { importAny } from '../../library/import-any';
import { markdownZip } from '../../library/export-markdown';
import { exportBaseName } from '../../library/file-names';
import type { Library } from '../../library/store';
import { download } from './downloads';
import { libraryErrorText } from '../../error-text';
import { plural, translate, uiLanguage } from '../../i18n';

export type ExportKind = 'json' | 'markdown' | 'html';

/** What the page tells the user after an export or import. */
export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

/** The HTML export's words in the user's language. */
function exportWords(): ExportWords {
  return {
    lang: uiLanguage(),
    heading: translate('exportHeading'),
    contents: translate('exportContents'),
    title: (n, day) => translate('exportTitle', [n, day]),
    summary: (n, day) => plural(n, 'exportSummaryOne', 'exportSummary', day),
    rating: (r) => translate('exportRating', [r]),
    tags: (list) => translate('exportTags', [list]),
    saved: (day) => translate('exportSaved', [day]),
  };
}

/** Exports every saved item in one of the formats; the notice says what was written. */
export async function exportLibrary(lib: Library, kind: ExportKind): Promise<Notice> {
  const all = await lib.exportAll();
  if (!all.ok) return { kind: 'error', text: libraryErrorText(all) };
  const { items } = all.value;
  const base = exportBaseName();
  if (kind === 'json') download(`${base}.json`, toExportJson(items), 'application/json');
  else if (kind === 'markdown')
    download(
      `${base}-markdown.zip`,
      markdownZip(items, {
        heading: translate('exportHighlights'),
        note: translate('exportNote'),
        orphaned: translate('exportOrphaned'),
      }) as Uint8Array<ArrayBuffer>,
      'application/zip',
    );
  else download(`${base}.html`, libraryHtml(items, new Date(), exportWords()), 'text/html');
  const what = { json: 'JSON', markdown: translate('libraryFormatMarkdownZip'), html: 'HTML' }[kind];
  return {
    kind: 'info',
    text: translate('libraryExported', [plural(items.length, 'libraryItemOne', 'libraryItems'), what]),
  };
}

/** Imports a chosen file; bad files get a clear message and change nothing. */
export async function importFile(lib: Library, file: File): Promise<Notice> {
  // Refused by its size before a byte is read: a 100 MB file would freeze the page while it parses.
  const huge = fileTooLarge(file.size);
  if (huge) return { kind: 'error', text: `${file.name}: ${huge}` };
  // By content, not by name: a Quietread export, Pocket or Instapaper CSV, or an Omnivore zip.
  const result = await importAny(lib, new Uint8Array(await file.arrayBuffer()));
  if (!result.ok) return { kind: 'error', text: translate('libraryFileError', [file.name, libraryErrorText(result)]) };
  const { added, updated, unchanged, skipped } = result.value;
  const parts = [
    translate('libraryImportNew', [added]),
    translate('libraryImportUpdated', [updated]),
    unchanged ? translate('libraryImportUnchanged', [unchanged]) : '',
    skipped ? translate('libraryImportSkipped', [skipped]) : '',
  ].filter(Boolean);
  return { kind: 'info', text: translate('libraryImported', [file.name, parts.join(', ')]) };
}
