import { describe, expect, it } from 'vitest';
import { browsersUnderTest, poll } from './browsers';
import { useExtension } from './env';
import {
  REVIEW,
  clickTestId,
  openFixture,
  openPopup,
  settledPhase,
  tabUrls,
  waitForTab,
  textOf,
  waitForText,
} from './popup-helpers';

describe.each(browsersUnderTest())('popup on the WordPress review in %s', (name) => {
  const env = useExtension(name);

  it('shows the title, byline, reading time, rating and three summary sentences', async () => {
    const { tabId } = await openFixture(env, REVIEW);
    const popup = await openPopup(env, tabId);
    expect(await settledPhase(popup)).toBe('ready');
    expect(await textOf(popup, 'summary-title')).toBe('The Lighthouse Keeper’s Daughter – a review');
    expect(await textOf(popup, 'summary-byline')).toBe('Ines Hartley');
    expect(await textOf(popup, 'summary-reading-time')).toBe('1 min read');
    expect(await textOf(popup, 'summary-rating')).toContain('4/5');
    const sentences = await popup.$$eval('[data-testid="summary-sentences"] li', (lis) =>
      lis.map((li) => li.textContent ?? ''),
    );
    expect(sentences).toHaveLength(3);
    expect(sentences[0]).toMatch(/^Mara Quinlan’s second novel follows Wren/);
    const badges = await popup.$eval('.qr-badges', (b) => b.textContent);
    expect(badges).toContain('Review');
    expect(badges).toMatch(/WordPress\s*\d+% sure/);
  });

  it('lists what was folded on the page by kind, with counts', async () => {
    const { tabId } = await openFixture(env, REVIEW);
    const popup = await openPopup(env, tabId);
    await settledPhase(popup);
    const chips = await poll(popup, () => {
      const items = [...document.querySelectorAll('[data-testid="folded-kinds"] li')].map(
        (li) => `${li.getAttribute('data-kind')}:${li.querySelector('.qr-count')?.textContent}`,
      );
      return items.length ? items : null;
    });
    expect(chips).toContain('comments:1');
    expect(chips).toContain('share:1');
  });

  it('opens reading mode on the page', async () => {
    const { page, tabId } = await openFixture(env, REVIEW);
    const popup = await openPopup(env, tabId);
    await settledPhase(popup);
    await clickTestId(popup, 'action-reader');
    await page.waitForSelector('[data-quietread-reader]', { timeout: 15_000 });
  });

  it('saves the page, then offers to open it in the library', async () => {
    const { tabId } = await openFixture(env, REVIEW);
    const popup = await openPopup(env, tabId);
    await settledPhase(popup);
    const before = await textOf(popup, 'action-save');
    if (before !== 'Saved · Open in library') {
      expect(before).toBe('Save');
      await clickTestId(popup, 'action-save');
    }
    await waitForText(popup, 'action-save', 'Saved · Open in library');
    // A fresh popup asks the library and knows the page is saved.
    const again = await openPopup(env, tabId);
    await settledPhase(again);
    await waitForText(again, 'action-save', 'Saved · Open in library');
    await clickTestId(again, 'action-save');
    await waitForTab(env, again, /\/library\.html\?id=./);
  });

  it('offers Update when the page changed since it was saved', async () => {
    const { page, tabId } = await openFixture(env, REVIEW);
    const popup = await openPopup(env, tabId);
    await settledPhase(popup);
    if ((await textOf(popup, 'action-save')) === 'Save') await clickTestId(popup, 'action-save');
    await waitForText(popup, 'action-save', 'Saved · Open in library');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent =
        'Update, a week later: the paperback adds an afterword about the real lighthouse that inspired the book.';
      document.querySelector('.entry-content')!.append(p);
    });
    const changed = await openPopup(env, tabId);
    await settledPhase(changed);
    await waitForText(changed, 'action-save', 'Update');
    await clickTestId(changed, 'action-save');
    await waitForText(changed, 'action-save', 'Saved · Open in library');
  });

  it('copies the article as Markdown', async () => {
    const { page, tabId } = await openFixture(env, REVIEW);
    if (name === 'chromium')
      await env.driver.browser
        .defaultBrowserContext()
        .overridePermissions(env.driver.extOrigin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const popup = await openPopup(env, tabId);
    await popup.bringToFront();
    await settledPhase(popup);
    await clickTestId(popup, 'action-copy');
    await waitForText(popup, 'action-copy', 'Copied');
    let markdown: string;
    if (name === 'chromium') {
      markdown = await popup.evaluate(() => navigator.clipboard.readText());
    } else {
      // Firefox lets only extensions with clipboardRead read the clipboard: paste it into a page's field instead.
      await page.bringToFront();
      await page.evaluate(() => {
        const area = document.createElement('textarea');
        area.id = 'qr-test-paste';
        document.body.prepend(area);
      });
      await page.focus('#qr-test-paste');
      await page.keyboard.down('Control');
      await page.keyboard.press('v');
      await page.keyboard.up('Control');
      markdown = await poll(page, () => (document.getElementById('qr-test-paste') as HTMLTextAreaElement).value);
    }
    expect(markdown).toMatch(/^# The Lighthouse Keeper’s Daughter – a review\n/);
    expect(markdown).toContain('*Ines Hartley');
    expect(markdown).toContain('Mara Quinlan’s second novel follows Wren');
    expect(markdown).not.toContain('Leave a Reply');
  });

  it('opens the library and the options page', async () => {
    const { tabId } = await openFixture(env, REVIEW);
    const popup = await openPopup(env, tabId);
    await clickTestId(popup, 'action-library');
    await waitForTab(env, popup, /\/library\.html$/);
    await clickTestId(popup, 'action-options');
    await waitForTab(env, popup, /\/options\.html/);
    expect((await tabUrls(env, popup)).some((u) => u.endsWith('/library.html'))).toBe(true);
  });

  it('switches cleanup off for the site and remembers it', async () => {
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
    const again = await openPopup(env, tabId);
    await settledPhase(again);
    await poll(
      again,
      () => document.querySelector('[data-testid="site-toggle"]')?.getAttribute('aria-checked') === 'false',
    );
    // Back on, for the other tests of this browser.
    await clickTestId(again, 'site-toggle');
    await page.waitForSelector('[data-quietread-collapsed]', { timeout: 15_000 });
  });
});
