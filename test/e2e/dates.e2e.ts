/**
 * The seed page's date (`2014-02-16T19:03:41+00:00`, the 17th already in Kiritimati) reads
 * February 16, 2014 in the popup, the reader, the library, the Markdown front matter and the JSON
 * export, with the browser running in each of three time zones.
 */
import type { Page } from 'puppeteer-core';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { browsersUnderTest, poll } from './browsers';
import { useExtension } from './env';
import { rowsAre } from './library-helpers';
import { clickTestId, openFixture, openPopup, settledPhase } from './popup-helpers';
import { controlPage, pollFrame, readerFrame, toggleViaBackground, waitForReaderOpen } from './reader-helpers';

const HER = '/demo/her-review.html';
const ZONES = ['America/Los_Angeles', 'Europe/Berlin', 'Pacific/Kiritimati'];
const cases = browsersUnderTest().flatMap((b) => ZONES.map((z) => [b, z] as const));

/** Keeps every Blob the page turns into a download URL, as base64 (a zip is binary). */
const captureBlobs = (page: Page) =>
  page.evaluate(() => {
    const w = window as any;
    w.__qrBlobs = [] as string[];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      if (obj instanceof Blob) {
        void obj
          .arrayBuffer()
          .then((b) => w.__qrBlobs.push(btoa(Array.from(new Uint8Array(b), (c) => String.fromCharCode(c)).join(''))));
      }
      return original(obj);
    };
  });
const blob = async (page: Page, i: number) =>
  Buffer.from(await poll(page, (n: number) => (window as any).__qrBlobs?.[n] ?? '', i), 'base64');

describe.each(cases)('dates in %s under TZ=%s', (name, zone) => {
  const env = useExtension(name, { env: { TZ: zone } });

  it('reads February 16, 2014 in the popup, reader, library and exports', async () => {
    const { page, tabId } = await openFixture(env, HER);
    // The browser really runs in the zone: the post's moment is on the 17th there only in Kiritimati.
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(zone);
    expect(await page.evaluate(() => new Date('2014-02-16T19:03:41+00:00').getDate())).toBe(
      zone === 'Pacific/Kiritimati' ? 17 : 16,
    );

    const popup = await openPopup(env, tabId);
    expect(await settledPhase(popup)).toBe('ready');
    expect(await popup.$eval('.qr-site', (p) => p.textContent)).toContain('Feb 16, 2014');
    await clickTestId(popup, 'action-save');
    await poll(
      popup,
      () => document.querySelector('[data-testid="action-save"]')?.getAttribute('data-status') === 'saved',
    );

    const ctl = await controlPage(env.driver);
    await toggleViaBackground(env.driver, ctl, page);
    await waitForReaderOpen(page);
    const frame = await readerFrame(env.driver, page);
    expect(await pollFrame(frame, () => document.querySelector('.qr-meta')?.textContent)).toContain(
      'February 16, 2014',
    );

    const lib = await env.driver.openExtensionPage('library.html');
    await rowsAre(lib, 1);
    expect(await lib.$eval('[data-testid="saved-item"] .item-facts', (p) => p.textContent)).toContain('Feb 16, 2014');
    await captureBlobs(lib);
    await clickTestId(lib, 'export-json');
    const json = JSON.parse((await blob(lib, 0)).toString('utf8'));
    expect(json.items[0].publishedTime.slice(0, 10)).toBe('2014-02-16');
    await clickTestId(lib, 'export-markdown');
    const files = unzipSync(new Uint8Array(await blob(lib, 1)));
    const [md] = Object.values(files).map((f) => strFromU8(f));
    expect(md).toMatch(/^published: "?2014-02-16/m);
  });
});
