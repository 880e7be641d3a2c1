import { ActionBar } from './components/action-bar';
import { FoldedList } from './components/folded-list';
import { Skeleton } from './components/skeleton';
import { SiteSwitch } from './components/site-switch';
import { StatePanel } from './components/state-panel';
import { SummaryBody } from './components/summary-body';
import { SummaryHeader } from './components/summary-header';
import { t } from './i18n';
import { usePopup } from './use-popup';

/** The popup: what this page is and what it says, in one look, and the next step. */
export function App() {
  const [state, act] = usePopup();
  const { phase, page } = state;
  const analysis = phase.kind === 'ready' ? phase.analysis : null;
  const loading = phase.kind === 'loading';
  return (
    <main class="qr-popup" data-phase={phase.kind}>
      <SummaryHeader tabTitle={state.tabTitle} analysis={analysis} loading={loading} />
      {phase.kind === 'loading' ? (
        <Skeleton waitingForPage={phase.waitingForPage} />
      ) : phase.kind === 'ready' ? (
        <SummaryBody analysis={phase.analysis} />
      ) : (
        <StatePanel phase={phase} onReader={act.reader} onRetry={act.retry} />
      )}
      <FoldedList page={page} loading={loading} />
      <ActionBar
        canRead={phase.kind === 'ready' || phase.kind === 'not-article'}
        canSave={phase.kind === 'ready'}
        save={state.save}
        copy={state.copy}
        onReader={act.reader}
        onSave={act.save}
        onCopy={act.copy}
      />
      <footer class="qr-footer">
        <SiteSwitch checked={page?.cleanupEnabled ?? false} disabled={!page} onChange={act.setCleanup} />
        <span class="qr-footer-links">
          <button type="button" class="qr-link" data-testid="action-library" onClick={act.library}>
            {t('popupActionLibrary')}
          </button>
          <button type="button" class="qr-link" data-testid="action-options" onClick={act.options}>
            {t('popupActionOptions')}
          </button>
        </span>
      </footer>
    </main>
  );
}
