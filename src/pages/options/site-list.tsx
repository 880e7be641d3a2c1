import { useState } from 'preact/hooks';
import { translate } from '../../i18n';
import { setSiteCleanup, siteOf, type SaveResult } from '../../cleanup-settings';

/** The per-site list: sites switched on or off (from the popup's "Clean up this site", or added here). */
export function SiteList({
  sites,
  save,
}: {
  sites: Record<string, boolean>;
  save: (write: () => Promise<SaveResult>) => Promise<void>;
}) {
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
        <p class="muted" data-testid="no-sites">
          {translate('optionsNoSites')}
        </p>
      ) : (
        <ul class="sites" data-testid="site-list">
          {entries.map(([site, on]) => (
            <li key={site} data-site={site}>
              <span class="host">{site}</span>
              <label class="switch">
                <input
                  type="checkbox"
                  aria-label={translate('optionsSiteToggle', [site])}
                  checked={on}
                  onChange={(e) => void save(() => setSiteCleanup(site, (e.target as HTMLInputElement).checked))}
                />
                <span>{translate(on ? 'optionsSiteOn' : 'optionsSiteOff')}</span>
              </label>
              <button
                type="button"
                class="link"
                aria-label={translate('optionsSiteRemove', [site])}
                onClick={() => void save(() => setSiteCleanup(site, null))}
              >
                {translate('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add" onSubmit={add}>
        <label for="new-site">{translate('optionsAddSite')}</label>
        <input
          id="new-site"
          data-testid="new-site"
          type="text"
          inputMode="url"
          placeholder="example.com"
          value={draft}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        />
        <button type="submit">{translate('optionsAdd')}</button>
      </form>
    </>
  );
}
