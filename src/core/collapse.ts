/**
 * Folds boilerplate blocks in place and gives them back exactly as they were.
 * A block is folded by one attribute, and ONE injected stylesheet hides every marked block, so
 * restoring is removing the attribute: no node is moved or deleted, no inline style is touched,
 * and the element's `outerHTML` after a restore equals the original (STYLE.md, reversible changes).
 */
import type { BoilerplateKind } from './types';

/** The mark of a folded block; its value is the block's kind. Outside tests rely on this name. */
export const COLLAPSED_ATTR = 'data-quietread-collapsed';
/** The mark of an element hidden along with a folded block (no stub of its own): a "Leave a comment" link. */
export const HIDDEN_ATTR = 'data-quietread-hidden';
/** The mark of the one stylesheet that hides folded blocks. */
export const STYLE_ATTR = 'data-quietread-style';

/**
 * The mark of a block folded on a huge page: it keeps its boxes and skips their rendering
 * (`content-visibility: hidden`, zero height). Taking 650,000 comment elements out of the layout
 * with `display: none` freezes the tab for a second; skipping them costs a tenth of that.
 */
export const SKIP_ATTR = 'data-quietread-skip';

const HIDE_CSS = `[${COLLAPSED_ATTR}], [${HIDDEN_ATTR}] { display: none !important; }
[${COLLAPSED_ATTR}][${SKIP_ATTR}] { display: block !important; content-visibility: hidden !important; height: 0 !important; min-height: 0 !important; margin: 0 !important; padding: 0 !important; border: 0 !important; overflow: hidden !important; }`;

/** Our stylesheets: children of <head> (or of <html> when there is none). Never a query over the whole page, which takes tens of milliseconds on a huge one. */
function hideStyles(doc: Document): HTMLStyleElement[] {
  const parents = [doc.head, doc.documentElement].filter((p): p is HTMLElement => p !== null);
  return parents.flatMap((p) =>
    Array.from(p.children).filter((c): c is HTMLStyleElement => c.localName === 'style' && c.hasAttribute(STYLE_ATTR)),
  );
}

/** Adds the hiding stylesheet once; returns it. */
export function ensureHideStyle(doc: Document): HTMLStyleElement {
  const existing = hideStyles(doc)[0];
  if (existing) return existing;
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTR, '');
  style.textContent = HIDE_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
  return style;
}

/** Removes the hiding stylesheet (when nothing is folded any more). */
export function removeHideStyle(doc: Document): void {
  for (const s of hideStyles(doc)) s.remove();
}

/** True when the element is folded by Quietread. */
export function isCollapsed(el: Element): boolean {
  return el.hasAttribute(COLLAPSED_ATTR);
}

/** Folds one block: marks it (the stylesheet hides it); `skipRendering` on huge pages (see SKIP_ATTR). */
export function collapseBlock(el: Element, kind: BoilerplateKind, opts: { skipRendering?: boolean } = {}): void {
  ensureHideStyle(el.ownerDocument);
  if (opts.skipRendering) el.setAttribute(SKIP_ATTR, '');
  el.setAttribute(COLLAPSED_ATTR, kind);
}

/** Unfolds one block: removes the marks, leaving the element byte-for-byte as it was. */
export function restoreBlock(el: Element): void {
  el.removeAttribute(COLLAPSED_ATTR);
  el.removeAttribute(SKIP_ATTR);
}

/** Hides (or shows again) an element that goes with a folded block. */
export function hideWith(el: Element, kind: BoilerplateKind | null): void {
  if (kind) {
    ensureHideStyle(el.ownerDocument);
    el.setAttribute(HIDDEN_ATTR, kind);
  } else el.removeAttribute(HIDDEN_ATTR);
}

/** Unfolds every block of the document and removes the stylesheet; returns how many were folded. */
export function restoreAll(doc: Document): number {
  const folded = Array.from(doc.querySelectorAll(`[${COLLAPSED_ATTR}]`));
  for (const el of folded) restoreBlock(el);
  for (const el of Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`))) hideWith(el, null);
  removeHideStyle(doc);
  return folded.length;
}
