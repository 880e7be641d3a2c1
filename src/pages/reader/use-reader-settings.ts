/** The reader's typography as Preact state, loaded from and saved to `storage.sync`, applied to `<html>`. */
import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_READER_SETTINGS,
  loadReaderSettings,
  onReaderSettingsChanged,
  saveReaderSettings,
  type ReaderSettings,
} from '../../reader-settings';

/** Writes the settings as `data-*` and CSS variables on `<html>`: a change shows at once, without re-rendering the article. */
export function applyReaderSettings(s: ReaderSettings, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = s.theme;
  root.dataset.font = s.font;
  root.style.setProperty('--qr-size', `${s.fontSize}px`);
  root.style.setProperty('--qr-width', `${s.lineWidth}ch`);
  root.style.setProperty('--qr-line', String(s.lineHeight));
}

/** Current settings (defaults until storage answers) and a setter that applies and persists. */
export function useReaderSettings(): [ReaderSettings, (next: ReaderSettings) => void, boolean] {
  const [settings, setSettings] = useState<ReaderSettings>({ ...DEFAULT_READER_SETTINGS });
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let alive = true;
    loadReaderSettings().then((s) => {
      if (!alive) return;
      setSettings(s);
      setLoaded(true);
    });
    const off = onReaderSettingsChanged((s) => setSettings(s));
    return () => {
      alive = false;
      off();
    };
  }, []);
  useEffect(() => applyReaderSettings(settings), [settings]);
  const update = (next: ReaderSettings) => {
    setSettings(next);
    saveReaderSettings(next).catch((err: unknown) => console.warn('Quietread: saving the reader settings failed', err));
  };
  return [settings, update, loaded];
}
