/**
 * Markdown export and "Copy as Markdown" (issue #16, finding 4): image alt and link/image title carry
 * no raw HTML; `{{ }}` and `{% %}` reach no Liquid; the front matter is strict YAML 1.2 that reads
 * back to the same values, even with DEL, C1 controls and U+FFFE in them.
 */
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/core/markdown';
import { frontMatter } from '../../src/library/export-markdown';
import type { SavedItem } from '../../src/library/types';
import { newItem } from './library/helpers';

const md = (contentHtml: string) =>
  toMarkdown({
    title: 'T',
    byline: null,
    siteName: null,
    publishedTime: null,
    url: 'https://blog.example/p',
    canonicalUrl: null,
    contentHtml,
  });

/** A strict reading of our front matter's double-quoted scalars: only YAML 1.2's printable set, raw. */
function readYamlString(scalar: string): string {
  // eslint-disable-next-line no-control-regex -- the point: YAML forbids these raw
  expect(scalar).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/);
  return JSON.parse(scalar) as string;
}

describe('Markdown from hostile attributes and text', () => {
  it('writes no raw HTML from an image alt or title', () => {
    const out = md(
      '<p><img src="https://blog.example/a.png" alt="x <img src=y onerror=alert(1)> ](javascript:alert(1))" title="&quot;><script>alert(1)</script>"></p>',
    );
    expect(out).not.toMatch(/<img|<script/i);
    expect(out).not.toMatch(/[^\\]\]\(javascript:/); // an escaped \] does not end the alt
  });

  it('writes no raw HTML from a link title', () => {
    const out = md(
      '<p><a href="https://blog.example/x" title="&quot; onmouseover=&quot;alert(1)&quot; <b>x</b>">link</a></p>',
    );
    expect(out).not.toMatch(/<b>|"\s*onmouseover="/);
    expect(out).toContain('[link](https://blog.example/x');
  });

  it('neutralises Liquid tags in text', () => {
    const out = md('<p>{{ site.github.token }} and {% include secrets.html %}</p>');
    expect(out).not.toMatch(/\{\{|\{%/);
  });
});

describe('front matter', () => {
  it('is strict YAML 1.2 that reads back to the same title, with DEL, C1 controls and U+FFFE in it', () => {
    const title = 'A\u007fB\u0085C\u009bD\ufffeE "quoted" {{ x }}';
    const item = {
      ...newItem(1),
      tags: [],
      id: 'x',
      savedAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      title,
    } as SavedItem;
    const fm = frontMatter(item);
    const line = fm.split('\n').find((l) => l.startsWith('title: '))!;
    expect(readYamlString(line.slice('title: '.length))).toBe(title);
    expect(fm).toContain('render_with_liquid: false');
  });
});
