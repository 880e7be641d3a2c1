/**
 * Embeds (video players, social cards, maps) cannot run in a clean reader without loading what the
 * reader keeps away, and Readability or the sanitiser would drop them silently. Before extraction,
 * each one becomes a plain link to its source, so nothing is lost and nothing loads unasked.
 * Runs on the clone only.
 */
import { coreTranslate } from './boilerplate-label';

const EMBEDS = 'iframe[src], embed[src], object[data]';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

// Ad, tracking and consent frames are no part of the article: they are dropped with the rest, not linked.
const NOT_CONTENT_HOST =
  /(?:^|\.)(?:doubleclick\.net|googlesyndication\.com|googleadservices\.com|adservice\.google\.[a-z.]+|amazon-adsystem\.com|adnxs\.com|taboola\.com|outbrain\.com|criteo\.(?:com|net)|rubiconproject\.com|pubmatic\.com|moatads\.com|scorecardresearch\.com|consensu\.org|cookielaw\.org|googletagmanager\.com)$/i;

/** True for a frame that shows nothing (a 1×1 pixel or a hidden beacon). */
function isInvisible(el: Element): boolean {
  const w = Number(el.getAttribute('width'));
  const h = Number(el.getAttribute('height'));
  return (
    (el.hasAttribute('width') && w <= 2) ||
    (el.hasAttribute('height') && h <= 2) ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')
  );
}

/**
 * The embed with the wrappers that hold nothing else (`figure.wp-block-embed > div > iframe`):
 * Readability drops a `<div>` that is all link, so the link takes the wrappers' place.
 */
function wrapperOf(el: Element): Element {
  let w = el;
  for (
    let p = w.parentElement;
    p &&
    !p.matches('body, article, main, section, td, li') &&
    (p.textContent ?? '').trim() === (w.textContent ?? '').trim() &&
    p.children.length === 1;
    p = p.parentElement
  )
    w = p;
  return w;
}

/**
 * Replaces each http(s) `<iframe>`, `<embed>` and `<object>` of `doc` with `<p><a href=src>Embedded
 * content from host</a></p>`, except ad, tracking and consent frames and invisible ones.
 */
export function replaceEmbedsWithLinks(doc: Document, base: string): number {
  let count = 0;
  for (const el of Array.from(doc.querySelectorAll(EMBEDS))) {
    const raw = el.getAttribute('src') ?? el.getAttribute('data') ?? '';
    let href: string;
    try {
      href = new URL(raw, base).href;
    } catch {
      continue;
    }
    if (!/^https?:/i.test(href) || NOT_CONTENT_HOST.test(hostOf(href)) || isInvisible(el)) continue;
    const title = el.getAttribute('title')?.trim();
    const p = doc.createElement('p');
    const a = doc.createElement('a');
    a.setAttribute('href', href);
    a.textContent = title
      ? coreTranslate('embedTitleFrom', [title, hostOf(href)])
      : coreTranslate('embedFrom', [hostOf(href)]);
    p.appendChild(a);
    wrapperOf(el).replaceWith(p);
    count++;
  }
  return count;
}
