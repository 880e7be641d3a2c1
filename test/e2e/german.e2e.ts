/**
 * The extension in German: each surface's text is checked against the English catalogue (no English
 * message may show) and shows German ones. Chromium takes `--lang=de` (and LANGUAGE); Firefox takes
 * `intl.locale.requested`. Each browser shows German only with its language pack installed
 * (Debian: chromium-l10n, firefox-esr-l10n-de); without it the tests skip, naming the package.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { browsersUnderTest } from './browsers';
import { useExtension } from './env';
import { REVIEW, openFixture, openPopup, settledPhase } from './popup-helpers';
import { controlPage, pollFrame, readerFrame, toggleViaBackground, waitForReaderOpen } from './reader-helpers';

type Messages = Record<string, { message: string }>;
const read = (lang: string): Messages => JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../_locales', lang, 'messages.json'), 'utf8'));
const EN = read('en');
const DE = read('de');

/** English messages of these prefixes that German writes differently, as the literal runs between placeholders (4+ letters). */
function englishPhrases(prefixes: string[]): string[] {
  return Object.entries(EN)
    .filter(([key, { message }]) => prefixes.some((p) => key.startsWith(p)) && DE[key]?.message !== message)
    .flatMap(([, { message }]) => message.split(/\$\w+\$/).map((s) => s.trim()))
    .filter((s) => s.length >= 4 && !/^(yes|no)$/.test(s));
}
const leftovers = (text: string, prefixes: string[]) => englishPhrases(prefixes).filter((p) => text.includes(p));

const PACKAGE = { chromium: 'chromium-l10n', firefox: 'firefox-esr-l10n-de' } as const;

/** Skips the test, naming the package to install, when the browser cannot show German. */
async function needGerman(page: Page, name: keyof typeof PACKAGE, skip: (note?: string) => void): Promise<void> {
  const lang = await page.evaluate(() => ((globalThis as any).browser ?? (globalThis as any).chrome).i18n.getUILanguage() as string);
  if (!/^de/.test(lang)) {
    console.warn(`german.e2e: ${name} runs in ${lang}, not German: install ${PACKAGE[name]} to run these tests`);
    skip(`${name} has no German (install ${PACKAGE[name]})`);
  }
}

describe.each(browsersUnderTest())('in German in %s', (name) => {
  const env = useExtension(name, {
    chromiumArgs: ['--lang=de'],
    env: { LANGUAGE: 'de', LANG: 'de_DE.UTF-8' },
    firefoxPrefs: { 'intl.locale.requested': 'de' },
  });

  it('the popup shows no English message', async (ctx) => {
    const { tabId } = await openFixture(env, REVIEW);
    const popup: Page = await openPopup(env, tabId);
    await needGerman(popup, name, ctx.skip);
    expect(await settledPhase(popup)).toBe('ready');
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain(DE.popupSiteToggle!.message);
    expect(leftovers(text, ['popup', 'block'])).toEqual([]);
  });

  it("the reader's removed panel and comments show no English message", async (ctx) => {
    const ctl = await controlPage(env.driver);
    await needGerman(ctl, name, ctx.skip);
    const page = await env.driver.newPage();
    await page.goto(env.server.url('/demo/her-review.html'));
    await page.waitForSelector('html[data-quietread]');
    await toggleViaBackground(env.driver, ctl, page);
    await waitForReaderOpen(page);
    const frame = await readerFrame(env.driver, page);
    const text = await pollFrame(frame, () => (document.querySelector('[data-testid="reader-removed"]') ? document.body.innerText : ''));
    expect(text).toContain(DE.readerRemovedHeading!.message);
    expect(leftovers(text, ['reader', 'block'])).toEqual([]);
  });
});
