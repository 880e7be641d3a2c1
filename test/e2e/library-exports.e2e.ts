/**
 * The library page with three saved pages (two reviews, one article): its filters by tag, site and
 * kind narrow the list, and the Markdown (zip) and HTML exports hold every item, clean.
 * The exports are read from the Blob the page hands to the download (a zip is binary: base64).
 */
import type { Page } from 'puppeteer-core';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { browsersUnderTest, poll } from './browsers';
import { useExtension } from './env';
import { rowsAre } from './library-helpers';
import { clickTestId, openFixture, openPopup, settledPhase } from './popup-helpers';

const PAGES = ['/demo/her-review.html', '/fixtures/popup/wp-review.html', '/fixtures/reader/long-article.html'];

/** Keeps every Blob the page turns into a download URL, as base64. */
const captureBlobs = (page: Page) =>
  page.evaluate(() => {
    const w = window as any;
    w.__qrBlobs = [] as string[];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      if (obj instanceof Blob)
        void obj
          .arrayBuffer()
          .then((b) => w.__qrBlobs.push(btoa(Array.from(new Uint8Array(b), (c) => String.fromCharCode(c)).join(''))));
      return original(obj);
    };
  });
const blob = async (page: Page, i: number) =>
  Buffer.from(await poll(page, (n: number) => (window as any).__qrBlobs?.[n] ?? '', i), 'base64');

/** The titles of the rows shown, once `n` are shown. */
const titlesWhen = (lib: Page, n: number) => rowsAre(lib, n).then((t) => t.map((s) => s.trim()));

/** Picks a value in a filter menu as a user does (a `change` event on the select). */
async function choose(lib: Page, testid: string, value: string): Promise<void> {
  await lib.evaluate(
    ([id, v]: [string, string]) => {
      const select = document.querySelector<HTMLSelectElement>(`[data-testid="${id}"]`)!;
      select.value = v;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [testid, value] as [string, string],
  );
}

describe.each(browsersUnderTest())('library filters and exports in %s', (name) => {
  const env = useExtension(name);
  let lib: Page;
  const titles: string[] = [];

  it('saves three pages and filters them by tag, site and kind', async () => {
    for (const path of PAGES) {
      const { tabId } = await openFixture(env, path);
      const popup = await openPopup(env, tabId);
      expect(await settledPhase(popup)).toBe('ready');
      titles.push((await popup.$eval('[data-testid="summary-title"]', (e) => e.textContent ?? '')).trim());
      await clickTestId(popup, 'action-save');
      await poll(
        popup,
        () => document.querySelector('[data-testid="action-save"]')?.getAttribute('data-status') === 'saved',
      );
      await popup.close();
    }
    lib = await env.driver.openExtensionPage('library.html');
    expect(await titlesWhen(lib, 3)).toHaveLength(3);

    // Tag one review; the tag menu then lists it and narrows the list to that item.
    await lib.evaluate((t: string) => {
      const row = [...document.querySelectorAll('[data-testid="saved-item"]')].find(
        (r) => r.querySelector('h2')?.textContent?.trim() === t,
      )!;
      row.querySelector<HTMLButtonElement>('[data-testid="edit-tags"]')!.click();
    }, titles[1]!);
    await lib.type('[data-testid="tag-input"]', 'fiction');
    await clickTestId(lib, 'save-tags');
    await poll(lib, () =>
      [...document.querySelectorAll('[data-testid="filter-tag"] option')].some(
        (o) => (o as HTMLOptionElement).value === 'fiction',
      ),
    );
    await choose(lib, 'filter-tag', 'fiction');
    expect(await titlesWhen(lib, 1)).toEqual([titles[1]]);
    await choose(lib, 'filter-tag', '');
    await titlesWhen(lib, 3);

    // Kind: the long article is no review; both reviews are rated 4/5 or better.
    await choose(lib, 'filter-review', 'reviews');
    expect((await titlesWhen(lib, 2)).sort()).toEqual([titles[0], titles[1]].sort());
    await choose(lib, 'filter-review', 'rated-4');
    expect(await titlesWhen(lib, 2)).not.toContain(titles[2]);
    await choose(lib, 'filter-review', 'any');
    await titlesWhen(lib, 3);

    // Site: each entry of the menu lists exactly the rows whose facts name that site.
    const sites = await lib.$$eval('[data-testid="filter-site"] option', (os) =>
      os.map((o) => (o as HTMLOptionElement).value).filter(Boolean),
    );
    expect(sites.length).toBeGreaterThanOrEqual(2);
    let listed = 0;
    for (const site of sites) {
      await choose(lib, 'filter-site', site);
      const facts = await poll(
        lib,
        (s: string) => {
          const rows = [...document.querySelectorAll('[data-testid="saved-item"] .item-facts')].map(
            (f) => f.textContent ?? '',
          );
          return rows.length > 0 && rows.length < 3 && rows.every((f) => f.includes(s)) ? rows : null;
        },
        site,
      );
      listed += facts!.length;
    }
    expect(listed).toBe(3);
    await choose(lib, 'filter-site', '');
    await titlesWhen(lib, 3);
  });

  it('exports every item as Markdown files with front matter, zipped', async () => {
    await captureBlobs(lib);
    await clickTestId(lib, 'export-markdown');
    const files = unzipSync(new Uint8Array(await blob(lib, 0)));
    const texts = Object.entries(files).map(([file, data]) => ({ file, text: strFromU8(data) }));
    expect(texts).toHaveLength(3);
    for (const { file, text } of texts) {
      expect(file).toMatch(/\.md$/);
      expect(text).toMatch(/^---\n[\s\S]*?\n---\n/);
      expect(text).toMatch(/^url: "?http:\/\/127\.0\.0\.1:\d+\//m);
      expect(text).not.toMatch(/Leave a Reply|<script/i);
    }
    const her = texts.find((t) => t.text.includes('bawling'));
    expect(her?.text).toMatch(/^published: "?2014-02-16/m);
    expect(her?.text).toMatch(/^# .*Her/m);
    const tagged = texts.find((t) => /^tags:.*fiction/m.test(t.text) || /^tags:\n\s*- "?fiction/m.test(t.text));
    expect(tagged, 'the tag travels in the front matter').toBeDefined();
  });

  it('exports every item as one HTML file, sanitised', async () => {
    await captureBlobs(lib);
    await clickTestId(lib, 'export-html');
    const html = (await blob(lib, 0)).toString('utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    const doc = await lib.evaluate((h: string) => {
      const d = new DOMParser().parseFromString(h, 'text/html');
      return {
        headings: [...d.querySelectorAll('article > h2')].map((e) => e.textContent?.trim() ?? ''),
        scripts: d.querySelectorAll('script, iframe, [onclick], [onerror]').length,
        text: d.body.textContent ?? '',
      };
    }, html);
    expect(doc.headings.sort()).toEqual([...titles].sort());
    expect(doc.scripts).toBe(0);
    expect(doc.text).toContain('bawling');
    expect(doc.text).toContain('Finally, the reader must be reversible.');
    expect(doc.text).not.toContain('Leave a Reply');
  });
});
