import { useState } from 'preact/hooks';
import { setSiteCleanup, siteOf, type SaveResult } from '../../cleanup-settings';

/** The per-site list: sites switched on or off (from the popup's "Clean up this site", or added here). */
export function SiteList({ sites, save }: { sites: Record<string, boolean>; save: (write: () => Promise<SaveResult>) => Promise<void> }) {
  const [draft, setDraft] = useState('');
  const entries = Object.entries(sites).sort(([a], [b]) => a.localeCompare(b));
  const add = (e: Event) => {
    e.preventDefault();
    const site = siteOf(draft);
    if (!site) return;
    void save(() => setSiteCleanup(site, true)).then(() => setDraft(''));
  };
  return (
    <>
      {entries.length === 0 ? (
        <p class="muted" data-testid="no-sites">No site has its own setting yet. Use “Clean up this site” in the popup, or add one below.</p>
      ) : (
        <ul class="sites" data-testid="site-list">
          {entries.map(([site, on]) => (
            <li key={site} data-site={site}>
              <span class="host">{site}</span>
              <label class="switch">
                <input type="checkbox" aria-label={`Clean up ${site}`} checked={on} onChange={(e) => void save(() => setSiteCleanup(site, (e.target as HTMLInputElement).checked))} />
                <span>{on ? 'Clean up' : 'Leave as is'}</span>
              </label>
              <button type="button" class="link" aria-label={`Remove ${site} (back to the default)`} onClick={() => void save(() => setSiteCleanup(site, null))}>Remove</button>
            </li>
          ))}
        </ul>
      )}
      <form class="add" onSubmit={add}>
        <label for="new-site">Clean up this site too</label>
        <input id="new-site" data-testid="new-site" type="text" inputMode="url" placeholder="example.com" value={draft} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
        <button type="submit">Add</button>
      </form>
    </>
  );
}
