#!/usr/bin/env node
// Scores Quietread's extractor against plain Readability (jsdom) on a corpus in the format of
// /work/shared/corpus, in one process. Metric definitions follow the corpus's score.mjs.
//
//   npm run eval -- [--corpus DIR] [--split dev|all] [--dom linkedom|jsdom] [--json FILE] [--worst N]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { loadCorpus, scorePage, summarize } from './lib/corpus-metrics.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = { corpus: path.resolve(root, '../shared/corpus'), split: 'dev', dom: 'linkedom', json: null, worst: 8 };
for (let i = 2; i < process.argv.length; i++) {
  const k = process.argv[i];
  const v = process.argv[++i];
  if (k === '--corpus') args.corpus = path.resolve(v);
  else if (k === '--split') args.split = v;
  else if (k === '--dom') args.dom = v;
  else if (k === '--json') args.json = v;
  else if (k === '--worst') args.worst = Number(v);
  else {
    console.error(`eval: unknown argument ${k}\nusage: npm run eval -- [--corpus DIR] [--split dev|all] [--dom linkedom|jsdom] [--json FILE] [--worst N]`);
    process.exit(2);
  }
}
if (!fs.existsSync(path.join(args.corpus, 'corpus.json'))) {
  console.error(`eval: no corpus at ${args.corpus} (expected corpus.json, ${args.split}.json, pages/ and truth/ there).\n` +
    'Give one with: npm run eval -- --corpus DIR   (the corpus is kept outside the repository)');
  process.exit(2);
}

// Rebuild the CLI bundle when a source file is newer than it.
const bundle = path.join(root, 'dist/cli/quietread.mjs');
const newest = (dir) => fs.readdirSync(dir, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile()).reduce((m, e) => Math.max(m, fs.statSync(path.join(e.parentPath ?? e.path, e.name)).mtimeMs), 0);
if (!fs.existsSync(bundle) || Math.max(newest(path.join(root, 'src/core')), newest(path.join(root, 'src/cli'))) > fs.statSync(bundle).mtimeMs) {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { stdio: 'inherit' });
}
const { analyzeHtml } = await import(pathToFileURL(bundle).href);

const quiet = new VirtualConsole();
function plainReadability(html, url) {
  let doc;
  try {
    doc = new JSDOM(html, { url, virtualConsole: quiet }).window.document;
  } catch {
    // jsdom 29 throws on some stylesheets; without them it parses (Readability ignores styles).
    doc = new JSDOM(html.replace(/<style[\s\S]*?<\/style>/gi, ''), { url, virtualConsole: quiet }).window.document;
  }
  return { text: new Readability(doc).parse()?.textContent ?? '' };
}
function ours(html, url) {
  const r = analyzeHtml(html, url, { dom: args.dom });
  return r.ok ? { text: r.value.textContent, isWordPress: r.value.isWordPress, title: r.value.title } : { text: '', error: r.error };
}

const pages = loadCorpus(args.corpus, args.split).map((p) => ({ ...p, html: fs.readFileSync(p.file, 'utf8') }));
const extractors = { quietread: ours, readability: plainReadability };
const results = {};
for (const [name, fn] of Object.entries(extractors)) {
  const t0 = performance.now();
  const rows = pages.map((p) => {
    let out;
    try {
      out = fn(p.html, p.truth.url || 'http://localhost/');
    } catch (e) {
      out = { text: '', error: String(e?.message ?? e) };
    }
    return { ...scorePage(p.truth, out), error: out.error, titleGot: out.title };
  });
  results[name] = { rows, seconds: (performance.now() - t0) / 1000 };
}

const groups = [
  ['all', () => true],
  ['aeb- (human-annotated)', (r) => r.id.startsWith('aeb-')],
  ['rdb-', (r) => r.id.startsWith('rdb-')],
  ['tf-', (r) => r.id.startsWith('tf-')],
  ['WordPress pages', (r) => r.isWordPress],
  ['comment pages', (r) => r.hasComments],
];
const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : '-');
const pct = (x) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '-');
const table = [['group', 'extractor', 'pages', 'P', 'R', 'F1', 'mustC', 'mustNot leak', 'comment leak', 'WP prec', 'WP rec']];
for (const [g, keep] of groups) {
  for (const name of Object.keys(extractors)) {
    const s = summarize(results[name].rows.filter(keep));
    table.push([g, name, s.pages, f3(s.p), f3(s.r), f3(s.f1), pct(s.mustC), `${pct(s.leak)} /${s.leakPages}`, `${pct(s.commentLeak)} /${s.commentPages}`, f3(s.wp?.precision), f3(s.wp?.recall)]);
  }
}
const w = table[0].map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => (i < 2 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join('  ');
console.log(`corpus ${args.corpus} split=${args.split} pages=${pages.length} dom=${args.dom}\n`);
console.log(line(table[0]));
console.log(w.map((n) => '-'.repeat(n)).join('  '));
table.slice(1).forEach((r, i) => console.log(line(r) + (i % 2 === 1 ? '\n' : '')));

const q = results.quietread;
const b = results.readability;
console.log(`speed: quietread ${(pages.length / q.seconds).toFixed(1)} pages/s, readability (jsdom) ${(pages.length / b.seconds).toFixed(1)} pages/s (${(b.seconds / q.seconds).toFixed(2)}x)`);
const all = summarize(q.rows), base = summarize(b.rows);
const aeb = (rows) => summarize(rows.filter((r) => r.id.startsWith('aeb-')));
const checks = [
  [`aeb- F1 ${f3(aeb(q.rows).f1)} >= readability ${f3(aeb(b.rows).f1)} + 0.01`, aeb(q.rows).f1 >= aeb(b.rows).f1 + 0.01],
  [`F1 ${f3(all.f1)} >= readability ${f3(base.f1)}`, all.f1 >= base.f1],
  [`mustContain ${pct(all.mustC)} >= readability ${pct(base.mustC)}`, all.mustC >= base.mustC],
  [`mustNot leak ${pct(all.leak)} <= readability ${pct(base.leak)} / 3`, all.leak <= base.leak / 3],
  [`comment leak ${pct(all.commentLeak)} == 0`, all.commentLeak === 0],
  [`WordPress precision ${f3(all.wp?.precision)} >= 0.99 (fp ${all.wp?.fp})`, all.wp?.precision >= 0.99],
  [`WordPress recall ${f3(all.wp?.recall)} >= 0.95 (fn ${all.wp?.fn})`, all.wp?.recall >= 0.95],
];
console.log('\ntargets:');
for (const [text, ok] of checks) console.log(`  ${ok ? 'met ' : 'MISS'}  ${text}`);

const worst = q.rows.filter((r) => r.hasText).sort((x, y) => x.f1 - y.f1).slice(0, args.worst);
const problems = q.rows.filter((r) => r.leaked.length || r.error || r.mcMissing.length || (r.predWordPress !== undefined && r.predWordPress !== r.isWordPress));
console.log(`\nquietread, lowest F1: ${worst.map((r) => `${r.id} ${f3(r.f1)}`).join(', ')}`);
for (const r of problems) {
  const notes = [r.error && `error ${r.error}`, r.leaked.length && `leaks ${r.leaked.length}`, r.mcMissing.length && `missing ${r.mcMissing.length}`,
    r.predWordPress !== undefined && r.predWordPress !== r.isWordPress && `WordPress ${r.predWordPress ? 'false positive' : 'missed'}`].filter(Boolean);
  console.log(`  ${r.id}: ${notes.join(', ')}`);
}
if (args.json) fs.writeFileSync(args.json, JSON.stringify({ args, results: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.rows])) }, null, 1));
