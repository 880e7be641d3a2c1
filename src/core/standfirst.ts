import { normalizeSpace } from './text';

// The standfirst (dek, teaser, lead) is the sentence or two under a post's title that sums it up.
// News and magazine themes print it in the title's header, outside the article body, so Readability
// loses it whenever it picks the body alone. We recognise it by what sites say it is: the text of the
// page's own description meta tag, printed next to the title.

const DESCRIPTION_KEYS = ['description', 'og:description', 'twitter:description'];
const MIN_CHARS = 40;
const MAX_CHARS = 600;
/** Elements after the title, at each level up from it, that are looked at. */
const SIBLINGS = 4;
/** Levels above the title: the title's own header wrapper and the one around it. */
const LEVELS = 3;

const ELLIPSIS = /\s*(?:…|\.\.\.)$/;

function descriptions(doc: Document): string[] {
  const out = new Set<string>();
  for (const key of DESCRIPTION_KEYS) {
    for (const m of Array.from(doc.querySelectorAll(`meta[name="${key}"], meta[property="${key}"]`))) {
      const text = normalizeSpace(m.getAttribute('content'));
      if (text.length >= MIN_CHARS) out.add(text);
    }
  }
  return [...out];
}

/** True when `text` is the description, or the part of it a truncated description ("…") shows. */
function isDescription(text: string, descs: readonly string[]): boolean {
  if (text.length < MIN_CHARS || text.length > MAX_CHARS) return false;
  return descs.some(
    (d) =>
      text === d || (ELLIPSIS.test(d) && text.startsWith(d.replace(ELLIPSIS, '')) && d.length >= 0.5 * text.length),
  );
}

/**
 * The standfirst beside the page's title: an element among the few after the `<h1>` (or after its
 * header wrappers) whose whole text is the page's description. Null when there is none, or when the
 * article already has that text.
 */
export function findStandfirst(doc: Document, content: Element): string | null {
  const descs = descriptions(doc);
  if (!descs.length) return null;
  const h1s = Array.from(doc.querySelectorAll('body h1')).slice(0, 3);
  for (const h1 of h1s) {
    let el: Element | null = h1;
    for (let level = 0; el && level < LEVELS; level++, el = el.parentElement) {
      let sib = el.nextElementSibling;
      for (let i = 0; sib && i < SIBLINGS; i++, sib = sib.nextElementSibling) {
        if (sib.querySelector('h1, article, form')) break;
        const text = normalizeSpace(sib.textContent);
        if (!isDescription(text, descs)) continue;
        const own = normalizeSpace(content.textContent);
        return own.includes(text) ? null : text;
      }
      if (el.parentElement?.matches('body, main, article')) break;
    }
  }
  return null;
}

/** Puts the standfirst at the top of the extracted content, as its first paragraph. */
export function prependStandfirst(doc: Document, content: Element): boolean {
  const text = findStandfirst(doc, content);
  if (!text) return false;
  const p = content.ownerDocument.createElement('p');
  p.textContent = text;
  // Readability wraps the article in one `div#readability-page-1`: the paragraph goes inside it.
  const target =
    content.children.length === 1 && content.firstElementChild?.localName === 'div'
      ? content.firstElementChild
      : content;
  target.insertBefore(p, target.firstChild);
  return true;
}
