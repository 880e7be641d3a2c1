import { vi } from 'vitest';
vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));
vi.mock('../../../src/native-browser', async () => ({ nativeBrowser: (await import('./fake-browser')).fakeBrowser }));
import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '../../../src/core/find-boilerplate';
import { chooseBlocks } from '../../../src/content/cleanup';
import { createFolds } from '../../../src/content/folds';
import { stubRoot } from '../../../src/content/stub';
import { loadFixture } from './helpers';
import { trustedClick } from '../trusted-click';

const collapsed = (doc: Document) => Array.from(doc.querySelectorAll('[data-quietread-collapsed]'));
const stubs = (doc: Document) => Array.from(doc.querySelectorAll('[data-quietread-stub]'));
const stubText = (stub: Element) => stubRoot(stub)?.querySelector('button')?.textContent ?? '';

describe('folds', () => {
  it('folds every found block with a labelled stub right before it', () => {
    const doc = loadFixture('wpcom-highlander.html');
    let changes = 0;
    const folds = createFolds(doc, { onChange: () => changes++ });
    folds.apply(chooseBlocks(findBoilerplate(doc), 'all'), () => false);
    const els = collapsed(doc);
    expect(els.map((e) => e.getAttribute('data-quietread-collapsed'))).toEqual(['share', 'comments', 'subscribe']);
    for (const el of els) expect(el.previousElementSibling?.hasAttribute('data-quietread-stub')).toBe(true);
    expect(stubs(doc).map(stubText)).toEqual([
      'Share buttons, likes and related posts · Show',
      '3 comments · Show',
      'Subscribe box · Show',
    ]);
    expect(folds.anyFolded()).toBe(true);
    expect(changes).toBe(1);
  });

  it('restores comments byte-for-byte from the stub and folds them again', () => {
    const doc = loadFixture('classic-theme.html');
    const comments = doc.getElementById('comments') as Element;
    const before = comments.outerHTML;
    const folds = createFolds(doc, { onChange: () => {} });
    folds.apply(chooseBlocks(findBoilerplate(doc), 'all'), () => false);
    const stub = comments.previousElementSibling as HTMLElement;
    trustedClick(stubRoot(stub)!.querySelector('button')!);
    expect(comments.outerHTML).toBe(before);
    expect(stubRoot(stub)?.querySelector('button')?.getAttribute('aria-expanded')).toBe('true');
    expect(doc.querySelector('style[data-quietread-style]')).toBeNull();
    trustedClick(stub);
    expect(comments.getAttribute('data-quietread-collapsed')).toBe('comments');
  });

  it('keeps a block open when asked (a #comments link) and clears everything back', () => {
    const doc = loadFixture('block-theme.html');
    const body = doc.body.innerHTML;
    const folds = createFolds(doc, { onChange: () => {} });
    folds.apply(chooseBlocks(findBoilerplate(doc), 'all'), (m) => m.kind === 'comments');
    expect(doc.querySelector('.wp-block-comments')?.hasAttribute('data-quietread-collapsed')).toBe(false);
    expect(folds.list().find((f) => f.kind === 'comments')?.open).toBe(true);
    folds.clear();
    expect(doc.body.innerHTML).toBe(body);
  });

  it('drops the stub of a block the page removed, and never folds inside a known block twice', () => {
    const doc = loadFixture('classic-theme.html');
    const folds = createFolds(doc, { onChange: () => {} });
    folds.apply(chooseBlocks(findBoilerplate(doc), 'all'), () => false);
    const inner = doc.querySelector('#respond') as Element;
    expect(
      folds.apply(
        [{ element: inner, kind: 'comment-form', ruleId: 'x', label: 'Comment form', textLength: 1 }],
        () => false,
      ),
    ).toBe(false);
    doc.getElementById('comments')?.remove();
    folds.apply([], () => false);
    expect(stubs(doc)).toHaveLength(0);
  });

  it('offers "Reading mode" once per page', () => {
    const doc = loadFixture('wpcom-highlander.html');
    let asked = 0;
    const folds = createFolds(doc, { onChange: () => {}, onReader: () => asked++ });
    folds.apply(chooseBlocks(findBoilerplate(doc), 'all'), () => false);
    const readers = stubs(doc)
      .map((s) => stubRoot(s)?.querySelector('button.r'))
      .filter(Boolean);
    expect(readers).toHaveLength(1);
    trustedClick(readers[0] as HTMLButtonElement);
    expect(asked).toBe(1);
    expect(collapsed(doc)).toHaveLength(3); // the reader button does not unfold anything
  });
});
