#!/usr/bin/env node
// `npm run bench`: a benchmark, not a test. Prints ONE table of figures and ratios measured in this
// run, in real Chromium and in Node, each with its target and whether it is met.
//
// Rows from other parts come from their modules when present (else "not available yet"):
//   scripts/bench-reader.mjs  → benchReader(ctx)     scripts/bench-popup.mjs → benchPopup(ctx)
//   scripts/bench-library.mjs → benchLibrary(ctx)     scripts/bench-reader-firefox.mjs → benchReaderFirefox(ctx)
//   scripts/bench-sync.mjs    → benchSync() (Node, its own Apache)
// ctx = { browser, extOrigin, url(path), seedUrl, pageUrls: {seed, 'mb-1', …}, readability: {seed: {median, p95, n}, …}, log }
// (readability: plain Readability times in ms on those pages, measured in this run, for ratios; a
// module may use its own browser instead). They return rows ({ metric, value, ratio?, target?, met? },
// one, an array or { rows }), or their own result, which an adapter below turns into rows.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './lib/launch-chromium.mjs';
import { benchPage, buildBenchBundle } from './lib/page-bench.mjs';
import { benchCli } from './lib/cli-bench.mjs';
import { startPageServer } from './lib/page-server.mjs';
import { userCostRows } from './lib/user-cost-bench.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const seedDir = path.resolve(root, '..', 'shared', 'seed');
const rows = [];
const ms = (v) => (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)) + ' ms';
const x = (v) => (v < 0.1 ? v.toFixed(3) : v.toFixed(2)) + '×';
const row = (metric, value, ratio = '', target = '', met = null) => rows.push({ metric, value, ratio, target, met });

function ensureBuilt() {
  if (!fs.existsSync(path.join(root, 'dist', 'chrome', 'manifest.json')))
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  // The reader bench reads the `quietread:*` timing marks, which only a measuring build sets (not the release build).
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--marks'], { stdio: 'inherit' });
  if (!fs.existsSync(path.join(root, 'dist', 'cli', 'quietread.mjs')))
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')], { stdio: 'inherit' });
}

function contentSize() {
  const file = path.join(root, 'dist', 'chrome', 'content.js');
  const raw = fs.readFileSync(file);
  const gz = zlib.gzipSync(raw, { level: 9 }).length;
  row(
    'content.js gzip size (always-on gate)',
    `${(gz / 1024).toFixed(1)} KB`,
    `${(raw.length / 1024).toFixed(1)} KB raw`,
    '≤ 4 KB',
    gz <= 4 * 1024,
  );
  const others = {
    'fold.js': 'injected only where the gate matches',
    'ondemand.js': 'injected for the reader, popup or save',
    'defuddle.js': "injected after the reader's first paint",
  };
  for (const [name, when] of Object.entries(others)) {
    const file = path.join(root, 'dist', 'chrome', name);
    if (!fs.existsSync(file)) continue;
    const bytes = fs.readFileSync(file);
    row(
      `  ${name} gzip size (${when})`,
      `${(zlib.gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB`,
      `${(bytes.length / 1024).toFixed(1)} KB raw`,
      '',
      null,
    );
  }
}

/** Rows from a result of unknown shape: rows as given, else every {median, p95} or number it holds. */
function genericRows(label, out) {
  if (Array.isArray(out)) return out;
  if (Array.isArray(out?.rows)) return out.rows;
  if (out && typeof out === 'object' && 'metric' in out) return [out];
  const found = [];
  for (const [k, v] of Object.entries(out ?? {})) {
    if (v && typeof v === 'object' && typeof v.median === 'number')
      found.push({ metric: `${label}: ${k} (median / p95)`, value: `${ms(v.median)} / ${ms(v.p95 ?? NaN)}` });
    else if (typeof v === 'number' && k !== 'runs')
      found.push({ metric: `${label}: ${k}`, value: String(+v.toFixed(3)) });
  }
  return found;
}

/** Rows another part's bench module gives (through `adapt`, when its result has a known shape), or "not available yet". */
async function external(file, fn, ctx, label, adapt = genericRows) {
  const full = path.join(root, 'scripts', file);
  if (!fs.existsSync(full)) return row(label, 'not available yet', '', '', null);
  try {
    const mod = await import(pathToFileURL(full).href);
    if (typeof mod[fn] !== 'function') return row(label, `not available yet (${file} has no ${fn})`, '', '', null);
    const out = await mod[fn](ctx);
    for (const r of adapt(label, out))
      row(
        r.metric ?? label,
        String(r.value ?? ''),
        r.ratio === undefined ? '' : String(r.ratio),
        r.target ?? '',
        r.met ?? null,
      );
  } catch (err) {
    row(
      label,
      `failed: ${String(err?.message ?? err)
        .split('\n')[0]
        .slice(0, 70)}`,
      '',
      '',
      false,
    );
  }
}

