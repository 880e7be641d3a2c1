/**
 * WebDAV sync settings: server, user, password or app token, folder, optional passphrase. Kept in
 * storage.local only (a password must never ride along in storage.sync). "Test connection" and
 * "Sync now" first ask for access to the server's origin, from the click itself (a user gesture
 * is what permissions.request needs).
 */
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { syncErrorText } from '../../error-text';
import { translate } from '../../i18n';
import { checkConnection } from '../../sync/check-connection';
import { SYNC_CONFIG_KEY, type SyncConfig, type SyncStatus } from '../../sync/types';

const EMPTY: SyncConfig = { serverUrl: '', user: '', password: '', folder: 'quietread', passphrase: '' };

function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? `${u.origin}/*` : null;
  } catch {
    return null;
  }
}

const FIELDS: { key: keyof SyncConfig; label: string; type: string; hint?: string; auto: string }[] = [
  { key: 'serverUrl', label: 'optionsSyncServer', type: 'url', hint: 'optionsSyncServerHint', auto: 'url' },
  { key: 'user', label: 'optionsSyncUser', type: 'text', auto: 'username' },
  { key: 'password', label: 'optionsSyncPassword', type: 'password', auto: 'current-password' },
  { key: 'folder', label: 'optionsSyncFolder', type: 'text', auto: 'off' },
  {
    key: 'passphrase',
    label: 'optionsSyncPassphrase',
    type: 'password',
    hint: 'optionsSyncPassphraseHint',
    auto: 'new-password',
  },
];

export function SyncSettings() {
  const [config, setConfig] = useState<SyncConfig>(EMPTY);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void browser.storage.local
      .get(SYNC_CONFIG_KEY)
      .then((got) => got[SYNC_CONFIG_KEY] && setConfig({ ...EMPTY, ...(got[SYNC_CONFIG_KEY] as SyncConfig) }));
  }, []);

  /** Asks for the server's origin (in the click's gesture), then saves the settings. */
  async function prepare(): Promise<boolean> {
    const pattern = originPattern(config.serverUrl.trim());
    if (!pattern) {
      setNote(translate('optionsSyncBadUrl'));
      return false;
    }
    const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    if (!granted) {
      setNote(translate('optionsSyncNoAccess'));
      return false;
    }
    await browser.storage.local.set({ [SYNC_CONFIG_KEY]: { ...config, serverUrl: config.serverUrl.trim() } });
    return true;
  }

  async function test() {
    if (busy || !(await prepare())) return;
    setBusy(true);
    setNote(translate('optionsSyncTesting'));
    const r = await checkConnection(config);
    setNote(r.ok ? translate('optionsSyncConnected', [r.items]) : syncErrorText(r));
    setBusy(false);
  }

  async function syncNow() {
    if (busy || !(await prepare())) return;
    setBusy(true);
    setNote(translate('librarySyncRunning'));
    const status = (await browser.runtime
      .sendMessage({ type: 'page-to-background:sync-now' })
      .catch(() => null)) as SyncStatus | null;
    setNote(
      status?.state === 'ok' && status.report
        ? translate('optionsSyncDone', [status.report.uploaded, status.report.downloaded])
        : syncErrorText(status ?? {}),
    );
    setBusy(false);
  }

  return (
    <form
      class="sync-form"
      data-testid="sync-settings"
      onSubmit={(e) => {
        e.preventDefault();
        void syncNow();
      }}
    >
      <p class="muted">{translate('optionsSyncIntro')}</p>
      {FIELDS.map((f) => (
        <label key={f.key} class="field">
          <span>{translate(f.label)}</span>
          <input
            type={f.type}
            name={f.key}
            autocomplete={f.auto}
            data-testid={`sync-${f.key}`}
            value={config[f.key]}
            onInput={(e) => setConfig({ ...config, [f.key]: (e.currentTarget as HTMLInputElement).value })}
            aria-describedby={f.hint ? `hint-${f.key}` : undefined}
          />
          {f.hint && <small id={`hint-${f.key}`}>{translate(f.hint)}</small>}
        </label>
      ))}
      <div class="actions">
        <button type="button" onClick={() => void test()} disabled={busy} data-testid="sync-test">
          {translate('optionsSyncTest')}
        </button>
        <button type="submit" disabled={busy} data-testid="sync-now">
          {translate('optionsSyncNow')}
        </button>
      </div>
      <p role="status" aria-live="polite" data-testid="sync-note">
        {note}
      </p>
    </form>
  );
}
