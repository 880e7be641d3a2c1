import { describe, expect, it } from 'vitest';
import { browsersUnderTest, poll, tabIdOf } from './browsers';
import { useExtension } from './env';

describe.each(browsersUnderTest())('foundation in %s', (name) => {
  const env = useExtension(name);

  it('marks the WordPress demo page with html[data-quietread~="wordpress"]', async () => {
    const page = await env.driver.newPage();
    await page.goto(env.server.url('/demo/her-review.html'));
    await page.waitForSelector('html[data-quietread~="wordpress"]', { timeout: 15_000 });
    console.log(`${env.driver.version}: WordPress demo page marked`);
  });

  it('marks a plain news page as analysed but not as WordPress', async () => {
    const page = await env.driver.newPage();
    await page.goto(env.server.url('/fixtures/plain/news.html'));
    await page.waitForSelector('html[data-quietread]', { timeout: 15_000 });
    const tokens = await page.evaluate(() => document.documentElement.getAttribute('data-quietread'));
    expect(tokens?.split(' ')).not.toContain('wordpress');
  });

  it('shows the target tab title in the popup opened with ?tab=', async () => {
    const page = await env.driver.newPage();
    await page.goto(env.server.url('/demo/her-review.html'));
    await page.waitForSelector('html[data-quietread]');
    const tabId = await tabIdOf(env.driver, page);
    const popup = await env.driver.openExtensionPage(`popup.html?tab=${tabId}`);
    const title = await poll(popup, () => document.querySelector('[data-testid="summary-title"]')?.textContent);
    expect(title).toContain('Her');
  });
});
