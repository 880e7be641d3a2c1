/**
 * What the reader changes on the page while it is open, and puts back exactly on close: the page's
 * scrolling (off, so the wheel never scrolls the page under the overlay), its scroll position and
 * the element that had focus. Page nodes are never added to or removed; only `<html style>` is
 * touched, and its attribute is restored to the very string it was.
 */

export interface PageLock {
  release(): void;
}

/** The focused element, looking into open shadow roots (a focused button inside a stub). */
function deepActiveElement(doc: Document): HTMLElement | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement && el !== doc.body ? el : null;
}

/** Turns page scrolling off and remembers scroll position and focus; `release` restores all three. */
export function lockPage(doc: Document = document): PageLock {
  const html = doc.documentElement;
  const win = doc.defaultView ?? window;
  const style = html.getAttribute('style');
  const x = win.scrollX;
  const y = win.scrollY;
  const focused = deepActiveElement(doc);
  html.style.setProperty('overflow', 'hidden', 'important');
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      html.style.removeProperty('overflow');
      // Chromium writes inline-style changes back to the attribute lazily; reading it here flushes
      // that, or a later flush can bring back an empty `style=""` after removeAttribute.
      html.getAttribute('style');
      if (style === null) html.removeAttribute('style');
      else html.setAttribute('style', style);
      win.scrollTo(x, y);
      if (focused?.isConnected) focused.focus({ preventScroll: true });
      else (doc.activeElement as HTMLElement | null)?.blur?.();
    },
  };
}
