import createDOMPurify from 'dompurify';

type Purifier = ReturnType<typeof createDOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: unknown): Purifier | null {
  if (!win || typeof win !== 'object') return null;
  let p = purifiers.get(win);
  if (!p) {
    p = createDOMPurify(win as Window & typeof globalThis);
    purifiers.set(win, p);
  }
  return p.isSupported ? p : null;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Sanitises extracted HTML with DOMPurify. Uses the first window DOMPurify supports (a DOM such as
 * linkedom lacks `document.implementation`, so the CLI passes a jsdom window). With none, it never
 * returns the HTML unsanitised: it falls back to escaped paragraphs of `fallbackText`.
 */
export function sanitizeHtml(
  html: string,
  fallbackText: string,
  ...windows: unknown[]
): { html: string; sanitized: boolean } {
  const candidates = [...windows, typeof window === 'undefined' ? undefined : window];
  for (const win of candidates) {
    const purify = purifierFor(win);
    if (purify)
      return { html: purify.sanitize(html, { FORBID_TAGS: ['style', 'form', 'input', 'button'] }), sanitized: true };
  }
  const paragraphs = fallbackText.split(/\n{2,}/).filter(Boolean);
  return { html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'), sanitized: false };
}
