/**
 * Privacy, end to end in real Chromium and Firefox: every request the browser makes goes through a
 * recording proxy while Quietread folds a page, opens the reader, summarises the page in the popup,
 * saves it and shows it from the library. Only the test page's own resources may appear, and no
 * extension page may ask for anything but the extension's own files and the page's own resources.
 */
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { browsersUnderTest, type LaunchOptions } from './browsers';
import { useExtension } from './env';
import {
  closeReader,
  openPage,
  openPopup,
  openReader,
  openSaved,
  pollFrame,
  saveFromPopup,
  usePageServer,
} from './hostile-helpers';
import {
  CHROMIUM_SERVICES,
  FIREFOX_SERVICES,
  startRecordingProxy,
  throughProxy,
  type RecordingProxy,
} from './privacy-proxy';

const PAGE = '/fixtures/hostile/privacy/review.html';
/** Everything the fixture page loads itself: the list is exact because it references nothing else. */
const OWN = [
  PAGE,
  '/fixtures/hostile/privacy/review.css',
  '/fixtures/hostile/privacy/review.js',
  '/fixtures/hostile/privacy/cover.png',
  '/fixtures/hostile/privacy/icon.png',
];

describe.each(browsersUnderTest())('privacy in %s', (name) => {
  const opts: LaunchOptions = {};
  let proxy: RecordingProxy;
  beforeAll(async () => {
    proxy = await startRecordingProxy();
    Object.assign(opts, throughProxy(proxy));
  });
  afterAll(async () => proxy?.close());
  const env = useExtension(name, opts); // launches after the proxy is up: hooks run in order
  const pages = usePageServer();
  /** Requests made by extension pages and frames (where the browser reports them to puppeteer). */
  const fromExtension: string[] = [];

  const record = (page: Page) => {
    page.on('request', (req: HTTPRequest) => {
      const frameUrl = req.frame()?.url() ?? page.url();
      if (frameUrl.startsWith(env.driver.extOrigin)) fromExtension.push(req.url());
    });
  };

  it('requests nothing but the page’s own resources while folding, reading, summarising and saving', async () => {
    const swRequests: string[] = [];
    if (name === 'chromium') {
      // The service worker's own traffic, seen through its DevTools target.
      const sw = await env.driver.browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith(env.driver.extOrigin),
      );
      const session = await sw.createCDPSession();
      session.on('Network.requestWillBeSent', (e: { request: { url: string } }) => swRequests.push(e.request.url));
      await session.send('Network.enable');
    }
    const page = await openPage(env.driver, pages.server.url(PAGE));
    record(page);
    await page.waitForFunction(() => document.querySelector('[data-quietread-collapsed]') !== null, {
      timeout: 20_000,
    });

    const reader = await openReader(env.driver, page);
    expect(reader, 'reader frame').not.toBeNull();
    await pollFrame(reader!, () => document.body?.innerText.includes('in-yeon'));
    await page.waitForFunction(
      () => document.querySelector('[data-quietread-reader]')?.getAttribute('data-quietread-reader') === 'open',
      { timeout: 20_000 },
    );
    await closeReader(env.driver, page);

    const popup = await openPopup(env.driver, page);
    record(popup);
    expect(await popup.$eval('[data-testid="summary-title"]', (el) => el.textContent)).toContain('Past Lives');
    expect(await saveFromPopup(popup)).toMatch(/^(saved|updated)$/);

    const { library, id } = await openSaved(env.driver, 'Past Lives');
    record(library);
    const saved = await env.driver.openExtensionPage(`reader.html?saved=${encodeURIComponent(id)}`);
    record(saved);
    await pollFrame(saved.mainFrame(), () => document.body?.innerText.includes('in-yeon'));
    // The saved copy shows the article's image from its address: wait until it has loaded (or failed).
    await pollFrame(saved.mainFrame(), () => Array.from(document.images).every((img) => img.complete));

    const own = new Set(OWN.map((p) => pages.server.url(p)));
    const proxied = [...new Set(proxy.requests.map((r) => `${r.method} ${r.url}`))].filter(
      (r) => !(name === 'chromium' ? CHROMIUM_SERVICES : FIREFOX_SERVICES).test(r),
    );
    // The proxy saw the page's traffic (so it records), and nothing else at all.
    expect(proxied).toContain(`GET ${pages.server.url(PAGE)}`);
    expect(proxied.filter((r) => !own.has(r.replace(/^GET /, '')))).toEqual([]);
    // The server's own log agrees.
    expect([...new Set(pages.server.requests.map((r) => r.path))].filter((p) => !OWN.includes(p))).toEqual([]);
    // Extension pages and the background asked only for the extension's files or the page's own resources.
    expect(fromExtension.filter((u) => !u.startsWith(env.driver.extOrigin) && !own.has(u))).toEqual([]);
    expect(swRequests.filter((u) => !u.startsWith(env.driver.extOrigin))).toEqual([]);
  });
});
