import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '../../../src/core/find-boilerplate';
import { lightCopy, lightCopySteps } from '../../../src/core/light-copy';

const PRUNE = '.comment-list, #comments';
const PARA = 'This paragraph is long enough to count as the article text of a review about a film. ';

function page(comments: number, after = '<footer id="colophon"><p>Theme by someone</p></footer>'): Document {
  const items = Array.from(
    { length: comments },
    (_, i) =>
      `<li class="comment" id="comment-${i}"><article class="comment-body"><b class="fn">Reader ${i}</b><p>Comment number ${i}.</p></article></li>`,
  ).join('');
  return new DOMParser().parseFromString(
    `<html lang="en"><head><title>Arrival review</title><meta name="generator" content="WordPress 6.4"></head><body class="single postid-9">` +
      `<article class="post"><h1>Arrival review</h1><div class="entry-content"><p>${PARA.repeat(4)}</p><p>${PARA.repeat(3)}</p></div></article>` +
      `<div id="comments" class="comments-area"><h2 class="comments-title">${comments} thoughts on “Arrival”</h2><ol class="comment-list">${items}</ol>` +
      `<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3><form id="commentform" action="/wp-comments-post.php"><textarea name="comment"></textarea></form></div></div>${after}</body></html>`,
    'text/html',
  );
}

describe('lightCopy', () => {
  it('copies a page of usual size whole, and maps each copy back to its original', () => {
    const doc = page(3);
    const copy = lightCopy(doc, { prune: PRUNE });
    expect(copy.doc.documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
    const form = doc.getElementById('commentform') as Element;
    const copied = copy.copyOf(form) as Element;
    expect(copied).not.toBe(form);
    expect(copy.original(copied)).toBe(form);
    expect(copy.truncated(copied)).toBe(false);
  });

  it('keeps only the first elements of a huge comment block, and what follows it', () => {
    const doc = page(5000);
    const copy = lightCopy(doc, { prune: PRUNE, keepPerBlock: 50 });
    expect(copy.doc.querySelectorAll('li.comment').length).toBeLessThan(20);
    expect(copy.doc.querySelector('.comments-title')?.textContent).toBe('5000 thoughts on “Arrival”');
    expect(copy.doc.querySelector('#colophon p')?.textContent).toBe('Theme by someone');
    expect(copy.doc.querySelector('.entry-content')?.textContent).toBe(
      doc.querySelector('.entry-content')?.textContent,
    );
    expect(copy.truncated(copy.doc.getElementById('comments') as Element)).toBe(true);
    expect(copy.truncated(copy.doc.querySelector('.entry-content') as Element)).toBe(false);
  });

  it('past its element budget copies only the pruned blocks, so their folds are still found', () => {
    const doc = page(
      10,
      `<div class="archive">${'<p>x</p>'.repeat(3000)}</div><ol class="comment-list"><li class="comment">late</li></ol>`,
    );
    const copy = lightCopy(doc, { prune: PRUNE, maxElements: 100 });
    expect(copy.doc.getElementsByTagName('*').length).toBeLessThan(200);
    const lists = Array.from(copy.doc.querySelectorAll('.comment-list'), (el) => copy.original(el));
    expect(lists).toEqual(Array.from(doc.querySelectorAll('.comment-list')));
  });

  it('finds the same boilerplate in the copy as in the page, as live elements', () => {
    const doc = page(600);
    const copy = lightCopy(doc, { prune: PRUNE });
    const inCopy = findBoilerplate(copy.doc).map((m) => [m.kind, copy.original(m.element)]);
    const inPage = findBoilerplate(doc).map((m) => [m.kind, m.element]);
    expect(inCopy).toEqual(inPage);
    expect(inCopy.length).toBeGreaterThan(0);
  });

  it('yields between steps, so a caller can give the page its turn', () => {
    const steps = lightCopySteps(page(2000), { prune: '.nothing-matches', stepNodes: 100 });
    let yields = 0;
    while (!steps.next().done) yields++;
    expect(yields).toBeGreaterThan(50);
  });

  it('is not led astray by elements named after DOM properties', () => {
    const doc = page(
      3,
      '<form id="f"><input name="firstChild"><input name="nextSibling"><input name="parentNode"><input name="localName"><p>after the inputs</p></form>',
    );
    const copy = lightCopy(doc, { prune: PRUNE });
    expect(copy.doc.querySelectorAll('#f input').length).toBe(4);
    expect(copy.doc.querySelector('#f p')?.textContent).toBe('after the inputs');
  });
});
