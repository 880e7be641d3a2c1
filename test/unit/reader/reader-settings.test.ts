import { describe, expect, it, vi } from 'vitest';
import { makeFakeBrowser } from './fake-browser';

const fake = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('webextension-polyfill', () => ({ default: new Proxy({}, { get: (_t, k) => (fake.current as any)[k] }) }));

const {
  DEFAULT_READER_SETTINGS,
  loadReaderSettings,
  normalizeReaderSettings,
  onReaderSettingsChanged,
  saveReaderSettings,
  stepReaderSetting,
} = await import('../../../src/reader-settings');

describe('reader settings', () => {
  it('falls back to the defaults for nothing or garbage stored', () => {
    expect(normalizeReaderSettings(undefined)).toEqual(DEFAULT_READER_SETTINGS);
    expect(
      normalizeReaderSettings({ theme: 'neon', font: 42, fontSize: 'big', lineWidth: null, lineHeight: NaN }),
    ).toEqual(DEFAULT_READER_SETTINGS);
  });

  it('keeps valid values and clamps numbers into their bounds', () => {
    const s = normalizeReaderSettings({ theme: 'sepia', font: 'sans', fontSize: 99, lineWidth: 10, lineHeight: 1.8 });
    expect(s).toEqual({ theme: 'sepia', font: 'sans', fontSize: 32, lineWidth: 45, lineHeight: 1.8 });
  });

  it('steps a setting without float noise and stops at its bound', () => {
    let s = { ...DEFAULT_READER_SETTINGS, lineHeight: 1.3 };
    for (let i = 0; i < 3; i++) s = stepReaderSetting(s, 'lineHeight', 1);
    expect(s.lineHeight).toBe(1.6);
    expect(stepReaderSetting({ ...DEFAULT_READER_SETTINGS, fontSize: 32 }, 'fontSize', 1).fontSize).toBe(32);
    expect(stepReaderSetting(DEFAULT_READER_SETTINGS, 'fontSize', -2).fontSize).toBe(
      DEFAULT_READER_SETTINGS.fontSize - 2,
    );
  });

  it('stores settings in storage.sync, reads them back and tells open readers', async () => {
    const b = makeFakeBrowser();
    fake.current = b;
    expect(await loadReaderSettings()).toEqual(DEFAULT_READER_SETTINGS);
    const seen: unknown[] = [];
    const off = onReaderSettingsChanged((s) => seen.push(s));
    const dark = { ...DEFAULT_READER_SETTINGS, theme: 'dark' as const, fontSize: 24 };
    await saveReaderSettings(dark);
    expect(b.sync.readerSettings).toEqual(dark);
    expect(await loadReaderSettings()).toEqual(dark);
    expect(seen).toEqual([dark]);
    off();
    await saveReaderSettings(DEFAULT_READER_SETTINGS);
    expect(seen).toHaveLength(1);
  });
});
