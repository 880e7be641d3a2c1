/** Helpers of the library's end-to-end tests: read the store raw, drive the library page. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { poll } from './browsers';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/**
 * Runs one raw transaction on the library's `items` store from `page` (not through our store).
 * It waits until the extension has created the database (indexedDB.databases()), since a raw open
 * of a missing database would create an empty version-1 one and block the extension's upgrade; it
 * rejects with a message instead of hanging when the store is missing or the open is blocked.
 */
function withItems<T>(page: Page, mode: 'readonly' | 'readwrite'): Promise<T> {
  return page.evaluate(async (mode) => {
    const deadline = Date.now() + 10_000;
    while (!(await indexedDB.databases()).some((d) => d.name === 'quietread-library')) {
      if (Date.now() > deadline)
        throw new Error('the extension has not created the quietread-library database within 10 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    return new Promise<T>((resolve, reject) => {
      const open = indexedDB.open('quietread-library');
      open.onerror = () => reject(open.error);
      open.onblocked = () => reject(new Error('opening quietread-library was blocked by another connection'));
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('items')) {
          db.close();
          reject(new Error(`quietread-library (version ${db.version}) has no items store`));
          return;
        }
        const tx = db.transaction('items', mode);
        const store = tx.objectStore('items');
        const req = mode === 'readonly' ? store.getAll() : store.clear();
        tx.oncomplete = () => {
          db.close();
          resolve(req.result as T);
        };
        tx.onerror = () => {
          db.close();
          reject(tx.error);
        };
      };
    });
  }, mode);
}

/** Every record in the library's IndexedDB, read raw, sorted by id. Open the library page first: it creates the database. */
export async function rawRecords(page: Page): Promise<Record<string, unknown>[]> {
  const all = await withItems<Record<string, unknown>[]>(page, 'readonly');
  return all.sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

/** Empties the library's IndexedDB raw (test setup: a clean start without going through the UI). */
export async function clearRecords(page: Page): Promise<void> {
  await withItems<undefined>(page, 'readwrite');
}

/** Waits until the library page lists exactly `n` rows; returns their titles. */
export function rowsAre(page: Page, n: number): Promise<string[]> {
  // null (falsy) keeps poll waiting; an empty list of titles is still truthy
  return poll<string[] | null, number>(
    page,
    (want: number) => {
      if (!document.querySelector('[data-testid="library-count"]')?.textContent?.includes('saved')) return null;
      const rows = [...document.querySelectorAll('[data-testid="saved-item"]')];
      return rows.length === want ? rows.map((r) => r.querySelector('h2')?.textContent ?? '') : null;
    },
    n,
  ) as Promise<string[]>;
}

/** Makes the page keep the text of every Blob it turns into a download URL (what an export writes). */
export function captureDownloads(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as any;
    w.__qrDownloads = [] as string[];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      if (obj instanceof Blob) void obj.text().then((t) => w.__qrDownloads.push(t));
      return original(obj);
    };
  });
}

/** The text of the `i`th captured download, once it is there. */
export function downloaded(page: Page, i = 0): Promise<string> {
  return poll(page, (n: number) => (window as any).__qrDownloads?.[n] ?? '', i);
}

/** Chooses a file in the import picker, as a user would (a File in the input, then `change`). */
export async function chooseImportFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  const b64 = Buffer.from(content).toString('base64');
  await page.evaluate(
    ([n, data]: [string, string]) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], n, { type: 'application/json' }));
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [name, b64] as [string, string],
  );
}

/** A fixture file of the library's bad-import set. */
export function libraryFixture(name: string): Buffer {
  return fs.readFileSync(path.join(FIXTURES, 'library', name));
}

/** The library page's notice, once one starting with `prefix` is shown (an earlier notice may still be up). */
export function notice(page: Page, prefix: string, timeout = 15_000): Promise<string> {
  return poll(
    page,
    (p: string) => {
      const text = document.querySelector('[data-testid="library-message"]')?.textContent ?? '';
      return text.startsWith(p) ? text : '';
    },
    prefix,
    timeout,
  );
}

/** Waits until the library page's count says `n` saved pages (the list itself shows 100 rows at a time). */
export function countIs(page: Page, n: number): Promise<string> {
  return poll(
    page,
    (want: string) => {
      const text = document.querySelector('[data-testid="library-count"]')?.textContent ?? '';
      return text.startsWith(`${want} saved page`) ? text : '';
    },
    n.toLocaleString('en'),
    30_000,
  );
}
