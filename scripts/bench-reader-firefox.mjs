#!/usr/bin/env node
// Quietread's reader beside Firefox's own Reader View, in Firefox ESR, on the same pages in the same
// run (a benchmark, not a test: nothing here asserts a time). Pages: the seed review and the first 30
// article pages of ../shared/wcxb-dev (dev split, not held out) that Reader View accepts
// (`tab.isArticle`), served from 127.0.0.1.
//
// - Quietread: an extension page of ours sends the toggle to the background (the command's path);
//   the clock starts there and stops when the overlay's host turns `data-quietread-reader="open"`,
//   which the reader frame signals after the frame that painted the article.
// - Firefox Reader View: a small helper extension page calls `tabs.toggleReaderMode(tabId)`; the
//   clock starts there and stops when about:reader shows the article (its `.moz-reader-content`
//   holds text and the loading notice is gone).
// - Quietread "with the intent": the same, but the shortcut's modifiers (Alt+Shift, real key events)
//   go down INTENT_LEAD_MS before the toggle, as they do before a typist's R: fold.js takes that as
//   the intent and the on-demand script analyses ahead (src/content/fold-page.ts, src/ondemand/index.ts).
//   Only pages where fold.js runs (WordPress and the like) see the intent; elsewhere it is a cold toggle.
// Both ends are seen the same way, by polling the tab every few ms (Firefox has no way to run a
// listener in about:reader before it loads), so both figures carry the same small poll delay. Each
// run is a fresh page load (cold: nothing cached), the two interleaved.
// `npm run bench` calls benchReaderFirefox(ctx); alone: npm run build && node scripts/bench-reader-firefox.mjs [runs]
// (QR_BENCH_PARTS=1 also prints, per Quietread open, when the open and analysed marks came, from the
// measuring build in dist/firefox-marks). A second argument caps the candidate pages (default 60).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { isHeldOut } from './lib/wcxb-metrics.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const BIN = process.env.QUIETREAD_FIREFOX ?? '/usr/bin/firefox-esr';
const QR_ID = 'quietread@quietread.app';
const QR_UUID = '5e1f0c2a-9d3b-4c7e-8a61-0b7a2e4d9c13';
const RV_ID = 'bench-readerview@quietread.app';
const RV_UUID = '7b0c6a55-3f2e-4d19-9c1a-2e8f4b6d1a70';
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
const stats = (xs) => ({ median: quantile(xs, 0.5), p95: quantile(xs, 0.95), n: xs.length });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ms = (v) => `${v < 100 ? v.toFixed(1) : v.toFixed(0)} ms`;

/** The helper extension: one page, from which the bench calls tabs.toggleReaderMode. */
function writeReaderViewHelper() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-readerview-'));
  const manifest = {
    manifest_version: 3,
    name: 'Reader View bench helper',
    version: '0.0.1',
    permissions: ['tabs'],
    background: { scripts: ['background.js'] },
    browser_specific_settings: { gecko: { id: RV_ID } },
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  fs.writeFileSync(
    path.join(dir, 'background.js'),
    '// nothing: the bench drives tabs.toggleReaderMode from helper.html\n',
  );
  fs.writeFileSync(
    path.join(dir, 'helper.html'),
    '<!doctype html><meta charset="utf-8"><title>helper</title><p>Reader View bench helper</p>',
  );
  return dir;
}

/** The seed page and the wcxb dev article pages, decompressed, in memory. */
function loadPages(limit) {
  const pages = [];
  const seed = path.join(SHARED, 'seed', 'her-review.html');
  pages.push({
    name: 'seed',
    path: '/seed/her-review.html',
    body: fs.readFileSync(fs.existsSync(seed) ? seed : path.join(ROOT, 'demo', 'her-review.html')),
  });
  const meta = JSON.parse(fs.readFileSync(path.join(SHARED, 'wcxb-dev', 'metadata.json'), 'utf8')).files;
  for (const [id, m] of Object.entries(meta).sort(([a], [b]) => a.localeCompare(b))) {
    if (pages.length > limit) break;
    if (m.split !== 'dev' || m.page_type !== 'article' || m.spa || isHeldOut(id)) continue;
    const file = path.join(SHARED, 'wcxb-dev', 'html', `${id}.html.gz`);
    if (!fs.existsSync(file)) continue;
    pages.push({ name: `wcxb ${id}`, path: `/wcxb/${id}.html`, body: zlib.gunzipSync(fs.readFileSync(file)) });
  }
  return pages;
}

