// The eval's cache of the baselines' rows (Readability, Defuddle): they depend only on the page, the
// packages and the scoring code, not on Quietread, and take most of a run's time.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const BASELINES = ['readability', 'defuddle'];
// Bump when the worker runs the baselines differently (their DOM, options or text taking).
const BASELINE_SETUP = 'readability-jsdom+defuddle-linkedom-sync/1';

function cacheKey(root) {
  const h = crypto.createHash('sha1').update(BASELINE_SETUP);
  for (const pkg of ['@mozilla/readability', 'defuddle', 'jsdom', 'linkedom']) {
    h.update(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json')));
  }
  for (const f of [
    'scripts/lib/wcxb-metrics.mjs',
    'scripts/lib/corpus-metrics.mjs',
    'src/core/block-text.ts',
    'src/core/decode-html.ts',
  ]) {
    h.update(fs.readFileSync(path.join(root, f)));
  }
  return h.digest('hex');
}

/** The cache for this code and these packages (empty when `use` is false or it is stale). */
export function loadBaselineCache(root, use) {
  const file = path.join(root, '.cache/eval-baselines.json');
  const key = cacheKey(root);
  if (use && fs.existsSync(file)) {
    try {
      const c = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (c.key === key) return { file, key, rows: c.rows };
    } catch {
      // a torn write: start over
    }
  }
  return { file, key, rows: {} };
}

/** Adds the baselines' rows of this run's answers and writes the cache. */
export function saveBaselineCache(root, cache, answers) {
  for (const [k, rows] of answers) {
    if (!rows.error && BASELINES.every((n) => rows[n]))
      cache.rows[k] = Object.fromEntries(BASELINES.map((n) => [n, rows[n]]));
  }
  fs.mkdirSync(path.dirname(cache.file), { recursive: true });
  fs.writeFileSync(cache.file, JSON.stringify({ key: cache.key, rows: cache.rows }));
}
