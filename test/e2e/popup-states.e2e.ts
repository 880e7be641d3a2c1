import { describe, expect, it } from 'vitest';
import { browsersUnderTest, poll } from './browsers';
import { useExtension } from './env';
import { LINKS, REVIEW, clickTestId, openFixture, openPopup, settledPhase, textOf, waitForText } from './popup-helpers';

const top = (testid: string) => `document.querySelector('[data-testid="${testid}"]').getBoundingClientRect().top`;

describe.each(browsersUnderTest())('popup states in %s', (name) => {
  const env = useExtension(name);

  it('paints the skeleton while the page loads, then the summary without moving the actions', async () => {
    const { page, tabId } = await openFixture(env, LINKS);
    // A slow response keeps the tab loading; the popup waits for it rather than reading half a page.
    void page.goto(env.server.url(`${REVIEW}?delay=6000&slow=1`), { timeout: 30_000 }).catch(() => {});
    const popup = await openPopup(env, tabId);
    await waitForText(popup, 'state-message', 'Waiting for the page to finish loading…');
    expect(await popup.$eval('main', (m) => m.getAttribute('data-phase'))).toBe('loading');
    expect(await popup.$$eval('.qr-body--loading .qr-bone', (b) => b.length)).toBeGreaterThan(3);
    const before = await popup.evaluate(`[${top('action-reader')}, ${top('site-toggle')}, ${top('action-library')}]`);
    expect(await settledPhase(popup)).toBe('ready');
    expect(await textOf(popup, 'summary-title')).toBe('The Lighthouse Keeper’s Daughter – a review');
    const after = await popup.evaluate(`[${top('action-reader')}, ${top('site-toggle')}, ${top('action-library')}]`);
    expect(after).toEqual(before);
  });

  it('says a page of links does not look like an article, and offers reading mode anyway', async () => {
    const { page, tabId } = await openFixture(env, LINKS);
    const popup = await openPopup(env, tabId);
    expect(await settledPhase(popup)).toBe('not-article');
    expect(await textOf(popup, 'state-message')).toBe('This page does not look like an article');
    expect(await textOf(popup, 'action-reader-anyway')).toBe('Try reading mode anyway');
    expect(await popup.$eval('[data-testid="action-save"]', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await clickTestId(popup, 'action-reader-anyway');
    await page.waitForSelector('[data-quietread-reader]', { timeout: 15_000 });
  });

  it('explains that it may not touch a browser page', async () => {
    const { page, tabId } = await openFixture(env, LINKS);
    // The browser's own pages: neither browser lets an extension script them, whatever its permissions.
    // Firefox never resolves goto for its privileged pages: wait until the tab's URL is hidden from us instead.
    void page.goto(name === 'chromium' ? 'chrome://version/' : 'about:robots').catch(() => {});
    const probe = await env.driver.openExtensionPage('popup.html?tab=0');
    await poll(
      probe,
      async (id: number) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const tab = await api.tabs.get(id);
        return tab.status === 'complete' && !tab.url?.startsWith('http');
      },
      tabId,
    );
    const popup = await openPopup(env, tabId);
    expect(await settledPhase(popup)).toBe('restricted');
    expect(await textOf(popup, 'state-message')).toBe('Quietread may not read this page');
    const disabled = await popup.$$eval(
      '[data-testid="action-reader"], [data-testid="action-save"], [data-testid="action-copy"], [data-testid="site-toggle"]',
      (els) => els.map((e) => (e as HTMLButtonElement).disabled),
    );
    expect(disabled).toEqual([true, true, true, true]);
    // The way forward stays open: the library.
    expect(await popup.$eval('[data-testid="action-library"]', (b) => (b as HTMLButtonElement).disabled)).toBe(false);
  });

  it('shows an error with Retry for a tab that does not exist, and Retry loads again', async () => {
    const popup = await openPopup(env, 987_654);
    expect(await settledPhase(popup)).toBe('error');
    expect(await textOf(popup, 'state-message')).toBe('Something went wrong while reading this page');
    await popup.evaluate(() => {
      const seen: string[] = [];
      (window as any).__qrPhases = seen;
      new MutationObserver(() => seen.push(document.querySelector('main')!.getAttribute('data-phase')!)).observe(
        document.querySelector('main')!,
        { attributes: true },
      );
    });
    await clickTestId(popup, 'action-retry');
    const phases = await poll(popup, () => {
      const seen = (window as any).__qrPhases as string[];
      return seen.at(-1) === 'error' && seen.includes('loading') ? seen : null;
    });
    expect(phases).toEqual(['loading', 'error']);
    expect(await textOf(popup, 'state-message')).toBe('Something went wrong while reading this page');
  });

  it('is fully usable by keyboard, in reading order', async () => {
    const { tabId } = await openFixture(env, REVIEW);
    const popup = await openPopup(env, tabId);
    expect(await settledPhase(popup)).toBe('ready');
    await poll(
      popup,
      () => document.querySelector('[data-testid="action-save"]')?.getAttribute('data-status') !== 'unknown',
    );
    await popup.bringToFront();
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const order: string[] = [];
    for (let i = 0; i < 7; i++) {
      await popup.keyboard.press('Tab');
      order.push(
        await popup.evaluate(
          () => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.className ?? '',
        ),
      );
    }
    expect(order).toEqual([
      'qr-body',
      'action-reader',
      'action-save',
      'action-copy',
      'site-toggle',
      'action-library',
      'action-options',
    ]);
    // The switch answers Space and Enter like a native control.
    await popup.focus('[data-testid="site-toggle"]');
    const checked = () => popup.$eval('[data-testid="site-toggle"]', (b) => b.getAttribute('aria-checked') ?? '');
    const start = await checked();
    await popup.keyboard.press(' ');
    await poll(
      popup,
      (s: string) => document.querySelector('[data-testid="site-toggle"]')?.getAttribute('aria-checked') !== s,
      start,
    );
    await popup.keyboard.press('Enter');
    await poll(
      popup,
      (s: string) => document.querySelector('[data-testid="site-toggle"]')?.getAttribute('aria-checked') === s,
      start,
    );
  });
});
