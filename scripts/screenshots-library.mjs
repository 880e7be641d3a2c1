#!/usr/bin/env node
// Takes docs/library.png (light) and docs/library-dark.png from the real extension in real Chromium:
// our two WordPress review fixtures saved through the popup's Save button, two more pages imported
// from test/fixtures/library/valid-export.json, a tag added through the page's tag editor.
// Usage: npm run build && node scripts/screenshots-library.mjs
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, launchChromium, serveFixtures, tabIdOf } from './lib/popup-chromium.mjs';

const waitFor = (page, fn, arg) => page.waitForFunction(fn, { timeout: 20_000 }, arg);

async function saveThroughPopup(browser, extOrigin, url) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-quietread]');
  const popup = await browser.newPage();
  await popup.goto(`${extOrigin}/popup.html?tab=${await tabIdOf(browser, extOrigin, page)}`, { waitUntil: 'load' });
  await waitFor(popup, () => {
    const b = document.querySelector('[data-testid="action-save"]');
    return b && !b.disabled && b.dataset.status === 'unsaved';
  });
  await popup.click('[data-testid="action-save"]');
  await waitFor(popup, () => document.querySelector('[data-testid="action-save"]')?.dataset.status === 'saved');
  await popup.close();
  await page.close();
}

const server = await serveFixtures();
const { browser, extOrigin, version, close } = await launchChromium();
try {
  await saveThroughPopup(browser, extOrigin, server.url('/fixtures/popup/wp-review.html'));
  await saveThroughPopup(browser, extOrigin, server.url('/demo/her-review.html'));
  const lib = await browser.newPage();
  await lib.setViewport({ width: 1100, height: 860, deviceScaleFactor: 1 });
  await lib.goto(`${extOrigin}/library.html`, { waitUntil: 'load' });
  const exported = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'library', 'valid-export.json'), 'utf8');
  const input = await lib.waitForSelector('[data-testid="import-file"]');
  const tmp = path.join(ROOT, 'node_modules', '.cache', 'quietread-sample-export.json');
  fs.mkdirSync(path.dirname(tmp), { recursive: true });
  fs.writeFileSync(tmp, exported);
  await input.uploadFile(tmp);
  await waitFor(lib, () => document.querySelectorAll('[data-testid="saved-item"]').length === 4);
  await lib.evaluate(() => document.querySelector('[data-testid="library-message"] button')?.click());
  const her = await lib.evaluateHandle(() =>
    [...document.querySelectorAll('[data-testid="saved-item"]')].find((r) => r.textContent.includes('Her')),
  );
  await (await her.$('[data-testid="edit-tags"]')).click();
  await lib.type('[data-testid="tag-input"]', 'film, favourite');
  await lib.click('[data-testid="save-tags"]');
  await waitFor(lib, () =>
    [...document.querySelectorAll('[data-testid="item-tags"]')].some((t) => t.textContent.includes('favourite')),
  );
  for (const scheme of ['light', 'dark']) {
    await lib.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    const file = path.join(ROOT, 'docs', scheme === 'light' ? 'library.png' : 'library-dark.png');
    await lib.screenshot({ path: file });
    console.log(`wrote ${path.relative(ROOT, file)} (${scheme}, ${version})`);
  }
} finally {
  await close();
  await server.close();
}
