import { normalizeSpace } from './text';

// House ads a site appends to every article, after its last paragraph: a heading, a sentence of
// pitch and one call-to-action link ("2023 nichts mehr versäumen! … Jetzt keine Termine mehr
// verpassen", "Deine Jobbörse in der Digital-Welt … Gleich reinschauen"). They sit inside the post's
// body, so Readability keeps them. Told from the article's own closing section by their shape:
// short, with a heading, every paragraph a link or set in bold, or a link tagged for a campaign.

const MAX_PROMO_CHARS = 400;
const HEADINGS = 'h2, h3, h4, h5, h6';
/** Elements at the end of the content looked at. */
const TAIL = 3;

const isCampaignLink = (a: Element) =>
  /[?&](?:utm_(?:source|medium|campaign)|mc_cid)=/i.test(a.getAttribute('href') ?? '');

/** True when every text line of `el` besides its headings is bold or a link. */
function allEmphasis(el: Element): boolean {
  const blocks = Array.from(el.querySelectorAll('p, li')).filter((p) => normalizeSpace(p.textContent));
  if (!blocks.length) return false;
  return blocks.every((p) => {
    const all = normalizeSpace(p.textContent).length;
    const strong = Array.from(p.querySelectorAll('b, strong, a')).reduce(
      (n, s) => n + normalizeSpace(s.textContent).length,
      0,
    );
    return strong >= 0.9 * all;
  });
}

/** True for a promo box: short, headed, with a campaign link or nothing but bold and links. */
export function isPromo(el: Element): boolean {
  const chars = normalizeSpace(el.textContent).length;
  if (chars === 0 || chars > MAX_PROMO_CHARS || el.querySelector('figure, table, pre, blockquote')) return false;
  // A banner is an image that links to the offer; a picture of its own belongs to the article.
  if (Array.from(el.querySelectorAll('img')).some((img) => !img.closest('a[href]'))) return false;
  const heading = el.querySelector(HEADINGS);
  const links = Array.from(el.querySelectorAll('a[href]'));
  const targets = new Set(links.map((a) => a.getAttribute('href')));
  if (!heading || targets.size === 0 || targets.size > 2) return false;
  if (links.some(isCampaignLink)) return true;
  const body = el.cloneNode(true) as Element;
  for (const h of Array.from(body.querySelectorAll(HEADINGS))) h.remove();
  return allEmphasis(body);
}

const hasText = (el: Element) => el.localName === 'hr' || normalizeSpace(el.textContent) !== '';

/** The last few blocks of the content, inside the wrappers its end is nested in. */
function lastBlocks(content: Element): Element[] {
  let box = content;
  for (;;) {
    const kids = Array.from(box.children).filter(hasText);
    const last = kids[kids.length - 1];
    const wrapper =
      last && last.matches('div, section, article, main') && normalizeSpace(last.textContent).length > MAX_PROMO_CHARS;
    if (!wrapper) return kids.slice(-TAIL - 1);
    box = last;
  }
}

/**
 * Removes a house ad from the end of extracted content: a promo element last in the article, or the
 * heading and paragraphs after the article's last `<hr>` when together they make one. Returns how
 * many elements went.
 */
export function trimArticleTail(content: Element): number {
  const tail = lastBlocks(content);
  const last = tail[tail.length - 1];
  if (!last) return 0;
  if (last.localName !== 'hr' && last.querySelector(HEADINGS) && isPromo(last)) {
    last.remove();
    return 1;
  }
  const hr = tail.map((el) => el.localName).lastIndexOf('hr');
  if (hr < 0 || hr === tail.length - 1) return 0;
  const after = tail.slice(hr + 1);
  const box = content.ownerDocument.createElement('div');
  for (const el of after) box.appendChild(el.cloneNode(true));
  if (!isPromo(box)) return 0;
  for (const el of tail.slice(hr)) el.remove();
  return after.length + 1;
}
