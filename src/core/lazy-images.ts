/** Gives lazy-loaded images their real source before extraction (it runs on the clone only). */

// Attributes lazy-loading scripts keep the real source in: a3 Lazy Load, Lazy Load by WP Rocket,
// Jetpack Lazy Images, lazysizes, WordPress.com's own (`data-orig-file`).
const SRC_ATTRS = ['data-lazy-src', 'data-src', 'data-original', 'data-orig-file', 'data-lazyload', 'data-url'];
const SRCSET_ATTRS = ['data-lazy-srcset', 'data-srcset'];

/** True for the placeholders lazy loaders put in `src`: data URIs, blank GIFs, spinners. */
function isPlaceholder(src: string | null): boolean {
  return !src || /^data:|blank\.gif|spacer\.gif|placeholder|lazy[-_]?load|loading\.gif|1x1\.(gif|png)/i.test(src);
}

function fixImage(img: Element): void {
  const real = SRC_ATTRS.map((a) => img.getAttribute(a)).find((v) => v && !v.startsWith('data:'));
  if (real && isPlaceholder(img.getAttribute('src'))) img.setAttribute('src', real);
  const realSet = SRCSET_ATTRS.map((a) => img.getAttribute(a)).find((v) => v);
  if (realSet && isPlaceholder(img.getAttribute('srcset'))) img.setAttribute('srcset', realSet);
  for (const a of [...SRC_ATTRS, ...SRCSET_ATTRS]) img.removeAttribute(a);
  img.removeAttribute('loading');
}

/** The `<img>` a `<noscript>` fallback holds, whether the DOM parsed it as nodes or as text. */
function noscriptImage(ns: Element): Element | null {
  // A fallback holds one image and no text. Discourse sends a whole topic, posts and pictures, in a
  // <noscript> for crawlers: taking its first image for the lot threw every post away (WCXB 1591).
  const direct = ns.querySelectorAll('img');
  if (direct.length > 1 || (direct.length === 1 && (ns.textContent ?? '').trim())) return null;
  if (direct[0]) return direct[0];
  const raw = ns.textContent ?? '';
  if ((raw.match(/<img\b/gi) ?? []).length !== 1 || raw.replace(/<[^>]*>/g, '').trim()) return null;
  // Scripting-enabled parsers keep <noscript> as text: rebuild the one <img> from its attributes
  // rather than parsing the text as HTML (no raw-HTML sink, and nothing else from it survives).
  const tag = /<img\b([^>]*)>/i.exec(ns.textContent ?? '');
  if (!tag) return null;
  const img = ns.ownerDocument.createElement('img');
  for (const m of (tag[1] ?? '').matchAll(/([^\s=/"']+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const name = (m[1] ?? '').toLowerCase();
    if (/^on/.test(name)) continue;
    img.setAttribute(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return img;
}

function decodeEntities(v: string): string {
  return v.replace(
    /&(amp|quot|#39|apos|lt|gt);/g,
    (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>' })[e] ?? _,
  );
}

/** Fixes `data-src`/`data-lazy-src`/`data-srcset` images and replaces lazy images with their `<noscript>` copy. */
export function fixLazyImages(doc: Document): void {
  for (const ns of Array.from(doc.querySelectorAll('noscript'))) {
    const img = noscriptImage(ns);
    if (!img) continue;
    const prev = ns.previousElementSibling;
    const lazy = prev?.tagName === 'IMG' ? prev : null;
    // A lazy <img> with its real source in data-* is fixed below; a bare placeholder gives way to the fallback.
    if (lazy && SRC_ATTRS.some((a) => lazy.hasAttribute(a))) {
      ns.remove();
      continue;
    }
    if (lazy && isPlaceholder(lazy.getAttribute('src'))) lazy.remove();
    ns.replaceWith(doc.importNode(img, true));
  }
  for (const img of Array.from(doc.querySelectorAll('img, source'))) fixImage(img);
}
