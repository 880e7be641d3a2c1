#!/usr/bin/env node
// Popup open → first meaningful paint, in real Chromium with the built extension: the time from the
// popup page's navigation start to the paint of its title (`elementtiming="summary-title"`) and of
// the three summary sentences (`elementtiming="summary-sentences"`), read with the Element Timing API,
// and its first contentful paint (the loading skeleton).
// `npm run bench` calls benchPopup(); alone: npm run build && node scripts/bench-popup.mjs [runs]
import { fileURLToPath } from 'node:url';
import { launchChromium, serveFixtures, tabIdOf } from './lib/popup-chromium.mjs';

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

/** Paint times (ms since the popup's navigation start) of its title and its summary, once both painted. */
async function paintTimes(popup) {
  const end = Date.now() + 20_000;
  for (;;) {
    // Element Timing entries reach observers only (not getEntriesByType); `buffered` replays the early ones.
    const t = await popup.evaluate(
      () =>
        new Promise((resolve) => {
          const seen = { title: null, summary: null };
          const observer = new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
              const key =
                e.identifier === 'summary-title' ? 'title' : e.identifier === 'summary-sentences' ? 'summary' : null;
              const time = e.renderTime || e.loadTime;
              if (key && (seen[key] === null || time < seen[key])) seen[key] = time;
            }
          });
          observer.observe({ type: 'element', buffered: true });
          setTimeout(() => {
            observer.disconnect();
            seen.skeleton = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
            resolve(seen);
          }, 50);
        }),
    );
    if (t.title !== null && t.summary !== null) return t;
    if (Date.now() > end)
      throw new Error(`the popup did not paint its summary (title: ${t.title}, summary: ${t.summary})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Measures popup open → first meaningful paint `runs` times on the WordPress review fixture and
 * prints median and p95. Returns the samples and the summary numbers (ms).
 */
export async function benchPopup({ runs = 15, fixture = '/fixtures/popup/wp-review.html', log = console.log } = {}) {
  const server = await serveFixtures();
  const chromium = await launchChromium();
  try {
    const { browser, extOrigin } = chromium;
    const page = await browser.newPage();
    await page.goto(server.url(fixture), { waitUntil: 'load' });
    await page.waitForSelector('html[data-quietread]');
    const tabId = await tabIdOf(browser, extOrigin, page);
    const skeleton = [];
    const title = [];
    const summary = [];
    for (let i = 0; i < runs + 1; i++) {
      const popup = await browser.newPage();
      await popup.setViewport({ width: 400, height: 600 });
      await popup.goto(`${extOrigin}/popup.html?tab=${tabId}`, { waitUntil: 'domcontentloaded' });
      const t = await paintTimes(popup);
      await popup.close();
      if (i === 0) continue; // the first opening also compiles the popup's code: a warm-up, not a sample
      if (t.skeleton !== null) skeleton.push(t.skeleton);
      title.push(t.title);
      summary.push(t.summary);
    }
    const stats = (xs) => ({ median: quantile(xs, 0.5), p95: quantile(xs, 0.95) });
    const result = {
      runs,
      skeleton: stats(skeleton),
      title: stats(title),
      summary: stats(summary),
      samples: { skeleton, title, summary },
    };
    const f = (n) => `${n.toFixed(0)} ms`;
    log(
      `Popup open → first paint (skeleton):                  median ${f(result.skeleton.median)}, p95 ${f(result.skeleton.p95)}`,
    );
    log(
      `Popup open → title painted (first meaningful paint): median ${f(result.title.median)}, p95 ${f(result.title.p95)} (${runs} runs, ${chromium.version ?? 'Chromium'})`,
    );
    log(
      `Popup open → summary painted (3 sentences):          median ${f(result.summary.median)}, p95 ${f(result.summary.p95)}`,
    );
    return result;
  } finally {
    await chromium.close();
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2] ?? 15);
  benchPopup({ runs }).catch((err) => {
    console.error(`bench-popup: ${err?.message ?? err}`);
    process.exit(1);
  });
}
