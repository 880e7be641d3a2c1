#!/usr/bin/env node
// `npm start`: builds, serves the demo page on 127.0.0.1 and opens Chromium with the extension
// loaded through `web-ext run`. Without a display it says so and explains how to load it by hand.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(
    'No display found, so no browser was opened: load dist/chrome (chrome://extensions → Developer mode → Load unpacked) or dist/firefox (about:debugging → This Firefox → Load Temporary Add-on → dist/firefox/manifest.json) by hand, then open demo/her-review.html.',
  );
  process.exit(0);
}

const demo = path.join(root, 'demo');
const server = http.createServer((req, res) => {
  const file = path.join(
    demo,
    decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/demo\//, '/')),
  );
  if (!file.startsWith(demo) || !fs.existsSync(file) || !fs.statSync(file).isFile())
    return res.writeHead(404).end('not found');
  res.writeHead(200, {
    'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream',
  });
  fs.createReadStream(file).pipe(res);
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://127.0.0.1:${port}/demo/her-review.html`;
  const chromium = process.env.QUIETREAD_CHROMIUM ?? '/usr/bin/chromium';
  const args = [
    'run',
    '--target',
    'chromium',
    '--chromium-binary',
    chromium,
    '--source-dir',
    path.join(root, 'dist', 'chrome'),
    '--start-url',
    url,
    '--no-config-discovery',
  ];
  if (process.getuid?.() === 0) args.push('--args=--no-sandbox'); // Chromium refuses its sandbox as root
  console.log(`Serving the demo page at ${url}; opening Chromium with Quietread loaded (Ctrl+C to stop).`);
  const child = spawn(path.join(root, 'node_modules', '.bin', 'web-ext'), args, { stdio: 'inherit' });
  child.on('exit', (code) => {
    server.close();
    process.exit(code ?? 0);
  });
});
