#!/usr/bin/env node
// Measures on-page cleanup on real pages: each corpus page is served from a local server and
// loaded in real Chromium with the built extension (default settings). Prints, per page, what
// failed, then two figures:
//   - comment pages folded: pages with comment strings where every one is out of sight
//     (absent from document.body.innerText), target ≥ 95 %;
//   - article kept: pages where every must-contain string stays visible, target 100 %.
// Requests to other hosts are aborted (no network; pages render from their own HTML only), and
// navigations away from the page are answered with 204 so the tab stays on it.
// Usage: npm run measure:cleanup [-- --corpus DIR] [--split dev|all] [--ids a,b] [--json out.json]
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { loadCorpus, normText } from './lib/corpus-metrics.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const corpusDir = path.resolve(arg('corpus', path.join(root, '../shared/corpus')));
const split = arg('split', 'dev');
const onlyIds = arg('ids', '')?.split(',').filter(Boolean) ?? [];
const jsonOut = arg('json', '');
const ext = path.join(root, 'dist', 'chrome');
const chromium = process.env.QUIETREAD_CHROMIUM ?? '/usr/bin/chromium';

if (
  !fs.existsSync(path.join(corpusDir, `${split}.json`)) &&
  !(split === 'all' && fs.existsSync(path.join(corpusDir, 'corpus.json')))
) {
  console.log(`measure-cleanup: no corpus at ${corpusDir} (split "${split}"): skipped. Pass --corpus DIR to measure.`);
  process.exit(0);
}
if (!fs.existsSync(path.join(ext, 'manifest.json'))) {
  console.error('measure-cleanup: no build at dist/chrome: run `npm run build` first.');
  process.exit(1);
}

const pages = loadCorpus(corpusDir, split).filter((p) => onlyIds.length === 0 || onlyIds.includes(p.id));

function serve(dir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile())
      return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Waits until the content script has analysed the page and the folds have been stable for a moment. */
async function settle(page) {
  await page.waitForSelector('html[data-quietread]', { timeout: 15_000 });
  let last = '';
  let stable = 0;
  for (let i = 0; i < 40 && stable < 4; i++) {
    const now = await page.evaluate(
      () =>
        `${document.documentElement.getAttribute('data-quietread')}|${document.querySelectorAll('[data-quietread-collapsed]').length}|${document.querySelectorAll('[data-quietread-stub]').length}`,
    );
    stable = now === last ? stable + 1 : 0;
    last = now;
    await new Promise((r) => setTimeout(r, 150));
  }
}

const server = await serve(path.join(corpusDir, 'pages') + path.sep);
const origin = `http://127.0.0.1:${server.address().port}`;
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-measure-'));
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  userDataDir: profile,
  enableExtensions: true,
  args: [
    '--no-sandbox',
    '--disable-dev-shm-usage',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
  ],
});
await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
  timeout: 20_000,
});

const rows = [];
for (const p of pages) {
  const t = p.truth;
  const row = {
    id: p.id,
    isWordPress: t.isWordPress,
    truthIncludesComments: Boolean(t.truthIncludesComments),
    commentStrings: t.commentStrings ?? [],
    mustContain: t.mustContain ?? [],
  };
  const page = await browser.newPage();
  try {
    await page.setRequestInterception(true);
    const own = `${origin}/${p.id}.html`;
    page.on('request', (req) => {
      const url = new URL(req.url());
      const main = req.isNavigationRequest() && req.frame() === page.mainFrame();
      let go;
      if (req.url() === own || (url.origin === origin && !main)) go = req.continue();
      // Some pages send themselves to https:// by script ("if protocol != https: location = …"):
      // the same page is answered locally, as its real https server would.
      else if (main && url.host === new URL(origin).host && url.pathname === `/${p.id}.html`)
        go = req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fs.readFileSync(p.file) });
      else if (main)
        go = req.respond({ status: 204, body: '' }); // any other navigation away: stay on the page
      else go = req.abort();
      go.catch(() => {});
    });
    await page.goto(own, { waitUntil: 'load', timeout: 30_000 });
    await settle(page);
    const seen = await page.evaluate(() => ({
      text: document.body?.innerText ?? '',
      tokens: document.documentElement.getAttribute('data-quietread'),
      stubs: Array.from(document.querySelectorAll('[data-quietread-stub]'), (s) =>
        s.getAttribute('data-quietread-stub'),
      ),
    }));
    const text = normText(seen.text);
    row.tokens = seen.tokens;
    row.stubs = seen.stubs;
    row.commentVisible = row.commentStrings.filter((s) => text.includes(normText(s)));
    row.mustMissing = row.mustContain.filter((s) => !text.includes(normText(s)));
  } catch (err) {
    row.error = String(err?.message ?? err);
  }
  await page.close().catch(() => {});
  rows.push(row);
}
await browser.close();
server.close();
fs.rmSync(profile, { recursive: true, force: true });

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : 'n/a');
const commentPages = rows.filter((r) => r.commentStrings.length > 0);
const folded = commentPages.filter((r) => !r.error && r.commentVisible.length === 0);
const mustPages = rows.filter((r) => r.mustContain.length > 0);
const mustPagesWithComments = commentPages.filter((r) => r.mustContain.length > 0);
const kept = (list) => list.filter((r) => !r.error && r.mustMissing.length === 0);

console.log(`Quietread on-page cleanup, corpus ${split} (${rows.length} pages, Chromium, default settings)\n`);
for (const r of rows) {
  const problems = [];
  if (r.error) problems.push(`error: ${r.error}`);
  if (r.commentVisible?.length)
    problems.push(`comment strings visible: ${r.commentVisible.map((s) => JSON.stringify(s.slice(0, 50))).join(', ')}`);
  if (r.mustMissing?.length)
    problems.push(`article strings hidden: ${r.mustMissing.map((s) => JSON.stringify(s.slice(0, 50))).join(', ')}`);
  if (problems.length && r.truthIncludesComments)
    problems.push("(this page's ground truth itself includes comment text: folding the comments hides it)");
  if (problems.length)
    console.log(
      `FAIL ${r.id}${r.isWordPress ? ' (WordPress)' : ''} [${r.tokens ?? '-'}] stubs: ${(r.stubs ?? []).join(' ') || 'none'}\n     ${problems.join('\n     ')}`,
    );
}
const untouched = rows.filter((r) => r.commentStrings.length === 0 && (r.stubs ?? []).length > 0).length;
console.log('');
console.log(
  `comment pages folded (every comment string out of sight): ${folded.length}/${commentPages.length} = ${pct(folded.length, commentPages.length)}`,
);
console.log(
  `article kept on comment pages (every must-contain string visible): ${kept(mustPagesWithComments).length}/${mustPagesWithComments.length} = ${pct(kept(mustPagesWithComments).length, mustPagesWithComments.length)}`,
);
console.log(
  `article kept on all pages: ${kept(mustPages).length}/${mustPages.length} = ${pct(kept(mustPages).length, mustPages.length)}`,
);
const clean = mustPagesWithComments.filter((r) => !r.truthIncludesComments);
console.log(
  `article kept on comment pages whose truth has no comment text: ${kept(clean).length}/${clean.length} = ${pct(kept(clean).length, clean.length)}`,
);
console.log(`pages without comment strings that got a stub: ${untouched}/${rows.length - commentPages.length}`);
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(rows, null, 2));
