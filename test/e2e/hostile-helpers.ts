/**
 * Helpers of the hostile, huge and privacy e2e suites: a page server of our own (fixtures with
 * `{{ORIGIN}}` filled in, generated huge pages, a request log with headers), the ways into the
 * extension's pages (reader, popup, save, library) and the checks that nothing from a page ran or
 * lingered in them.
 */
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { startPageServer, type PageServer } from '../../scripts/lib/page-server.mjs';
import { poll, tabIdOf, type Driver } from './browsers';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Starts our page server for a describe block (filled in beforeAll). */
export function usePageServer(): { server: PageServer } {
  const holder = {} as { server: PageServer };
  beforeAll(async () => {
    holder.server = await startPageServer({
      '/fixtures/': path.join(ROOT, 'test', 'fixtures') + path.sep,
      '/demo/': path.join(ROOT, 'demo') + path.sep,
    });
  });
  afterAll(async () => holder.server?.close());
  return holder;
}

/** Every dialog any watched page opened (dismissed at once so nothing blocks). */
export function watchDialogs(page: Page, into: string[]): void {
  page.on('dialog', (d) => {
    into.push(`${page.url()}: ${d.type()} ${d.message()}`);
    d.dismiss().catch(() => {});
  });
}

/**
 * Main-world code on hostile pages must not trust the page: `document.querySelector` can be an
 * <img name="querySelector">, `document.documentElement` a <form name="documentElement">, and
 * Element methods may be rewired to report their callers. These read through Document.prototype
 * and use only what the fixtures leave alone (dataset, innerText, style.cssText).
 */
export const MAIN_WORLD = `
  const D = Document.prototype;
  const root = () => Object.getOwnPropertyDescriptor(D, 'documentElement').get.call(document);
  const q = (sel) => D.querySelector.call(document, sel);
`;

/** Evaluates `body` (using MAIN_WORLD's `root` and `q`) in a hostile page's main world. */
export function inPage<T>(page: Page, body: string): Promise<T> {
  return page.evaluate(`(() => { ${MAIN_WORLD} ${body} })()`) as Promise<T>;
}

/** Waits until `body` (see inPage) is truthy in a hostile page. */
export async function waitInPage(page: Page, body: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction(`(() => { ${MAIN_WORLD} ${body} })()`, { timeout });
}

/** Opens a fixture page, waits for it to load and for the content script's tokens. */
export async function openPage(driver: Driver, url: string, dialogs: string[] = []): Promise<Page> {
  const page = await driver.newPage();
  watchDialogs(page, dialogs);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await waitInPage(page, 'return root().dataset.quietread !== undefined;', 30_000);
  return page;
}

/** Marker requests hostile payloads made from an extension page (`/ran/<id>?in=<protocol>`), or from the page's rewired built-ins. */
export function pwnedRequests(server: PageServer): string[] {
  return server.requests
    .map((r) => r.path)
    .filter(
      (p) =>
        p.startsWith('/ran/') &&
        (/in=(chrome|moz)-extension/.test(p) || p.startsWith('/ran/hijack-') || p.startsWith('/ran/forged-')),
    );
}

/** The extension's frames inside a page (the reader's iframe). */
export function extensionFrames(page: Page, extOrigin: string): Frame[] {
  return page.frames().filter((f) => f.url().startsWith(extOrigin));
}

/** Sends a message to the background from an extension page (the stable message protocol). */
export async function sendFromExtension(driver: Driver, message: unknown): Promise<unknown> {
  const probe = await driver.openExtensionPage('popup.html?tab=0');
  try {
    return await probe.evaluate(async (m) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.runtime.sendMessage(m);
    }, message as any);
  } finally {
    await probe.close();
    driver.pages.splice(driver.pages.indexOf(probe), 1);
  }
}

