import type { Analysis } from '../../src/messages';
import { t } from '../i18n';

/** The excerpt and the three summary sentences, in a fixed-height region that scrolls when they are long. */
export function SummaryBody({ analysis }: { analysis: Analysis }) {
  return (
    // Focusable so keyboard users can scroll it (a scrollable region must be reachable).
    <section class="qr-body" tabIndex={0} aria-labelledby="qr-sentences-heading">
      {analysis.excerpt && <p class="qr-excerpt">{analysis.excerpt}</p>}
      <h2 class="qr-h2" id="qr-sentences-heading">
        {t('popupSummaryHeading')}
      </h2>
      <ol class="qr-sentences" data-testid="summary-sentences">
        {analysis.summary.slice(0, 3).map((s, i) => (
          <li key={i} elementtiming="summary-sentences">
            {s}
          </li>
        ))}
      </ol>
    </section>
  );
}
