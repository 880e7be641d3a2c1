#!/usr/bin/env node
// On-page cleanup on WCXB's real pages (../shared/wcxb-dev, README there): each page is served
// from a local server and loaded in real Chromium with the built extension (default settings).
// Prints two figures of issue 13, with their targets:
//   - comment sections folded: WordPress articles whose comment section (#comments, #respond,
//     .comment-respond) the page shows, where Quietread folded it; target ≥ 99 %;
//   - `with` snippets still visible: articles and forum threads where no `with` snippet that the
//     page shows was hidden by a Quietread fold; target 100 %.
// A snippet counts against Quietread only when it is out of sight (not in body.innerText) AND its
// text is inside a [data-quietread-collapsed] block: snippets the page itself hides (menus, tabs,
// script-built parts that cannot load offline) are not ours. One load per page, no baseline load.
// Requests to other hosts are aborted; navigations away are answered with 204.
// Usage: npm run measure:cleanup:wcxb [-- --types article,forum] [--ids a,b] [--wordpress] [--limit N] [--held-out only|exclude] [--json out.json]
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { isHeldOut, loadWcxb, wcxbGroups } from './lib/wcxb-metrics.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = path.resolve(arg('wcxb', path.join(root, '../shared/wcxb-dev')));
const types = arg('types', 'article,forum').split(',');
const onlyWordPress = process.argv.includes('--wordpress');
const limit = Number(arg('limit', '0')) || Infinity;
const heldOut = arg('held-out', 'all');
const jsonOut = arg('json', '');
const onlyIds = arg('ids', '').split(',').filter(Boolean);
const ext = path.join(root, 'dist', 'chrome');
const chromium = process.env.QUIETREAD_CHROMIUM ?? '/usr/bin/chromium';

if (!fs.existsSync(path.join(dir, 'ground-truth'))) {
  console.log(`measure-cleanup-wcxb: no WCXB pages at ${dir}: skipped. Pass --wcxb DIR to measure.`);
  process.exit(0);
}
if (!fs.existsSync(path.join(ext, 'manifest.json'))) {
  console.error('measure-cleanup-wcxb: no build at dist/chrome: run `npm run build` first.');
  process.exit(1);
}

const squash = (s) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
const pages = loadWcxb(dir)
  .filter((p) => (onlyIds.length ? onlyIds.includes(p.id) : types.includes(p.pageType)))
  .filter((p) => heldOut === 'all' || (heldOut === 'only') === isHeldOut(p.id))
  .map((p) => ({ ...p, html: zlib.gunzipSync(fs.readFileSync(p.file)).toString('utf8') }))
  .map((p) => ({ ...p, ...wcxbGroups(p.html) }))
  .filter((p) => !onlyWordPress || p.isWordPress)
  .slice(0, limit);

