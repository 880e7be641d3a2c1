#!/usr/bin/env node
// Takes docs/popup-light.png and docs/popup-dark.png from the real extension in real Chromium: the
// popup (at its real size: its own fixed width and height) for our WordPress review fixture, once per colour scheme.
// Usage: npm run build && node scripts/screenshots-popup.mjs
import path from 'node:path';
import { ROOT, launchChromium, serveFixtures, tabIdOf } from './lib/popup-chromium.mjs';

const server = await serveFixtures();
const { browser, extOrigin, close } = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(server.url('/fixtures/popup/wp-review.html'), { waitUntil: 'load' });
  await page.waitForSelector('html[data-quietread]');
  const tabId = await tabIdOf(browser, extOrigin, page);
  for (const scheme of ['light', 'dark']) {
    const popup = await browser.newPage();
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await popup.setViewport({ width: 400, height: 600, deviceScaleFactor: 2 });
    await popup.goto(`${extOrigin}/popup.html?tab=${tabId}`, { waitUntil: 'load' });
    await popup.waitForFunction(() => document.querySelector('main')?.dataset.phase !== 'loading', { timeout: 20_000 });
    await popup.waitForFunction(
      () =>
        document.querySelector('[data-testid="action-save"]')?.getAttribute('data-status') !== 'unknown' ||
        document.querySelector('main')?.dataset.phase !== 'ready',
    );
    const phase = await popup.$eval('main', (m) => m.dataset.phase);
    if (phase !== 'ready')
      console.warn(`screenshots-popup: the popup shows "${phase}", not the summary (is the analyze handler built?)`);
    const { width, height } = await popup.$eval('main', (m) => ({
      width: Math.ceil(m.getBoundingClientRect().width),
      height: Math.ceil(m.getBoundingClientRect().height),
    }));
    const file = path.join(ROOT, 'docs', `popup-${scheme}.png`);
    await popup.screenshot({ path: file, clip: { x: 0, y: 0, width, height } });
    console.log(`wrote ${path.relative(ROOT, file)} (${scheme}, ${width}×${height})`);
    await popup.close();
  }
} finally {
  await close();
  await server.close();
}
