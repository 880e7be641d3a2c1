#!/usr/bin/env node
// Builds dist/chrome and dist/firefox from the one manifest.json.
// Everything is built into a temporary folder first and swapped in only when the whole build
// succeeded, so a failing build never leaves a half-written dist/ that tests would load.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import preact from '@preact/preset-vite';
import { inertHtmlSinks, noPreactRawHtml, stripRuleExpectations } from './vite-plugins.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const dev = process.argv.includes('--dev');
/** `--in-place` (used by `npm run dev`) copies over the existing folders instead of swapping them, so a watcher on dist/<browser> keeps working. */
const inPlace = process.argv.includes('--in-place');
/**
 * `--marks`: a measuring build, with the `quietread:*` User Timing marks (src/ondemand/timing-mark.ts),
 * written to dist/chrome-marks and dist/firefox-marks. The release build (the default, what
 * `npm run package` zips and the e2e suite loads) sets none: any page can read its own timeline.
 */
const marks = process.argv.includes('--marks');
const suffix = marks ? '-marks' : '';
const tmp = path.join(root, `.dist-tmp-${process.pid}`);
const common = path.join(tmp, 'common');

/** Extension pages: source HTML → name of the page in the extension root. */
const pages = {
  popup: 'popup/index.html',
  reader: 'src/pages/reader/index.html',
  library: 'src/pages/library/index.html',
  options: 'src/pages/options/index.html',
};

/**
 * Classic (non-module) scripts: the always-on gate (content.js), the fold code the background
 * injects where the gate matches (fold.js), the on-demand reader script, Defuddle for it (loaded
 * after the reader's first paint), the background.
 */
const scripts = {
  content: 'src/content/index.ts',
  fold: 'src/content/fold-page.ts',
  ondemand: 'src/ondemand/index.ts',
  defuddle: 'src/ondemand/defuddle.ts',
  background: 'src/background/index.ts',
};

const shared = {
  root,
  configFile: false,
  logLevel: 'warn',
  define: { __QR_DEV__: JSON.stringify(dev), __QR_MARKS__: JSON.stringify(marks) },
  build: {
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    emptyOutDir: false,
    outDir: common,
    target: ['chrome120', 'firefox140'],
  },
};

/** Vite writes `popup/index.html`; the manifest wants `popup.html` at the root. Paths are absolute (`/assets/…`), so a rename is enough. */
const flattenPages = {
  name: 'quietread-flatten-pages',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const [name, src] of Object.entries(pages)) {
      const asset = bundle[src];
      if (asset) asset.fileName = `${name}.html`;
    }
  },
};

async function buildPages() {
  await build({
    ...shared,
    base: '/',
    plugins: [preact(), noPreactRawHtml(), inertHtmlSinks(), stripRuleExpectations(), flattenPages],
    build: {
      ...shared.build,
      rollupOptions: {
        input: Object.fromEntries(
          Object.entries(pages)
            .filter(([, src]) => fs.existsSync(path.join(root, src)))
            .map(([n, src]) => [n, path.join(root, src)]),
        ),
        output: {
          entryFileNames: 'assets/[name].js',
          chunkFileNames: 'assets/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  });
}

async function buildScript(name, entry) {
  await build({
    ...shared,
    plugins: [preact(), noPreactRawHtml(), inertHtmlSinks(), stripRuleExpectations()],
    build: {
      ...shared.build,
      lib: {
        entry: path.join(root, entry),
        formats: ['iife'],
        name: `quietread_${name}`,
        fileName: () => `${name}.js`,
      },
    },
  });
}

function manifestFor(browser) {
  const m = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  m.version = pkg.version; // package.json is the one place the version is written
  if (browser === 'chrome') {
    m.background = { service_worker: m.background.service_worker };
    delete m.browser_specific_settings;
  } else {
    m.background = { scripts: m.background.scripts };
  }
  return m;
}

function copyDir(from, to) {
  fs.cpSync(path.join(root, from), to, { recursive: true });
}

async function main() {
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(common, { recursive: true });
  await buildPages();
  for (const [name, entry] of Object.entries(scripts)) {
    if (fs.existsSync(path.join(root, entry))) await buildScript(name, entry);
  }
  for (const browser of ['chrome', 'firefox']) {
    const out = path.join(tmp, browser);
    fs.cpSync(common, out, { recursive: true });
    copyDir('icons', path.join(out, 'icons'));
    copyDir('_locales', path.join(out, '_locales'));
    fs.rmSync(path.join(out, 'icons', 'icon.svg'), { force: true });
    fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifestFor(browser), null, 2) + '\n');
  }
  // Swap in only now: the build as a whole succeeded.
  const dist = path.join(root, 'dist');
  fs.mkdirSync(dist, { recursive: true });
  for (const browser of ['chrome', 'firefox']) {
    const target = path.join(dist, browser + suffix);
    if (inPlace && fs.existsSync(target)) {
      fs.cpSync(path.join(tmp, browser), target, { recursive: true, force: true });
    } else {
      fs.rmSync(target, { recursive: true, force: true });
      fs.renameSync(path.join(tmp, browser), target);
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(
    `Built Quietread ${pkg.version}${marks ? ' (measuring build, with timing marks)' : ''}: dist/chrome${suffix} and dist/firefox${suffix}`,
  );
}

main().catch((err) => {
  fs.rmSync(tmp, { recursive: true, force: true });
  console.error(`Build failed: ${err?.message ?? err}`);
  process.exit(1);
});
