/**
 * Omnivore's export zip: `metadata_<from>_to_<to>.json` files (arrays of { id, slug, title,
 * description, author, url, state, labels, savedAt, updatedAt, publishedAt }) and the saved pages as
 * `content/<slug>.html`. Each article becomes a full item, its HTML sanitised on the way in; an
 * article without its page stays a "to read" link. Read with fflate; the sizes a zip announces are
 * checked before anything is inflated (a zip bomb is refused, not unpacked).
 */
import { unzipSync } from 'fflate';
import { textHash } from '../core/text-hash';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ITEMS } from './import-limits';
import { linkItem } from './import-links';
import { isHttpUrl } from './safe-url';
import { sanitizeSavedHtml } from './sanitize-saved';
import type { LibraryResult, SavedItem } from './types';

/** True for the bytes of a zip file (its local file header). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

interface OmnivoreMeta {
  slug?: unknown;
  title?: unknown;
  description?: unknown;
  author?: unknown;
  url?: unknown;
  state?: unknown;
  labels?: unknown;
  savedAt?: unknown;
  updatedAt?: unknown;
  publishedAt?: unknown;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const iso = (v: unknown, now: Date) => {
  const t = Date.parse(str(v));
  return Number.isNaN(t) ? now.toISOString() : new Date(Math.min(t, now.getTime())).toISOString();
};

const NOT_OMNIVORE = 'This zip file is not an Omnivore export (it has no metadata_*.json). Nothing was changed.';

/** The items of an Omnivore export; a damaged zip or another zip gets a message and nothing. */
export function parseOmnivoreZip(bytes: Uint8Array, now = new Date()): LibraryResult<SavedItem[]> {
  let files: Record<string, Uint8Array>;
  let total = 0;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_IMPORT_BYTES * 4) throw new RangeError('too-large');
        return /(^|\/)metadata_[^/]*\.json$/.test(f.name) || /(^|\/)content\/[^/]+\.html$/.test(f.name);
      },
    });
  } catch (err) {
    if ((err as Error)?.message === 'too-large')
      return {
        ok: false,
        error: 'invalid',
        message: 'This zip file unpacks to more than the import limit. Nothing was changed.',
      };
    return { ok: false, error: 'damaged', message: 'This zip file is damaged or cut short. Nothing was changed.' };
  }
  const dec = new TextDecoder();
  const metas = Object.keys(files)
    .filter((n) => /metadata_[^/]*\.json$/.test(n))
    .sort();
  if (!metas.length) return { ok: false, error: 'not-an-export', message: NOT_OMNIVORE };
  const pages = new Map(
    Object.entries(files)
      .filter(([n]) => n.endsWith('.html'))
      .map(([n, b]) => [n.replace(/^.*content\//, '').replace(/\.html$/, ''), b]),
  );
  const items: SavedItem[] = [];
  for (const name of metas) {
    let list: unknown;
    try {
      list = JSON.parse(dec.decode(files[name]));
    } catch {
      return {
        ok: false,
        error: 'damaged',
        message: `${name} in this Omnivore export is damaged (not JSON). Nothing was changed.`,
      };
    }
    if (!Array.isArray(list)) return { ok: false, error: 'not-an-export', message: NOT_OMNIVORE };
    for (const m of list as OmnivoreMeta[]) {
      const url = str(m?.url);
      if (!isHttpUrl(url)) continue;
      if (items.length >= MAX_IMPORT_ITEMS)
        return {
          ok: false,
          error: 'invalid',
          message: `This export has more than ${MAX_IMPORT_ITEMS.toLocaleString('en')} articles, over the import limit. Nothing was changed.`,
        };
      const tags = Array.isArray(m.labels) ? m.labels.map((l) => str((l as { name?: unknown })?.name ?? l)) : [];
      if (m.state === 'Archived') tags.push('archived');
      const link = linkItem(url, str(m.title), iso(m.savedAt, now), tags, str(m.description));
      const page = pages.get(str(m.slug));
      if (!page) {
        items.push(link);
        continue;
      }
      const contentHtml = sanitizeSavedHtml(dec.decode(page));
      const textContent = (new DOMParser().parseFromString(contentHtml, 'text/html').body.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim();
      const wordCount = textContent.split(' ').filter(Boolean).length;
      const { status: _toRead, ...full } = link;
      items.push({
        ...full,
        byline: str(m.author) || null,
        publishedTime: str(m.publishedAt) || null,
        updatedAt: iso(m.updatedAt ?? m.savedAt, now),
        contentHtml,
        textContent,
        textHash: textHash(textContent),
        wordCount,
        readingMinutes: Math.max(1, Math.round(wordCount / 230)),
        excerpt: str(m.description).slice(0, 10_000) || textContent.slice(0, 300),
      });
    }
  }
  if (!items.length)
    return {
      ok: false,
      error: 'damaged',
      message: 'This Omnivore export holds no article with a web address. Nothing was changed.',
    };
  return { ok: true, value: items };
}
