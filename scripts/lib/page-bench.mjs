// Times the content script's detect + collapse against plain Readability inside a real Chromium page:
// builds scripts/lib/page-bench-entry.ts as one IIFE with Vite, injects it, runs both on the same
// document, alternating, and returns every run's time.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

/** Builds the bench bundle once; returns its source. */
export async function buildBenchBundle(root) {
  const outDir = path.join(root, 'node_modules', '.cache', 'quietread-bench');
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
        entry: path.join(root, 'scripts', 'lib', 'page-bench-entry.ts'),
        formats: ['iife'],
        name: 'quietreadBench',
        fileName: () => 'page-bench.js',
      },
    },
  });
  return fs.readFileSync(path.join(outDir, 'page-bench.js'), 'utf8');
}

/** Median and 95th percentile of a list of numbers. */
export function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return {
    median: s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2,
    p95: at(0.95),
    n: s.length,
  };
}

/** Opens `url` in a new tab of `browser`, injects the bundle and times `runs` alternating runs of each. */
export async function benchPage(browser, url, bundle, runs) {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.addScriptTag({ content: bundle });
    const detect = [];
    const readability = [];
    let folded = 0;
    const parts = [[], [], []];
    // One warm-up of each (JIT, style caches), not counted.
    await page.evaluate(() => globalThis.__qrBench.detectCollapse());
    await page.evaluate(() => globalThis.__qrBench.readability());
    for (let i = 0; i < runs; i++) {
      const d = await page.evaluate(() => globalThis.__qrBench.detectCollapse());
      detect.push(d.ms);
      d.parts.forEach((v, k) => parts[k].push(v));
      folded = d.folded;
      readability.push((await page.evaluate(() => globalThis.__qrBench.readability())).ms);
    }
    return { detect: stats(detect), readability: stats(readability), folded, parts: parts.map((p) => stats(p).median) };
  } finally {
    await page.close();
  }
}
