#!/usr/bin/env node
// Takes docs/reader-highlights.png and docs/library-highlights.png from the real extension in real
// Chromium: three passages of our WordPress review demo highlighted in reading mode (selected in the
// article, then a colour of the toolbar; one gets a note), the side list open; then the library's
// Highlights view.
// Usage: npm run build && node scripts/screenshots-highlights.mjs
import path from 'node:path';
import { ROOT, launchChromium, serveFixtures, tabIdOf } from './lib/popup-chromium.mjs';
import { openControl, readerFrameOf, setReaderSettings, toggleReader } from './lib/reader-chromium.mjs';

const PASSAGES = [
  ['a lonely writer going through a difficult divorce', 'yellow', ''],
  ['Spike Jonze makes it look easy', 'green', 'Jonze again: compare with Being John Malkovich.'],
  ['It’s about love in general, it’s about people’s prejudices', 'blue', ''],
];

/** Selects `words` in the reader's article, as a drag would. */
function select(words) {
  const body = document.querySelector('[data-testid="reader-body"]');
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  const start = nodes
    .map((n) => n.data)
    .join('')
    .indexOf(words);
  const point = (offset) => {
    let at = 0;
    for (const n of nodes) {
      if (offset <= at + n.data.length) return [n, offset - at];
      at += n.data.length;
    }
  };
  const range = document.createRange();
  range.setStart(...point(start));
  range.setEnd(...point(start + words.length));
  getSelection().removeAllRanges();
  getSelection().addRange(range);
}

const server = await serveFixtures();
const { browser, extOrigin, version, close } = await launchChromium();
try {
  const ctl = await openControl(browser, extOrigin);
  await setReaderSettings(ctl, { theme: 'light', font: 'serif', fontSize: 20, lineWidth: 65, lineHeight: 1.6 });
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 760, deviceScaleFactor: 1 });
  await page.goto(server.url('/demo/her-review.html'), { waitUntil: 'load' });
  await page.waitForSelector('html[data-quietread]');
  await toggleReader(browser, extOrigin, ctl, page, await tabIdOf(browser, extOrigin, page));
  const frame = readerFrameOf(page, extOrigin);
  await frame.waitForFunction(() => document.querySelector('[data-testid="reader-body"] p'));
  await frame.evaluate(() =>
    Promise.race([
      Promise.all(Array.from(document.images, (i) => i.decode().catch(() => {}))),
      new Promise((r) => setTimeout(r, 1000)),
    ]),
  );
  for (const [i, [words, color, note]] of PASSAGES.entries()) {
    await frame.evaluate(select, words);
    await frame.waitForSelector('[data-testid="highlight-toolbar"]');
    await frame.click(`[data-testid="highlight-${color}"]`);
    await frame.waitForFunction(
      (n) =>
        new Set(
          [...document.querySelectorAll('mark[data-quietread-highlight]')].map((m) => m.dataset.quietreadHighlight),
        ).size === n,
      {},
      i + 1,
    );
    if (note) {
      await frame.evaluate(
        (w) => [...document.querySelectorAll('mark[tabindex]')].find((m) => w.startsWith(m.textContent)).focus(),
        words,
      );
      await page.keyboard.press('Enter');
      await frame.waitForSelector('[data-testid="note-text"]');
      await frame.type('[data-testid="note-text"]', note);
      await frame.click('[data-testid="note-save"]');
      await frame.waitForFunction(() => !document.querySelector('[data-testid="note-editor"]'));
    }
  }
  await frame.evaluate(() => document.querySelector('mark[tabindex]').scrollIntoView({ block: 'start' }));
  await frame.click('[data-testid="highlights-button"]');
  await frame.waitForSelector('[data-testid="highlights-entry"]');
  await frame.evaluate(() => window.scrollBy(0, -120));
  await frame.evaluate(() => document.activeElement?.blur());
  await frame.waitForFunction(() => !document.querySelector('[data-testid="highlight-notice"]')?.textContent, {
    timeout: 15_000,
  });
  let file = path.join(ROOT, 'docs', 'reader-highlights.png');
  await page.screenshot({ path: file });
  console.log(`wrote ${path.relative(ROOT, file)} (${version})`);

  const lib = await browser.newPage();
  await lib.setViewport({ width: 1100, height: 760, deviceScaleFactor: 1 });
  await lib.goto(`${extOrigin}/library.html?view=highlights`, { waitUntil: 'load' });
  await lib.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="library-highlight"]').length === n,
    {},
    PASSAGES.length,
  );
  file = path.join(ROOT, 'docs', 'library-highlights.png');
  await lib.screenshot({ path: file });
  console.log(`wrote ${path.relative(ROOT, file)} (${version})`);
} finally {
  await close();
  await server.close();
}