/** benchPopup() gives paint times of the skeleton, the title and the summary. */
function popupRows(label, out) {
  if (!out?.title) return genericRows(label, out);
  return [
    {
      metric: `popup open → first meaningful paint (title), median / p95, n=${out.runs}`,
      value: `${ms(out.title.median)} / ${ms(out.title.p95)}`,
    },
    {
      metric: '  popup open → skeleton / full summary painted (median)',
      value: `${ms(out.skeleton.median)} / ${ms(out.summary.median)}`,
    },
  ];
}

/** benchReader(): reader open time against plain Readability; the ratio's target is 1.15. */
function readerRows(label, out) {
  const ratio = typeof out?.ratio === 'number' ? out.ratio : null;
  if (ratio === null) return genericRows(label, out);
  const open = out.open ?? out.reader;
  const rows = [
    {
      metric: 'reader open ÷ plain Readability, seed page (median)',
      value: open?.median !== undefined ? `${ms(open.median)} open` : '',
      ratio: `${ratio.toFixed(2)}×`,
      target: '≤ 1.15',
      met: ratio <= 1.15,
    },
  ];
  if (out.analysis?.median !== undefined && open?.median !== undefined) {
    rows.push({
      metric: '  analysis done after (median; the frame loads meanwhile)',
      value: ms(out.analysis.median),
      ratio: `${(out.analysis.median / out.readability.median).toFixed(2)}×`,
      met: null,
    });
    rows.push({
      metric: '  plain Readability in the same page, fresh load (median)',
      value: ms(out.readability.median),
      ratio: '1×',
      met: null,
    });
  }
  return rows;
}

function printTable() {
  const head = ['Measure', 'Figure', 'Ratio', 'Target', 'Met'];
  const cells = rows.map((r) => [r.metric, r.value, r.ratio, r.target, r.met === null ? '–' : r.met ? 'yes' : 'NO']);
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c) => '| ' + c.map((v, i) => String(v).padEnd(w[i])).join(' | ') + ' |';
  console.log('\n' + line(head));
  console.log('|' + w.map((n) => '-'.repeat(n + 2)).join('|') + '|');
  for (const c of cells) console.log(line(c));
  const judged = rows.filter((r) => r.met !== null);
  console.log(
    `\n${judged.filter((r) => r.met).length} of ${judged.length} targets met. Ratios are against plain Readability (or jsdom + Readability) measured in this same run.`,
  );
}

