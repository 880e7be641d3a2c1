#!/usr/bin/env node
// Sync benchmark, in Node against the real test Apache (test/helpers/webdav-server.ts) with the real
// sync code and library store (IndexedDB from fake-indexeddb, in memory): times
//  - the first sync of 1,000 generated items (~500 words each) to an empty folder;
//  - a sync with nothing changed on either side (what the alarm pays every time);
//  - the same two with end-to-end encryption on.
// `npm run bench` calls benchSync(); run alone: node scripts/bench-sync.mjs
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ITEMS = 1000;
const WORDS = 'the quiet reader keeps a marigold sunset review of slow cinema and long books'.split(' ');
const ms = (v) => (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)) + ' ms';

function item(n) {
  const url = `https://blog.example/2024/review-${n}/`;
  const text = Array.from({ length: 500 }, (_, i) => WORDS[(i * 7 + n) % WORDS.length]).join(' ');
  return {
    url,
    canonicalUrl: url,
    title: `Review ${n}`,
    byline: 'Mara Lind',
    siteName: 'Slow Reviews',
    publishedTime: null,
    lang: 'en',
    isReview: true,
    rating: null,
    excerpt: text.slice(0, 120),
    summary: [],
    contentHtml: `<p>${text}</p>`,
    textContent: text,
    textHash: `h${n}`,
    wordCount: 500,
    readingMinutes: 2,
    tags: ['bench'],
  };
}

/** Rows for bench.mjs: { metric, value }. */
export async function benchSync() {
  const vite = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true },
  });
  try {
    const m = await vite.ssrLoadModule('/scripts/lib/sync-bench-entry.ts');
    if (!m.hasApache())
      return [{ metric: 'sync', value: 'skipped: no /usr/sbin/apache2 (apt: apache2 apache2-utils)' }];
    const server = await m.startWebdavServer();
    const rows = [];
    try {
      for (const passphrase of ['', 'bench passphrase']) {
        const tag = passphrase ? 'encrypted' : 'plain';
        const lib = await m.openLibrary(`bench-${tag}`);
        const base = await m.openBaseStore(`bench-base-${tag}`);
        for (let n = 0; n < ITEMS; n++) await lib.save(item(n));
        const config = {
          serverUrl: server.url,
          user: server.user,
          password: server.password,
          folder: `bench-${tag}`,
          passphrase,
        };
        const run = async () => {
          const t0 = performance.now();
          const r = await m.syncNow(config, m.libraryLocal(lib), base, { clientId: 'bench' });
          if (!r.ok) throw new Error(`sync failed: ${r.message}`);
          return { t: performance.now() - t0, r: r.value };
        };
        const first = await run();
        const again = await run();
        rows.push({
          metric: `sync ${ITEMS.toLocaleString('en')} items to an empty folder (${tag}, uploaded ${first.r.uploaded})`,
          value: ms(first.t),
        });
        rows.push({
          metric: `  no-change sync of ${ITEMS.toLocaleString('en')} items (${tag}, moved ${again.r.uploaded + again.r.downloaded})`,
          value: ms(again.t),
        });
        lib.close();
        base.close();
      }
    } finally {
      await server.dispose();
    }
    return rows;
  } finally {
    await vite.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await benchSync()) console.log(`${r.metric}: ${r.value}`);
}
