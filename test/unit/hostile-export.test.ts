/**
 * Export of crafted text (test/fixtures/hostile/export-text.html): text that looks like Markdown or
 * HTML must stay text in the Markdown and HTML exports; nothing in them may become a live link,
 * image, script or handler.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../src/cli/analyze-html';
import { fromAnalysis } from '../../src/library/from-analysis';
import { itemToMarkdown } from '../../src/library/export-markdown';
import { libraryHtml } from '../../src/library/export-html';
import type { SavedItem } from '../../src/library/types';

const ORIGIN = 'http://127.0.0.1:9';
const html = fs
  .readFileSync(path.resolve(import.meta.dirname, '../fixtures/hostile/export-text.html'), 'utf8')
  .replaceAll('{{ORIGIN}}', ORIGIN);

function savedItem(): SavedItem {
  const analysis = analyzeHtml(html, `${ORIGIN}/fixtures/hostile/export-text.html`);
  if (!analysis.ok) throw new Error(`analysis failed: ${analysis.error}`);
  const item = fromAnalysis(analysis.value);
  if (!item.ok) throw new Error(`not saveable: ${item.error}`);
  return {
    ...item.value,
    id: 'hostile-1',
    savedAt: '2024-03-06T10:00:00.000Z',
    updatedAt: '2024-03-06T10:00:00.000Z',
    tags: ['a"b', ']]>', '---'],
  } as SavedItem;
}

describe('export of text built to break Markdown and HTML', () => {
  const item = savedItem();

  it('keeps Markdown-looking text from becoming links, images or headings', () => {
    const md = itemToMarkdown(item);
    const body = md.slice(md.indexOf('\n---\n', 4) + 5);
    expect(body).toContain('nightmare comedy');
    // An unescaped "](" after link text makes a live link; here every one must be escaped.
    expect(body).not.toMatch(/(?<!\\)\]\(\s*javascript:/i);
    expect(body).not.toMatch(/(?<!\\)!\[pixel(?<!\\)\]\(/);
    expect(body).not.toMatch(/^#\s+This paragraph starts with a hash/m);
    expect(body).not.toMatch(/^>\s*this is not a quote/m);
    expect(body).not.toMatch(/<javascript:/i);
  });

  it('keeps HTML-looking text from becoming markup in the Markdown', () => {
    const full = itemToMarkdown(item);
    const md = full.slice(full.indexOf('\n---\n', 4) + 5).replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, ''); // fenced code is literal
    expect(md).not.toMatch(/<script/i);
    expect(md).not.toMatch(/<img[^>]*onerror/i);
    expect(md).not.toMatch(/<\/textarea>|<\/style>|<\/title>/i);
  });

  it('writes front matter that reads back to the same title and tags', () => {
    const md = itemToMarkdown(item);
    const front = md.slice(4, md.indexOf('\n---\n', 4)).split('\n');
    const field = (k: string) => front.find((l) => l.startsWith(`${k}: `))?.slice(k.length + 2) ?? '';
    expect(JSON.parse(field('title'))).toBe(item.title);
    expect(JSON.parse(field('tags'))).toEqual(item.tags);
    expect(front.every((l) => /^[a-z_]+: /.test(l))).toBe(true);
  });

  it('keeps the HTML export inert: no scripts, handlers or javascript: URLs, the text as text', () => {
    const out = libraryHtml([item], new Date('2024-03-07T00:00:00Z'));
    const doc = new JSDOM(out).window.document;
    expect(doc.querySelectorAll('script, iframe, object, embed, base, meta[http-equiv]').length).toBe(0);
    const bad = Array.from(doc.querySelectorAll('*')).flatMap((el) =>
      Array.from(el.attributes)
        .filter((a) => /^on/i.test(a.name) || /^\s*(javascript|vbscript|data:text)/i.test(a.value))
        .map((a) => `${el.localName} ${a.name}`),
    );
    expect(bad).toEqual([]);
    expect(doc.body.textContent).toContain('<script>self.__qrPwned=1</script>');
    expect(doc.title).not.toMatch(/<\/?title/i);
  });
});
