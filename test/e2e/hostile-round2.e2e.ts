/**
 * Hostile pages of issue #16's second round, in real Chromium and Firefox, all of the browser's
 * traffic through a recording proxy: pre-tampered built-ins, a page that churns and grows to 150,000
 * elements, comments that are the article, an export-breaking title and alt, a canonical hijack from
 * a second origin (localhost beside 127.0.0.1), the `<html style>` restore race. Each checks that the
 * page still works and no payload runs (no marker request, no `__qrPwned`, no dialog); saved data
 * stays as it was where it must; and, last, that no request went to a host the pages do not name.
 * Also: the release build sets no `quietread:*` User Timing marks (any page can read its timeline).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { JSDOM } from 'jsdom';
import type { Page } from 'puppeteer-core';
import { browsersUnderTest, poll, type LaunchOptions } from './browsers';
import { useExtension } from './env';
import {
  closeReader,
  inPage,
  openPage,
  openPopup,
  openReader,
  pageStillWorks,
  pollFrame,
  pwnedRequests,
  saveFromPopup,
  usePageServer,
  waitInPage,
} from './hostile-helpers';
import { captureDownloads, chooseImportFile, downloaded, notice, rawRecords } from './library-helpers';
import { clickTestId, settledPhase } from './popup-helpers';
import {
  CHROMIUM_SERVICES,
  FIREFOX_SERVICES,
  startRecordingProxy,
  throughProxy,
  type RecordingProxy,
} from './privacy-proxy';

const HOSTS = ['127.0.0.1', 'localhost'];

/** Also keeps the bytes (base64) of every Blob the page turns into a download URL: the Markdown export is a zip. */
function captureBytes(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as any;
    w.__qrDownloadBytes = [] as string[];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      if (obj instanceof Blob) {
        const slot = w.__qrDownloadBytes.push('') - 1;
        void obj.arrayBuffer().then((b) => {
          let bin = '';
          for (const byte of new Uint8Array(b)) bin += String.fromCharCode(byte);
          w.__qrDownloadBytes[slot] = btoa(bin);
        });
      }
      return original(obj);
    };
  });
}

/** The base64 bytes of the `i`th download, once they are there. */
function downloadedBytes(page: Page, i: number): Promise<string> {
  return poll(page, (n: number) => (window as any).__qrDownloadBytes?.[n] ?? '', i);
}

