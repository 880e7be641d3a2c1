/**
 * One setting kept in `storage.sync` under one key, always read and written through its
 * normaliser: whatever another device or an old version stored comes out valid.
 */
import browser from 'webextension-polyfill';

/** Reads the setting; its normalised defaults when nothing is stored or the read fails (`what` names it in the warning). */
export async function loadSyncSetting<T>(key: string, normalize: (raw: unknown) => T, what: string): Promise<T> {
  try {
    const got = await browser.storage.sync.get(key);
    return normalize(got[key]);
  } catch (err) {
    console.warn(`Quietread: reading the ${what} failed`, err);
    return normalize(undefined);
  }
}

/** Stores the setting, normalised. */
export async function saveSyncSetting<T>(key: string, normalize: (raw: unknown) => T, value: T): Promise<void> {
  await browser.storage.sync.set({ [key]: normalize(value) });
}
