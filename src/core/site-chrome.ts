import { findMainContent, textLengthCache, type TextLength } from './main-content';
import { normalizeSpace } from './text';

// Page-level chrome: the site's header, menus, sidebars, search and footer. Readability keeps them
// when its top candidate is a wide wrapper (seen on news sites with <body>-level <header>/<footer>).
const CHROME = [
  'header',
  'footer',
  'nav',
  'aside',
  '[role="banner"]',
  '[role="navigation"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="search"]',
  '#masthead',
  '#colophon',
  '.site-header',
  '.site-footer',
  '.widget-area',
].join(', ');

// A post's own footer of meta data (categories, tags, "Comments closed", "This entry was posted in"):
// WordPress themes from Kubrick and Twenty Ten to _s, and Blogger. Removed even inside the article.
const POST_FOOTERS =
  '.entry-utility, .entry-footer, footer.entry-meta, .postmetadata, .entryfooter, .post-footer, .post-meta-footer';

// Parts that are never the article's text, wherever they sit: print-only copies of the header and
// footer (Bootstrap 3 `visible-print`, Foundation `show-for-print`, themes' `print-only`), the
// slideshow of Hearst newspapers' CMS (counter, "Caption"/"Close" buttons, each caption twice) and
// hidden "Skip to content" links (WordPress themes' `skip-link screen-reader-text`, Bootstrap `sr-only`).
const NOT_CONTENT = [
  '.print-only',
  '.print-header',
  '.print-footer',
  '.visible-print',
  '.visible-print-block',
  '.visible-print-inline',
  '.show-for-print',
  '.hst-resgallery',
  '.skip-link',
  '.skip-to-content',
  'a.screen-reader-text[href^="#"]',
  'a.sr-only[href^="#"]',
  'a.visually-hidden[href^="#"]',
].join(', ');

// Photo credits: an element named for them (`credit`, `article__credit`, `image-credit`), or a caption
// part that is nothing but one ("Photo: AP", "Credit: Getty Images", "(© Reuters)", "Foto: dpa").
const CREDIT_CLASS = '[class*="credit" i]';
const CAPTION = 'figure, figcaption, [class*="caption" i]';
const CREDIT_TEXT =
  /^\(?\s*(?:©|\(c\)|(?:photo(?:graph)?s?|photo credit|fotos?|bild(?:er)?|image|picture|credits?)\s*:|courtesy of\b)/i;
const MAX_CREDIT_CHARS = 120;

/** True for a short photo credit that holds no image itself. */
function isCredit(el: Element, len: TextLength): boolean {
  if (len(el) === 0 || len(el) > MAX_CREDIT_CHARS || el.querySelector('img, picture, video, iframe, p, ul, ol, table'))
    return false;
  if (el.matches(CREDIT_CLASS)) return true;
  return el.closest(CAPTION) !== null && CREDIT_TEXT.test(normalizeSpace(el.textContent));
}

// Slideshow controls inside galleries and carousels: the counter ("Image 1 of 9", "3 / 12", "Bild 2 von 5")
// and buttons written as text ("Caption", "Close", "Next"). Their words are the player's, not the article's.
const SLIDESHOW = '[class*="gallery" i], [class*="slideshow" i], [class*="carousel" i], [class*="slider" i]';
const COUNTER_TEXT = /^(?:(?:image|photo|picture|slide|bild|foto)\s*)?\d+\s*(?:of|von|sur|de|\/)\s*(?:\/\s*)?\d+$/i;
const CONTROL_WORDS =
  /^(?:(?:show|hide|open|close|view|toggle)?\s*(?:caption|captions|close|open|next|previous|prev|fullscreen|thumbnails|expand|weiter|zurück|schließen|bildunterschrift))$/i;
const MAX_CONTROL_CHARS = 40;

/** True for a slideshow counter or a block of control words inside a gallery. */
function isSlideshowControl(el: Element, len: TextLength): boolean {
  const n = len(el);
  if (n === 0 || n > MAX_CONTROL_CHARS || el.querySelector('img, picture, video, iframe')) return false;
  const text = normalizeSpace(el.textContent);
  if (COUNTER_TEXT.test(text)) return true;
  const parts = Array.from(el.children)
    .map((c) => normalizeSpace(c.textContent))
    .filter(Boolean);
  return (parts.length ? parts : [text]).every((t) => CONTROL_WORDS.test(t));
}

/** True for elements hidden by a CSS framework class (Bootstrap `hidden`/`d-none`, Tailwind `hidden`) at every width. */
function isHiddenByClass(el: Element): boolean {
  const classes = (el.getAttribute('class') ?? '').split(/\s+/);
  if (!classes.includes('hidden') && !classes.includes('d-none')) return false;
  return !classes.some((c) => c.includes(':') || /^(d-(sm|md|lg|xl|xxl)-|visible-)/.test(c));
}

/** Takes one element out, saying why (the safety net's journal records it; by default it just goes). */
export type RemoveChrome = (el: Element, reason: string) => void;

/**
 * Removes site chrome from a clone before extraction: only blocks outside any `<article>` and outside
 * the main content, never one that holds it (nor, with no main content known, a large one).
 */
export function removeSiteChrome(doc: Document, remove: RemoveChrome = (el) => el.remove()): number {
  const body = doc.body;
  if (!body) return 0;
  const len = textLengthCache();
  const main = findMainContent(body, len);
  const pageChars = len(body);
  let removed = 0;
  for (const el of Array.from(body.querySelectorAll(CHROME))) {
    if (el.closest('article') || (el.parentElement && el.parentElement.closest(CHROME))) continue;
    if (main && (el.contains(main) || main.contains(el))) continue;
    // Without a known main content, a mega-menu is told from the article by its share of the text.
    if (el.querySelector('article') || (!main && len(el) > 0.4 * pageChars)) continue;
    remove(el, 'site header, menu, sidebar or footer');
    removed++;
  }
  for (const el of Array.from(body.querySelectorAll(`${POST_FOOTERS}, .hidden, .d-none`))) {
    if (main && el.contains(main)) continue;
    if (!el.matches(POST_FOOTERS) && !isHiddenByClass(el)) continue;
    if (el.matches(POST_FOOTERS) && main && len(el) > 0.3 * len(main)) continue;
    remove(el, 'post footer or hidden by class');
    removed++;
  }
  for (const el of Array.from(body.querySelectorAll(`${NOT_CONTENT}, ${CREDIT_CLASS}, ${CAPTION}, ${CAPTION} *`))) {
    if (!body.contains(el) || (main && el.contains(main))) continue; // gone with an outer one, or the article
    if (!el.matches(NOT_CONTENT) && !isCredit(el, len)) continue;
    remove(el, 'print copy, skip link or photo credit');
    removed++;
  }
  for (const el of Array.from(body.querySelectorAll(`:is(${SLIDESHOW}) :is(div, p, span, li, button)`))) {
    if (!body.contains(el) || (main && el.contains(main)) || !isSlideshowControl(el, len)) continue;
    remove(el, 'slideshow control');
    removed++;
  }
  return removed;
}
