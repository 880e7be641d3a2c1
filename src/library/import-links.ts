/**
 * Link lists from other read-later apps, told apart by their header row, never by the file name:
 * Pocket's export CSV (`title,url,time_added,tags,status`; tags joined by `|`, time in Unix seconds)
 * and Instapaper's (`URL,Title,Selection,Folder,Timestamp[,Tags]`). Each row becomes a "to read"
 * item: a SavedItem with no text yet (`status: 'to-read'`), which "Fetch and clean" can fill later.
 */
import { canonicalKey } from './from-analysis';
import { MAX_IMPORT_ITEMS } from './import-limits';
import { parseCsv } from './csv';
import { isHttpUrl } from './safe-url';
import { normalizeTags } from './tags';
import type { LibraryResult, SavedItem } from './types';

export type LinkFormat = 'pocket' | 'instapaper';

const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/^\ufeff/, '');

/** Which app wrote this CSV, by its header row; null when it is neither. */
export function linkFormatOf(text: string): LinkFormat | null {
  const first = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  const head = first.split(',').map(norm);
  if (['title', 'url', 'time_added'].every((h) => head.includes(h))) return 'pocket';
  if (['url', 'title', 'selection', 'folder', 'timestamp'].every((h) => head.includes(h))) return 'instapaper';
  return null;
}

function isoFromSeconds(v: string | undefined, now: Date): string {
  const n = Number(v);
  if (!v || !Number.isFinite(n) || n <= 0) return now.toISOString();
  return new Date(Math.min(n * 1000, now.getTime())).toISOString();
}

function instapaperTags(v: string | undefined): string[] {
  if (!v) return [];
  try {
    const parsed = JSON.parse(v);
    if (Array.isArray(parsed)) return parsed.map((t) => String(t?.name ?? t));
  } catch {
    /* not JSON: a plain list */
  }
  return v
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((t) => t.trim().replace(/^"|"$/g, ''));
}

/** A link saved before its page was fetched. */
export function linkItem(url: string, title: string, at: string, tags: string[], excerpt = ''): SavedItem {
  const canonicalUrl = canonicalKey(url, null);
  let site: string | null = null;
  try {
    site = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    /* checked by the caller */
  }
  return {
    id: crypto.randomUUID(),
    url,
    canonicalUrl,
    title: title.trim().slice(0, 2000) || url,
    byline: null,
    siteName: site,
    publishedTime: null,
    lang: null,
    savedAt: at,
    updatedAt: at,
    isReview: false,
    rating: null,
    excerpt: excerpt.slice(0, 10_000),
    summary: [],
    contentHtml: '',
    textContent: '',
    textHash: '',
    wordCount: 0,
    readingMinutes: 0,
    tags: normalizeTags(tags),
    status: 'to-read',
  };
}

/** The link items of a Pocket or Instapaper CSV; bad rows are skipped and counted, never half-written. */
export function parseLinkCsv(
  text: string,
  now = new Date(),
): LibraryResult<{ format: LinkFormat; items: SavedItem[]; skipped: number }> {
  const format = linkFormatOf(text);
  if (!format)
    return {
      ok: false,
      error: 'not-an-export',
      message:
        'This file is neither a Quietread export nor a Pocket, Instapaper or Omnivore export. Nothing was changed.',
    };
  const rows = parseCsv(text.replace(/^\ufeff/, ''), MAX_IMPORT_ITEMS + 1);
  if (!rows)
    return {
      ok: false,
      error: 'invalid',
      message: `This file has more than ${MAX_IMPORT_ITEMS.toLocaleString('en')} links, over the import limit. Split it and import the parts. Nothing was changed.`,
    };
  const head = rows[0]!.map(norm);
  const col = (row: string[], name: string) => row[head.indexOf(name)];
  const items: SavedItem[] = [];
  let skipped = 0;
  for (const row of rows.slice(1)) {
    const url = col(row, 'url')?.trim() ?? '';
    if (!isHttpUrl(url) || url.length > 8192) {
      skipped++;
      continue;
    }
    if (format === 'pocket') {
      const tags = (col(row, 'tags') ?? '').split('|');
      if (col(row, 'status') === 'archive') tags.push('archived');
      items.push(linkItem(url, col(row, 'title') ?? '', isoFromSeconds(col(row, 'time_added'), now), tags));
    } else {
      const folder = col(row, 'folder')?.trim() ?? '';
      const tags = [
        ...instapaperTags(col(row, 'tags')),
        ...(folder && folder !== 'Unread' ? [folder === 'Archive' ? 'archived' : folder] : []),
      ];
      items.push(
        linkItem(
          url,
          col(row, 'title') ?? '',
          isoFromSeconds(col(row, 'timestamp'), now),
          tags,
          col(row, 'selection') ?? '',
        ),
      );
    }
  }
  if (!items.length)
    return {
      ok: false,
      error: 'damaged',
      message: 'This file has no link Quietread can use (every row lacks a web address). Nothing was changed.',
    };
  return { ok: true, value: { format, items, skipped } };
}
