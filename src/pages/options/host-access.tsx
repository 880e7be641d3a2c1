import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';

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
      setNote(ok ? '' : 'Access was not given. You can ask again at any time.');
    } catch (err) {
      setNote(`The browser refused the request: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  if (granted === null) return <p class="muted">Checking access…</p>;
  return (
    <div data-testid="host-access" data-granted={String(granted)}>
      {granted ? (
        <p>
          <span class="ok" aria-hidden="true">✓</span> Quietread may read the pages you open, so it folds their chrome as they load.
          Nothing is sent anywhere: the pages are read inside your browser.
        </p>
      ) : (
        <>
          <p>
            To fold comments and chrome <strong>as pages load</strong>, Quietread needs your permission to read the websites you
            visit. It reads them inside your browser and sends nothing anywhere.
          </p>
          <p class="muted">Without it, everything still works on demand: open Quietread from the toolbar on a page to clean it up, read it or save it.</p>
          <button type="button" class="primary" data-testid="grant-access" onClick={ask}>Allow access to websites</button>
        </>
      )}
      {note && <p class="muted" role="status">{note}</p>}
    </div>
  );
}
