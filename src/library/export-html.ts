/**
 * Single-file HTML export: the whole library as one self-contained page (inline styles, no
 * scripts, no remote fonts), readable offline in any browser. Article HTML is sanitised again;
 * every other value is escaped.
 */
import { formatLocalDay, pageDay } from '../core/page-date';
import { markedArticleHtml } from './export-highlights';
import { httpUrlOrNull } from './safe-url';
import { sanitizeSavedHtml } from './sanitize-saved';
import type { SavedItem } from './types';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `
:root { color-scheme: light dark; --fg: #1d1d1b; --muted: #6b6a66; --bg: #fbfaf7; --rule: #e3e0d8; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e6e1; --muted: #a19f99; --bg: #1b1b1a; --rule: #3a3936; } }
body { margin: 0; background: var(--bg); color: var(--fg); font: 18px/1.65 Georgia, 'Iowan Old Style', serif; }
main { max-width: 40rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
nav ol { padding-left: 1.25rem; } a { color: inherit; }
article { border-top: 1px solid var(--rule); margin-top: 3rem; padding-top: 2rem; }
.meta { color: var(--muted); font: 14px/1.5 system-ui, sans-serif; }
img, video { max-width: 100%; height: auto; }
mark { color: inherit; } .qr-hl-yellow { background: #fff0a0; } .qr-hl-green { background: #c8efc0; } .qr-hl-blue { background: #cde2ff; } .qr-hl-pink { background: #ffd3e6; }
@media (prefers-color-scheme: dark) { .qr-hl-yellow { background: #5a4a00; } .qr-hl-green { background: #1e4a29; } .qr-hl-blue { background: #1c3963; } .qr-hl-pink { background: #5b2340; } }
`;

/** A link to the original page; an item that somehow holds a non-http(s) URL shows it as text only. */
function link(url: string): string {
  const safe = httpUrlOrNull(url);
  return safe ? `<a href="${esc(safe)}">${esc(safe)}</a>` : esc(url);
}

/** The words of the export file: English by default (the CLI, tests); the library page passes the user's language. */
export interface ExportWords {
  lang: string;
  heading: string;
  contents: string;
  title(count: number, day: string): string;
  summary(count: number, day: string): string;
  rating(rating: string): string;
  tags(list: string): string;
  saved(day: string): string;
}

export const ENGLISH_EXPORT_WORDS: ExportWords = {
  lang: 'en',
  heading: 'Quietread library',
  contents: 'Contents',
  title: (n, day) => `Quietread library (${n} saved, ${day})`,
  summary: (n, day) => `${n} saved ${n === 1 ? 'review' : 'reviews'}, exported ${day}.`,
  rating: (r) => `Rating ${r}`,
  tags: (list) => `Tags: ${list}`,
  saved: (day) => `saved ${day}`,
};

function meta(item: SavedItem, w: ExportWords): string {
  const parts = [
    item.byline,
    item.siteName,
    pageDay(item.publishedTime),
    item.rating ? w.rating(item.rating.text || `${item.rating.value}/${item.rating.best}`) : null,
  ];
  const tags = item.tags.length ? ` · ${esc(w.tags(item.tags.join(', ')))}` : '';
  return `<p class="meta">${parts
    .filter(Boolean)
    .map((p) => esc(p!))
    .join(' · ')}${tags}<br>${link(item.url)} · ${esc(w.saved(formatLocalDay(item.savedAt, null)))}</p>`;
}

/** The items as one HTML document, worded in `words`. */
export function libraryHtml(
  items: readonly SavedItem[],
  now = new Date(),
  words: ExportWords = ENGLISH_EXPORT_WORDS,
): string {
  const toc = items.map((item, i) => `<li><a href="#item-${i + 1}">${esc(item.title)}</a></li>`).join('\n');
  const articles = items
    .map(
      (item, i) =>
        `<article id="item-${i + 1}" lang="${esc(item.lang ?? '')}">\n<h2>${esc(item.title)}</h2>\n${meta(item, words)}\n${item.highlights?.length ? markedArticleHtml(item) : sanitizeSavedHtml(item.contentHtml)}\n</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${esc(words.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Quietread">
<title>${esc(words.title(items.length, formatLocalDay(now, null)))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${esc(words.heading)}</h1>
<p class="meta">${esc(words.summary(items.length, formatLocalDay(now, null)))}</p>
<nav aria-label="${esc(words.contents)}"><ol>
${toc}
</ol></nav>
${articles}
</main>
</body>
</html>
`;
}
