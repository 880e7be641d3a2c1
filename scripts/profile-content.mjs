#!/usr/bin/env node
// `npm run profile:content -- [dir …]`: where the content scripts' time goes on a cold page load,
// a tool for working on the gate's cost (issue #14), not a bench row. Each extension folder given
// (default: dist/chrome and the bench's minimal extension) is loaded in its own Chromium; every page
// is loaded cold N times per browser, alternating, under a CDP trace. The CPU time of trace events
// whose script is an extension's (compile, evaluate, function calls, timers, listeners) is summed,
// with nested events counted once, so a variant can be compared with another in the same run
// with far less noise than ScriptDuration, which counts the page's own scripts too.
//   QR_PROFILE_LOADS (default 9), QR_PROFILE_PAGES (comma-separated names: seed,news,wcxb-…; default seed,news + 6 wcxb)
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/launch-chromium.mjs';
import { writeMinimalExtension } from './lib/minimal-extension.mjs';
import { startBenchPages } from './lib/bench-pages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NO_NETWORK = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The URL of the script an event runs, where the trace names one. */
function scriptUrl(e) {
  const d = e.args?.data ?? e.args ?? {};
  return d.url ?? d.scriptName ?? d.fileName ?? d.stackTrace?.[0]?.url ?? '';
}

/**
 * ms of CPU of complete events on extension scripts (thread time, `tts`/`tdur`: the time the thread
 * ran, not the time it waited for a core on a busy machine), overlapping ones merged per thread; by script file.
 */
function extensionTime(events) {
  const spans = new Map(); // `${tid} ${file}` → [start, end][]
  for (const e of events) {
    if (e.ph !== 'X' || typeof e.tdur !== 'number') continue;
    const url = scriptUrl(e);
    if (!/^(chrome-extension|moz-extension):/.test(url)) continue;
    const key = `${e.tid} ${url.replace(/^[^:]+:\/\/[^/]+\//, '')}${process.env.QR_PROFILE_BY_EVENT ? `:${e.name}` : ''}`;
    if (!spans.has(key)) spans.set(key, []);
    spans.get(key).push([e.tts, e.tts + e.tdur]);
  }
  const byFile = {};
  for (const [key, list] of spans) {
    list.sort((a, b) => a[0] - b[0]);
    let total = 0;
    let [s, t] = list[0];
    for (const [a, b] of list.slice(1)) {
      if (a > t) {
        total += t - s;
        [s, t] = [a, b];
      } else t = Math.max(t, b);
    }
    total += t - s;
    const file = key.split(' ')[1];
    byFile[file] = (byFile[file] ?? 0) + total / 1000;
  }
  return byFile;
}

async function tracedLoad(browser, url) {
  const page = await browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await sleep(1000);
    await cdp.send('Tracing.end');
    await done;
    return extensionTime(events);
  } finally {
    await page.close().catch(() => {});
  }
}

async function main() {
  const loads = Number(process.env.QR_PROFILE_LOADS ?? 9);
  const minimal = writeMinimalExtension('chrome');
  const dirs = process.argv.slice(2).length
    ? process.argv.slice(2).map((d) => path.resolve(d))
    : [path.join(root, 'dist', 'chrome'), minimal];
  const served = await startBenchPages(root, { wcxbCount: 30 });
  const wanted = process.env.QR_PROFILE_PAGES?.split(',');
  const pages = wanted
    ? served.pages.filter((p) => wanted.includes(p.name))
    : served.pages.filter((p, i) => p.kind !== 'wcxb' || i % 5 === 0);
  const browsers = await Promise.all(dirs.map((d) => launchChromium({ extensionDir: d, args: [NO_NETWORK] })));
  const label = (d) => (d === minimal ? 'minimal' : path.relative(root, d) || d);
  try {
    for (const p of pages) {
      const runs = dirs.map(() => []);
      for (let i = 0; i < loads; i++) {
        const order = dirs.map((_, k) => (k + i) % dirs.length);
        for (const k of order) runs[k].push(await tracedLoad(browsers[k].browser, p.url));
      }
      const parts = dirs.map((d, k) => {
        const files = [...new Set(runs[k].flatMap((r) => Object.keys(r)))];
        const total = median(runs[k].map((r) => Object.values(r).reduce((a, b) => a + b, 0)));
        const each = files.map((f) => `${f} ${median(runs[k].map((r) => r[f] ?? 0)).toFixed(2)}`).join(', ');
        return `${label(d)}: ${total.toFixed(2)} ms (${each || 'none'})`;
      });
      console.log(`${p.name.padEnd(12)} ${parts.join(' | ')}`);
    }
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
    await served.close();
    fs.rmSync(minimal, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
