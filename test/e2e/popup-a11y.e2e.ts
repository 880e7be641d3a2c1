import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { browsersUnderTest, type BrowserName } from './browsers';
import { useExtension } from './env';
import { REVIEW, openFixture, openPopup, settledPhase } from './popup-helpers';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BACKGROUND = { light: 'rgb(251, 250, 247)', dark: 'rgb(27, 28, 30)' } as const;
type Theme = keyof typeof BACKGROUND;

// Firefox's WebDriver BiDi cannot emulate prefers-color-scheme: its dark run starts Firefox in a dark system theme.
const DARK_FIREFOX = { 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 };

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns its serious and critical violations. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n: any) => ({ target: n.target })),
    }));
  })) as Violation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function themed(page: Page, name: BrowserName, theme: Theme): Promise<void> {
  if (name === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(BACKGROUND[theme]);
}

const runs = browsersUnderTest().flatMap((name) => (['light', 'dark'] as const).map((theme) => [name, theme] as const));

describe.each(runs)('popup accessibility in %s, %s theme', (name, theme) => {
  const env = useExtension(name, name === 'firefox' && theme === 'dark' ? { firefoxPrefs: DARK_FIREFOX } : {});

  it('has no serious or critical axe violations on the summary', async () => {
    const { tabId } = await openFixture(env, REVIEW);
    const popup = await openPopup(env, tabId);
    expect(await settledPhase(popup)).toBe('ready');
    await themed(popup, name, theme);
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it('has no serious or critical axe violations on the error state', async () => {
    const popup = await openPopup(env, 987_655);
    expect(await settledPhase(popup)).toBe('error');
    await themed(popup, name, theme);
    expect(await seriousViolations(popup)).toEqual([]);
  });
});