async function serve(pages) {
  const byPath = new Map(pages.map((p) => [p.path, p.body]));
  const server = http.createServer((req, res) => {
    const body = byPath.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(body ? 200 : 404, { 'content-type': body ? 'text/html' : 'text/plain', 'cache-control': 'no-store' });
    res.end(body ?? 'not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: (p) => `http://127.0.0.1:${server.address().port}${p}`,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections?.();
        server.close(() => r());
      }),
  };
}

async function poll(page, fn, arg, timeout = 20_000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      const v = await page.evaluate(fn, arg);
      if (v) return v;
    } catch {
      /* navigating */
    }
    if (Date.now() > end) throw new Error(`timed out waiting in ${page.url()}`);
    await sleep(2);
  }
}

async function extensionPage(browser, url) {
  const page = await browser.newPage();
  page.goto(url).catch(() => {}); // never resolves for moz-extension:// (puppeteer#14314)
  await poll(page, (u) => location.href === u && document.readyState === 'complete', url);
  return page;
}

/** The tab id of `page`, asked from an extension page (the tab's URL is unique: a query string). */
async function tabIdOf(ctl, url) {
  // Not query({ url }): a match pattern cannot hold the port.
  return ctl.evaluate(async (u) => (await globalThis.browser.tabs.query({})).find((t) => t.url === u)?.id, url);
}

const readerViewShown = () => {
  const c = document.querySelector('.moz-reader-content');
  return location.protocol === 'about:' &&
    c &&
    c.textContent.trim().length > 50 &&
    !document.querySelector('.reader-message:not([hidden])')?.textContent?.trim()
    ? performance.timeOrigin + performance.now()
    : 0;
};
const quietreadShown = () =>
  document.querySelector('[data-quietread-reader="open"]') ? performance.timeOrigin + performance.now() : 0;

/** One cold open of Firefox Reader View, in ms; null when Reader View does not take the page. */
async function timeReaderView(browser, helper, url) {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const tabId = await tabIdOf(helper, url);
    // Reader View decides in the background whether a page is an article; wait for its verdict.
    const isArticle = await poll(
      helper,
      async (id) => ((await globalThis.browser.tabs.get(id)).isArticle ? 'yes' : null),
      tabId,
      5000,
    ).catch(() => null);
    if (!isArticle) return null;
    const sent = await helper.evaluate((id) => {
      const at = performance.timeOrigin + performance.now();
      globalThis.browser.tabs.toggleReaderMode(id);
      return at;
    }, tabId);
    const shown = await poll(page, readerViewShown);
    return shown - sent;
  } finally {
    await page.close().catch(() => {});
  }
}

/** How long before the shortcut's R its modifiers are down, in the "with intent" runs (a typist's Alt+Shift → R). */
const INTENT_LEAD_MS = 150;

/** One cold open of Quietread's reader, in ms; with `intent`, Alt+Shift go down INTENT_LEAD_MS before the toggle. */
async function timeQuietread(browser, ctl, url, intent = false) {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForSelector('html[data-quietread]', { timeout: 20_000 });
    const tabId = await tabIdOf(ctl, url);
    if (intent) {
      await page.bringToFront();
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await sleep(INTENT_LEAD_MS);
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
    }
    const sent = await ctl.evaluate((id) => {
      const at = performance.timeOrigin + performance.now();
      globalThis.browser.runtime.sendMessage({ type: 'any-to-background:toggle-reader', tabId: id });
      return at;
    }, tabId);
    const shown = await poll(page, quietreadShown);
    if (process.env.QR_BENCH_PARTS) {
      const parts = await page.evaluate(() =>
        [
          'quietread:reader-open',
          'quietread:reader-first',
          'quietread:reader-frame-loaded',
          'quietread:reader-connect',
          'quietread:reader-analysed',
        ].map((n) => performance.timeOrigin + (performance.getEntriesByName(n, 'mark')[0]?.startTime ?? NaN)),
      );
      console.log(
        `  toggle → open mark ${ms(parts[0] - sent)}, → first reply ${ms(parts[1] - sent)}, → frame loaded ${ms(parts[2] - sent)}, → connect ${ms(parts[3] - sent)}, → analysed ${ms(parts[4] - sent)}, → shown ${ms(shown - sent)}`,
      );
    }
    return shown - sent;
  } finally {
    await page.close().catch(() => {});
  }
}

