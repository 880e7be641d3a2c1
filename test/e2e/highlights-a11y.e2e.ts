/**
 * Axe on the highlights UI, light and dark: the reader with two highlights (one with a note), the
 * toolbar over a focused highlight and the side list open; then the library's Highlights view.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { browsersUnderTest, poll } from './browsers';
import { useExtension } from './env';
import { clickIn, marksAre, selectWords } from './highlight-helpers';
import { controlPage, openReaderOn, pollFrame } from './reader-helpers';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DARK_FIREFOX = { 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 };

/** Runs axe-core in a frame; returns its serious and critical violations. */
async function seriousViolations(frame: Frame): Promise<{ id: string; impact: string | null; targets: string[] }[]> {
  await frame.evaluate(AXE_SOURCE);
  const violations = (await frame.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n: any) => n.target.join(' ')),
    }));
  })) as { id: string; impact: string | null; targets: string[] }[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const runs = browsersUnderTest().flatMap((name) => (['light', 'dark'] as const).map((theme) => [name, theme] as const));

describe.each(runs)('highlights accessibility in %s, %s theme', (name, theme) => {
  const env = useExtension(name, name === 'firefox' && theme === 'dark' ? { firefoxPrefs: DARK_FIREFOX } : {});

  it('has no serious or critical axe violations in the reader with highlights, nor in the Highlights view', async () => {
    const ctl = await controlPage(env.driver);
    await ctl.evaluate(
      (t: string) =>
        ((globalThis as any).browser ?? (globalThis as any).chrome).storage.sync.set({ readerSettings: { theme: t } }),
      theme,
    );
    const { page, frame } = await openReaderOn(env.driver, env.server.url('/demo/her-review.html'));
    expect(await pollFrame(frame, (t: string) => document.documentElement.dataset.theme === t, theme)).toBe(true);
    for (const [i, [words, color]] of [
      ['a lonely writer going through a difficult divorce', 'yellow'],
      ['It’s about love in general', 'blue'],
    ].entries()) {
      await selectWords(frame, words!);
      await clickIn(frame, `[data-testid="highlight-${color}"]`);
      await marksAre(frame, i + 1);
    }
    const [first] = await marksAre(frame, 2);
    await frame.evaluate((id: string) => document.getElementById(`qr-hl-${id}`)!.focus(), first!.id);
    await page.keyboard.press('Enter');
    await pollFrame(frame, () => document.activeElement?.getAttribute('data-testid') === 'note-text');
    await page.keyboard.type('A note.');
    expect(await seriousViolations(frame)).toEqual([]); // the note editor open
    await clickIn(frame, '[data-testid="note-save"]');
    await pollFrame(frame, () => !document.querySelector('[data-testid="note-editor"]'));
    await frame.evaluate((id: string) => document.getElementById(`qr-hl-${id}`)!.focus(), first!.id);
    await pollFrame(frame, () => document.querySelector('[data-testid="highlight-remove"]') !== null);
    await clickIn(frame, '[data-testid="highlights-button"]');
    await pollFrame(frame, () => document.querySelector('[data-testid="highlights-entry"]') !== null);
    expect(await seriousViolations(frame)).toEqual([]);

    const lib: Page = await env.driver.openExtensionPage('library.html');
    if (name === 'chromium') await lib.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
    expect(await lib.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(theme === 'dark');
    await poll(lib, () => document.querySelector('[data-testid="item-highlights"]') !== null);
    await lib.evaluate(() => document.querySelector<HTMLElement>('[data-testid="view-highlights"]')!.click());
    await poll(lib, () => document.querySelectorAll('[data-testid="library-highlight"]').length === 2);
    expect(await seriousViolations(lib.mainFrame())).toEqual([]);
  });
});
