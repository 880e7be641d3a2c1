// The CLI as a user runs it: whole-process wall time (node start-up, module loading, reading,
// analysing, printing JSON) of `quietread extract` against jsdom + Readability run the same way
// (readability-cli-bench.mjs), alternating: one page (the median of `runs`), and one process over
// a batch of pages (pages per second, the best of two).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { stats } from './page-bench.mjs';

function wall(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${path.basename(args[0])} exited ${r.status}: ${String(r.stderr).slice(0, 200)}`);
  return ms;
}

/** Returns { one: { ours, theirs } (ms medians), batch: { pages, ours, theirs } (pages/s) }. */
export function benchCliProcess(root, onePage, batchFiles, runs = 5) {
  const ours = (files) => [path.join(root, 'bin', 'quietread.mjs'), 'extract', ...files];
  const theirs = (files) => [path.join(root, 'scripts', 'lib', 'readability-cli-bench.mjs'), ...files];
  wall(ours([onePage])); // warm the file system cache for both
  wall(theirs([onePage]));
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    a.push(wall(ours([onePage])));
    b.push(wall(theirs([onePage])));
  }
  const rate = (ms) => batchFiles.length / (ms / 1000);
  const o1 = rate(wall(ours(batchFiles)));
  const t1 = rate(wall(theirs(batchFiles)));
  const o2 = rate(wall(ours(batchFiles)));
  const t2 = rate(wall(theirs(batchFiles)));
  const batchOurs = Math.max(o1, o2);
  const batchTheirs = Math.max(t1, t2);
  return {
    one: { ours: stats(a).median, theirs: stats(b).median, runs },
    batch: { pages: batchFiles.length, ours: batchOurs, theirs: batchTheirs },
  };
}
