import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));
vi.mock('../../../src/native-browser', async () => ({ nativeBrowser: (await import('./fake-browser')).fakeBrowser }));
import {
  cleanupLevel,
  getCleanupSetting,
  getCleanupSettings,
  onCleanupSettingsChanged,
  setCleanupMode,
  setSiteCleanup,
  siteOf,
} from '../../../src/cleanup-settings';
import { resetFakeStorage } from './fake-browser';

const wp = { isWordPress: true, isBlog: true };
const blog = { isWordPress: false, isBlog: true };
const news = { isWordPress: false, isBlog: false };

describe('cleanup settings', () => {
  beforeEach(() => resetFakeStorage());

  it('names a site by its host without www.', () => {
    expect(siteOf('https://www.Example.com/2024/05/post/#comments')).toBe('example.com');
    expect(siteOf('reelthoughtsblog.wordpress.com')).toBe('reelthoughtsblog.wordpress.com');
  });

  it('defaults to automatic on WordPress pages, confident elsewhere', async () => {
    const s = await getCleanupSettings();
    expect(s).toEqual({ mode: 'wordpress', sites: {} });
    expect(cleanupLevel(s, 'a.com', wp)).toBe('all');
    expect(cleanupLevel(s, 'a.com', blog)).toBe('confident');
  });

  it('cleans every blog page in mode blogs and nothing in mode never', () => {
    expect(cleanupLevel({ mode: 'blogs', sites: {} }, 'a.com', blog)).toBe('all');
    expect(cleanupLevel({ mode: 'blogs', sites: {} }, 'a.com', news)).toBe('confident');
    expect(cleanupLevel({ mode: 'never', sites: {} }, 'a.com', wp)).toBe('off');
  });

  it('lets a site override win over the mode, both ways', async () => {
    await setCleanupMode('never');
    await setSiteCleanup('https://www.a.com/x', true);
    await setSiteCleanup('b.com', false);
    const s = await getCleanupSettings();
    expect(cleanupLevel(s, 'a.com', news)).toBe('all');
    expect(cleanupLevel({ ...s, mode: 'wordpress' }, 'b.com', wp)).toBe('off');
    expect(await getCleanupSetting('https://a.com/y')).toEqual({ site: 'a.com', mode: 'never', override: true });
    await setSiteCleanup('a.com', null);
    expect((await getCleanupSetting('a.com')).override).toBeNull();
  });

  it('tells listeners about changes and ignores malformed values', async () => {
    const seen: string[] = [];
    onCleanupSettingsChanged((s) => seen.push(s.mode));
    await setCleanupMode('blogs');
    await vi.waitFor(() => expect(seen).toEqual(['blogs']));
    const { fakeBrowser } = await import('./fake-browser');
    await fakeBrowser.storage.sync.set({ 'cleanup.mode': 'sometimes', 'cleanup.site:x.com': 'yes' });
    expect(await getCleanupSettings()).toEqual({ mode: 'wordpress', sites: {} });
  });

  it('answers quota-exceeded when storage is full', async () => {
    resetFakeStorage(10);
    expect(await setSiteCleanup('a-very-long-host-name.example', true)).toMatchObject({
      ok: false,
      error: 'quota-exceeded',
    });
  });
});
