// Firefox's figure for what a page pays: Firefox has no CDP Performance.getMetrics, so a probe in
// the page (a preload script) keeps a 0-ms MessageChannel loop going from the document's start
// until the load event plus 1 s and adds up every delay past 1 ms between two of its turns: the
// main-thread time taken by all other tasks (the page's and the extension's). Each page is loaded
// cold in two Firefox instances side by side, Quietread's and the minimal extension's,
// alternating; the figure is the difference of the medians.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { writeMinimalExtension } from './minimal-extension.mjs';
import { stats } from './page-bench.mjs';

const BIN = process.env.QUIETREAD_FIREFOX ?? '/usr/bin/firefox-esr';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function launchFirefox(extDir) {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-bench-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BIN,
    headless: true,
    userDataDir: profileDir,
    protocolTimeout: 300_000,
  });
  await browser.installExtension(extDir);
  return {
    browser,
    close: async () => {
      await browser.close().catch(() => {});
      fs.rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

function probe() {
  const w = window;
  w.__qrBusy = 0;
  const ch = new MessageChannel();
  let last = performance.now();
  ch.port1.onmessage = () => {
    const now = performance.now();
    if (now - last > 1) w.__qrBusy += now - last - 1;
    last = now;
    if (!w.__qrStop) ch.port2.postMessage(0);
  };
  ch.port2.postMessage(0);
}

async function coldLoad(browser, url) {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(probe);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await sleep(1000);
    return await page.evaluate(() => {
      window.__qrStop = true;
      return window.__qrBusy ?? NaN;
    });
  } finally {
    await page.close().catch(() => {});
  }
}

/** Returns { [name]: { ext, min } } busy-time medians in ms over `loads` cold loads of each page, or null without Firefox. */
export async function benchFirefoxLoads(extDir, pages, loads, log = () => {}) {
  if (!fs.existsSync(BIN)) return null;
  const minimalDir = writeMinimalExtension('firefox');
  const [ext, min] = await Promise.all([launchFirefox(extDir), launchFirefox(minimalDir)]);
  const out = {};
  try {
    for (const p of pages) {
      log(`Firefox cold loads: ${p.name} (${loads} × 2)…`);
      const runs = { ext: [], min: [] };
      for (let i = 0; i < loads; i++) {
        const order =
          i % 2
            ? [
                ['min', min],
                ['ext', ext],
              ]
            : [
                ['ext', ext],
                ['min', min],
              ];
        for (const [k, b] of order) runs[k].push(await coldLoad(b.browser, p.url));
      }
      out[p.name] = { ext: stats(runs.ext).median, min: stats(runs.min).median };
    }
  } finally {
    await Promise.all([ext.close(), min.close()]);
    fs.rmSync(minimalDir, { recursive: true, force: true });
  }
  return out;
}
