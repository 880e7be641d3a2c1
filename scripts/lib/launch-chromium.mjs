// Launches real Chromium (Debian's package) with puppeteer-core for `npm run bench`: the same flags
// as the e2e harness (test/e2e/browsers.ts), which plain node cannot import (it is TypeScript).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const BIN = process.env.QUIETREAD_CHROMIUM ?? '/usr/bin/chromium';

/** Launches Chromium, with the built extension at `extensionDir` when given (and extra flags `args`); returns the browser and the extension's origin. */
export async function launchChromium({ extensionDir, args = [] } = {}) {
  if (!fs.existsSync(BIN))
    throw new Error(
      `chromium not found at ${BIN}: install it with \`apt-get install chromium\` (or set QUIETREAD_CHROMIUM).`,
    );
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-bench-'));
  const browser = await puppeteer.launch({
    executablePath: BIN,
    headless: true,
    userDataDir: profileDir,
    enableExtensions: Boolean(extensionDir),
    protocolTimeout: 300_000,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      ...args,
    ],
  });
  let extOrigin = null;
  if (extensionDir) {
    const sw = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 20_000 },
    );
    extOrigin = `chrome-extension://${new URL(sw.url()).host}`;
  }
  return {
    browser,
    extOrigin,
    async close() {
      await browser.close().catch(() => {});
      fs.rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
