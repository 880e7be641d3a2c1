#!/usr/bin/env node
// Takes docs/reader-light.png and docs/reader-dark.png from the real extension in real Chromium:
// reading mode opened on our WordPress review demo, once per theme (stored as the settings panel does).
// Usage: npm run build && node scripts/screenshots-reader.mjs
import path from 'node:path';
import { ROOT, launchChromium, serveFixtures, tabIdOf } from './lib/popup-chromium.mjs';
import { openControl, readerFrameOf, setReaderSettings, toggleReader } from './lib/reader-chromium.mjs';

const page_ = process.argv[2] ?? '/demo/her-review.html';
const server = await serveFixtures();
const { browser, extOrigin, close } = await launchChromium();
try {
  const ctl = await openControl(browser, extOrigin);
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 760, deviceScaleFactor: 1 });
  await page.goto(server.url(page_), { waitUntil: 'load' });
  await page.waitForSelector('html[data-quietread]');
  const tabId = await tabIdOf(browser, extOrigin, page);
  for (const theme of ['light', 'dark']) {
    await setReaderSettings(ctl, { theme, font: 'serif', fontSize: 20, lineWidth: 65, lineHeight: 1.6 });
    await toggleReader(browser, extOrigin, ctl, page, tabId);
    const frame = readerFrameOf(page, extOrigin);
    await frame.waitForFunction((t) => document.documentElement.dataset.theme === t && document.querySelector('[data-testid="reader-body"] p'), {}, theme);
    // Images decoded, so the picture shows what a reader sees.
    await frame.evaluate(() => Promise.all(Array.from(document.images, (i) => i.decode().catch(() => {}))));
    const file = path.join(ROOT, 'docs', `reader-${theme}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${path.relative(ROOT, file)}`);
    await toggleReader(browser, extOrigin, ctl, page, tabId);
  }
} finally {
  await close();
  await server.close();
}
