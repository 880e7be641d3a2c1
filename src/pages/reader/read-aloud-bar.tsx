/** The read-aloud player under the article: previous, play/pause, next, stop, speed and voice, and what it is doing. */
import { translate } from '../../i18n';
import { READ_ALOUD_RATES } from '../../read-aloud-settings';
import type { ReadAloudControls } from './use-read-aloud';

/** Previous / next sentence icons, drawn (the UI font may have no ⏮ ⏭ glyphs). */
function SkipIcon({ back }: { back?: boolean }) {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 14 14"
      aria-hidden="true"
      focusable="false"
      class={back ? 'qr-flip' : undefined}
    >
      <path d="M2 2 L9 7 L2 12 Z M10 2 H12 V12 H10 Z" fill="currentColor" />
    </svg>
  );
}

function statusText(c: ReadAloudControls): string {
  if (!c.voice) return translate(c.voicesKnown ? 'readerAloudNoVoice' : 'readerAloudLookingForVoices');
  if (c.state.error) return translate('readerAloudFailed');
  if (c.state.index < 0) return '';
  const where = translate('readerAloudPosition', [String(c.state.index + 1), String(c.state.total)]);
  return c.state.status === 'paused' ? `${translate('readerAloudPaused')} · ${where}` : where;
}

/** The player bar, shown while read-aloud is on. */
export function ReadAloudBar({ c }: { c: ReadAloudControls }) {
  const playing = c.state.status === 'playing';
  const active = c.state.status !== 'idle';
  const noVoice = !c.voice;
  return (
    <section
      class="qr-player"
      aria-label={translate('readerAloudPlayer')}
      data-testid="read-aloud"
      data-status={noVoice && c.voicesKnown ? 'no-voice' : c.state.status}
    >
      <div class="qr-player-buttons">
        <button
          type="button"
          aria-label={translate('readerAloudPrevious')}
          aria-keyshortcuts="["
          disabled={!active}
          onClick={() => c.step(-1)}
          data-testid="read-aloud-previous"
        >
          <SkipIcon back />
        </button>
        <button
          type="button"
          class="qr-play"
          aria-keyshortcuts="L"
          disabled={noVoice}
          onClick={c.toggle}
          data-testid="read-aloud-toggle"
        >
          {playing
            ? translate('readerAloudPause')
            : active
              ? translate('readerAloudResume')
              : translate('readerAloudPlay')}
        </button>
        <button
          type="button"
          aria-label={translate('readerAloudNext')}
          aria-keyshortcuts="]"
          disabled={!active}
          onClick={() => c.step(1)}
          data-testid="read-aloud-next"
        >
          <SkipIcon />
        </button>
        <button type="button" onClick={c.stop} data-testid="read-aloud-stop">
          {translate('readerAloudStop')}
        </button>
      </div>
      <label class="qr-player-field">
        <span>{translate('readerAloudSpeed')}</span>
        <select
          value={String(c.settings.rate)}
          onChange={(e) => c.change({ ...c.settings, rate: Number((e.target as HTMLSelectElement).value) })}
          data-testid="read-aloud-rate"
        >
          {READ_ALOUD_RATES.map((r) => (
            <option key={r} value={String(r)}>
              {`${r.toLocaleString()}×`}
            </option>
          ))}
        </select>
      </label>
      {c.voices.length > 0 && (
        <label class="qr-player-field">
          <span>{translate('readerAloudVoice')}</span>
          <select
            value={c.voice?.voiceURI ?? ''}
            onChange={(e) => c.change({ ...c.settings, voice: (e.target as HTMLSelectElement).value || null })}
            data-testid="read-aloud-voice"
          >
            {c.voices.map((v) => (
              <option key={v.voiceURI} value={v.voiceURI}>
                {v.name.includes(v.lang) ? v.name : `${v.name} · ${v.lang}`}
              </option>
            ))}
          </select>
        </label>
      )}
      <p class="qr-player-status" role="status" data-testid="read-aloud-status">
        {statusText(c)}
      </p>
    </section>
  );
}
