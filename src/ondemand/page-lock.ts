/**
 * What the reader changes on the page while it is open, and puts back exactly on close: the page's
 * scrolling (off, so the wheel never scrolls the page under the overlay), its scroll position and
 * the element that had focus. Page nodes are never added to or removed; only `<html style>` is
 * touched, and only the one property we set there (`overflow`) is put back on close: the page may
 * change other properties while the reader is open (a theme switch, a consent banner), and a
 * snapshot of the whole attribute would wipe those.
 */

export interface PageLock {
  release(): void;
}

type ShadowReach = { openOrClosedShadowRoot?: ShadowRoot | null };
const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } } })
  .chrome?.dom;

/**
 * An element's shadow root, open or closed: the stubs' roots are closed to the page, and content
 * scripts may still look in (Firefox: `Element.openOrClosedShadowRoot`; Chrome: `chrome.dom`).
 * Elsewhere (jsdom) only open roots are seen.
 */
function anyShadowRoot(el: Element): ShadowRoot | null {
  if ('openOrClosedShadowRoot' in el) return (el as unknown as ShadowReach).openOrClosedShadowRoot ?? null;
  return chromeDom?.openOrClosedShadowRoot?.(el) ?? el.shadowRoot;
}

/** The focused element, looking into shadow roots, closed ones too (a focused button inside a stub). */
function deepActiveElement(doc: Document): HTMLElement | null {
  let el: Element | null = doc.activeElement;
  for (let inner = el && anyShadowRoot(el)?.activeElement; inner; inner = anyShadowRoot(inner)?.activeElement)
    el = inner;
  return el instanceof HTMLElement && el !== doc.body ? el : null;
}

/** Turns page scrolling off and remembers scroll position and focus; `release` restores all three. */
export function lockPage(doc: Document = document): PageLock {
  const html = doc.documentElement;
  const win = doc.defaultView ?? window;
  const style = html.getAttribute('style');
  const before = {
    value: html.style.getPropertyValue('overflow'),
    priority: html.style.getPropertyPriority('overflow'),
  };
  const x = win.scrollX;
  const y = win.scrollY;
  const focused = deepActiveElement(doc);
  html.style.setProperty('overflow', 'hidden', 'important');
  const locked = html.getAttribute('style');
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      // Chromium writes inline-style changes back to the attribute lazily; reading it flushes that,
      // or a later flush can bring back an empty `style=""` after removeAttribute.
      if (html.getAttribute('style') === locked) {
        // The page changed nothing meanwhile: the very string it had.
        if (style === null) html.removeAttribute('style');
        else html.setAttribute('style', style);
      } else if (
        html.style.getPropertyValue('overflow') === 'hidden' &&
        html.style.getPropertyPriority('overflow') === 'important'
      ) {
        // It changed something: only our property goes back; its own changes (and its own overflow) stay.
        if (before.value) html.style.setProperty('overflow', before.value, before.priority);
        else html.style.removeProperty('overflow');
        if (style === null && html.style.length === 0 && html.getAttribute('style') !== null)
          html.removeAttribute('style');
      }
      win.scrollTo(x, y);
      if (focused?.isConnected) focused.focus({ preventScroll: true });
      else (doc.activeElement as HTMLElement | null)?.blur?.();
    },
  };
}
