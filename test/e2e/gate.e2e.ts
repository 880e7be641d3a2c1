/**
 * The gate (content.js) and the fold code (fold.js) it stands for: on a page without markers only
 * the gate runs (tokens "analysed"); the settings alone (a site switched on) or the popup's switch
 * bring fold.js there, which detects the page (tokens gain "article") and answers the popup.
 */
import { describe, expect, it } from 'vitest';
import { browsersUnderTest, tabIdOf } from './browsers';
import { FIXTURES, inExtension } from './cleanup-helpers';
import { useExtension } from './env';

const tokens = (page: import('puppeteer-core').Page) =>
  page.evaluate(() => document.documentElement.getAttribute('data-quietread') ?? '');
const waitForToken = (page: import('puppeteer-core').Page, token: string) =>
  page.waitForFunction(
    (t: string) => (document.documentElement.getAttribute('data-quietread') ?? '').split(' ').includes(t),
    { timeout: 15_000 },
    token,
  );

describe.each(browsersUnderTest())('the gate in %s', (name) => {
  const env = useExtension(name);

  it('stops at the gate on a news page without comments, and the popup still gets an answer', async () => {
    const page = await env.driver.newPage();
    await page.goto(env.server.url(`${FIXTURES}/news.html`));
    await page.waitForSelector('html[data-quietread]');
    const tabId = await tabIdOf(env.driver, page);
    const state = await inExtension(
      env,
      async (id: number) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return api.tabs.sendMessage(id, { type: 'popup-to-content:get-state' });
      },
      tabId,
    );
    expect(state).toMatchObject({ tokens: ['analysed'], collapsed: [], cleanupEnabled: true });
    await page.close();
  });

  it("loads the fold code on such a page when the popup's switch turns cleanup on", async () => {
    const page = await env.driver.newPage();
    await page.goto(env.server.url(`${FIXTURES}/news.html`));
    await page.waitForSelector('html[data-quietread]');
    const tabId = await tabIdOf(env.driver, page);
    const reply = await inExtension(
      env,
      async (id: number) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return api.tabs.sendMessage(id, { type: 'popup-to-content:set-cleanup', enabled: true });
      },
      tabId,
    );
    expect(reply.cleanupEnabled).toBe(true);
    await waitForToken(page, 'article'); // fold.js ran its detection
    expect((await tokens(page)).split(' ')).not.toContain('collapsed');
    await page.close();
  });

  it('loads the fold code with the page on a site switched on in the settings', async () => {
    await inExtension(env, async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.sync.set({ 'cleanup.site:127.0.0.1': true });
    });
    const page = await env.driver.newPage();
    // The background registers fold.js for the site after the change; give it a moment by retrying the load.
    let ok = false;
    for (let i = 0; i < 5 && !ok; i++) {
      await page.goto(env.server.url(`${FIXTURES}/news.html`));
      ok = await waitForToken(page, 'article').then(
        () => true,
        () => false,
      );
    }
    expect(ok).toBe(true);
    await inExtension(env, async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.sync.remove('cleanup.site:127.0.0.1');
    });
    await page.close();
  });
});
