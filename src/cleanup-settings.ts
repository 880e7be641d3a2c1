/**
 * Typed cleanup settings in `storage.sync`: the default mode and per-site overrides.
 * Shared by the content script (applies them), the popup ("Clean up this site") and the options page.
 * Each site is its own key (`cleanup.site:<host>` → boolean) so no single item nears sync's 8 KB
 * per-item quota however many sites the user lists.
 */
import { nativeBrowser as browser } from './native-browser';

/** Automatic on WordPress pages (default) / on every blog page / never. */
export type CleanupMode = 'wordpress' | 'blogs' | 'never';

export interface CleanupSettings {
  mode: CleanupMode;
  /** Host → cleanup on (true) or off (false) for that site. */
  sites: Record<string, boolean>;
}

/** What the content script does on a page: nothing, only the unmistakable blocks, or every block. */
export type CleanupLevel = 'off' | 'confident' | 'all';

export const MODES: readonly CleanupMode[] = ['wordpress', 'blogs', 'never'];
export const DEFAULT_MODE: CleanupMode = 'wordpress';
const MODE_KEY = 'cleanup.mode';
const SITE_PREFIX = 'cleanup.site:';

/** The site a URL (or bare host) belongs to: its lower-case host without `www.`. */
export function siteOf(urlOrHost: string): string {
  let host = urlOrHost.trim().toLowerCase();
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) host = new URL(host).hostname;
  } catch {
    // not a URL: taken as a host
  }
  return host.replace(/^www\./, '').replace(/\.$/, '');
}

/** True when a storage key belongs to the cleanup settings (for `storage.onChanged`). */
export function isCleanupKey(key: string): boolean {
  return key === MODE_KEY || key.startsWith(SITE_PREFIX);
}

/** Reads settings out of a raw storage object, ignoring anything malformed. */
export function parseCleanupSettings(raw: Record<string, unknown>): CleanupSettings {
  const mode = MODES.includes(raw[MODE_KEY] as CleanupMode) ? (raw[MODE_KEY] as CleanupMode) : DEFAULT_MODE;
  // No prototype: a site named `constructor` or `toString` must not find Object.prototype's members.
  const sites: Record<string, boolean> = Object.create(null) as Record<string, boolean>;
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith(SITE_PREFIX) && typeof value === 'boolean') sites[key.slice(SITE_PREFIX.length)] = value;
  }
  return { mode, sites };
}

/**
 * Decides what cleanup does on a page. A site's override wins; else the mode: `wordpress` folds
 * everything on WordPress pages and only unmistakable comment chrome elsewhere, `blogs` folds
 * everything on any blog or article page.
 */
export function cleanupLevel(
  settings: CleanupSettings,
  site: string,
  page: { isWordPress: boolean; isBlog: boolean },
): CleanupLevel {
  const override = siteOverride(settings, site);
  if (override !== undefined) return override ? 'all' : 'off';
  if (settings.mode === 'never') return 'off';
  if (page.isWordPress || (settings.mode === 'blogs' && page.isBlog)) return 'all';
  return 'confident';
}

/** The site's own override, or undefined: only a key the map holds itself counts (not `constructor`, `toString`). */
export function siteOverride(settings: CleanupSettings, site: string): boolean | undefined {
  return Object.hasOwn(settings.sites, site) && typeof settings.sites[site] === 'boolean'
    ? settings.sites[site]
    : undefined;
}

/** All cleanup settings. */
export async function getCleanupSettings(): Promise<CleanupSettings> {
  return parseCleanupSettings((await browser.storage.sync.get(null)) as Record<string, unknown>);
}

/** The setting for one site (URL or host): the default mode and the site's override (null: none). */
export async function getCleanupSetting(
  urlOrHost: string,
): Promise<{ site: string; mode: CleanupMode; override: boolean | null }> {
  const site = siteOf(urlOrHost);
  const settings = await getCleanupSettings();
  return { site, mode: settings.mode, override: siteOverride(settings, site) ?? null };
}

export type SaveResult = { ok: true } | { ok: false; error: 'quota-exceeded' | 'failed'; message: string };

async function save(write: () => Promise<void>): Promise<SaveResult> {
  try {
    await write();
    return { ok: true };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: /quota/i.test(message) ? 'quota-exceeded' : 'failed', message };
  }
}

/** Turns cleanup on or off for a site (URL or host); `null` removes the override. */
export function setSiteCleanup(urlOrHost: string, enabled: boolean | null): Promise<SaveResult> {
  const key = SITE_PREFIX + siteOf(urlOrHost);
  return save(() =>
    enabled === null ? browser.storage.sync.remove(key) : browser.storage.sync.set({ [key]: enabled }),
  );
}

/** Sets the default mode. */
export function setCleanupMode(mode: CleanupMode): Promise<SaveResult> {
  return save(() => browser.storage.sync.set({ [MODE_KEY]: mode }));
}

/** Calls `listener` with the new settings whenever they change (in any tab or page); returns an unsubscribe. */
export function onCleanupSettingsChanged(listener: (settings: CleanupSettings) => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !Object.keys(changes).some(isCleanupKey)) return;
    void getCleanupSettings().then(listener, (err) => console.warn('Quietread: reading settings failed', err));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
