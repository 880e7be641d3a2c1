#!/usr/bin/env node
// Takes docs/reader-light.png and docs/reader-dark.png from the real extension in real Chromium:
// reading mode opened on our WordPress review demo, once per theme (stored as the settings panel does);
// then docs/reader-aloud-{light,dark}.png (read-aloud playing, on the same review) and
// docs/reader-toc-{light,dark}.png (the long article's table of contents open).
// Headless Chromium has no speech voice: for the read-aloud pictures a stand-in engine lists one local
// voice and holds each sentence (it says nothing); the reader's player and highlight are the real ones.
// Usage: npm run build && node scripts/screenshots-reader.mjs
import path from 'node:path';
import { ROOT, launchChromium, serveFixtures, tabIdOf } from './lib/popup-chromium.mjs';
import { openControl, readerFrameOf, setReaderSettings, toggleReader } from './lib/reader-chromium.mjs';

const page_ = process.argv[2] ?? '/demo/her-review.html';

/** A stand-in for `speechSynthesis` in the frame: one local voice; each sentence is held until cancelled. */
function standInSpeech() {
  class Utterance extends EventTarget {
    constructor(text) {
      super();
      Object.assign(this, { text, lang: '', voice: null, rate: 1, pitch: 1, volume: 1 });
    }
  }
  const voice = {
    name: 'English (United States)',
    lang: 'en-US',
    localService: true,
    default: true,
    voiceURI: 'stand-in:en-US',
  };
  const engine = Object.assign(new EventTarget(), {
    speaking: false,
    pending: false,
    paused: false,
    getVoices: () => [voice],
    speak: (u) => u.dispatchEvent(new Event('start')),
    cancel() {},
    pause() {},
    resume() {},
  });
  Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
}

/** Loads `url` in the tab and opens the reader on it, in `theme`; returns the tab and the reader frame. */
async function openOn(browser, extOrigin, ctl, page, url, theme) {
  await setReaderSettings(ctl, { theme, font: 'serif', fontSize: 20, lineWidth: 65, lineHeight: 1.6 });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-quietread]');
  const tabId = await tabIdOf(browser, extOrigin, page);
  await toggleReader(browser, extOrigin, ctl, page, tabId);
  const frame = readerFrameOf(page, extOrigin);
  await frame.waitForFunction(
    (t) => document.documentElement.dataset.theme === t && document.querySelector('[data-testid="reader-body"] p'),
    {},
    theme,
  );
  // Lazy images below the fold never load, so their decode() never settles: a second is enough for the rest.
  await frame.evaluate(() =>
    Promise.race([
      Promise.all(Array.from(document.images, (i) => i.decode().catch(() => {}))),
      new Promise((r) => setTimeout(r, 1000)),
    ]),
  );
  return { page, frame };
}

async function shootExtras(browser, extOrigin, ctl, page) {
  for (const theme of ['light', 'dark']) {
    const aloud = await openOn(browser, extOrigin, ctl, page, server.url(page_), theme);
    await aloud.frame.evaluate(standInSpeech);
    await aloud.frame.click('[data-testid="read-aloud-button"]');
    await aloud.frame.waitForSelector('[data-testid="read-aloud"][data-status="playing"]');
    // A sentence in the middle of the first paragraph, as a listener would see it.
    for (let i = 0; i < 2; i++) await aloud.frame.click('[data-testid="read-aloud-next"]');
    await aloud.frame.waitForFunction(() =>
      /^Sentence 3 /.test(document.querySelector('[data-testid="read-aloud-status"]')?.textContent ?? ''),
    );
    await aloud.frame.evaluate(() => document.activeElement?.blur());
    let file = path.join(ROOT, 'docs', `reader-aloud-${theme}.png`);
    await aloud.page.screenshot({ path: file });
    console.log(`wrote ${path.relative(ROOT, file)}`);
    await toggleReader(browser, extOrigin, ctl, page);

    const toc = await openOn(browser, extOrigin, ctl, page, server.url('/fixtures/reader/long-article.html'), theme);
    await toc.frame.click('[data-testid="reader-toc-button"]');
    await toc.frame.waitForSelector('[data-testid="reader-toc"] a');
    await toc.frame.evaluate(() => document.activeElement?.blur());
    file = path.join(ROOT, 'docs', `reader-toc-${theme}.png`);
    await toc.page.screenshot({ path: file });
    console.log(`wrote ${path.relative(ROOT, file)}`);
    await toggleReader(browser, extOrigin, ctl, page);
  }
}
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
    await frame.waitForFunction(
      (t) => document.documentElement.dataset.theme === t && document.querySelector('[data-testid="reader-body"] p'),
      {},
      theme,
    );
    // Images decoded, so the picture shows what a reader sees.
    await frame.evaluate(() => Promise.all(Array.from(document.images, (i) => i.decode().catch(() => {}))));
    const file = path.join(ROOT, 'docs', `reader-${theme}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${path.relative(ROOT, file)}`);
    await toggleReader(browser, extOrigin, ctl, page, tabId);
  }
  await shootExtras(browser, extOrigin, ctl, page);
} finally {
  await close();
  await server.close();
}
