import { setCleanupMode, type CleanupMode } from '../../cleanup-settings';
import { HostAccess } from './host-access';
import { SiteList } from './site-list';
import { useCleanupSettings } from './use-cleanup-settings';

const MODE_TEXT: Record<CleanupMode, [string, string]> = {
  wordpress: ['Automatically on WordPress pages', 'Comments, the comment form and its log-in prompts, share buttons, likes, related posts and follow boxes fold away on WordPress pages. Elsewhere, only comment sections that a comment system marks as such (Disqus, for example).'],
  blogs: ['On every blog page', 'The same on any page that looks like a blog post or an article, WordPress or not.'],
  never: ['Never', 'Pages stay as they are, except sites you switch on below. Reading mode, summaries and saving still work from the toolbar.'],
};

/** The options page: default cleanup mode, per-site list, access to pages. Every change is saved and applied at once. */
export function OptionsApp() {
  const { settings, status, save } = useCleanupSettings();
  return (
    <main class="options">
      <h1>Quietread options</h1>
      <section aria-labelledby="mode-title">
        <h2 id="mode-title">Clean up pages</h2>
        <p class="muted">Folded blocks stay on the page behind a small labelled button: one click brings each back.</p>
        {settings && (
          <fieldset data-testid="mode" data-mode={settings.mode}>
            <legend class="sr-only">When to clean up</legend>
            {(Object.keys(MODE_TEXT) as CleanupMode[]).map((mode) => (
              <label key={mode} class="choice">
                <input type="radio" name="mode" value={mode} checked={settings.mode === mode} onChange={() => void save(() => setCleanupMode(mode))} />
                <span><strong>{MODE_TEXT[mode][0]}</strong><small>{MODE_TEXT[mode][1]}</small></span>
              </label>
            ))}
          </fieldset>
        )}
      </section>
      <section aria-labelledby="sites-title">
        <h2 id="sites-title">Sites</h2>
        {settings && <SiteList sites={settings.sites} save={save} />}
      </section>
      <section aria-labelledby="access-title">
        <h2 id="access-title">Access to pages</h2>
        <HostAccess />
      </section>
      <p class="status" role="status" aria-live="polite" data-testid="status">{status}</p>
    </main>
  );
}
