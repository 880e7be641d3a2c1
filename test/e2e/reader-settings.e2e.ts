import { describe, expect, it } from 'vitest';
import { browsersUnderTest } from './browsers';
import { useExtension } from './env';
import {
  controlPage,
  pollFrame,
  readerFrame,
  toggleViaBackground,
  waitForReaderOpen,
  clickInFrame,
} from './reader-helpers';

describe.each(browsersUnderTest())('reader settings in %s', (name) => {
  const env = useExtension(name);

  async function openReader() {
    const ctl = await controlPage(env.driver);
    const page = await env.driver.newPage();
    await page.goto(env.server.url('/fixtures/reader/long-article.html'));
    await page.waitForSelector('html[data-quietread]');
    await toggleViaBackground(env.driver, ctl, page);
    await waitForReaderOpen(page);
    return { ctl, page, frame: await readerFrame(env.driver, page) };
  }

  const applied = () => ({
    theme: document.documentElement.dataset.theme,
    size: document.documentElement.style.getPropertyValue('--qr-size'),
    bodySize: getComputedStyle(document.querySelector('.qr-main')!).fontSize,
  });

  it('applies the dark theme and a larger size at once, and keeps them across a browser restart', async () => {
    const { page, frame } = await openReader();
    await pollFrame(frame, () => document.querySelector('[data-testid="reader-body"] p') !== null);
    await clickInFrame(frame, '[data-testid="reader-settings-button"]');
    await clickInFrame(frame, '[data-testid="reader-settings"] button[data-value="dark"]');
    expect(await pollFrame(frame, () => document.documentElement.dataset.theme === 'dark')).toBe(true);
    // One key press at a time, each seen applied before the next (a loaded machine must not lose one).
    for (const want of ['21px', '22px']) {
      await page.keyboard.press('+');
      expect(
        await pollFrame(
          frame,
          (size: string) => document.documentElement.style.getPropertyValue('--qr-size') === size,
          want,
        ),
      ).toBe(true);
    }
    expect(await frame.evaluate(applied)).toEqual({ theme: 'dark', size: '22px', bodySize: '22px' });
    // Stored in storage.sync, as the panel shows it.
    const stored = await pollFrame(frame, async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const s = (await api.storage.sync.get('readerSettings')).readerSettings;
      return s?.fontSize === 22 ? s : null;
    });
    expect(stored).toMatchObject({ theme: 'dark', fontSize: 22 });

    await env.restart();
    const again = await openReader();
    const after = await pollFrame(again.frame, () =>
      document.querySelector('[data-testid="reader-body"] p') ? true : null,
    );
    expect(after).toBe(true);
    expect(await again.frame.evaluate(applied)).toEqual({ theme: 'dark', size: '22px', bodySize: '22px' });
  });
});
