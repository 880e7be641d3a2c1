/**
 * Saved HTML is sanitised again every time it leaves the store (shown or exported): the copy in
 * IndexedDB was clean when saved, but an imported file or an older version could hold anything.
 * Same policy as the core's `sanitizeHtml` (no styles, forms or buttons), and, as the reader does,
 * no `style` attributes: an export opened in a browser must not load remote `url()` beacons or lay a
 * page-wide overlay over the other items.
 */
import DOMPurify from 'dompurify';

const POLICY = { FORBID_TAGS: ['style', 'form', 'input', 'button'], FORBID_ATTR: ['style'] };

/** Sanitised HTML as a string, for export files. Needs a DOM (a page, or jsdom in tests). */
export function sanitizeSavedHtml(html: string): string {
  return DOMPurify.sanitize(html, POLICY);
}

/** Sanitised HTML as DOM nodes to append (never `innerHTML =` with dynamic HTML). */
export function sanitizedFragment(html: string): DocumentFragment {
  return DOMPurify.sanitize(html, { ...POLICY, RETURN_DOM_FRAGMENT: true });
}
