import type { PageState } from '../../src/messages';
import { countByKind, kindKey } from '../format';
import { t } from '../i18n';

/** What Quietread folded on the page, counted by kind ("Comments 4", "Share buttons 1"). */
export function FoldedList({ page, loading }: { page: PageState | null; loading: boolean }) {
  const kinds = countByKind(page?.collapsed ?? []);
  return (
    <section class="qr-folded" aria-labelledby="qr-folded-heading">
      <h2 class="qr-h2" id="qr-folded-heading">
        {t('popupFoldedHeading')}
      </h2>
      {loading && !page ? (
        <span class="qr-bone qr-bone--chips" />
      ) : kinds.length === 0 ? (
        <p class="qr-folded-none" data-testid="folded-none">
          {t(page ? 'popupFoldedNone' : 'popupFoldedUnknown')}
        </p>
      ) : (
        <ul class="qr-chips" data-testid="folded-kinds">
          {kinds.map(({ kind, count }) => (
            <li key={kind} class="qr-chip" data-kind={kind}>
              {t(kindKey(kind))} <span class="qr-count">{count}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
