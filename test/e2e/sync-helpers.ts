/** Helpers of the sync end-to-end tests: set sync up in the options page, run it from the library page, read the list. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { poll, type Driver } from './browsers';
import type { WebdavServer } from '../helpers/webdav-server';

/** The fields of an item in a Quietread export that a test sets; the rest get plain defaults. */
export interface ExportItem {
  id: string;
  url: string;
  title: string;
  siteName: string;
  contentHtml: string;
  textContent: string;
  textHash: string;
  wordCount: number;
  tags: string[];
  /** savedAt and updatedAt */
  at: string;
}

/** A Quietread export (format quietread-library, version 1) of full items, exported at `at`. */
export function libraryExport(items: ExportItem[], at: string): string {
  const full = items.map(({ at: when, ...i }) => ({
    id: i.id,
    url: i.url,
    canonicalUrl: i.url,
    title: i.title,
    byline: null,
    siteName: i.siteName,
    publishedTime: null,
    lang: 'en',
    savedAt: when,
    updatedAt: when,
    isReview: false,
    rating: null,
    excerpt: '',
    summary: [],
    contentHtml: i.contentHtml,
    textContent: i.textContent,
    textHash: i.textHash,
    wordCount: i.wordCount,
    readingMinutes: 1,
    tags: i.tags,
  }));
  return JSON.stringify({ format: 'quietread-library', version: 1, exportedAt: at, items: full });
}

/** Fields of the options page's sync form besides the server and the account (left as they are when not given). */
export interface SyncFields {
  folder?: string;
  passphrase?: string;
}

/** Fills in the options page's sync form as a user would, and checks that "Test connection" connects. */
export async function configure(
  driver: Driver,
  server: WebdavServer,
  screenshot?: string,
  more: SyncFields = {},
): Promise<void> {
  const options = await driver.openExtensionPage('options.html');
  await poll(options, () => !!document.querySelector('[data-testid="sync-settings"]'));
  const fill = async (field: string, value: string) => {
    await options.click(`[data-testid="sync-${field}"]`, { count: 3 });
    await options.type(`[data-testid="sync-${field}"]`, value);
  };
  await fill('serverUrl', server.url);
  await fill('user', server.user);
  await fill('password', server.password);
  for (const [field, value] of Object.entries(more)) if (value !== undefined) await fill(field, value);
  await options.evaluate(() => document.querySelector('[data-testid="sync-settings"]')!.scrollIntoView());
  await options.click('[data-testid="sync-test"]');
  const tested = await poll(options, () => {
    const t = document.querySelector('[data-testid="sync-note"]')?.textContent ?? '';
    return /Connected|server|permission|Sync failed/.test(t) ? t : '';
  });
  expect(tested).toMatch(/^Connected/);
  if (screenshot) await options.screenshot({ path: screenshot, fullPage: true });
  await options.close();
}

/** Clicks the library page's "Sync now" once it is enabled; returns the time of the status it replaces. */
export async function startSync(page: Page): Promise<string> {
  await poll(page, () => {
    const b = document.querySelector<HTMLButtonElement>('[data-testid="library-sync-now"]');
    return b && !b.disabled;
  });
  const before = await page.evaluate(
    () => document.querySelector('[data-testid="sync-status"]')?.getAttribute('data-at') ?? '',
  );
  await page.click('[data-testid="library-sync-now"]');
  return before;
}

/** The outcome (`ok: …` or `error: …`) of the first sync that ends after the status dated `before`. */
export function syncOutcome(page: Page, before: string, timeout = 30_000): Promise<string> {
  return poll(
    page,
    (prev: string) => {
      const el = document.querySelector('[data-testid="sync-status"]');
      const state = el?.getAttribute('data-state');
      return (state === 'ok' || state === 'error') && el!.getAttribute('data-at') !== prev
        ? `${state}: ${el!.textContent}`
        : '';
    },
    before,
    timeout,
  );
}

/** Runs a sync from the library page's button and waits for its outcome. */
export async function syncFromLibrary(page: Page): Promise<string> {
  return syncOutcome(page, await startSync(page));
}

/** The titles of the rows the library page shows, sorted. */
export const titlesOf = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="saved-item"] h2')].map((h) => h.textContent ?? '').sort(),
  );

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Screenshots of every open page of these browsers, named after the failed test (failures only). */
export async function shootPages(drivers: (Driver | undefined)[], dir: string, slug: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  for (const [d, driver] of drivers.entries())
    for (const [i, page] of (driver?.pages ?? []).entries()) {
      if (page.isClosed()) continue;
      const shot = page.screenshot({ path: path.join(dir, `${slug}-${d}-${i}.png`) }).catch(() => {});
      await Promise.race([shot, new Promise((r) => setTimeout(r, 5_000))]);
    }
}