async function main() {
  ensureBuilt();
  contentSize();
  // What a user pays (cold page loads against a minimal extension; the CLI as a whole process).
  for (const r of await userCostRows(root, (m) => process.stderr.write(`bench: ${m}\n`)))
    row(r.metric, r.value, r.ratio ?? '', r.target ?? '', r.met ?? null);
  row('Secondary: warm calls of the fold code (not what a page load pays)', '', '', '', null);
  const server = await startPageServer({
    '/fixtures/': path.join(root, 'test', 'fixtures') + path.sep,
    '/demo/': path.join(root, 'demo') + path.sep,
    ...(fs.existsSync(seedDir) ? { '/seed/': seedDir + path.sep } : {}),
  });
  const seedUrl = server.url(
    fs.existsSync(path.join(seedDir, 'her-review.html')) ? '/seed/her-review.html' : '/demo/her-review.html',
  );
  const pageUrls = {
    seed: seedUrl,
    'mb-1': server.url('/generated/mb-1.html'),
    'mb-2': server.url('/generated/mb-2.html'),
    'mb-5': server.url('/generated/mb-5.html'),
    'mb-10': server.url('/generated/mb-10.html'),
  };
  const runs = { seed: 41, 'mb-1': 15, 'mb-2': 9, 'mb-5': 7, 'mb-10': 5 };

  // Detect + collapse vs Readability: plain Chromium (no extension, so the page is as served).
  const bundle = await buildBenchBundle(root);
  const plain = await launchChromium();
  const timings = {};
  try {
    for (const [name, url] of Object.entries(pageUrls)) {
      process.stderr.write(`bench: ${name} (${runs[name]} runs)…\n`);
      timings[name] = await benchPage(plain.browser, url, bundle, runs[name]);
    }
  } finally {
    await plain.close();
  }
  const label = { seed: 'seed page (her-review)', 'mb-1': '1 MB page', 'mb-10': '10 MB page' };
  for (const name of ['seed', 'mb-1', 'mb-10']) {
    const t = timings[name];
    const ratio = t.detect.median / t.readability.median;
    const isSeed = name === 'seed';
    row(
      `  warm detect + collapse, ${label[name]} (median / p95, n=${t.detect.n}, ${t.folded} folded)`,
      `${ms(t.detect.median)} / ${ms(t.detect.p95)}`,
      `${x(ratio)} Readability`,
      isSeed ? '≤ 1 ms and ≤ 0.1×' : '',
      isSeed ? t.detect.median <= 1 && ratio <= 0.1 : null,
    );
    row(`  of which detect / find blocks / fold (medians)`, t.parts.map(ms).join(' / '), '', '', null);
    row(
      `  plain Readability, ${label[name]} (median / p95)`,
      `${ms(t.readability.median)} / ${ms(t.readability.p95)}`,
      '1×',
      '',
      null,
    );
  }
  const base = timings['mb-1'].detect.median;
  row(
    'growth with page size: detect + collapse median at 1 / 2 / 5 / 10 MB',
    ['mb-1', 'mb-2', 'mb-5', 'mb-10'].map((n) => ms(timings[n].detect.median)).join(' / '),
    ['mb-1', 'mb-2', 'mb-5', 'mb-10'].map((n) => (timings[n].detect.median / base).toFixed(1)).join(' / ') + ' × 1 MB',
    'linear or better',
    null,
  );
  const rbase = timings['mb-1'].readability.median;
  row(
    '  growth: Readability median at 1 / 2 / 5 / 10 MB',
    ['mb-1', 'mb-2', 'mb-5', 'mb-10'].map((n) => ms(timings[n].readability.median)).join(' / '),
    ['mb-1', 'mb-2', 'mb-5', 'mb-10'].map((n) => (timings[n].readability.median / rbase).toFixed(1)).join(' / ') +
      ' × 1 MB',
    '',
    null,
  );

  // Reader, popup and library: the extension in Chromium, measured by their own modules.
  const ext = await launchChromium({ extensionDir: path.join(root, 'dist', 'chrome-marks') });
  try {
    const readability = Object.fromEntries(Object.entries(timings).map(([k, t]) => [k, t.readability]));
    const ctx = {
      browser: ext.browser,
      extOrigin: ext.extOrigin,
      url: server.url,
      seedUrl,
      pageUrls,
      readability,
      log: () => {},
    };
    await external(
      'bench-reader.mjs',
      'benchReader',
      ctx,
      'reader open ÷ plain Readability (target ≤ 1.15)',
      readerRows,
    );
    // Beside Firefox's own Reader View, in Firefox ESR (its own browser, launched by the module).
    await external(
      'bench-reader-firefox.mjs',
      'benchReaderFirefox',
      ctx,
      'reader vs Firefox Reader View (Firefox ESR)',
    );
    await external('bench-popup.mjs', 'benchPopup', ctx, 'popup open to first meaningful paint', popupRows);
    await external('bench-library.mjs', 'benchLibrary', ctx, 'library');
  } finally {
    await ext.close();
    await server.close();
  }

  // Sync in Node against the real test Apache (mod_dav), with the real sync code and library store.
  process.stderr.write('bench: sync against the test WebDAV server…\n');
  await external('bench-sync.mjs', 'benchSync', {}, 'sync');

  // The CLI in Node against jsdom + Readability on the corpus's dev pages.
  process.stderr.write('bench: CLI on the corpus…\n');
  const cli = await benchCli(root, corpus);
  if (!cli)
    row('CLI pages/s vs jsdom + Readability', `skipped: no corpus at ${path.relative(root, corpus)}`, '', '≥ 2×', null);
  else {
    const ratio = cli.quietread.pagesPerSecond / cli.readability.pagesPerSecond;
    row(
      `CLI in-process pages/s on corpus dev (${cli.pages} pages × ${cli.rounds}), F1 (warm, secondary)`,
      `${cli.quietread.pagesPerSecond.toFixed(1)} pages/s, F1 ${cli.quietread.f1.toFixed(3)}`,
      `${x(ratio)} jsdom + Readability`,
      '≥ 2×',
      ratio >= 2,
    );
    row(
      '  jsdom + Readability pages/s, F1',
      `${cli.readability.pagesPerSecond.toFixed(1)} pages/s, F1 ${cli.readability.f1.toFixed(3)}`,
      '1×',
      '',
      null,
    );
  }
  printTable();
}

main().catch((err) => {
  console.error(`bench failed: ${err?.stack ?? err}`);
  process.exit(1);
});
