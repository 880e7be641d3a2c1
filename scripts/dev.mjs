#!/usr/bin/env node
// `npm run dev [-- firefox]`: builds, rebuilds on every change, and runs the extension with
// `web-ext run`, which reloads it after each rebuild. Without a display it only rebuilds.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const browser = process.argv.includes('firefox') ? 'firefox' : 'chrome';
const watched = ['src', 'popup', '_locales', 'icons', 'manifest.json', 'package.json'];

function rebuild() {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--dev', '--in-place'], {
    stdio: 'inherit',
  });
  console.log(
    r.status === 0
      ? `Rebuilt in ${Date.now() - t0} ms`
      : 'Build failed: fix the error above; dist/ still holds the last good build.',
  );
}

rebuild();
let timer;
for (const entry of watched) {
  const p = path.join(root, entry);
  if (!fs.existsSync(p)) continue;
  fs.watch(p, { recursive: fs.statSync(p).isDirectory() }, () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 150); // one rebuild for a burst of saves
  });
}
console.log(`Watching ${watched.join(', ')} for changes.`);

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`No display: rebuilding only. Load dist/${browser} by hand and reload it after a rebuild.`);
} else {
  const args = ['run', '--source-dir', path.join(root, 'dist', browser), '--no-config-discovery'];
  if (browser === 'chrome') {
    args.push('--target', 'chromium', '--chromium-binary', process.env.QUIETREAD_CHROMIUM ?? '/usr/bin/chromium');
    if (process.getuid?.() === 0) args.push('--args=--no-sandbox');
  } else {
    args.push('--target', 'firefox-desktop', '--firefox', process.env.QUIETREAD_FIREFOX ?? '/usr/bin/firefox-esr');
  }
  spawn(path.join(root, 'node_modules', '.bin', 'web-ext'), args, { stdio: 'inherit' }).on('exit', (code) =>
    process.exit(code ?? 0),
  );
}
