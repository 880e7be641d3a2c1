#!/usr/bin/env node
// Reading mode's cost against plain Readability, in real Chromium with the built extension, both
// measured in the same run on the same page (a benchmark, not a test: nothing here asserts a time).
//
// - reader open: from the moment the on-demand script starts handling the toggle (its User Timing
//   mark `quietread:reader-open`, set before the analysis) to the reader's content painted (the host
//   turns `data-quietread-reader="open"`, which the reader page signals from the frame after the one
//   that drew the article, seen by a MutationObserver). Both moments are on the page's clock. Each
//   run is a fresh page load (cold: no analysis cached). The toggle goes through the background, as
//   the command and the menu do. Also printed: when the analysis was done (mark → the on-demand
//   script's `quietread:reader-analysed` mark); the frame loads in parallel with it.
// - plain Readability: `new Readability(document.cloneNode(true)).parse()` in the same page, with
//   Readability.js from node_modules, on a fresh page load too.
// Also printed: the whole round trip from the extension page sending the toggle to the paint.
// `npm run bench` calls benchReader(ctx) with the measuring build (dist/chrome-marks: the release build
// sets no marks); alone: node scripts/build.mjs --marks && node scripts/bench-reader.mjs [runs]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { ROOT, launchChromium, serveFixtures, tabIdOf } from './lib/popup-chromium.mjs';
import { openControl } from './lib/reader-chromium.mjs';

const READABILITY = fs.readFileSync(
  path.join(ROOT, 'node_modules', '@mozilla', 'readability', 'Readability.js'),
  'utf8',
);
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
const stats = (xs) => ({ median: quantile(xs, 0.5), p95: quantile(xs, 0.95), n: xs.length });

async function freshPage(browser, url) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-quietread]');
  return page;
}

/** One plain Readability parse of the page, in ms. */
async function timeReadability(browser, url) {
  const page = await freshPage(browser, url);
  await page.addScriptTag({ content: READABILITY });
  const ms = await page.evaluate(() => {
    const t = performance.now();
    const article = new window.Readability(document.cloneNode(true)).parse();
    const elapsed = performance.now() - t;
    if (!article?.textContent) throw new Error('Readability found nothing');
    return elapsed;
  });
  await page.close();
  return ms;
}

/** One cold reader open: in-page time (open mark → painted), when the analysis was done, and round trip (toggle sent → painted), in ms. */
async function timeReader(browser, extOrigin, ctl, url) {
  const page = await freshPage(browser, url);
  const tabId = await tabIdOf(browser, extOrigin, page);
  await page.evaluate(() => {
    // The page's longest task while the reader opens (Chromium reports tasks over 50 ms only: 0 is none).
    window.__qrLongest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__qrLongest = Math.max(window.__qrLongest, e.duration);
    }).observe({ type: 'longtask' });
    window.__qrBench = new Promise((resolve, reject) => {
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'attributes' && r.target.getAttribute('data-quietread-reader') === 'open') {
            const mark = performance.getEntriesByName('quietread:reader-open', 'mark')[0];
            const analysed = performance.getEntriesByName('quietread:reader-analysed', 'mark')[0];
            if (!mark || !analysed)
              reject(new Error('the on-demand script set no quietread:reader-open / -analysed mark'));
            else
              resolve({
                mark: mark.startTime,
                analysed: analysed.startTime,
                painted: performance.now(),
                longest: window.__qrLongest,
                origin: performance.timeOrigin,
              });
          }
        }
      }).observe(document.documentElement, {
        subtree: true,
        attributes: true,
        attributeFilter: ['data-quietread-reader'],
      });
    });
  });
  const sent = await ctl.evaluate((t) => {
    const at = performance.timeOrigin + performance.now();
    globalThis.chrome.runtime.sendMessage({ type: 'any-to-background:toggle-reader', tabId: t });
    return at;
  }, tabId);
  const m = await page.evaluate(() => window.__qrBench);
  await page.close();
  return {
    open: m.painted - m.mark,
    analysis: m.analysed - m.mark,
    roundTrip: m.origin + m.painted - sent,
    longest: m.longest,
  };
}

