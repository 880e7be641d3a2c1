/**
 * The popup's "Clean up this site" switch is a setting (storage.sync), not a message to one tab:
 * it holds after a reload, in the site's other tabs, across a browser restart, and the options page shows it.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { browsersUnderTest, poll } from './browsers';
import { waitForCleanupApplied } from './cleanup-helpers';
import { useExtension } from './env';
import { REVIEW, clickTestId, openFixture, openPopup, settledPhase } from './popup-helpers';

const toggleState = (popup: Page) =>
  poll(popup, () => document.querySelector('[data-testid="site-toggle"]')?.getAttribute('aria-checked') ?? '');
const folded = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-quietread-collapsed]').length);

describe.each(browsersUnderTest())('the site switch in %s', (name) => {
  const env = useExtension(name);

  it('keeps cleanup off after a reload, in a second tab and after a restart, and the options page shows it', async () => {
    const { page, tabId } = await openFixture(env, REVIEW);
    await page.waitForSelector('[data-quietread-collapsed]', { timeout: 15_000 });
    const popup = await openPopup(env, tabId);
    await settledPhase(popup);
    await poll(
      popup,
      () => document.querySelector('[data-testid="site-toggle"]')?.getAttribute('aria-checked') === 'true',
    );
    await clickTestId(popup, 'site-toggle');
    await poll(
      popup,
      () => document.querySelector('[data-testid="site-toggle"]')?.getAttribute('aria-checked') === 'false',
    );
    await page.waitForFunction(() => !document.querySelector('[data-quietread-collapsed]'), { timeout: 15_000 });

    // The same tab, reloaded: the content script starts afresh and reads the setting.
    await page.reload();
    await page.waitForSelector('html[data-quietread]', { timeout: 15_000 });
    await waitForCleanupApplied(env, page, false);
    expect(await folded(page)).toBe(0);

    // A second tab of the site.
    const second = await openFixture(env, REVIEW);
    await waitForCleanupApplied(env, second.page, false);
    expect(await folded(second.page)).toBe(0);
    const secondPopup = await openPopup(env, second.tabId);
    await settledPhase(secondPopup);
    expect(await toggleState(secondPopup)).toBe('false');

    await env.restart();
    const after = await openFixture(env, REVIEW);
    await waitForCleanupApplied(env, after.page, false);
    expect(await folded(after.page)).toBe(0);
    const options = await env.driver.openExtensionPage('options.html');
    await poll(options, () => !!document.querySelector('[data-site="127.0.0.1"]'));
    expect(await options.$eval('[data-site="127.0.0.1"] input', (i) => (i as HTMLInputElement).checked)).toBe(false);
    const afterPopup = await openPopup(env, after.tabId);
    await settledPhase(afterPopup);
    expect(await toggleState(afterPopup)).toBe('false');
  });
});
