#!/usr/bin/env node
// Takes docs/page-before.png and docs/page-folded.png: the WordPress review demo at the end of its
// article, in plain Chromium (the comment and login chrome as WordPress prints it) and in Chromium
// with Quietread (that chrome folded into labelled stubs). Same viewport, same scroll point.
// Usage: npm run build && node scripts/screenshots-page.mjs
import path from 'node:path';
import { launchChromium as launchPlain } from './lib/launch-chromium.mjs';
import { ROOT, launchChromium, serveFixtures } from './lib/popup-chromium.mjs';

const VIEWPORT = { width: 820, height: 900, deviceScaleFactor: 1 };
const HEIGHT = 1600;
// The demo theme's text column with its margins; the rest of the width is empty.
const CLIP_WIDTH = 520;
const server = await serveFixtures();

/** Writes the part of the page from the article's last paragraphs down, HEIGHT pixels tall. */
async function shoot(page, name) {
  await page.evaluate(() => Promise.all(Array.from(document.images, (i) => i.decode().catch(() => {}))));
  const { top, bottom } = await page.evaluate(() => {
    const paras = document.querySelectorAll('.entry-content > p');
    const from = paras[Math.max(0, paras.length - 2)];
    return {
      top: (from?.getBoundingClientRect().top ?? 0) + window.scrollY - 24,
      bottom: document.documentElement.scrollHeight,
    };
  });
  const file = path.join(ROOT, 'docs', name);
  await page.screenshot({
    path: file,
    captureBeyondViewport: true,
    clip: { x: 0, y: top, width: CLIP_WIDTH, height: Math.min(HEIGHT, bottom - top) },
  });
  console.log(`wrote ${path.relative(ROOT, file)}`);
}

try {
  const plain = await launchPlain();
  try {
    const page = await plain.browser.newPage();
    await page.setViewport(VIEWPORT);
    await page.goto(server.url('/demo/her-review.html'), { waitUntil: 'load' });
    await shoot(page, 'page-before.png');
  } finally {
    await plain.close();
  }
  const withExt = await launchChromium();
  try {
    const page = await withExt.browser.newPage();
    await page.setViewport(VIEWPORT);
    await page.goto(server.url('/demo/her-review.html'), { waitUntil: 'load' });
    await page.waitForSelector('html[data-quietread~="collapsed"]', { timeout: 20_000 });
    const folded = await page.$$eval('[data-quietread-collapsed]', (els) =>
      els.map((el) => el.getAttribute('data-quietread-collapsed')),
    );
    console.log(`folded: ${folded.join(', ')}`);
    await shoot(page, 'page-folded.png');
  } finally {
    await withExt.close();
  }
} finally {
  await server.close();
}
