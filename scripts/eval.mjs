#!/usr/bin/env node
// Scores Quietread against plain Readability and Defuddle (both on jsdom) in one run, on the corpus in
// /work/shared/corpus's format and on the WCXB dev split (/work/shared/wcxb-dev), one worker thread per
// core. WCXB is printed in two parts: ids not ending in 7, 8 or 9 are for tuning, the rest only confirm.
//
//   npm run eval -- [--corpus DIR] [--split dev|all] [--wcxb DIR] [--only corpus|wcxb] [--part tune|holdout|both]
//                   [--types article,forum,...] [--workers N] [--json FILE] [--no-cache] [--dump DIR] [--every N]
//
// The baselines' scores are cached in .cache/ (keyed by their package versions and the scoring code).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadCorpus } from './lib/corpus-metrics.mjs';
import { loadBaselineCache, saveBaselineCache } from './lib/eval-cache.mjs';
import { evalBundle } from './lib/eval-bundle.mjs';
import { EXTRACTORS, reportCorpus, reportWcxb } from './lib/eval-report.mjs';
import { isHeldOut, loadWcxb } from './lib/wcxb-metrics.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const usage =
  'usage: npm run eval -- [--corpus DIR] [--split dev|all] [--wcxb DIR] [--only corpus|wcxb] [--part tune|holdout|both] [--types article,...] [--workers N] [--json FILE] [--no-cache] [--dump DIR] [--every N]';
const args = {
  corpus: path.resolve(root, '../shared/corpus'),
  split: 'dev',
  wcxb: path.resolve(root, '../shared/wcxb-dev'),
  only: null,
  part: 'both',
  types: null,
  workers: Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 4)),
  json: null,
  cache: true,
  dump: null,
  every: 1,
};
for (let i = 2; i < process.argv.length; i++) {
  const k = process.argv[i];
  if (k === '--holdout') {
    args.part = 'both';
    continue;
  }
  if (k === '--no-cache') {
    args.cache = false;
    continue;
  }
  const v = process.argv[++i];
  if (k === '--corpus') args.corpus = path.resolve(v);
  else if (k === '--split') args.split = v;
  else if (k === '--wcxb') args.wcxb = path.resolve(v);
  else if (k === '--only' && ['corpus', 'wcxb'].includes(v)) args.only = v;
  else if (k === '--part' && ['tune', 'holdout', 'both'].includes(v)) args.part = v;
  else if (k === '--types') args.types = v.split(',');
  else if (k === '--workers') args.workers = Math.max(1, Number(v) || 1);
  else if (k === '--json') args.json = v;
  else if (k === '--dump') args.dump = path.resolve(v);
  else if (k === '--every') args.every = Math.max(1, Number(v) || 1);
  else {
    console.error(`eval: unknown argument ${k}\n${usage}`);
    process.exit(2);
  }
}
const useCorpus = args.only !== 'wcxb' && fs.existsSync(path.join(args.corpus, 'corpus.json'));
const useWcxb = args.only !== 'corpus' && fs.existsSync(path.join(args.wcxb, 'ground-truth'));
if (!useCorpus && !useWcxb) {
  console.error(
    `eval: no corpus at ${args.corpus} nor WCXB split at ${args.wcxb} (both are kept outside the repository).\n${usage}`,
  );
  process.exit(2);
}

const bundle = await evalBundle(root);
const tasks = [];
if (useCorpus)
  for (const p of loadCorpus(args.corpus, args.split))
    tasks.push({ key: `c:${p.id}`, kind: 'corpus', id: p.id, file: p.file, truth: p.truth });
if (useWcxb) {
  for (const p of loadWcxb(args.wcxb)) {
    if (args.types && !args.types.includes(p.pageType)) continue;
    if (args.part !== 'both' && isHeldOut(p.id) !== (args.part === 'holdout')) continue;
    if (Number(p.id) % args.every !== 0) continue; // a sample, for a busy machine
    tasks.push({ key: `w:${p.id}`, kind: 'wcxb', ...p });
  }
}

if (args.dump) fs.mkdirSync(args.dump, { recursive: true });
const cache = loadBaselineCache(root, args.cache);
for (const t of tasks) t.cached = cache.rows[t.key];

// A shared queue: each worker gets its next page when it answers, so slow pages do not pile up on one.
const t0 = performance.now();
const answers = new Map();
await new Promise((resolve, reject) => {
  let next = 0,
    live = 0;
  const start = () => {
    const w = new Worker(path.join(root, 'scripts/lib/eval-worker.mjs'), {
      workerData: { bundle, dumpDir: args.dump },
    });
    live++;
    const feed = () => (next < tasks.length ? w.postMessage(tasks[next++]) : w.terminate());
    w.on('message', (m) => {
      answers.set(m.key, m.rows);
      if (answers.size % 100 === 0) {
        process.stderr.write(`eval: ${answers.size}/${tasks.length} pages\n`);
        saveBaselineCache(root, cache, answers); // an interrupted run keeps the baselines it scored
      }
      feed();
    });
    w.on('error', reject);
    w.on('exit', () => --live === 0 && resolve());
    feed();
  };
  for (let i = 0; i < Math.min(args.workers, tasks.length); i++) start();
});
const seconds = (performance.now() - t0) / 1000;
saveBaselineCache(root, cache, answers);

const broken = [...answers].filter(([, rows]) => rows.error);
for (const [key, rows] of broken) console.error(`eval: ${key} failed in the worker: ${rows.error}`);
const collect = (kind, keep = () => true) =>
  Object.fromEntries(
    EXTRACTORS.map((n) => [
      n,
      tasks.filter((t) => t.kind === kind && keep(t) && !answers.get(t.key)?.error).map((t) => answers.get(t.key)[n]),
    ]),
  );

if (args.every > 1) console.log(`eval: WCXB sample of the pages whose id is a multiple of ${args.every}`);
console.log(`eval: ${tasks.length} pages in ${seconds.toFixed(0)} s with ${args.workers} workers`);
const ms = (kind) =>
  EXTRACTORS.map((n) => {
    const rows = collect(kind)[n];
    return `${n} ${(rows.reduce((s, r) => s + r.ms, 0) / Math.max(1, rows.length)).toFixed(0)} ms`;
  }).join(', ');
if (useCorpus) {
  console.log(
    `\ncorpus ${args.corpus} split=${args.split} (mean time per page: ${ms('corpus')}; Readability and Defuddle include the jsdom parse)\n`,
  );
  reportCorpus(collect('corpus'));
}
if (useWcxb) {
  console.log(`\nWCXB ${args.wcxb} (mean time per page: ${ms('wcxb')})`);
  if (args.part !== 'holdout')
    reportWcxb(
      'tuning part (ids not ending in 7, 8, 9)',
      collect('wcxb', (t) => !isHeldOut(t.id)),
    );
  if (args.part !== 'tune')
    reportWcxb(
      'held-out part (ids ending in 7, 8, 9: confirm only)',
      collect('wcxb', (t) => isHeldOut(t.id)),
    );
  if (args.part === 'both') reportWcxb('all dev pages', collect('wcxb'));
}
if (args.json) fs.writeFileSync(args.json, JSON.stringify({ args, answers: Object.fromEntries(answers) }, null, 1));
