/**
 * "Fetch and clean": fetches the pages of "to read" links (imported from Pocket, Instapaper,
 * Omnivore) and saves each one's clean copy in place of its link (src/library/fill-link.ts). A
 * page that fails leaves its link as it was, with the reason kept on it (`fetchError`). Runs in
 * the library page, a few pages at once (src/library/fetch-queue.ts), under the host permission
 * the page asks for first (`originsOf`).
 */
import { fetchPage, type FetchPageOptions } from './fetch-page';
import { startQueue, type Queue, type QueueState } from './fetch-queue';
import type { Library } from './library-api';
import { pageToItem } from './page-to-item';
import type { FetchReason, SavedItem } from './types';

/** Pages fetched at once. */
export const FETCH_CONCURRENCY = 3;

export interface FetchCleanOptions extends Omit<FetchPageOptions, 'signal'> {
  lib: Pick<Library, 'fillLink' | 'setFetchError'>;
  /** Whether the browser lets Quietread read `url`'s site: a fetch that gets no answer then says why. */
  canRead?(url: string): Promise<boolean>;
  concurrency?: number;
  now?: () => Date;
  onChange?(state: QueueState): void;
}

/** The host permission patterns the links need (`http://127.0.0.1/*`: patterns name no port). */
export function originsOf(items: readonly Pick<SavedItem, 'url'>[]): string[] {
  const out = new Set<string>();
  for (const { url } of items) {
    try {
      const u = new URL(url);
      if (u.protocol === 'http:' || u.protocol === 'https:') out.add(`${u.protocol}//${u.hostname}/*`);
    } catch {
      /* not a URL: fetchPage says `not-http` */
    }
  }
  return [...out].sort();
}

/** Fetches one link's page and fills the link; true when it now holds the page, null when cancelled. */
export async function fetchOne(item: SavedItem, signal: AbortSignal, opts: FetchCleanOptions): Promise<boolean | null> {
  const now = opts.now ?? (() => new Date());
  const failed = async (reason: FetchReason, status?: number) => {
    const r = await opts.lib.setFetchError(item.id, {
      reason,
      ...(status === undefined ? {} : { status }),
      at: now().toISOString(),
    });
    if (!r.ok) console.warn('Quietread: could not keep why a page failed', r.message);
    return false;
  };
  const res = await fetchPage(item.url, { ...opts, signal });
  if (!res.ok) {
    if (res.error === 'cancelled') return null;
    // A fetch the browser blocks for want of host access fails like an unreachable site: tell them apart.
    if (res.error === 'network' && opts.canRead && !(await opts.canRead(item.url).catch(() => true)))
      return failed('no-permission');
    return failed(res.error, res.status);
  }
  const page = pageToItem(res.value);
  if (!page.ok) return failed(page.error);
  const filled = await opts.lib.fillLink(item.id, page.value, now());
  if (!filled.ok) console.warn('Quietread: could not keep the fetched page', filled.message);
  return filled.ok;
}

/** Starts fetching the pages of `links` (items that are not links are passed over); Pause, Resume and Cancel on the queue. */
export function fetchAndClean(links: readonly SavedItem[], opts: FetchCleanOptions): Queue {
  const todo = links.filter((i) => i.status === 'to-read');
  return startQueue(todo, (item, signal) => fetchOne(item, signal, opts), {
    concurrency: opts.concurrency ?? FETCH_CONCURRENCY,
    onChange: opts.onChange,
  });
}
