import { setCleanupMode, type CleanupMode } from '../../cleanup-settings';
import { translate } from '../../i18n';
import { HostAccess } from './host-access';
import { SiteList } from './site-list';
import { SyncSettings } from './sync-settings';
import { useCleanupSettings } from './use-cleanup-settings';

/** Each mode's message keys: its name and what it does. */
const MODE_TEXT: Record<CleanupMode, [string, string]> = {
  wordpress: ['optionsModeWordpress', 'optionsModeWordpressHint'],
  blogs: ['optionsModeBlogs', 'optionsModeBlogsHint'],
  never: ['optionsModeNever', 'optionsModeNeverHint'],
};

/** The options page: default cleanup mode, per-site list, access to pages. Every change is saved and applied at once. */
export function OptionsApp() {
  const { settings, status, save } = useCleanupSettings();
  return (
    <main class="options">
      <h1>{translate('optionsTitle')}</h1>
      <section aria-labelledby="mode-title">
        <h2 id="mode-title">{translate('optionsCleanupHeading')}</h2>
        <p class="muted">{translate('optionsCleanupIntro')}</p>
        {settings && (
          <fieldset data-testid="mode" data-mode={settings.mode}>
            <legend class="sr-only">{translate('optionsWhen')}</legend>
            {(Object.keys(MODE_TEXT) as CleanupMode[]).map((mode) => (
              <label key={mode} class="choice">
                <input
                  type="radio"
                  name="mode"
                  value={mode}
                  checked={settings.mode === mode}
                  onChange={() => void save(() => setCleanupMode(mode))}
                />
                <span>
                  <strong>{translate(MODE_TEXT[mode][0])}</strong>
                  <small>{translate(MODE_TEXT[mode][1])}</small>
                </span>
              </label>
            ))}
          </fieldset>
        )}
      </section>
      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{translate('optionsSitesHeading')}</h2>
        {settings && <SiteList sites={settings.sites} save={save} />}
      </section>
      <section aria-labelledby="access-title">
        <h2 id="access-title">{translate('optionsAccessHeading')}</h2>
        <HostAccess />
      </section>
      <section aria-labelledby="sync-title">
        <h2 id="sync-title">{translate('optionsSyncHeading')}</h2>
        <SyncSettings />
      </section>
      <p class="status" role="status" aria-live="polite" data-testid="status">
        {status}
      </p>
    </main>
  );
}
