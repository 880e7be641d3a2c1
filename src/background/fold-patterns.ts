/** Which pages the settings alone fold on, as the match patterns of a registered content script. */
import type { CleanupSettings } from '../cleanup-settings';

/** Match patterns of the pages the settings alone fold on (a host that is not a plain name is left out: it cannot be a pattern). */
export function foldPatterns(settings: CleanupSettings): string[] {
  if (settings.mode === 'blogs') return ['http://*/*', 'https://*/*'];
  return (
    Object.entries(settings.sites)
      .filter(([site, on]) => on && /^[a-z0-9.-]+$/.test(site))
      // An IPv4 address has no www. form (Chrome rejects `*://www.127.0.0.1/*` as an invalid host).
      .flatMap(([site]) => (/^\d+(\.\d+){3}$/.test(site) ? [`*://${site}/*`] : [`*://${site}/*`, `*://www.${site}/*`]))
  );
}
