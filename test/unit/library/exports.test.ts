import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libraryHtml } from '../../../src/library/export-html';
import { markdownZip } from '../../../src/library/export-markdown';
import type { SavedItem } from '../../../src/library/types';
import { newItem } from './helpers';

const item = (n: number, over: Partial<SavedItem> = {}): SavedItem => ({
  ...newItem(n),
  id: `id-${n}`,
  savedAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-01T10:00:00.000Z',
  tags: ['film', 'to "reread"'],
  ...over,
});

const hostile =
  '<p>Fine <em>text</em></p><script>alert(1)</script><img src="x.png" onerror="alert(2)"><a href="javascript:alert(3)">link</a>';

describe('library exports', () => {
  it('zips one Markdown file per item, with front matter and the article', () => {
    const zip = unzipSync(markdownZip([item(1, { title: 'Her: a film' }), item(2, { title: 'Her: a film' })]));
    expect(Object.keys(zip).sort()).toEqual(['2025-03-01-her-a-film-2.md', '2025-03-01-her-a-film.md']);
    const md = strFromU8(zip['2025-03-01-her-a-film.md']!);
    expect(md).toMatch(/^---\ntitle: "Her: a film"\nurl: "https:\/\/blog\.example\/2024\/review-1\/"\n/);
    expect(md).toContain('rating: "4/5"');
    expect(md).toContain('tags: ["film", "to \\"reread\\""]\nrender_with_liquid: false\n---\n');
    expect(md).toContain('# Her: a film');
    expect(md).toContain('marigold sunset');
  });

  it('strips scripts and handlers from the Markdown source', () => {
    const md = strFromU8(Object.values(unzipSync(markdownZip([item(1, { contentHtml: hostile })])))[0]!);
    expect(md).toContain('Fine *text*');
    expect(md).not.toMatch(/alert|onerror|javascript:/);
  });

  it('writes one self-contained HTML file with escaped metadata and re-sanitised articles', () => {
    const html = libraryHtml(
      [item(1, { title: '<b>Bold</b> & co', contentHtml: hostile }), item(2)],
      new Date('2025-03-02T00:00:00Z'),
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('article')).toHaveLength(2);
    expect(doc.querySelector('article h2')?.textContent).toBe('<b>Bold</b> & co');
    expect(doc.querySelectorAll('script, [onerror], a[href^="javascript"], link[rel=stylesheet]')).toHaveLength(0);
    expect(doc.querySelector('article')?.textContent).toContain('Fine text');
    expect(doc.title).toBe('Quietread library (2 saved, 2025-03-02)');
  });
});
