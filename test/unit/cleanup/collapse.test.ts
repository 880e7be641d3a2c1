import { describe, expect, it } from 'vitest';
import {
  collapseBlock,
  hideWith,
  isCollapsed,
  restoreAll,
  restoreBlock,
  SKIP_ATTR,
  STYLE_ATTR,
} from '../../../src/core/collapse';

function page(): Document {
  return new DOMParser().parseFromString(
    '<html><head></head><body><article><p>Review text.</p></article><div id="comments" class="comments-area" style="margin: 0 auto" data-x="1"><ol><li>Nice!</li></ol></div></body></html>',
    'text/html',
  );
}

describe('collapse and restore', () => {
  it('restores a folded block byte-for-byte (outerHTML) and removes the stylesheet', () => {
    const doc = page();
    const el = doc.getElementById('comments') as Element;
    const before = el.outerHTML;
    collapseBlock(el, 'comments');
    expect(el.getAttribute('data-quietread-collapsed')).toBe('comments');
    expect(doc.querySelectorAll(`style[${STYLE_ATTR}]`)).toHaveLength(1);
    restoreBlock(el);
    expect(el.outerHTML).toBe(before);
    expect(restoreAll(doc)).toBe(0);
    expect(doc.querySelector(`style[${STYLE_ATTR}]`)).toBeNull();
  });

  it('folds a block of a huge page by skipping its rendering, and restores it byte-for-byte', () => {
    const doc = page();
    const el = doc.getElementById('comments') as Element;
    const before = el.outerHTML;
    collapseBlock(el, 'comments', { skipRendering: true });
    expect(el.hasAttribute(SKIP_ATTR)).toBe(true);
    expect(isCollapsed(el)).toBe(true);
    const css = doc.querySelector(`style[${STYLE_ATTR}]`)?.textContent ?? '';
    expect(css).toContain(
      `[${SKIP_ATTR}] { display: block !important; content-visibility: hidden !important; height: 0 !important;`,
    );
    restoreBlock(el);
    expect(el.outerHTML).toBe(before);
  });

  it('adds one stylesheet however many blocks are folded, and restoreAll unfolds them all', () => {
    const doc = page();
    const article = doc.querySelector('article') as Element;
    const comments = doc.getElementById('comments') as Element;
    collapseBlock(article, 'share');
    collapseBlock(comments, 'comments');
    hideWith(doc.querySelector('p') as Element, 'comments');
    expect(doc.querySelectorAll(`style[${STYLE_ATTR}]`)).toHaveLength(1);
    expect(doc.querySelector(`style[${STYLE_ATTR}]`)?.textContent).toContain('display: none !important');
    expect(restoreAll(doc)).toBe(2);
    expect(isCollapsed(article) || isCollapsed(comments)).toBe(false);
    expect(doc.querySelector('[data-quietread-hidden]')).toBeNull();
  });
});
