import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { browsersUnderTest, poll, tabIdOf } from './browsers';
import { foldView, inExtension, openFolded } from './cleanup-helpers';
import { RESULTS, useExtension } from './env';

const modeOf = (options: Page) =>
  poll(options, () => document.querySelector('[data-testid="mode"]')?.getAttribute('data-mode'));
const sitesOf = (options: Page) =>
  options.evaluate(() =>
    Array.from(
      document.querySelectorAll('[data-site]'),
      (li) => `${li.getAttribute('data-site')}:${(li.querySelector('input') as HTMLInputElement).checked}`,
    ),
  );
const stubCount = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-quietread-stub]').length);
const waitForStubs = (page: Page, n: number) =>
  page.waitForFunction(
    (want: number) =>
      document.querySelectorAll('[data-quietread-stub]').length === want &&
      want > 0 === !!document.querySelector('[data-quietread-collapsed]'),
    { timeout: 15_000 },
    n,
  );

/** How many options pages are open, seen from one of them (extension.getViews lists the extension's own tabs). */
const optionsViews = (options: Page) =>
  options.evaluate(
    () =>
      (globalThis as any).browser.extension
        .getViews({ type: 'tab' })
        .filter((w: Window) => w.location.pathname === '/options.html').length as number,
  );

describe.each(browsersUnderTest())('cleanup settings in %s', (name) => {
  const env = useExtension(name);

  it('shows the default mode, no site yet, and that page access is granted', async () => {
    const options = await env.driver.openExtensionPage('options.html');
    // Access is granted at install, so the extension opened no options page of its own: this one is alone.
    expect(await optionsViews(options)).toBe(1);
    expect(await modeOf(options)).toBe('wordpress');
    await poll(options, () => !!document.querySelector('[data-testid="no-sites"]'));
    expect(
      await poll(options, () => document.querySelector('[data-testid="host-access"]')?.getAttribute('data-granted')),
    ).toBe('true');
    await options.screenshot({ path: `${RESULTS}/options-${name}.png`, fullPage: true });
    await options.close();
  });

  it('applies the mode and the site list to an open tab without a reload', async () => {
    const page = await openFolded(env, 'wpcom-highlander.html');
    const options = await env.driver.openExtensionPage('options.html');
    await modeOf(options);
    await options.click('input[value="never"]');
    await waitForStubs(page, 0);
    expect((await foldView(env.driver, page)).tokens).not.toContain('collapsed');
    await options.type('[data-testid="new-site"]', 'http://127.0.0.1:1234/anything');
    await options.keyboard.press('Enter');
    await poll(options, () => !!document.querySelector('[data-site="127.0.0.1"]'));
    await waitForStubs(page, 3);
    await options.click('[data-site="127.0.0.1"] input');
    await waitForStubs(page, 0);
    await options.click('[data-site="127.0.0.1"] button');
    await options.click('input[value="wordpress"]');
    await waitForStubs(page, 3);
    await options.close();
    await page.close();
  });

  it("switches one tab at once from the popup's set-cleanup message", async () => {
    const page = await openFolded(env, 'classic-theme.html');
    const tabId = await tabIdOf(env.driver, page);
    const send = (enabled: boolean) =>
      inExtension(
        env,
        async ([id, on]: [number, boolean]) => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          return (await api.tabs.sendMessage(id, { type: 'popup-to-content:set-cleanup', enabled: on })).cleanupEnabled;
        },
        [tabId, enabled] as [number, boolean],
      );
    expect(await send(false)).toBe(false);
    expect(await stubCount(page)).toBe(0);
    expect(await send(true)).toBe(true);
    await waitForStubs(page, 1);
    await page.close();
  });

  it('keeps the mode and the site list across a browser restart', async () => {
    let options = await env.driver.openExtensionPage('options.html');
    await modeOf(options);
    await options.click('input[value="blogs"]');
    await options.type('[data-testid="new-site"]', 'example.org');
    await options.keyboard.press('Enter');
    await poll(options, () => !!document.querySelector('[data-site="example.org"]'));
    await env.restart();
    options = await env.driver.openExtensionPage('options.html');
    expect(await modeOf(options)).toBe('blogs');
    await poll(options, () => !!document.querySelector('[data-site="example.org"]'));
    expect(await sitesOf(options)).toEqual(['example.org:true']);
    const page = await openFolded(env, 'disqus.html');
    expect((await foldView(env.driver, page)).collapsed.map((c) => c.kind)).toEqual(['comments']);
  });
});

// Firefox asks the user for host access in MV3: with the grant withheld, the options page explains
// why and asks; after the grant, pages are cleaned as they load.
describe.each(browsersUnderTest().filter((b) => b === 'firefox'))(
  'page access in %s without a default grant',
  (name) => {
    const env = useExtension(name, {
      firefoxPrefs: {
        'extensions.originControls.grantByDefault': false,
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });

    it('opens the options page at install, explains and asks for access, and cleans pages once it is given', async () => {
      const options = await env.driver.openExtensionPage('options.html');
      // Ours and the one the extension opened at install (polled: the browser may still be opening it).
      expect(
        await poll(
          options,
          () =>
            (globalThis as any).browser.extension
              .getViews({ type: 'tab' })
              .filter((w: Window) => w.location.pathname === '/options.html').length >= 2,
        ),
      ).toBe(true);
      expect(await optionsViews(options)).toBe(2);
      expect(
        await poll(options, () => document.querySelector('[data-testid="host-access"]')?.getAttribute('data-granted')),
      ).toBe('false');
      expect(await options.$eval('[data-testid="host-access"]', (el) => (el as HTMLElement).innerText)).toContain(
        'Without it, everything still works on demand',
      );
      await options.screenshot({ path: `${RESULTS}/options-${name}-no-access.png`, fullPage: true });
      await options.click('[data-testid="grant-access"]');
      expect(
        await poll(
          options,
          () => document.querySelector('[data-testid="host-access"]')?.getAttribute('data-granted') === 'true',
        ),
      ).toBe(true);
      const page = await openFolded(env, 'classic-theme.html');
      expect((await foldView(env.driver, page)).collapsed.map((c) => c.kind)).toEqual(['comments']);
    });
  },
);
