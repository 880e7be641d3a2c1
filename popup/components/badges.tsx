import type { Analysis } from '../../src/messages';
import { percent } from '../format';
import { t } from '../i18n';

/** "Review ★ 4/5" and "WordPress 95%": what kind of page this is, in one look. */
export function Badges({ analysis, loading }: { analysis: Analysis | null; loading: boolean }) {
  const rating = analysis?.rating;
  return (
    <p class="qr-badges">
      {loading && <span class="qr-bone qr-bone--badge" />}
      {analysis?.isReview && (
        <span class="qr-badge qr-badge--review">
          {t('popupBadgeReview')}
          {rating && (
            <span
              class="qr-rating"
              data-testid="summary-rating"
              aria-label={t('popupRatingLabel', rating.text || `${rating.value}/${rating.best}`)}
            >
              {/[★☆]/.test(rating.text) ? '' : <span aria-hidden="true">★ </span>}
              {rating.text || `${rating.value}/${rating.best}`}
            </span>
          )}
        </span>
      )}
      {analysis?.isWordPress && (
        <span class="qr-badge qr-badge--wp" title={analysis.signals.join(', ')}>
          {t('popupBadgeWordPress')}
          <span class="qr-confidence">{t('popupConfidence', percent(analysis.confidence))}</span>
        </span>
      )}
    </p>
  );
}
