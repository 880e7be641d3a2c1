/**
 * Imported non-http URLs (issue #16, finding 2): an import file's `url` or `canonicalUrl` that is
 * `javascript:`, `data:` or `vbscript:` is refused, and an item that holds one anyway (imported
 * before the check) never becomes a link in the HTML or Markdown export.
 */
import { describe, expect, it } from 'vitest';
import { libraryHtml } from '../../src/library/export-html';
import { parseExport, toExportJson } from '../../src/library/export-json';
import { frontMatter, itemToMarkdown } from '../../src/library/export-markdown';
import type { SavedItem } from '../../src/library/types';
import { newItem } from './library/helpers';

const HOSTILE = [
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
];

function item(over: Partial<SavedItem> = {}): SavedItem {
  return {
    ...newItem(1),
    tags: [],
    id: 'x1',
    savedAt: '2024-05-02T10:00:00.000Z',
    updatedAt: '2024-05-02T10:00:00.000Z',
    ...over,
  } as SavedItem;
}

describe('imported URLs', () => {
  it.each(HOSTILE)('refuses an import whose url is %s', (url) => {
    const r = parseExport(toExportJson([item({ url })]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('"url"');
  });

  it.each(HOSTILE)('refuses an import whose canonicalUrl is %s', (canonicalUrl) => {
    expect(parseExport(toExportJson([item({ canonicalUrl })])).ok).toBe(false);
  });

  it('accepts http(s) URLs', () => {
    expect(
      parseExport(
        toExportJson([item(), item({ id: 'x2', url: 'http://a.example/p', canonicalUrl: 'http://a.example/p' })]),
      ).ok,
    ).toBe(true);
  });

  it.each(HOSTILE)('writes %s as text, not a link, in the HTML export', (url) => {
    const doc = new DOMParser().parseFromString(libraryHtml([item({ url, canonicalUrl: url })]), 'text/html');
    const hrefs = Array.from(
      doc.querySelectorAll('[href],[src]'),
      (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '',
    );
    expect(hrefs.filter((h) => !h.startsWith('#'))).toEqual([]);
  });

  it.each(HOSTILE)('keeps %s out of the Markdown export and its front matter', (url) => {
    const md = itemToMarkdown(item({ url, canonicalUrl: url }));
    expect(md.toLowerCase()).not.toMatch(/javascript:|vbscript:|data:text/);
    expect(frontMatter(item({ url, canonicalUrl: url }))).toContain('canonical_url: null');
  });
});
