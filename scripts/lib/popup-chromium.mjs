// Real Chromium with the built extension plus a static server for demo/ and test/fixtures/: what the
// popup screenshot and benchmark scripts drive (the e2e harness is TypeScript, these are plain Node).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Serves demo/ at /demo/ and test/fixtures/ at /fixtures/ on a random port of 127.0.0.1. */
export async function serveFixtures(extraMounts = {}) {
  const mounts = {
    '/demo/': path.join(ROOT, 'demo'),
    '/fixtures/': path.join(ROOT, 'test', 'fixtures'),
    ...extraMounts,
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!url.pathname.startsWith(prefix)) continue;
      const file = path.join(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
      if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) continue;
      res.writeHead(200, {
        'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream',
      });
      return void fs.createReadStream(file).pipe(res);
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (p) => origin + p,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections?.(); // a browser still open keeps its connections alive
        server.close(r);
      }),
  };
}

/** Launches Debian's Chromium headless with dist/chrome (or `build`, e.g. 'chrome-marks') loaded; returns the browser and the extension origin. */
export async function launchChromium({ colorScheme, build = 'chrome' } = {}) {
  const ext = path.join(ROOT, 'dist', build);
  if (!fs.existsSync(path.join(ext, 'manifest.json')))
    throw new Error(`No build at dist/${build}: run \`npm run build\` first.`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-popup-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.QUIETREAD_CHROMIUM ?? '/usr/bin/chromium',
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
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      ...(colorScheme ? [`--force-prefers-color-scheme=${colorScheme}`] : []),
    ],
  });
  const sw = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 20_000 },
  );
  const extOrigin = `chrome-extension://${new URL(sw.url()).host}`;
  return {
    browser,
    extOrigin,
    version: `Chromium ${(await browser.version()).replace(/^.*?\//, '')}`,
    async close() {
      await browser.close().catch(() => {});
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The tab id of an open page, asked from an extension page (tabs.query sees our host-permission URLs). */
export async function tabIdOf(browser, extOrigin, page) {
  const probe = await browser.newPage();
  await probe.goto(`${extOrigin}/popup.html?tab=0`, { waitUntil: 'load' });
  const id = await probe.evaluate(
    async (u) => (await globalThis.chrome.tabs.query({})).find((t) => t.url === u)?.id ?? 0,
    page.url(),
  );
  await probe.close();
  if (!id) throw new Error(`no tab for ${page.url()}`);
  return id;
}