describe.each(browsersUnderTest())('hostile pages, round two, in %s', (name) => {
  const opts: LaunchOptions = {};
  let proxy: RecordingProxy;
  beforeAll(async () => {
    proxy = await startRecordingProxy(HOSTS);
    Object.assign(opts, throughProxy(proxy));
  });
  afterAll(async () => proxy?.close());
  const env = useExtension(name, opts); // launches after the proxy is up: hooks run in order
  const pages = usePageServer();
  const dialogs: string[] = [];
  const url = (p: string) => pages.server.url(p);
  /** The same server as a second origin (another host name, so another site). */
  const secondOrigin = (p: string) => url(p).replace('//127.0.0.1:', '//localhost:');
  const noPayload = async (page: { evaluate: (fn: () => unknown) => Promise<unknown> }) => {
    expect(pwnedRequests(pages.server)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __qrPwned?: unknown }).__qrPwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
  };

  it('comments that are the article: the post stays, the comments fold, the reader shows it; the release build sets no timing marks', async () => {
    const page = await openPage(env.driver, url('/fixtures/hostile/comments-article.html'), dialogs);
    await waitInPage(page, "return q('#comments[data-quietread-collapsed]') !== null;");
    expect(
      await inPage(
        page,
        "return q('.entry-content').hasAttribute('data-quietread-collapsed') || q('.entry-content [data-quietread-collapsed]') !== null;",
      ),
    ).toBe(false);
    expect(await inPage(page, "return q('.entry-content').innerText;")).toContain('tells one crime four times');
    const reader = await openReader(env.driver, page);
    expect(reader, 'reader frame').not.toBeNull();
    await pollFrame(reader!, () => document.body?.innerText.includes('tells one crime four times'));
    await waitInPage(page, "return q('[data-quietread-reader]')?.getAttribute('data-quietread-reader') === 'open';");
    // Nothing on the page's performance timeline says the user is reading.
    const timeline = await page.evaluate(() =>
      [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('measure')].map((e) => e.name),
    );
    expect(timeline.filter((n) => /quietread/i.test(n))).toEqual([]);
    await closeReader(env.driver, page);
    expect(await pageStillWorks(page)).toEqual({ clicks: 1, alive: true });
    await noPayload(page);
    await page.close();
  });

  it('the <html style> restore race: what the page sets on <html style> while the reader is open stays after it closes', async () => {
    const page = await openPage(env.driver, url('/fixtures/hostile/comments-article.html'), dialogs);
    await inPage(page, "root().style.setProperty('margin-top', '1px'); return true;");
    expect(await openReader(env.driver, page)).not.toBeNull();
    await waitInPage(page, "return q('[data-quietread-reader]')?.getAttribute('data-quietread-reader') === 'open';");
    expect(await inPage(page, "return root().style.getPropertyValue('overflow');")).toBe('hidden');
    // The page's own script (a theme switch, a consent banner) changes <html style> meanwhile.
    await inPage(
      page,
      "root().style.setProperty('--theme', 'dark'); root().style.setProperty('color-scheme', 'dark'); root().style.removeProperty('margin-top'); return true;",
    );
    await closeReader(env.driver, page);
    const after = await inPage<Record<string, string>>(
      page,
      `const s = root().style; return { theme: s.getPropertyValue('--theme'), scheme: s.getPropertyValue('color-scheme'), margin: s.getPropertyValue('margin-top'), overflow: s.getPropertyValue('overflow') };`,
    );
    expect(after).toEqual({ theme: 'dark', scheme: 'dark', margin: '', overflow: '' });
    expect(await pageStillWorks(page)).toEqual({ clicks: 1, alive: true });
    await noPayload(page);
    await page.close();
  });

  it("pre-tampered built-ins (before document_idle): folds, reads and saves without calling the page's code", async () => {
    const page = await openPage(env.driver, url('/fixtures/hostile/tampered.html'), dialogs);
    expect(await inPage(page, 'return window.__tampered === true;')).toBe(true);
    await waitInPage(page, "return q('#comments[data-quietread-collapsed]') !== null;");
    const reader = await openReader(env.driver, page);
    expect(reader, 'reader frame').not.toBeNull();
    await pollFrame(reader!, () => document.body?.innerText.includes('a surveillance expert who records a couple'));
    await closeReader(env.driver, page);
    const popup = await openPopup(env.driver, page, dialogs);
    expect(await settledPhase(popup)).toBe('ready');
    expect(await popup.$eval('[data-testid="summary-title"]', (el) => el.textContent)).toContain('The Conversation');
    expect(await saveFromPopup(popup)).toMatch(/^(saved|updated)$/);
    await popup.close();
    expect(await pageStillWorks(page)).toEqual({ clicks: 1, alive: true });
    // No rewired built-in was ever called with extension code on the stack.
    expect(pages.server.requests.map((r) => r.path).filter((p) => p.startsWith('/ran/'))).toEqual([]);
    await noPayload(page);
    await page.close();
  });

  it('a page that churns and grows to 150,000 elements keeps working and gets a clear answer', async () => {
    const page = await openPage(env.driver, url('/fixtures/hostile/churn.html'), dialogs);
    await waitInPage(page, "return q('#comments[data-quietread-collapsed]') !== null;");
    await waitInPage(page, 'return Number(root().dataset.grown) >= 150000;', 90_000);
    expect(await pageStillWorks(page)).toEqual({ clicks: 1, alive: true });
    const popup = await openPopup(env.driver, page, dialogs);
    const phase = await poll(
      popup,
      () => {
        const p = document.querySelector('main')?.getAttribute('data-phase') ?? '';
        return p === 'loading' ? '' : p;
      },
      undefined,
      60_000,
    );
    expect(['too-large', 'ready']).toContain(phase);
    expect(await popup.evaluate(() => document.querySelector('main')?.textContent ?? '')).not.toMatch(
      /call stack|internal error|RangeError/i,
    );
    await popup.close();
    // Still churning, still responsive, after the popup's analysis too.
    const tick = await inPage<string>(page, "return q('#ticker').textContent;");
    await waitInPage(page, `return q('#ticker').textContent !== ${JSON.stringify(tick)};`, 5_000);
    expect(await pageStillWorks(page)).toEqual({ clicks: 2, alive: true });
    await noPayload(page);
    await page.close();
  }, 150_000);

  it("a canonical hijack from a second origin does not replace the first origin's saved item", async () => {
    const first = await openPage(env.driver, url('/fixtures/hostile/canon-first.html'), dialogs);
    let popup = await openPopup(env.driver, first, dialogs);
    expect(await settledPhase(popup)).toBe('ready');
    expect(await saveFromPopup(popup)).toMatch(/^(saved|updated)$/);
    await popup.close();
    const lib = await env.driver.openExtensionPage('library.html');
    const mine = (records: Record<string, unknown>[]) =>
      records.find((r) => String(r.url).startsWith(url('/fixtures/hostile/canon-first.html')));
    await poll(lib, () => document.querySelector('[data-testid="saved-item"]') !== null);
    const before = mine(await rawRecords(lib));
    expect(before?.textContent).toContain('a guide who leads a writer');

    const copycat = await openPage(env.driver, secondOrigin('/fixtures/hostile/canon-hijack.html'), dialogs);
    expect(await inPage(copycat, "return q('link[rel=canonical]').href;")).toBe(
      url('/fixtures/hostile/canon-first.html'),
    );
    popup = await openPopup(env.driver, copycat, dialogs);
    expect(await settledPhase(popup)).toBe('ready');
    expect(await saveFromPopup(popup)).toBe('saved'); // a new item, not an update of the first
    await popup.close();
    const after = await rawRecords(lib);
    expect(mine(after)).toEqual(before);
    const copy = after.find((r) => String(r.url).startsWith('http://localhost:'));
    expect(copy?.canonicalUrl).toBe(secondOrigin('/fixtures/hostile/canon-hijack.html'));
    expect(String(copy?.textContent)).toContain('HIJACKED COPY');
    await copycat.bringToFront(); // a background tab gets no input events
    expect(await pageStillWorks(copycat)).toEqual({ clicks: 1, alive: true });
    await noPayload(copycat);
    await Promise.all([first.close(), copycat.close(), lib.close()]);
  });

  it('an export-breaking title and alt: saved, then JSON, Markdown and HTML exports stay valid and inert', async () => {
    const page = await openPage(env.driver, url('/fixtures/hostile/export-breaking.html'), dialogs);
    const popup = await openPopup(env.driver, page, dialogs);
    expect(await settledPhase(popup)).toBe('ready');
    expect(await saveFromPopup(popup)).toMatch(/^(saved|updated)$/);
    await popup.close();
    const lib = await env.driver.openExtensionPage('library.html');
    await captureDownloads(lib);
    await captureBytes(lib);
    await poll(lib, () => document.querySelector('[data-testid="saved-item"]') !== null);

    await clickTestId(lib, 'export-json');
    const json = JSON.parse(await downloaded(lib, 0)) as {
      items: { title: string; url: string; contentHtml: string }[];
    };
    const item = json.items.find((i) => i.title.startsWith('Ugetsu review'))!;
    expect(item.title).toContain('</title><script>'); // kept as text: the title is data, not markup
    expect(item.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);

    await clickTestId(lib, 'export-html');
    const html = await downloaded(lib, 1);
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('script, iframe, object, embed, base, form').length).toBe(0);
    const attrs = Array.from(doc.querySelectorAll('*')).flatMap((el) =>
      Array.from(el.attributes, (a) => [a.name, a.value]),
    );
    expect(attrs.filter(([n]) => /^on/i.test(n!) || n === 'style')).toEqual([]);
    expect(
      attrs.filter(([n, v]) => ['href', 'src'].includes(n!) && /^\s*(javascript|vbscript|data):/i.test(v!)),
    ).toEqual([]);
    expect(doc.body.textContent).toContain('</title><script>self.__qrPwned=1</script>'); // shown as text

    await clickTestId(lib, 'export-markdown');
    const md = Object.entries(unzipSync(Buffer.from(await downloadedBytes(lib, 2), 'base64'))).find(
      ([n]) => n.endsWith('.md') && /ugetsu/i.test(n),
    );
    expect(md, "the item's .md file in the zip").toBeDefined();
    const text = strFromU8(md![1]);
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
    expect(front).toContain('title:');
    // eslint-disable-next-line no-control-regex -- strict YAML refuses these: none may reach the front matter
    expect(front).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/);
    const bodyMd = text.slice(text.indexOf('\n---\n', 4) + 5);
    expect(front).toContain('render_with_liquid: false'); // Jekyll leaves `{{ }}` and `{% %}` alone
    expect(bodyMd).not.toMatch(/\{\{|\{%/); // nor does any other Liquid renderer get one from the body
    // No raw HTML from the page (autolinks like <http://…> aside): the alt, title and text are escaped.
    expect(bodyMd).not.toMatch(/<(?!https?:\/\/)[a-z!/?]/i);
    // Every link and image destination is http(s); quoted titles may hold anything as text.
    const destinations = [...bodyMd.replace(/ "(?:[^"\\]|\\.)*"\)/g, ')').matchAll(/\]\((<[^>]*>|[^\s)]+)/g)].map(
      (m) => m[1]!,
    );
    expect(destinations.length).toBeGreaterThan(0);
    expect(destinations.filter((d) => !/^<?https?:\/\//.test(d))).toEqual([]);
    await noPayload(lib);
    await noPayload(page);
    await page.bringToFront(); // a background tab gets no input events
    expect(await pageStillWorks(page)).toEqual({ clicks: 1, alive: true });
    await Promise.all([page.close(), lib.close()]);
  }, 120_000);

  it('hostile imports: __proto__ and constructor keys, vbscript: and data: URLs; the library stays as it was', async () => {
    const lib = await env.driver.openExtensionPage('library.html');
    await poll(lib, () => document.querySelector('[data-testid="saved-item"], [data-testid="library-empty"]') !== null);
    const item = (n: number, over: Record<string, unknown> = {}) => ({
      id: `round2-${n}`,
      url: `https://blog.example/round2-${n}/`,
      canonicalUrl: `https://blog.example/round2-${n}/`,
      title: `Imported ${n}`,
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: 'en',
      savedAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      isReview: false,
      rating: null,
      excerpt: '',
      summary: [],
      contentHtml: '<p>Imported text.</p>',
      textContent: 'Imported text.',
      textHash: `r${n}`,
      wordCount: 2,
      readingMinutes: 1,
      tags: [],
      ...over,
    });
    const file = (items: unknown[]) =>
      JSON.stringify({ format: 'quietread-library', version: 1, exportedAt: '2024-01-01T00:00:00.000Z', items });
    const start = await rawRecords(lib);
    for (const [n, bad] of [
      [1, 'vbscript:msgbox(1)'],
      [2, 'data:text/html,<script>self.__qrPwned=1</script>'],
      [3, ' JaVaScRiPt:self.__qrPwned=1'],
    ] as const) {
      await chooseImportFile(lib, `bad-${n}.json`, file([item(n, { url: bad })]));
      expect(await notice(lib, `bad-${n}.json`)).toContain('invalid "url"');
      expect(await rawRecords(lib)).toEqual(start);
    }
    // Keys that name Object.prototype's members, at the top and in an item: imported as data, or dropped.
    const proto = file([item(4, { constructor: { prototype: { polluted: true } } })]).replace(
      '{"format"',
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"format"',
    );
    await chooseImportFile(lib, 'proto-2.json', proto);
    expect(await notice(lib, 'Imported proto-2.json')).toMatch(/^Imported proto-2\.json: 1 new/);
    const after = await rawRecords(lib);
    expect(after).toHaveLength(start.length + 1);
    const mine = after.find((r) => r.id === 'round2-4')!;
    expect(Object.hasOwn(mine, 'constructor')).toBe(false);
    expect(
      await lib.evaluate(
        () =>
          (({}) as Record<string, unknown>).polluted ?? (Object.prototype as Record<string, unknown>).polluted ?? null,
      ),
    ).toBeNull();
    await noPayload(lib);
    await lib.close();
  });

  it('sent no request to a host the pages do not name', () => {
    const services = name === 'chromium' ? CHROMIUM_SERVICES : FIREFOX_SERVICES;
    const foreign = [...new Set(proxy.requests.map((r) => `${r.method} ${r.url}`))]
      .filter((r) => !services.test(r))
      .filter((r) => {
        try {
          return !HOSTS.includes(new URL(r.replace(/^\w+ /, '')).hostname);
        } catch {
          return true;
        }
      });
    expect(proxy.requests.length).toBeGreaterThan(0); // the proxy saw the pages' traffic
    expect(foreign).toEqual([]);
    expect(pwnedRequests(pages.server)).toEqual([]);
  });
});
