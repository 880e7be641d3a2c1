/**
 * Launches the built extension in real Chromium and real Firefox ESR (Debian's packages),
 * both driven by puppeteer-core, so a test is written once and runs in both.
 * Gotchas (see ../shared/e2e-recipe.md): Chromium needs --disable-extensions-except and
 * --load-extension; Firefox's moz-extension:// pages never resolve `goto` and block
 * `waitForFunction` by CSP, so extension pages are reached and polled with `evaluate`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export const GECKO_ID = 'quietread@quietread.app';
export const FIREFOX_UUID = '5e1f0c2a-9d3b-4c7e-8a61-0b7a2e4d9c13';
const ROOT = path.resolve(import.meta.dirname, '../..');

const BINARIES: Record<BrowserName, { env: string; path: string; pkg: string }> = {
  chromium: { env: 'QUIETREAD_CHROMIUM', path: '/usr/bin/chromium', pkg: 'chromium' },
  firefox: { env: 'QUIETREAD_FIREFOX', path: '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
};

/** The browsers to test: all, or those named in QUIETREAD_BROWSERS (comma-separated). */
export function browsersUnderTest(): BrowserName[] {
  const want = process.env.QUIETREAD_BROWSERS?.split(',').map((s) => s.trim()) ?? ['chromium', 'firefox'];
  return (['chromium', 'firefox'] as const).filter((b) => want.includes(b));
}

/** The binary of a browser, or an error naming the Debian package to install. */
export function browserBinary(name: BrowserName): string {
  const b = BINARIES[name];
  const bin = process.env[b.env] ?? b.path;
  if (!fs.existsSync(bin))
    throw new Error(`${name} not found at ${bin}: install it with \`apt-get install ${b.pkg}\` (or set ${b.env}).`);
  return bin;
}

/** The built extension for a browser, or an error saying to build it first. */
export function extensionDir(name: BrowserName): string {
  const dir = path.join(ROOT, 'dist', name === 'chromium' ? 'chrome' : 'firefox');
  if (!fs.existsSync(path.join(dir, 'manifest.json')))
    throw new Error(`No build at ${dir}: run \`npm run build\` first.`);
  return dir;
}

export interface Driver {
  name: BrowserName;
  /** e.g. "Chromium 156.0.8078.108" */
  version: string;
  browser: Browser;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` */
  extOrigin: string;
  profileDir: string;
  newPage(): Promise<Page>;
  /** Opens an extension page (popup.html?tab=1, library.html, …) in a tab of its own and waits until it has loaded. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  /** Pages opened by this driver, for screenshots on failure. */
  pages: Page[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (to test that settings survive a restart). */
  profileDir?: string;
  firefoxPrefs?: Record<string, unknown>;
  /** Extra Chromium flags (the privacy test routes all traffic through its recording proxy). */
  chromiumArgs?: string[];
  /** Extra environment of the browser process (TZ, LANGUAGE), on top of this process's. */
  env?: Record<string, string>;
}

/** Polls `fn` in the page until it returns a truthy value (works on extension pages in both browsers). */
export async function poll<T, A>(page: Page, fn: (arg: A) => T | Promise<T>, arg?: A, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      // A page that never answers (a hung evaluate) fails here with the function's text, not as a bare test timeout.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const hung = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('page.evaluate did not answer')), Math.max(end - Date.now(), 1_000));
      });
      const v = await Promise.race([page.evaluate(fn as any, arg as any), hung]).finally(() => clearTimeout(timer));
      if (v) return v as T;
    } catch (err) {
      last = err; // navigating, or the page's world is not ready yet
    }
    if (Date.now() > end)
      throw new Error(
        `poll timed out after ${timeout} ms${last ? `: ${String(last)}` : ''} (${fn.toString().slice(0, 120)})`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function launchChromium(opts: LaunchOptions): Promise<Driver> {
  const ext = extensionDir('chromium');
  const profileDir = opts.profileDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'qr-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: browserBinary('chromium'),
    headless: true,
    userDataDir: profileDir,
    enableExtensions: true,
    ...(opts.env ? { env: { ...process.env, ...opts.env } } : {}),
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      ...(opts.chromiumArgs ?? []),
    ],
  });
  const sw = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 20_000 },
  );
  const extOrigin = `chrome-extension://${new URL(sw.url()).host}`;
  return makeDriver('chromium', browser, extOrigin, profileDir, async (page, url) => {
    await page.goto(url, { waitUntil: 'load' });
  });
}

async function launchFirefox(opts: LaunchOptions): Promise<Driver> {
  const ext = extensionDir('firefox');
  const profileDir = opts.profileDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'qr-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserBinary('firefox'),
    headless: true,
    ...(opts.env ? { env: { ...process.env, ...opts.env } } : {}),
    userDataDir: profileDir,
    // Firefox 153 only lets WebDriver navigate to http(s)/file/blob/about:blank unless system access is allowed.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Pins moz-extension://<uuid>/ so tests know extension URLs up front.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      ...opts.firefoxPrefs,
    },
  });
  await browser.installExtension(ext);
  const extOrigin = `moz-extension://${FIREFOX_UUID}`;
  return makeDriver('firefox', browser, extOrigin, profileDir, async (page, url) => {
    page.goto(url).catch(() => {}); // never resolves for moz-extension:// (puppeteer#14314)
    await poll(page, (u: string) => location.href === u && document.readyState === 'complete', url);
  });
}

async function makeDriver(
  name: BrowserName,
  browser: Browser,
  extOrigin: string,
  profileDir: string,
  gotoExtension: (page: Page, url: string) => Promise<void>,
): Promise<Driver> {
  const raw = await browser.version();
  const version =
    name === 'chromium' ? `Chromium ${raw.replace(/^.*?\//, '')}` : `Firefox ${raw.replace(/^.*?\//, '')}`;
  const pages: Page[] = [];
  const driver: Driver = {
    name,
    version,
    browser,
    extOrigin,
    profileDir,
    pages,
    async newPage() {
      const page = await browser.newPage();
      pages.push(page);
      return page;
    },
    async openExtensionPage(p) {
      const page = await driver.newPage();
      await gotoExtension(page, `${extOrigin}/${p.replace(/^\//, '')}`);
      return page;
    },
    async close() {
      await browser.close().catch(() => {});
    },
  };
  recordVersion(version);
  return driver;
}

/** Every browser version the run used, printed by `npm test` at the end. */
function recordVersion(version: string): void {
  const file = path.join(ROOT, 'test-results', 'browsers.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const seen: string[] = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : [];
  if (!seen.includes(version)) fs.writeFileSync(file, JSON.stringify([...seen, version]));
}

/** Launches a browser with the built extension loaded. */
export function launch(name: BrowserName, opts: LaunchOptions = {}): Promise<Driver> {
  return name === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}

/** The browser's tab id of a page, read from an extension page (for `popup.html?tab=<id>`). */
export async function tabIdOf(driver: Driver, page: Page): Promise<number> {
  const url = page.url();
  const probe = await driver.openExtensionPage('popup.html');
  const id = await probe.evaluate(async (u: string) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t: { url?: string; id?: number }) => t.url === u)?.id ?? 0;
  }, url);
  await probe.close();
  driver.pages.splice(driver.pages.indexOf(probe), 1);
  if (!id) throw new Error(`no tab found for ${url}`);
  return id;
}
