/**
 * Markdown export: one file per saved item, YAML front matter (the item's metadata) then the core's
 * `toMarkdown` of the sanitised article, all zipped with fflate (small, synchronous, no workers).
 */
import { strToU8, zipSync } from 'fflate';
import { toMarkdown } from '../core/markdown';
import { slugify, uniqueNamer } from './file-names';
import { httpUrlOrNull } from './safe-url';
import { sanitizeSavedHtml } from './sanitize-saved';
import type { SavedItem } from './types';

/** A YAML scalar that needs no escaping rules beyond JSON's: JSON strings are valid YAML. */
const yaml = (v: string | number | boolean | null) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

/** The YAML front matter of an item. */
export function frontMatter(item: SavedItem): string {
  const fields: [string, string | number | boolean | null][] = [
    ['title', item.title],
    // Site generators turn these into links: only http(s) is written.
    ['url', httpUrlOrNull(item.url)],
    ['canonical_url', httpUrlOrNull(item.canonicalUrl)],
    ['byline', item.byline],
    ['site', item.siteName],
    ['published', item.publishedTime],
    ['saved', item.savedAt],
    ['review', item.isReview],
    ['rating', item.rating ? item.rating.text || `${item.rating.value}/${item.rating.best}` : null],
    ['words', item.wordCount],
  ];
  const lines = fields.map(([k, v]) => `${k}: ${yaml(v)}`);
  lines.push(`tags: [${item.tags.map((t) => yaml(t)).join(', ')}]`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** One item as a Markdown document with front matter. */
export function itemToMarkdown(item: SavedItem): string {
  const article = toMarkdown({ ...item, contentHtml: sanitizeSavedHtml(item.contentHtml) });
  return `${frontMatter(item)}\n${article}`;
}

/** Every item as its own .md file in one zip. */
export function markdownZip(items: readonly SavedItem[]): Uint8Array {
  const name = uniqueNamer();
  const files: Record<string, Uint8Array> = {};
  for (const item of items) {
    const date = item.savedAt.slice(0, 10);
    files[name(`${date}-${slugify(item.title)}`, 'md')] = strToU8(itemToMarkdown(item));
  }
  return zipSync(files, { level: 6 });
}
