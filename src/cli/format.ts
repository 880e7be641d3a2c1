import { toMarkdown } from '../core/markdown';
import type { Analysis } from '../core/types';
import type { Format } from './args';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The analysis in the requested format; JSON is one line with exactly the Analysis fields. */
export function formatAnalysis(a: Analysis, format: Format): string {
  switch (format) {
    case 'json':
      return JSON.stringify(a);
    case 'md':
      return toMarkdown(a).trimEnd();
    case 'text':
      return a.textContent;
    case 'html':
      return [
        '<!DOCTYPE html>',
        `<html${a.lang ? ` lang="${escapeHtml(a.lang)}"` : ''}><head><meta charset="utf-8"><title>${escapeHtml(a.title)}</title></head>`,
        `<body><article><h1>${escapeHtml(a.title)}</h1>`,
        a.contentHtml,
        '</article></body></html>',
      ].join('\n');
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}

/** What goes between pages of a batch: nothing extra for JSON lines, a rule for the others. */
export function batchSeparator(format: Format): string {
  return format === 'json' ? '\n' : format === 'md' ? '\n\n---\n\n' : '\n\n';
}
