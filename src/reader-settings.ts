/**
 * Typography of the reader, kept in `storage.sync` so it follows the user to other browsers and
 * survives restarts. Shared by the reading-mode overlay and the library's saved-item view.
 */
import browser from 'webextension-polyfill';
import { loadSyncSetting, saveSyncSetting } from './sync-setting';

export type ReaderTheme = 'system' | 'light' | 'sepia' | 'dark';
export type ReaderFont = 'serif' | 'sans';

export interface ReaderSettings {
  theme: ReaderTheme;
  font: ReaderFont;
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Line width in characters (`ch`). */
  lineWidth: number;
  /** Unitless line height. */
  lineHeight: number;
}

export const READER_SETTINGS_KEY = 'readerSettings';

export const DEFAULT_READER_SETTINGS: Readonly<ReaderSettings> = {
  theme: 'system',
  font: 'serif',
  fontSize: 20,
  lineWidth: 65,
  lineHeight: 1.6,
};

/** Bounds and steps of the numeric settings (the controls and keyboard shortcuts use them). */
export const READER_LIMITS = {
  fontSize: { min: 14, max: 32, step: 1 },
  lineWidth: { min: 45, max: 90, step: 5 },
  lineHeight: { min: 1.3, max: 2.0, step: 0.1 },
} as const;

const THEMES: readonly ReaderTheme[] = ['system', 'light', 'sepia', 'dark'];
const FONTS: readonly ReaderFont[] = ['serif', 'sans'];

function clampStep(value: unknown, key: keyof typeof READER_LIMITS): number {
  const { min, max, step } = READER_LIMITS[key];
  const n = typeof value === 'number' && Number.isFinite(value) ? value : DEFAULT_READER_SETTINGS[key];
  const snapped = Math.round((n - min) / step) * step + min;
  // Rounds away float noise (1.3 + 3 × 0.1 = 1.6000000000000003).
  return Math.round(Math.min(max, Math.max(min, snapped)) * 100) / 100;
}

/** Turns whatever is stored (old versions, other devices, hand edits) into valid settings. */
export function normalizeReaderSettings(raw: unknown): ReaderSettings {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    theme: THEMES.includes(r.theme as ReaderTheme) ? (r.theme as ReaderTheme) : DEFAULT_READER_SETTINGS.theme,
    font: FONTS.includes(r.font as ReaderFont) ? (r.font as ReaderFont) : DEFAULT_READER_SETTINGS.font,
    fontSize: clampStep(r.fontSize, 'fontSize'),
    lineWidth: clampStep(r.lineWidth, 'lineWidth'),
    lineHeight: clampStep(r.lineHeight, 'lineHeight'),
  };
}

/** Moves a numeric setting by `steps` steps, within its bounds. */
export function stepReaderSetting(
  settings: ReaderSettings,
  key: keyof typeof READER_LIMITS,
  steps: number,
): ReaderSettings {
  return normalizeReaderSettings({ ...settings, [key]: settings[key] + steps * READER_LIMITS[key].step });
}

/** Reads the settings (defaults when nothing or something invalid is stored). */
export function loadReaderSettings(): Promise<ReaderSettings> {
  return loadSyncSetting(READER_SETTINGS_KEY, normalizeReaderSettings, 'reader settings');
}

/** Stores the settings; the change reaches every open reader through `onReaderSettingsChanged`. */
export function saveReaderSettings(settings: ReaderSettings): Promise<void> {
  return saveSyncSetting(READER_SETTINGS_KEY, normalizeReaderSettings, settings);
}

/** Calls `listener` when the settings change (in this reader or another one); returns an unsubscribe. */
export function onReaderSettingsChanged(listener: (settings: ReaderSettings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && changes[READER_SETTINGS_KEY])
      listener(normalizeReaderSettings(changes[READER_SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
