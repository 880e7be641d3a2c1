/**
 * Read-aloud preferences (speed and voice), kept in `storage.sync` beside the reader's typography.
 * The voice is stored by its `voiceURI`; a voice missing on this device (another machine, an
 * uninstalled voice) falls back to the best local voice for the article's language.
 */
import { loadSyncSetting, saveSyncSetting } from './sync-setting';

export interface ReadAloudSettings {
  /** Speech rate, 1 = the voice's normal speed. */
  rate: number;
  /** `voiceURI` of the chosen local voice; null = the best one for the article's language. */
  voice: string | null;
}

export const READ_ALOUD_SETTINGS_KEY = 'readAloudSettings';

export const DEFAULT_READ_ALOUD_SETTINGS: Readonly<ReadAloudSettings> = { rate: 1, voice: null };

/** The speeds the control offers (and the only ones stored). */
export const READ_ALOUD_RATES: readonly number[] = [0.75, 1, 1.25, 1.5, 1.75, 2];

/** Turns whatever is stored into valid settings: the nearest offered rate, a voice name or null. */
export function normalizeReadAloudSettings(raw: unknown): ReadAloudSettings {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const n = typeof r.rate === 'number' && Number.isFinite(r.rate) ? r.rate : DEFAULT_READ_ALOUD_SETTINGS.rate;
  const rate = READ_ALOUD_RATES.reduce((best, x) => (Math.abs(x - n) < Math.abs(best - n) ? x : best));
  const voice = typeof r.voice === 'string' && r.voice.length > 0 && r.voice.length < 500 ? r.voice : null;
  return { rate, voice };
}

/** Reads the settings (defaults when nothing or something invalid is stored). */
export function loadReadAloudSettings(): Promise<ReadAloudSettings> {
  return loadSyncSetting(READ_ALOUD_SETTINGS_KEY, normalizeReadAloudSettings, 'read-aloud settings');
}

/** Stores the settings. */
export function saveReadAloudSettings(settings: ReadAloudSettings): Promise<void> {
  return saveSyncSetting(READ_ALOUD_SETTINGS_KEY, normalizeReadAloudSettings, settings);
}
