import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { splitAround, translate } from '../../i18n';

const ALL_SITES = { origins: ['http://*/*', 'https://*/*'] };

/**
 * Access to pages: cleanup runs as pages load only where the browser lets the content script in.
 * Firefox asks the user for host access in Manifest V3 (opt-in), so this section says why and asks.
 */
export function HostAccess() {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    const check = () => void browser.permissions.contains(ALL_SITES).then(setGranted, () => setGranted(false));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  const ask = async () => {
    try {
      const ok = await browser.permissions.request(ALL_SITES); // must run in the click's user gesture
      setGranted(ok);
      setNote(ok ? '' : translate('optionsAccessRefused'));
    } catch (err) {
      setNote(translate('optionsAccessError', [err instanceof Error ? err.message : String(err)]));
    }
  };
  if (granted === null) return <p class="muted">{translate('optionsAccessChecking')}</p>;
  const [before, after] = splitAround('optionsAccessNeeded');
  return (
    <div data-testid="host-access" data-granted={String(granted)}>
      {granted ? (
        <p>
          <span class="ok" aria-hidden="true">
            ✓
          </span>{' '}
          {translate('optionsAccessGranted')}
        </p>
      ) : (
        <>
          <p>
            {before}
            <strong>{translate('optionsAccessNeededWhen')}</strong>
            {after}
          </p>
          <p class="muted">{translate('optionsAccessWithout')}</p>
          <button type="button" class="primary" data-testid="grant-access" onClick={ask}>
            {translate('optionsAccessGrant')}
          </button>
        </>
      )}
      {note && (
        <p class="muted" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
