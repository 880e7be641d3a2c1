/**
 * Class names decide too much (issue #16, low): article text inside `.entry-content` that carries a
 * comment-area class was folded away as comments and dropped from the reader. The post's own content
 * container wins over a class name; the real comment section beside it is still folded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { analyzePage } from '../../src/core/analyze';
import { findBoilerplate } from '../../src/core/find-boilerplate';
import { findMainContent } from '../../src/core/main-content';

const FIXTURE = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/hostile/comments-article.html'), 'utf8');
const SENTENCE = 'tells one crime four times';
const para = (i: number) =>
  `<p>Paragraph ${i} of the review: the lens is sharp wide open, focus is quick and the sealing held up in a week of rain.</p>`;
const page = (
  content: string,
) => `<!doctype html><title>Lens review</title><body><article class="post hentry"><h1 class="entry-title">Lens review</h1>${content}</article>
  <div id="comments" class="comments-area"><h2>1 comment</h2><ol class="comment-list"><li class="comment"><div class="comment-body">Great review, thanks!</div></li></ol></div></body>`;
const body = [1, 2, 3, 4, 5, 6].map(para).join('');

/** The same post, its content container or its paragraphs' wrapper carrying WordPress's comment-area names. */
const SHAPES: Record<string, string> = {
  'the container itself is .comments-area': `<div class="entry-content comments-area">${body}</div>`,
  'a .comments-area wrapper inside it': `<div class="entry-content"><div class="comments-area">${body}</div></div>`,
  'a .comments-wrapper inside it': `<div class="entry-content"><div class="comments-wrapper">${body}</div></div>`,
  'an ol.comment-list inside it': `<div class="entry-content"><ol class="comment-list"><li>${body}</li></ol></div>`,
};

describe('comments that are the article', () => {
  it.each(Object.entries(SHAPES))('keeps the post when %s, and folds only the real comments', (_, content) => {
    const doc = new JSDOM(page(content)).window.document;
    const blocks = findBoilerplate(doc);
    expect(blocks.map((b) => b.element.id)).toEqual(['comments']);
    expect(findMainContent(doc.body)?.classList.contains('entry-content')).toBe(true);
    const a = analyzePage(doc, 'https://blog.example/lens-review/');
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    expect(a.value.textContent).toContain('Paragraph 6 of the review');
    expect(a.value.textContent).not.toContain('Great review, thanks');
  });

  it('reads the hostile fixture: the article stays, the comment section is folded', () => {
    const doc = new JSDOM(FIXTURE).window.document;
    const blocks = findBoilerplate(doc);
    expect(blocks.map((b) => `${b.kind}:${b.element.id}`)).toEqual(['comments:comments']);
    const a = analyzePage(doc, 'https://blog.example/rashomon/');
    expect(a.ok && a.value.textContent).toContain(SENTENCE);
    expect(a.ok && a.value.textContent).not.toContain('I saw the real fight');
  });

  it('still skips a content wrapper inside a real comment', () => {
    const comment = `<div class="entry-content">${body}${body}</div>`; // longer than the post
    const doc = new JSDOM(
      page(`<div class="entry-content" id="post-text">${para(1)}${para(2)}</div>`).replace(
        'Great review, thanks!',
        comment,
      ),
    ).window.document;
    expect(findMainContent(doc.body)?.id).toBe('post-text');
  });
});
