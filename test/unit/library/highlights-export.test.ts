import { describe, expect, it } from 'vitest';
import { libraryHtml } from '../../../src/library/export-html';
import { itemToMarkdown } from '../../../src/library/export-markdown';
import { addHighlight } from '../../../src/library/highlights';
import type { SavedItem } from '../../../src/library/types';
import { newItem } from './helpers';

const text = 'The film is tender. Its *ending* is # bittersweet and the score by Arcade Fire is quiet.';
const item = (): SavedItem => {
  let hl = addHighlight(
    [],
    text,
    text.indexOf('Its'),
    text.indexOf(' and'),
    'green',
    'Best line.\nTwo lines.',
    new Date('2026-01-01T00:00:00Z'),
    'a',
  )!;
  hl = addHighlight(
    hl,
    text,
    text.indexOf('Arcade'),
    text.indexOf(' is quiet'),
    'pink',
    '',
    new Date('2026-01-02T00:00:00Z'),
    'b',
  )!;
  hl.push({ ...hl[1]!, id: 'c', quote: { ...hl[1]!.quote, exact: 'gone words' }, orphaned: true });
  return {
    ...newItem(1, {
      textContent: text,
      contentHtml: `<p>The film is tender. Its <em>*ending*</em> is # bittersweet and the score by Arcade Fire is quiet.</p>`,
    }),
    id: 'i',
    savedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    tags: [],
    highlights: hl,
  };
};

describe('highlights in exports', () => {
  it('Markdown: a Highlights heading, each highlight quoted with its note under it, orphans marked', () => {
    const md = itemToMarkdown(item());
    const section = md.slice(md.indexOf('## Highlights'));
    expect(section).toContain('> Its \\*ending\\* is \\# bittersweet');
    expect(section).toContain('**Note:** Best line.  \nTwo lines.');
    expect(section).toContain('> Arcade Fire');
    expect(section).toContain('> gone words\n\n*(not found in the saved text)*');
    expect(section.indexOf('Its')).toBeLessThan(section.indexOf('Arcade'));
  });

  it('Markdown: no section for an item without highlights', () => {
    expect(itemToMarkdown({ ...item(), highlights: [] })).not.toContain('## Highlights');
  });

  it('HTML: each placed highlight is a <mark> around its words in the article, the note as its title', () => {
    const html = libraryHtml([item()]);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const marks = Array.from(doc.querySelectorAll('article mark'));
    const joined = (cls: string) =>
      marks
        .filter((m) => m.classList.contains(cls))
        .map((m) => m.textContent)
        .join('');
    expect(joined('qr-hl-green')).toBe('Its *ending* is # bittersweet');
    expect(marks.find((m) => m.classList.contains('qr-hl-green'))!.getAttribute('title')).toBe(
      'Best line.\nTwo lines.',
    );
    expect(joined('qr-hl-pink')).toBe('Arcade Fire');
    expect(doc.querySelector('article')!.textContent).toContain(
      'The film is tender. Its *ending* is # bittersweet and the score',
    );
  });
});