/** Rows for `npm run bench`: both medians and p95s over the pages, and the ratios with their targets. */
export async function benchReaderFirefox(ctx = {}) {
  const log = ctx.log ?? console.log;
  const runs = ctx.firefoxReaderRuns ?? 3;
  if (!fs.existsSync(BIN)) return [{ metric: 'reader vs Firefox Reader View', value: `skipped: no ${BIN}` }];
  const candidates = loadPages(ctx.firefoxReaderPages ?? 60);
  const server = await serve(candidates);
  const helperDir = writeReaderViewHelper();
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-bench-rv-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BIN,
    headless: true,
    userDataDir: profileDir,
    protocolTimeout: 300_000,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [QR_ID]: QR_UUID, [RV_ID]: RV_UUID }),
      'reader.parse-on-load.enabled': true,
    },
  });
  try {
    await browser.installExtension(path.join(ROOT, 'dist', process.env.QR_BENCH_PARTS ? 'firefox-marks' : 'firefox'));
    await browser.installExtension(helperDir);
    const ctl = await extensionPage(browser, `moz-extension://${QR_UUID}/reader.html?control`);
    const helper = await extensionPage(browser, `moz-extension://${RV_UUID}/helper.html`);
    const qr = [];
    const qrIntent = [];
    const rv = [];
    const used = [];
    let n = 0;
    for (const p of candidates) {
      if (used.length >= 31) break;
      const url = (i) => server.url(`${p.path}?run=${n}-${i}`);
      n++;
      // A page Reader View does not take, or whose own script navigates away (to the network, which is
      // not there), is left out for both.
      try {
        if ((await timeReaderView(browser, helper, url('check'))) === null) continue;
        if (used.length === 0) await timeQuietread(browser, ctl, url('warm')); // warm-up, both sides
        const mine = [];
        const withIntent = [];
        const theirs = [];
        for (let i = 0; i < runs; i++) {
          mine.push(await timeQuietread(browser, ctl, url(`q${i}`)));
          withIntent.push(await timeQuietread(browser, ctl, url(`i${i}`), true));
          const t = await timeReaderView(browser, helper, url(`f${i}`));
          if (t === null) throw new Error('Reader View refused the page this time');
          theirs.push(t);
        }
        qr.push(...mine);
        qrIntent.push(...withIntent);
        rv.push(...theirs);
        used.push(p.name);
        log(
          `${p.name}: Quietread ${ms(stats(mine).median)} (with intent ${ms(stats(withIntent).median)}), Reader View ${ms(stats(theirs).median)}`,
        );
      } catch (err) {
        log(
          `${p.name}: left out (${String(err?.message ?? err)
            .split('\n')[0]
            .slice(0, 80)})`,
        );
      }
    }
    const q = stats(qr);
    const qi = stats(qrIntent);
    const f = stats(rv);
    const median = q.median / f.median;
    const p95 = q.p95 / f.p95;
    return {
      rows: [
        {
          metric: `Firefox ESR, ${used.length} pages × ${runs}: reader open, Quietread, cold toggle (median / p95)`,
          value: `${ms(q.median)} / ${ms(q.p95)}`,
        },
        {
          metric: `  Quietread after the shortcut's modifiers, ${INTENT_LEAD_MS} ms ahead (median / p95)`,
          value: `${ms(qi.median)} / ${ms(qi.p95)}`,
        },
        {
          metric: '  Firefox Reader View, toggleReaderMode → content shown (median / p95)',
          value: `${ms(f.median)} / ${ms(f.p95)}`,
          ratio: '1×',
        },
        {
          metric: '  Quietread ÷ Reader View, median, cold toggle',
          value: '',
          ratio: `${median.toFixed(2)}×`,
          target: '≤ 0.7',
          met: median <= 0.7,
        },
        {
          metric: '  Quietread ÷ Reader View, p95, cold toggle',
          value: '',
          ratio: `${p95.toFixed(2)}×`,
          target: '≤ 1.0',
          met: p95 <= 1.0,
        },
        {
          metric: '  Quietread ÷ Reader View, median, with the intent',
          value: '',
          ratio: `${(qi.median / f.median).toFixed(2)}×`,
          target: '≤ 0.7',
          met: qi.median / f.median <= 0.7,
        },
        {
          metric: '  Quietread ÷ Reader View, p95, with the intent',
          value: '',
          ratio: `${(qi.p95 / f.p95).toFixed(2)}×`,
          target: '≤ 1.0',
          met: qi.p95 / f.p95 <= 1.0,
        },
      ],
      quietread: q,
      quietreadWithIntent: qi,
      readerView: f,
      pages: used,
    };
  } finally {
    await browser.close().catch(() => {});
    await server.close();
    fs.rmSync(helperDir, { recursive: true, force: true });
    fs.rmSync(profileDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await benchReaderFirefox({
    firefoxReaderRuns: Number(process.argv[2] ?? 3),
    firefoxReaderPages: Number(process.argv[3] ?? 60),
  });
  for (const r of out.rows)
    console.log(
      `${r.metric}: ${r.value} ${r.ratio ?? ''} ${r.target ? `(target ${r.target}: ${r.met ? 'met' : 'NOT met'})` : ''}`,
    );
  console.log(`pages: ${out.pages.join(', ')}`);
}
