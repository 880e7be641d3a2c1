#!/usr/bin/env node
// Library benchmark, in real Chromium on the real library page (extension origin, real IndexedDB):
// seeds 10,000 generated items (~500 words each) into the store, then times
//  - search: the page's own createSearchIndex + applyFilters (bundled from src/library), 200 queries
//    of four kinds (common word, rarer word, two words, a word half typed), after 10 warm-ups;
//  - the library page opening with 10,000 items until the list is on screen;
//  - save: `any-to-background:save` round trips from an extension page into the 10,000-item store.
// `npm run bench` calls benchLibrary(ctx) with its Chromium; run alone: npm run build && node scripts/bench-library.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium } from './lib/launch-chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ITEMS = 10_000;
const WORDS = 500;
const QUERIES = 200;
const SAVES = 40;

const ms = (v) => (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)) + ' ms';
function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median, p95: s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)], n: s.length };
}

async function buildBundle() {
  const outDir = path.join(root, 'node_modules', '.cache', 'quietread-bench-library');
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    define: { __QR_DEV__: 'false' },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: ['chrome120'],
      lib: {
        entry: path.join(root, 'scripts', 'lib', 'library-bench-entry.ts'),
        formats: ['iife'],
        name: 'quietreadLibraryBench',
        fileName: () => 'library-bench.js',
      },
    },
  });
  return fs.readFileSync(path.join(outDir, 'library-bench.js'), 'utf8');
}

/** Waits in the page until the library shows `n` saved pages; returns performance.now() then (ms since navigation start). */
const listedAt = (page, n) =>
  page.evaluate(
    (want) =>
      new Promise((resolve) => {
        const check = () =>
          document
            .querySelector('[data-testid="library-count"]')
            ?.textContent?.startsWith(`${want.toLocaleString()} saved`)
            ? resolve(performance.now())
            : requestAnimationFrame(check);
        check();
      }),
    n,
  );

/** Waits until the page's search index is built; returns performance.now() then. */
const searchReadyAt = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const check = () =>
          document.querySelector('[data-testid="library-search"]')?.getAttribute('data-ready') === 'true'
            ? resolve(performance.now())
            : setTimeout(check, 5);
        check();
      }),
  );

/** Writes the generated items straight into the library's object store, 1,000 per transaction. */
const seed = (page) =>
  page.evaluate(
    (count, words) =>
      new Promise((resolve, reject) => {
        const B = globalThis.__qrLibraryBench;
        const items = B.generateItems(count, words, B.vocabulary(5000));
        const open = indexedDB.open('quietread-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = async () => {
          const db = open.result;
          for (let i = 0; i < items.length; i += 1000) {
            await new Promise((done, fail) => {
              const tx = db.transaction('items', 'readwrite');
              for (const item of items.slice(i, i + 1000)) tx.objectStore('items').put(item);
              tx.oncomplete = done;
              tx.onerror = () => fail(tx.error);
            });
          }
          db.close();
          resolve(items.length);
        };
      }),
    ITEMS,
    WORDS,
  );

/** Times the page's search over every stored item. */
const searchTimes = (page) =>
  page.evaluate(async (nQueries) => {
    const B = globalThis.__qrLibraryBench;
    const items = await new Promise((resolve, reject) => {
      const open = indexedDB.open('quietread-library');
      open.onsuccess = () => {
        const req = open.result.transaction('items').objectStore('items').index('savedAt').getAll();
        req.onsuccess = () => {
          open.result.close();
          resolve(req.result.reverse());
        };
        req.onerror = () => reject(req.error);
      };
      open.onerror = () => reject(open.error);
    });
    const vocab = B.vocabulary(5000);
    const t0 = performance.now();
    const index = B.createSearchIndex(items);
    const indexMs = performance.now() - t0;
    const word = (i, from, to) => vocab[from + ((i * 7919) % (to - from))];
    const query = (i) =>
      [
        word(i, 5, 200),
        word(i, 500, 3000),
        `${word(i, 20, 400)} ${word(i + 1, 100, 1500)}`,
        word(i, 50, 800).slice(0, 4),
      ][i % 4];
    const times = [];
    const hits = [];
    for (let i = -10; i < nQueries; i++) {
      const q = query(Math.abs(i));
      const s = performance.now();
      const found = B.applyFilters(items, { ...B.NO_FILTERS, query: q }, index);
      if (i >= 0) {
        times.push(performance.now() - s);
        hits.push(found.length);
      }
    }
    return { items: items.length, indexMs, times, hits };
  }, QUERIES);

