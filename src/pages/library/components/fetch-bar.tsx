/** "Fetch and clean" for the "to read" links: the action, then a progress bar with Pause/Resume and Cancel. */
import { plural, translate } from '../../../i18n';
import type { QueueState } from '../../../library/fetch-queue';

export interface FetchBarProps {
  /** "To read" links in the library now. */
  links: number;
  state: QueueState | null;
  busy: boolean;
  onStart(): void;
  onPause(): void;
  onResume(): void;
  onCancel(): void;
}

/** Shown while the library holds links not fetched yet, or while a run goes on. */
export function FetchBar({ links, state, busy, onStart, onPause, onResume, onCancel }: FetchBarProps) {
  if (!busy && links === 0) return null;
  const paused = state?.phase === 'paused';
  return (
    <section class="fetch-bar" data-testid="fetch-bar" aria-labelledby="fetch-heading">
      <h2 id="fetch-heading" class="fetch-heading">
        {busy ? translate('libraryFetchRunning') : plural(links, 'libraryFetchLinksOne', 'libraryFetchLinks')}
      </h2>
      {!busy ? (
        <>
          <p class="fetch-hint">{translate('libraryFetchHint')}</p>
          <button type="button" class="button primary" onClick={onStart} data-testid="fetch-clean">
            {translate('libraryFetchClean')}
          </button>
        </>
      ) : (
        <div class="fetch-run" data-testid="fetch-run" data-phase={state!.phase}>
          <label for="fetch-progress" data-testid="fetch-progress-label">
            {translate(paused ? 'libraryFetchPaused' : 'libraryFetchProgress', [state!.done, state!.total])}
          </label>
          <progress
            id="fetch-progress"
            data-testid="fetch-progress"
            max={state!.total}
            value={state!.done}
            aria-valuetext={translate('libraryFetchOf', [state!.done, state!.total])}
          />
          {paused ? (
            <button type="button" class="button" onClick={onResume} data-testid="fetch-resume">
              {translate('libraryFetchResume')}
            </button>
          ) : (
            <button type="button" class="button" onClick={onPause} data-testid="fetch-pause">
              {translate('libraryFetchPause')}
            </button>
          )}
          <button type="button" class="button" onClick={onCancel} data-testid="fetch-cancel">
            {translate('libraryFetchCancel')}
          </button>
        </div>
      )}
    </section>
  );
}