/**
 * Measures reader open against plain Readability `runs` times on each page (interleaved, fresh loads).
 * ctx may hold `browser`/`extOrigin` (from `npm run bench`) and `seedUrl`; returns figures in ms and
 * `ratio` = median reader open ÷ median plain Readability on the first page.
 */
export async function benchReader(ctx = {}) {
  const log = ctx.log ?? console.log;
  const runs = ctx.runs ?? 15;
  // A long real article (WCXB dev 0005, 9,000 words): the analysis is longest there. Skipped without ../shared.
  const bigDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-bench-reader-'));
  const big = path.join(ROOT, '..', 'shared', 'wcxb-dev', 'html', '0005.html.gz');
  if (fs.existsSync(big)) fs.writeFileSync(path.join(bigDir, 'long-real.html'), zlib.gunzipSync(fs.readFileSync(big)));
  const server = await serveFixtures({ '/big/': bigDir });
  // Alone, it loads the measuring build (with the timing marks): node scripts/build.mjs --marks
  const own = ctx.browser ? null : await launchChromium({ build: 'chrome-marks' });
  const browser = ctx.browser ?? own.browser;
  const extOrigin = ctx.extOrigin ?? own.extOrigin;
  try {
    const ctl = await openControl(browser, extOrigin);
    const pages = {
      'WordPress review (demo)': ctx.seedUrl ?? server.url('/demo/her-review.html'),
      'long article with images and code': server.url('/fixtures/reader/long-article.html'),
    };
    if (fs.existsSync(path.join(bigDir, 'long-real.html')))
      pages['long real article (WCXB dev 0005)'] = server.url('/big/long-real.html');
    const results = {};
    for (const [name, url] of Object.entries(pages)) {
      await timeReadability(browser, url); // warm-up (JIT, caches) for both sides
      await timeReader(browser, extOrigin, ctl, url);
      const readability = [];
      const open = [];
      const analysis = [];
      const roundTrip = [];
      const longest = [];
      for (let i = 0; i < runs; i++) {
        readability.push(await timeReadability(browser, url));
        const r = await timeReader(browser, extOrigin, ctl, url);
        open.push(r.open);
        analysis.push(r.analysis);
        roundTrip.push(r.roundTrip);
        longest.push(r.longest);
      }
      const res = {
        readability: stats(readability),
        open: stats(open),
        analysis: stats(analysis),
        roundTrip: stats(roundTrip),
        longest: stats(longest),
      };
      res.ratio = res.open.median / res.readability.median;
      results[name] = res;
      log(
        `${name}: reader open ${res.open.median.toFixed(1)} ms (p95 ${res.open.p95.toFixed(1)}), plain Readability ${res.readability.median.toFixed(1)} ms (p95 ${res.readability.p95.toFixed(1)}), ratio ${res.ratio.toFixed(2)}× (analysis done after ${res.analysis.median.toFixed(1)} ms; the frame loads meanwhile); toggle sent → painted ${res.roundTrip.median.toFixed(1)} ms; the page's longest task meanwhile ${res.longest.median.toFixed(0)} ms (p95 ${res.longest.p95.toFixed(0)}; 0: none over 50 ms)`,
      );
    }
    await ctl.close();
    const first = Object.values(results)[0];
    return {
      ratio: first.ratio,
      open: first.open,
      analysis: first.analysis,
      readability: first.readability,
      pages: results,
    };
  } finally {
    await own?.close();
    await server.close();
    fs.rmSync(bigDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await benchReader({ runs: Number(process.argv[2] ?? 15) });
  console.log(`reader open ÷ plain Readability (median, first page): ${out.ratio.toFixed(2)}× (target ≤ 1.15)`);
}
