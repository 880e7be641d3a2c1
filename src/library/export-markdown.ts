/**
 * Markdown export: one file per saved item, YAML front matter (the item's metadata) then the core's
 * `toMarkdown` of the sanitised article, all zipped with fflate (small, synchronous, no workers).
 */
import { strToU8, zipSync } from 'fflate';
import { toMarkdown } from '../core/markdown';
import { formatLocalDay } from '../core/page-date';
import { ENGLISH_HIGHLIGHT_WORDS, highlightsMarkdown, type HighlightWords } from './export-highlights';
import { slugify, uniqueNamer } from './file-names';
import { httpUrlOrNull } from './safe-url';
import { sanitizeSavedHtml } from './sanitize-saved';
import type { SavedItem } from './types';

/**
 * A YAML 1.2 scalar. A JSON string is a YAML double-quoted scalar, but JSON leaves DEL, the C1
 * controls and U+FFFE/U+FFFF raw, which YAML forbids: strict parsers reject the file. Those are
 * written as \u escapes, which YAML reads back to the same text.
 */
const yaml = (v: string | number | boolean | null) =>
  typeof v === 'string'
    ? JSON.stringify(v).replace(
        /[\u007f-\u009f\ufffe\uffff]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      )
    : String(v);

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
  // Jekyll 4 runs Liquid over a page unless told not to: text from a page is never template code.
  lines.push('render_with_liquid: false');
  return `---\n${lines.join('\n')}\n---\n`;
}

/** One item as a Markdown document with front matter. */
export function itemToMarkdown(item: SavedItem, words: HighlightWords = ENGLISH_HIGHLIGHT_WORDS): string {
  const article = toMarkdown({ ...item, contentHtml: sanitizeSavedHtml(item.contentHtml) });
  return `${frontMatter(item)}\n${article}${highlightsMarkdown(item, words)}`;
}

/** Every item as its own .md file in one zip. */
export function markdownZip(items: readonly SavedItem[], words: HighlightWords = ENGLISH_HIGHLIGHT_WORDS): Uint8Array {
  const name = uniqueNamer();
  const files: Record<string, Uint8Array> = {};
  for (const item of items) {
    const date = formatLocalDay(item.savedAt, null);
    files[name(`${date}-${slugify(item.title)}`, 'md')] = strToU8(itemToMarkdown(item, words));
  }
  return zipSync(files, { level: 6 });
}