/** Opens the reader on a page (background toggle) and waits for its frame; returns the frame, or null when it never appeared. */
export async function openReader(driver: Driver, page: Page, timeout = 30_000): Promise<Frame | null> {
  const tabId = await tabIdOf(driver, page);
  await sendFromExtension(driver, { type: 'any-to-background:toggle-reader', tabId });
  await waitInPage(page, "return q('[data-quietread-reader]') !== null;", timeout);
  // Chrome serves reader.html from a per-session origin (use_dynamic_url), not the extension's own.
  const isReader = (href: string) => /^(chrome|moz)-extension:\/\/[^/]+\/reader\.html/.test(href);
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    for (const f of page.frames()) {
      // Firefox reports moz-extension frames as about:blank: ask the frame where it is.
      const href = isReader(f.url()) ? f.url() : await f.evaluate(() => location.href).catch(() => '');
      if (isReader(href)) return f;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

/** Closes the reader (background toggle again) and waits until its host left the page. */
export async function closeReader(driver: Driver, page: Page): Promise<void> {
  const tabId = await tabIdOf(driver, page);
  await sendFromExtension(driver, { type: 'any-to-background:toggle-reader', tabId });
  await waitInPage(page, "return q('[data-quietread-reader]') === null;", 15_000);
}

/** Polls a frame until `fn` is truthy (frames of extension pages cannot use waitForFunction in Firefox). */
export async function pollFrame<T>(frame: Frame, fn: () => T, timeout = 30_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await frame.evaluate(fn as any).catch(() => undefined);
    if (v) return v as T;
    if (Date.now() > end) throw new Error(`pollFrame timed out (${fn.toString().slice(0, 100)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Opens the popup for a page's tab and waits until it shows a summary or a state message. */
export async function openPopup(driver: Driver, page: Page, dialogs: string[] = []): Promise<Page> {
  const tabId = await tabIdOf(driver, page);
  const popup = await driver.openExtensionPage(`popup.html?tab=${tabId}`);
  watchDialogs(popup, dialogs);
  await poll(
    popup,
    () => document.querySelector('[data-testid="summary-title"], [data-testid="state-message"]:not(:empty)') !== null,
    undefined,
    30_000,
  );
  return popup;
}

/** Saves the page from its popup (the Save button) and waits until the popup says it is saved. */
export async function saveFromPopup(popup: Page): Promise<string> {
  await poll(popup, () => document.querySelector('[data-testid="summary-title"]') !== null, undefined, 30_000);
  await popup.click('[data-testid="action-save"]');
  return poll(
    popup,
    () => {
      const s = document.querySelector('[data-testid="action-save"]')?.getAttribute('data-status') ?? '';
      return ['saved', 'updated', 'error', 'quota-exceeded'].includes(s) ? s : '';
    },
    undefined,
    30_000,
  );
}

/** Opens the library and waits for a saved row whose text includes `title`; returns the page and the item's id. */
export async function openSaved(
  driver: Driver,
  title: string,
  dialogs: string[] = [],
): Promise<{ library: Page; id: string }> {
  const library = await driver.openExtensionPage('library.html');
  watchDialogs(library, dialogs);
  const id = await poll(
    library,
    (t: string) => {
      const row = Array.from(document.querySelectorAll('[data-testid="saved-item"]')).find((r) =>
        (r.textContent ?? '').includes(t),
      );
      return row?.getAttribute('data-id') ?? '';
    },
    title,
    30_000,
  );
  return { library, id };
}

/**
 * Lists what must never be in an extension page built from page content: scripts not of the
 * extension, event-handler attributes, javascript:/vbscript:/data: (non-image) URLs, frames and
 * plugins, <meta>/<base>, page CSS that loads URLs, live forms. Empty means clean.
 */
export function findDangers(extOrigin: string): string[] {
  const out: string[] = [];
  const own = (url: string | null) => !url || url.startsWith('/') || url.startsWith(extOrigin);
  const roots: (Document | ShadowRoot)[] = [document];
  for (const el of Array.from(document.querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
  for (const root of roots) {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const tag = el.localName;
      const name = `${tag}${el.id ? `#${el.id}` : ''}`;
      if (tag === 'script' && !own(el.getAttribute('src')))
        out.push(`script not of the extension: ${el.outerHTML.slice(0, 80)}`);
      if (
        ['iframe', 'frame', 'object', 'embed', 'base', 'meta', 'foreignobject', 'applet'].includes(tag) &&
        !(tag === 'meta' && el.closest('head'))
      )
        out.push(`${tag} element`);
      if (tag === 'link' && !own(el.getAttribute('href'))) out.push(`link to ${el.getAttribute('href')}`);
      if (
        tag === 'style' &&
        /url\(|@import|expression\(/i.test(el.textContent ?? '') &&
        !/^\s*$/.test(el.textContent ?? '') &&
        el.closest('svg, article, main, [data-content], .content, #content')
      )
        out.push(`page style: ${(el.textContent ?? '').slice(0, 60)}`);
      if (
        ['input', 'textarea', 'select'].includes(tag) &&
        el.closest('article, [data-content], .reader-content, .content, #content')
      )
        out.push(`${tag} from the page in the content`);
      if (tag === 'form' && el.getAttribute('action')) out.push(`form with action ${el.getAttribute('action')}`);
      for (const attr of Array.from(el.attributes)) {
        const n = attr.name.toLowerCase();
        // eslint-disable-next-line no-control-regex -- browsers drop control characters in URLs, so must we
        const v = attr.value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
        // Images never run script, not even an SVG one: data: images are harmless in <img>.
        if (tag === 'img' && (n === 'src' || n === 'srcset') && /^data:image\//.test(v)) continue;
        if (n.startsWith('on')) out.push(`${name} has ${n}`);
        if (
          /^(javascript|vbscript):/.test(v) ||
          (/^data:/.test(v) && !/^data:image\/(png|gif|jpe?g|webp|avif)[;,]/.test(v))
        ) {
          if (
            [
              'href',
              'src',
              'xlink:href',
              'action',
              'formaction',
              'srcset',
              'data',
              'poster',
              'background',
              'values',
              'to',
              'from',
            ].includes(n)
          )
            out.push(`${name} ${n}=${attr.value.slice(0, 40)}`);
        }
        if (n === 'srcset' && /javascript:|data:text/i.test(attr.value))
          out.push(`${name} srcset=${attr.value.slice(0, 40)}`);
        if (n === 'style' && /url\(|expression\(|behavior:/i.test(attr.value))
          out.push(`${name} style=${attr.value.slice(0, 60)}`);
      }
    }
  }
  const w = window as unknown as Record<string, unknown>;
  if (w.__qrPwned !== undefined) out.push('window.__qrPwned was set');
  return out;
}

/** Runs `findDangers` in a page or frame. */
export function dangersIn(target: Page | Frame, extOrigin: string): Promise<string[]> {
  return target.evaluate(findDangers, extOrigin);
}

/** The inline styles of <html> and <body> (the reader locks scrolling there and must give them back). */
export function pageStyles(page: Page): Promise<string> {
  return inPage<string>(page, "return root().style.cssText + ' | ' + (q('body')?.style.cssText ?? '');");
}

/** Clicks the page's own button and reads its counter: the page's own script still runs and reacts. */
export async function pageStillWorks(page: Page): Promise<{ clicks: number; alive: boolean }> {
  const read = () =>
    inPage<number>(page, "return Number(D.getElementById.call(document, 'page-button')?.dataset.clicks ?? -1);");
  const before = await read();
  const button = await page.evaluateHandle(
    `(() => { ${MAIN_WORLD} return D.getElementById.call(document, 'page-button'); })()`,
  );
  await (button as any).click();
  await waitInPage(
    page,
    `return Number(D.getElementById.call(document, 'page-button')?.dataset.clicks) > ${before};`,
    5_000,
  ).catch(() => {});
  return { clicks: await read(), alive: await inPage<boolean>(page, 'return window.__pageAlive === true;') };
}
