/**
 * Highlights in the Markdown and HTML exports: a "Highlights" section of quotes with their notes
 * under them (Markdown), and `<mark>` around the passages in the article itself (HTML).
 */
import { anchorSpan } from '../core/anchor';
import { drawMarks, type MarkSpec } from '../core/highlight-dom';
import { sanitizedFragment } from './sanitize-saved';
import type { Highlight, SavedItem } from './types';

/** The words of the highlights sections; English unless the library page passes the user's. */
export interface HighlightWords {
  heading: string;
  note: string;
  orphaned: string;
}

export const ENGLISH_HIGHLIGHT_WORDS: HighlightWords = {
  heading: 'Highlights',
  note: 'Note',
  orphaned: 'not found in the saved text',
};

/** Text from a page as Markdown that means only itself (no heading, link, emphasis or HTML). */
const escapeMd = (s: string) => s.replace(/([\\`*_[\]<>#|~])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');

/** A block quote of every line of `text`. */
const quote = (text: string) =>
  text
    .trim()
    .split(/\n+/)
    .map((line) => `> ${escapeMd(line.trim())}`)
    .join('\n>\n');

/** The "Highlights" section of an item's Markdown file; empty when it has none. */
export function highlightsMarkdown(
  item: Pick<SavedItem, 'highlights'>,
  w: HighlightWords = ENGLISH_HIGHLIGHT_WORDS,
): string {
  const list = item.highlights ?? [];
  if (!list.length) return '';
  const parts = list.map((h) => {
    const lines = [quote(h.quote.exact)];
    if (h.orphaned) lines.push(`*(${escapeMd(w.orphaned)})*`);
    if (h.note.trim()) lines.push(`**${escapeMd(w.note)}:** ${h.note.trim().split(/\n+/).map(escapeMd).join('  \n')}`);
    return lines.join('\n\n');
  });
  return `\n## ${escapeMd(w.heading)}\n\n${parts.join('\n\n---\n\n')}\n`;
}

/** The item's sanitised article HTML with its placed highlights in `<mark>`; the note as the mark's title. */
export function markedArticleHtml(item: Pick<SavedItem, 'contentHtml'> & { highlights?: Highlight[] }): string {
  const frag = sanitizedFragment(item.contentHtml);
  const holder = document.createElement('div');
  holder.appendChild(frag);
  const text = holder.textContent ?? '';
  const specs: MarkSpec[] = [];
  for (const h of item.highlights ?? []) {
    const span = h.orphaned ? null : anchorSpan(text, h.quote, h.position);
    if (span)
      specs.push({ id: h.id, color: h.color, start: span.start, end: span.end, title: h.note.trim() || undefined });
  }
  drawMarks(holder, specs);
  return holder.innerHTML;
}
