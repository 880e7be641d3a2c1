/**
 * What the reader changes on the page while it is open, and puts back exactly on close: the page's
 * scrolling (off, so the wheel never scrolls the page under the overlay), its scroll position and
 * the element that had focus. Page nodes are never added to or removed; only `<html style>` is
 * touched, and its attribute is restored to the very string it was.
 */

export interface PageLock {
  release(): void;
}

/** Turns page scrolling off and remembers scroll position and focus; `release` restores all three. */
export function lockPage(doc: Document = document): PageLock {
  const html = doc.documentElement;
  const win = doc.defaultView ?? window;
  const style = html.getAttribute('style');
  const x = win.scrollX;
  const y = win.scrollY;
  const focused = doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body ? doc.activeElement : null;
  html.style.setProperty('overflow', 'hidden', 'important');
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      if (style === null) html.removeAttribute('style');
      else html.setAttribute('style', style);
      win.scrollTo(x, y);
      if (focused?.isConnected) focused.focus({ preventScroll: true });
      else (doc.activeElement as HTMLElement | null)?.blur?.();
    },
  };
}
