/** Export buttons (JSON, Markdown zip, HTML) and the import file picker. */
import { translate } from '../../../i18n';
import type { ExportKind } from '../transfer';

export interface TransferBarProps {
  disabled: boolean;
  onExport(kind: ExportKind): void;
  onImport(file: File): void;
}

/** The toolbar's export and import group. */
export function TransferBar({ disabled, onExport, onImport }: TransferBarProps) {
  return (
    <div class="transfer-bar">
      <div class="button-group" role="group" aria-label={translate('libraryExportAll')}>
        <span class="group-label" aria-hidden="true">
          {translate('libraryExport')}
        </span>
        <button
          type="button"
          class="button"
          disabled={disabled}
          onClick={() => onExport('json')}
          data-testid="export-json"
        >
          JSON
        </button>
        <button
          type="button"
          class="button"
          disabled={disabled}
          onClick={() => onExport('markdown')}
          data-testid="export-markdown"
        >
          Markdown
        </button>
        <button
          type="button"
          class="button"
          disabled={disabled}
          onClick={() => onExport('html')}
          data-testid="export-html"
        >
          HTML
        </button>
      </div>
      <label class="button file-button">
        {translate('libraryImport')}
        <input
          type="file"
          accept=".json,application/json,.csv,text/csv,.zip,application/zip"
          class="visually-hidden"
          data-testid="import-file"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = ''; // choosing the same file again fires change again
            if (file) onImport(file);
          }}
        />
      </label>
    </div>
  );
}