/** Times save round trips (message → background → IndexedDB → reply) from an extension page. */
const saveTimes = (page) =>
  page.evaluate(async (n) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const B = globalThis.__qrLibraryBench;
    const fresh = B.generateItems(n, 800, B.vocabulary(5000, 99), 1234);
    const times = [];
    for (const [i, item] of fresh.entries()) {
      const analysis = {
        ...item,
        url: `https://save-bench.example/${Date.now()}-${i}/`,
        canonicalUrl: null,
        summary: ['One.', 'Two.'],
        comments: { count: 0, items: [] },
      };
      const s = performance.now();
      const reply = await api.runtime.sendMessage({ type: 'any-to-background:save', analysis });
      times.push(performance.now() - s);
      if (!reply?.ok) throw new Error(`save failed: ${JSON.stringify(reply)}`);
    }
    return times;
  }, SAVES);

/** Runs the library benchmark in `ctx.browser` (Chromium with the extension); returns rows for `npm run bench`. */
export async function benchLibrary(ctx) {
  const { browser, extOrigin } = ctx;
  const bundle = await buildBundle();
  const page = await browser.newPage();
  try {
    await page.goto(`${extOrigin}/library.html`, { waitUntil: 'load' });
    await listedAt(page, 0).catch(() => {}); // the page opened (and so created) the database
    await page.evaluate(bundle); // DevTools evaluation is not bound by the page's CSP
    const seeded = await seed(page);
    const opens = [];
    const readies = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`${extOrigin}/library.html`, { waitUntil: 'load' });
      opens.push(await listedAt(page, seeded));
      readies.push(await searchReadyAt(page));
    }
    await page.evaluate(bundle);
    const search = await searchTimes(page);
    await page.goto(`${extOrigin}/reader.html?saved=bench-none`, { waitUntil: 'load' }); // a quiet extension page: no list to re-read on each save
    await page.evaluate(bundle);
    const saves = stats(await saveTimes(page));
    const s = stats(search.times);
    const open = stats(opens);
    const ready = stats(readies);
    const zero = search.hits.filter((h) => h === 0).length;
    return [
      {
        metric: `library search, ${search.items.toLocaleString()} items × ${WORDS} words (median / p95, n=${s.n})`,
        value: `${ms(s.median)} / ${ms(s.p95)}`,
        ratio: `${zero} of ${s.n} queries found nothing`,
        target: '≤ 30 ms median',
        met: s.median <= 30,
      },
      { metric: `  library search index build, ${search.items.toLocaleString()} items`, value: ms(search.indexMs) },
      {
        metric: `  library page open → ${seeded.toLocaleString()} items listed / search ready (medians of ${open.n})`,
        value: `${ms(open.median)} / ${ms(ready.median)}`,
      },
      {
        metric: `library save, message → stored (median / p95, n=${saves.n}, into ${seeded.toLocaleString()} items)`,
        value: `${ms(saves.median)} / ${ms(saves.p95)}`,
      },
    ];
  } finally {
    await page.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ext = await launchChromium({ extensionDir: path.join(root, 'dist', 'chrome') });
  try {
    const rows = await benchLibrary({ browser: ext.browser, extOrigin: ext.extOrigin });
    console.log(`Library benchmark in ${await ext.browser.version()} (real library page, real IndexedDB):`);
    for (const r of rows)
      console.log(
        `${r.metric}: ${r.value}${r.ratio ? ` (${r.ratio})` : ''}${r.target ? `  target ${r.target}: ${r.met ? 'met' : 'NOT met'}` : ''}`,
      );
  } finally {
    await ext.close();
  }
}
