/**
 * Highlights end to end on the seed review: two passages highlighted in the reader over the live page
 * (a real selection, then the H shortcut and the toolbar's Note), the page saved first and said so;
 * after a browser restart on the same profile they are on the saved copy in the reader and listed in
 * the library (count, Highlights view, search, has-notes); the Markdown and JSON exports hold them;
 * the JSON imported into a fresh profile shows them in place.
 */
import type { Page } from 'puppeteer-core';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { browsersUnderTest, launch, poll } from './browsers';
import { useExtension } from './env';
import { clickIn, drawnMarks, marksAre, selectWords } from './highlight-helpers';
import { chooseImportFile, notice, rawRecords } from './library-helpers';
import { openReaderOn, pollFrame } from './reader-helpers';

const A = 'a lonely writer going through a difficult divorce';
const B = 'It’s about love in general, it’s about people’s prejudices';
const NOTE = 'The heart of the review.';

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

const click = (page: Page, testid: string) =>
  page.evaluate((t: string) => document.querySelector<HTMLElement>(`[data-testid="${t}"]`)!.click(), testid);

describe.each(browsersUnderTest())('highlights in %s', (name) => {
  const env = useExtension(name);
  let json = '';

  it('highlights two passages in the reader, one with a note, saving the page first', async () => {
    const { page, frame } = await openReaderOn(env.driver, env.server.url('/demo/her-review.html'));
    await selectWords(frame, A);
    await page.keyboard.press('h');
    const first = await marksAre(frame, 1);
    expect(first[0]).toMatchObject({ text: A, color: 'yellow' });
    expect(
      await pollFrame(frame, () =>
        document
          .querySelector('[data-testid="highlight-notice"]')
          ?.textContent?.includes('Saved this page to your library'),
      ),
    ).toBe(true);

    await selectWords(frame, B);
    await clickIn(frame, '[data-testid="highlight-green"]');
    const two = await marksAre(frame, 2);
    const b = two.find((m) => m.text === B)!;
    expect(b.color).toBe('green');
    // Enter on the focused highlight opens its note.
    await frame.evaluate((id: string) => document.getElementById(`qr-hl-${id}`)!.focus(), b.id);
    await page.keyboard.press('Enter');
    await pollFrame(frame, () => document.activeElement?.getAttribute('data-testid') === 'note-text');
    await page.keyboard.type(NOTE);
    await clickIn(frame, '[data-testid="note-save"]');
    expect(
      await pollFrame(
        frame,
        (id: string) =>
          document.getElementById(`qr-hl-${id}`)?.getAttribute('aria-label')?.includes('The heart of the review.'),
        b.id,
      ),
    ).toBe(true);

    // The side list names both, in reading order, and jumps to a passage (focus on its mark).
    await clickIn(frame, '[data-testid="highlights-button"]');
    const entries = await pollFrame(frame, () => {
      const e = [...document.querySelectorAll('[data-testid="highlights-entry"]')].map((li) => li.textContent ?? '');
      return e.length === 2 ? e : null;
    });
    expect(entries[0]).toContain('lonely writer');
    expect(entries[1]).toContain(NOTE);
    await frame.evaluate(() =>
      document.querySelectorAll<HTMLElement>('[data-testid="highlights-entry"] button')[1]!.click(),
    );
    expect(await pollFrame(frame, (id: string) => document.activeElement?.id === `qr-hl-${id}`, b.id)).toBe(true);

    const lib = await env.driver.openExtensionPage('library.html');
    const raw = await rawRecords(lib);
    expect(raw).toHaveLength(1);
    const hl = raw[0]!.highlights as {
      quote: { exact: string };
      position: { start: number; end: number };
      note: string;
    }[];
    expect(hl.map((h) => [h.quote.exact, h.note])).toEqual([
      [A, ''],
      [B, NOTE],
    ]);
    // Selectors are over the item's textContent.
    const textContent = raw[0]!.textContent as string;
    for (const h of hl) expect(textContent.slice(h.position.start, h.position.end)).toBe(h.quote.exact);
  });

  it('keeps them across a restart: on the saved copy in the reader and listed in the library', async () => {
    await env.restart();
    const lib = await env.driver.openExtensionPage('library.html');
    const count = await poll(lib, () => document.querySelector('[data-testid="item-highlights"]')?.textContent ?? '');
    expect(count).toBe('2 highlights · 1 note');
    // Has notes keeps the item; the Highlights view lists both and searches them.
    await lib.click('[data-testid="filter-notes"]');
    await click(lib, 'view-highlights');
    expect(await poll(lib, () => document.querySelectorAll('[data-testid="library-highlight"]').length)).toBe(1);
    await lib.click('[data-testid="filter-notes"]');
    expect(await poll(lib, () => document.querySelectorAll('[data-testid="library-highlight"]').length === 2)).toBe(
      true,
    );
    await lib.type('[data-testid="highlight-search"]', 'prejudices');
    const found = await poll(lib, () => {
      const rows = [...document.querySelectorAll('[data-testid="library-highlight"]')];
      return rows.length === 1 ? rows[0]!.textContent : '';
    });
    expect(found).toContain(NOTE);

    const id = (await rawRecords(lib))[0]!.id as string;
    const reader = await env.driver.openExtensionPage(`reader.html?saved=${id}`);
    const frame = reader.mainFrame();
    const marks = await marksAre(frame, 2);
    expect(marks.map((m) => m.text).sort()).toEqual([A, B].sort());

    // Exports: Markdown (a Highlights section, the note under its quote) and JSON (the selectors).
    await captureBlobs(lib);
    await click(lib, 'export-markdown');
    const zip = unzipSync(new Uint8Array(await blob(lib, 0)));
    const md = strFromU8(Object.values(zip)[0]!);
    const section = md.slice(md.indexOf('## Highlights'));
    expect(section).toContain(`> ${A}`);
    expect(section).toContain(`> ${B}\n\n**Note:** ${NOTE}`);
    await click(lib, 'export-json');
    json = (await blob(lib, 1)).toString('utf8');
    const exported = JSON.parse(json).items[0].highlights;
    expect(exported).toHaveLength(2);
    expect(exported[1]).toMatchObject({
      note: NOTE,
      quote: { type: 'TextQuoteSelector', exact: B },
      position: { type: 'TextPositionSelector' },
    });
  });

  it('a JSON export imported into a fresh profile shows them in place', async () => {
    expect(json).not.toBe('');
    const fresh = await launch(name);
    try {
      const lib = await fresh.openExtensionPage('library.html');
      await poll(lib, () => document.querySelector('[data-testid="library-empty"]') !== null);
      await chooseImportFile(lib, 'quietread.json', json);
      expect(await notice(lib, 'Imported quietread.json')).toContain('1 new');
      const raw = await poll(lib, async () => {
        const open = indexedDB.open('quietread-library');
        const db = await new Promise<IDBDatabase>((r) => (open.onsuccess = () => r(open.result)));
        const all = await new Promise<any[]>((r) => {
          const q = db.transaction('items').objectStore('items').getAll();
          q.onsuccess = () => r(q.result);
        });
        db.close();
        return all.length ? all : null;
      }).then((r) => r!);
      expect(raw[0].highlights).toEqual(JSON.parse(json).items[0].highlights);
      const reader = await fresh.openExtensionPage(`reader.html?saved=${raw[0].id}`);
      const marks = await marksAre(reader.mainFrame(), 2);
      expect(marks.map((m) => m.text).sort()).toEqual([A, B].sort());
      expect((await drawnMarks(reader.mainFrame())).find((m) => m.text === B)!.label).toContain(NOTE);
    } finally {
      await fresh.close();
    }
  });
});