const server = http.createServer((req, res) => {
  const id = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname).replace(/^\/|\.html$/g, '');
  const page = pages.find((p) => p.id === id);
  if (!page) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/** Waits until the content script has marked the page and the folds have been stable for a moment. */
async function settle(page) {
  await page.waitForSelector('html[data-quietread]', { timeout: 15_000 });
  let last = '';
  for (let i = 0, stable = 0; i < 40 && stable < 4; i++) {
    const now = await page.evaluate(
      () =>
        `${document.documentElement.getAttribute('data-quietread')}|${document.querySelectorAll('[data-quietread-collapsed]').length}`,
    );
    stable = now === last ? stable + 1 : 0;
    last = now;
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** In the page: which snippets our folds hid, and whether the comment section is shown, folded or absent. */
function inspect(snippets) {
  const squash = (s) =>
    String(s ?? '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  const visible = squash(document.body?.innerText ?? '');
  const folded = Array.from(document.querySelectorAll('[data-quietread-collapsed]'), (el) => squash(el.textContent));
  const hidden = snippets.filter((s) => !visible.includes(squash(s)) && folded.some((t) => t.includes(squash(s))));
  const sections = Array.from(document.querySelectorAll('#comments, #respond, .comment-respond'));
  let section = 'none';
  if (sections.some((el) => el.closest('[data-quietread-collapsed]'))) section = 'folded';
  else if (sections.some((el) => el.checkVisibility() && el.innerText.trim().length > 0)) section = 'shown';
  const blocks = Array.from(
    document.querySelectorAll('[data-quietread-collapsed]'),
    (el) =>
      `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].slice(0, 3).join('.')}` : ''} (${el.textContent.length} chars)`,
  );
  return { hidden, section, blocks };
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-measure-wcxb-'));
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
for (const [i, p] of pages.entries()) {
  if (i % 50 === 0) process.stderr.write(`measure-cleanup-wcxb: ${i}/${pages.length}…\n`);
  const truth = JSON.parse(fs.readFileSync(p.truthFile, 'utf8')).ground_truth ?? {};
  const snippets = (Array.isArray(truth.with) ? truth.with : []).filter((s) => typeof s === 'string' && squash(s));
  const row = { id: p.id, type: p.pageType, isWordPress: p.isWordPress, hasComments: p.hasComments };
  const page = await browser.newPage();
  try {
    await page.setRequestInterception(true);
    const own = `${origin}/${p.id}.html`;
    page.on('request', (req) => {
      const main = req.isNavigationRequest() && req.frame() === page.mainFrame();
      const go = req.url() === own ? req.continue() : main ? req.respond({ status: 204, body: '' }) : req.abort();
      go.catch(() => {});
    });
    await page.goto(own, { waitUntil: 'load', timeout: 30_000 });
    await settle(page);
    Object.assign(row, await page.evaluate(inspect, snippets), {
      tokens: await page.evaluate(() => document.documentElement.getAttribute('data-quietread')),
    });
  } catch (err) {
    row.error = String(err?.message ?? err).split('\n')[0];
  }
  await page.close().catch(() => {});
  rows.push(row);
}
await browser.close();
server.close();
fs.rmSync(profile, { recursive: true, force: true });

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : 'n/a');
for (const r of rows) {
  const problems = [];
  if (r.error) problems.push(`error: ${r.error}`);
  if (r.hidden?.length)
    problems.push(
      `with snippets folded away: ${r.hidden.map((s) => JSON.stringify(s.slice(0, 60))).join(', ')}; folded: ${r.blocks.join(', ')}`,
    );
  if (r.type === 'article' && r.hasComments && r.section === 'shown')
    problems.push('comment section shown, not folded');
  if (problems.length)
    console.log(
      `FAIL ${r.id} (${r.type}${r.isWordPress ? ', WordPress' : ''}) [${r.tokens ?? '-'}]\n     ${problems.join('\n     ')}`,
    );
}
const ok = (r) => !r.error && r.hidden.length === 0;
console.log(
  `\nQuietread on-page cleanup on WCXB dev (${rows.length} pages: ${types.join(', ')}${onlyWordPress ? ', WordPress only' : ''}${heldOut === 'all' ? '' : `, held-out ${heldOut}`}; Chromium, default settings)\n`,
);
const withComments = rows.filter((r) => r.type === 'article' && r.hasComments && !r.error && r.section !== 'none');
const folded = withComments.filter((r) => r.section === 'folded');
console.log(
  `WordPress articles whose comment section is shown: folded ${folded.length}/${withComments.length} = ${pct(folded.length, withComments.length)} (target ≥ 99 %; ${rows.filter((r) => r.hasComments && r.section === 'none').length} more have the markup but show no section)`,
);
for (const type of types) {
  const list = rows.filter((r) => r.type === type);
  console.log(
    `${type}s with every shown \`with\` snippet still visible: ${list.filter(ok).length}/${list.length} = ${pct(list.filter(ok).length, list.length)} (target 100 %)`,
  );
}
const errors = rows.filter((r) => r.error).length;
if (errors) console.log(`pages that failed to load or settle: ${errors}`);
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(rows, null, 2));
