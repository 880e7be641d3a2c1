import type { Phase } from '../state';
import { t } from '../i18n';

type Other = Exclude<Phase, { kind: 'ready' } | { kind: 'loading' }>;

const RESTRICTED_TEXT = {
  'browser-page': ['popupRestrictedBrowser', 'popupRestrictedBrowserHint'],
  store: ['popupRestrictedStore', 'popupRestrictedBrowserHint'],
  pdf: ['popupRestrictedPdf', 'popupRestrictedPdfHint'],
  'file-access': ['popupRestrictedFile', 'popupRestrictedFileHint'],
} as const;

interface Props {
  phase: Other;
  onReader(): void;
  onRetry(): void;
}

/** Not an article, off-limits, or failed: one clear sentence, a hint, and the way forward. */
export function StatePanel({ phase, onReader, onRetry }: Props) {
  const [message, hint] =
    phase.kind === 'not-article'
      ? ['popupNotArticle', 'popupNotArticleHint']
      : phase.kind === 'too-large'
        ? ['popupTooLarge', 'popupTooLargeHint']
        : phase.kind === 'restricted'
          ? RESTRICTED_TEXT[phase.reason]
          : ['popupError', 'popupErrorHint'];
  return (
    <section class={`qr-body qr-body--state qr-body--${phase.kind}`}>
      <p class="qr-state-title" data-testid="state-message" role={phase.kind === 'error' ? 'alert' : 'status'}>
        {t(message)}
      </p>
      <p class="qr-state-text">{t(hint)}</p>
      {(phase.kind === 'error' || phase.kind === 'too-large') && phase.message && (
        <p class="qr-state-detail">{phase.message}</p>
      )}
      {phase.kind === 'not-article' && (
        <button type="button" class="qr-button" data-testid="action-reader-anyway" onClick={onReader}>
          {t('popupTryReader')}
        </button>
      )}
      {phase.kind === 'error' && (
        <button type="button" class="qr-button" data-testid="action-retry" onClick={onRetry}>
          {t('popupRetry')}
        </button>
      )}
    </section>
  );
}
