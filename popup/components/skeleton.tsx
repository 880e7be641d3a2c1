import { t } from '../i18n';

/** The loading state: grey lines where the summary will be, and one sentence saying what happens. */
export function Skeleton({ waitingForPage }: { waitingForPage: boolean }) {
  return (
    <section class="qr-body qr-body--loading" aria-busy="true">
      <p class="qr-state-text" data-testid="state-message" role="status">
        {t(waitingForPage ? 'popupWaitingForPage' : 'popupLoading')}
      </p>
      {[92, 100, 64, 0, 100, 88, 100, 72].map((w, i) =>
        w ? <span key={i} class="qr-bone qr-bone--line" style={{ width: `${w}%` }} /> : <span key={i} class="qr-gap" />,
      )}
    </section>
  );
}
