/** Site names that are also Object.prototype's members never count as a site setting. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', async () => ({ default: (await import('./cleanup/fake-browser')).fakeBrowser }));
vi.mock('../../src/native-browser', async () => ({
  nativeBrowser: (await import('./cleanup/fake-browser')).fakeBrowser,
}));
import { cleanupLevel, getCleanupSetting, parseCleanupSettings, setSiteCleanup } from '../../src/cleanup-settings';
import { resetFakeStorage } from './cleanup/fake-browser';

const wp = { isWordPress: true, isBlog: true };
const names = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'];

describe('site names that shadow Object.prototype', () => {
  beforeEach(() => resetFakeStorage());

  it.each(names)('a site named %s has no setting of its own', async (site) => {
    const settings = parseCleanupSettings({ 'cleanup.mode': 'never' });
    expect(cleanupLevel(settings, site, wp)).toBe('off'); // the mode decides, not Object.prototype[site]
    expect(cleanupLevel({ mode: 'never', sites: {} }, site, wp)).toBe('off');
    expect((await getCleanupSetting(site)).override).toBeNull();
  });

  it('a real setting for a site named constructor still counts', async () => {
    await setSiteCleanup('constructor', false);
    expect((await getCleanupSetting('constructor')).override).toBe(false);
    const settings = parseCleanupSettings({ 'cleanup.site:constructor': false });
    expect(cleanupLevel(settings, 'constructor', wp)).toBe('off');
    expect(cleanupLevel(settings, 'toString', wp)).toBe('all');
  });
});
