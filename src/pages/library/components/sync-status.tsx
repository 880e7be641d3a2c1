/** The library's sync line: last sync time and state, or the last error in plain words. */
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { syncErrorText } from '../../../error-text';
import { translate, uiLanguage } from '../../../i18n';
import { SYNC_CONFIG_KEY, SYNC_STATUS_KEY, type SyncStatus } from '../../../sync/types';

export function SyncStatusLine() {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [configured, setConfigured] = useState(false);
  useEffect(() => {
    const read = () =>
      void browser.storage.local.get([SYNC_STATUS_KEY, SYNC_CONFIG_KEY]).then(
        (got) => {
          setStatus((got[SYNC_STATUS_KEY] as SyncStatus | undefined) ?? null);
          setConfigured(Boolean((got[SYNC_CONFIG_KEY] as { serverUrl?: string } | undefined)?.serverUrl));
        },
        () => {},
      );
    read();
    const onChange = (_c: unknown, area: string) => area === 'local' && read();
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  if (!configured) return null;
  const when = status
    ? new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(status.at))
    : '';
  const text = !status
    ? translate('librarySyncNever')
    : status.state === 'syncing'
      ? translate('librarySyncRunning')
      : status.state === 'ok'
        ? translate('librarySyncLast', [when])
        : translate('librarySyncFailed', [when, syncErrorText(status)]);
  return (
    <p
      class={`sync-status${status?.state === 'error' ? ' error' : ''}`}
      role="status"
      data-testid="sync-status"
      data-state={status?.state ?? 'never'}
      data-at={status?.at ?? ''}
    >
      {text}{' '}
      <button
        type="button"
        class="link-button"
        data-testid="library-sync-now"
        disabled={status?.state === 'syncing'}
        onClick={() => void browser.runtime.sendMessage({ type: 'page-to-background:sync-now' }).catch(() => {})}
      >
        {translate('optionsSyncNow')}
      </button>
    </p>
  );
}
