import type { CopyStatus, SaveStatus } from '../state';
import { t } from '../i18n';

interface Props {
  canRead: boolean;
  canSave: boolean;
  save: SaveStatus;
  copy: CopyStatus;
  onReader(): void;
  onSave(): void;
  onCopy(): void;
}

function saveLabel(save: SaveStatus): string {
  if (save.kind === 'saving') return t('popupActionSaving');
  if (save.kind === 'saved') return t('popupActionSaved');
  if (save.kind === 'changed') return t('popupActionUpdate');
  return t('popupActionSave');
}

/** The next steps: reading mode first, then save and copy. Labels change in place; widths are fixed. */
export function ActionBar({ canRead, canSave, save, copy, onReader, onSave, onCopy }: Props) {
  return (
    <section class="qr-actions">
      <button
        type="button"
        class="qr-button qr-button--primary"
        data-testid="action-reader"
        disabled={!canRead}
        onClick={onReader}
      >
        {t('popupActionReader')}
      </button>
      <button
        type="button"
        class="qr-button"
        data-testid="action-save"
        data-status={save.kind}
        disabled={!canSave || save.kind === 'saving'}
        onClick={onSave}
      >
        {saveLabel(save)}
      </button>
      <button type="button" class="qr-button" data-testid="action-copy" disabled={!canSave} onClick={onCopy}>
        {copy === 'copied' ? t('popupActionCopied') : t('popupActionCopy')}
      </button>
      <p class="qr-action-note" role="status">
        {save.kind === 'failed'
          ? save.error === 'quota-exceeded'
            ? t('popupQuotaExceeded')
            : save.error === 'invalid'
              ? t('errorNotArticle')
              : t('popupSaveFailed', save.message)
          : copy === 'failed'
            ? t('popupCopyFailed')
            : copy === 'copied'
              ? t('popupCopiedNote')
              : ''}
      </p>
    </section>
  );
}
