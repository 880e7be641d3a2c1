// What a page pays for the extension, in real Chromium: each page is loaded cold (a new tab, no
// HTTP cache) in two browsers launched side by side, one with Quietread and one with the minimal
// extension (minimal-extension.mjs), alternating; after the load event plus 1 s, CDP
// Performance.getMetrics gives the tab's ScriptDuration and TaskDuration, and a longtask
// observer the long tasks. Other hosts do not resolve: pages render from their own HTML.
import fs from 'node:fs';
import { launchChromium } from './launch-chromium.mjs';
import { writeMinimalExtension } from './minimal-extension.mjs';
import { stats } from './page-bench.mjs';

const NO_NETWORK = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One cold load of `url`; the figures in ms, and how many blocks are folded once it settled. */
async function coldLoad(browser, url) {
  const page = await browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.evaluateOnNewDocument(() => {
      const w = window;
      w.__qrLong = [];
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__qrLong.push(e.duration);
        }).observe({ type: 'longtask', buffered: true });
      } catch {
        /* no longtask support: none counted */
      }
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await sleep(1000);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    const seen = await page.evaluate(() => ({
      long: window.__qrLong ?? [],
      folded: document.querySelectorAll('[data-quietread-collapsed]').length,
    }));
    return {
      script: m.ScriptDuration * 1000,
      task: m.TaskDuration * 1000,
      longCount: seen.long.length,
      longMs: seen.long.reduce((a, b) => a + b, 0),
      folded: seen.folded,
    };
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * Loads every page `loads(page)` times in each browser, alternating; returns per page the medians
 * of both and the folded count: { [name]: { ext: {script, task}, min: {script, task}, folded, long: {ext, min} } }.
 */
export async function benchColdLoads(extDir, pages, loads, log = () => {}) {
  const minimalDir = writeMinimalExtension('chrome');
  const [ext, min] = await Promise.all([
    launchChromium({ extensionDir: extDir, args: [NO_NETWORK] }),
    launchChromium({ extensionDir: minimalDir, args: [NO_NETWORK] }),
  ]);
  const out = {};
  try {
    for (const p of pages) {
      const n = loads(p);
      log(`cold loads: ${p.name} (${n} × 2)…`);
      const runs = { ext: [], min: [] };
      for (let i = 0; i < n; i++) {
        // Alternate which goes first: neither always meets the other's leftovers.
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
      const med = (list, key) => stats(list.map((r) => r[key])).median;
      out[p.name] = {
        kind: p.kind,
        ext: { script: med(runs.ext, 'script'), task: med(runs.ext, 'task') },
        min: { script: med(runs.min, 'script'), task: med(runs.min, 'task') },
        folded: Math.max(...runs.ext.map((r) => r.folded)),
        long: {
          ext: { count: runs.ext.reduce((a, r) => a + r.longCount, 0), ms: runs.ext.reduce((a, r) => a + r.longMs, 0) },
          min: { count: runs.min.reduce((a, r) => a + r.longCount, 0), ms: runs.min.reduce((a, r) => a + r.longMs, 0) },
          loads: n,
        },
      };
    }
  } finally {
    await Promise.all([ext.close(), min.close()]);
    fs.rmSync(minimalDir, { recursive: true, force: true });
  }
  return out;
}
