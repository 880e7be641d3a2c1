import { vi } from 'vitest';
vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));
vi.mock('../../../src/native-browser', async () => ({ nativeBrowser: (await import('./fake-browser')).fakeBrowser }));
import { describe, expect, it } from 'vitest';
import { findCommentPrompts } from '../../../src/core/comment-prompts';
import { createFolds } from '../../../src/content/folds';

const PAGE = `<html><body><article><header><h1>Post</h1><div class="entry-meta"><span class="posted-on">May 2</span>
<span class="comments-link"><a href="https://blog.example/post/#respond">Leave a comment</a></span></div></header>
<div class="entry-content"><p>${'Article text that is long enough to be the main content of the page. '.repeat(4)}</p>
<p>See <a href="#respond">the form below</a>.</p></div></article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><textarea></textarea></form>
<a href="#respond">Cancel reply</a></div></div></body></html>`;

describe('"Leave a comment" prompts', () => {
  it('finds the meta-line prompt with its wrapper, never a link in the article or in the block', () => {
    const doc = new DOMParser().parseFromString(PAGE, 'text/html');
    const prompts = findCommentPrompts(doc, [doc.getElementById('comments') as Element]);
    expect(prompts.map((p) => p.className)).toEqual(['comments-link']);
  });

  it('hides the prompt with the folded form and shows it again with it, byte-for-byte', () => {
    const doc = new DOMParser().parseFromString(PAGE, 'text/html');
    const comments = doc.getElementById('comments') as Element;
    const prompt = doc.querySelector('.comments-link') as Element;
    const before = prompt.outerHTML;
    const folds = createFolds(doc, { onChange: () => {} });
    folds.apply(
      [{ element: comments, kind: 'comment-form', ruleId: 'wp-comment-form', label: 'Comment form', textLength: 20 }],
      () => false,
    );
    const fold = folds.list()[0]!;
    folds.attach(fold, findCommentPrompts(doc, [comments]));
    expect(prompt.getAttribute('data-quietread-hidden')).toBe('comment-form');
    expect(prompt.hasAttribute('data-quietread-collapsed')).toBe(false); // no stub of its own
    folds.setOpen(fold, true);
    expect(prompt.outerHTML).toBe(before);
    folds.setOpen(fold, false);
    folds.clear();
    expect(prompt.outerHTML).toBe(before);
  });
});
