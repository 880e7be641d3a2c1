import { normalizeSpace } from './text';

// The header lines a post prints above (or beside) its text: the title again, "By …" with the
// author's links, and the date. The analysis reports them as metadata (title, byline, publishedTime)
// and the reader sets them in its own header, so inside the extracted text they are repeats.
// Readability drops a byline element only when the page's metadata names no author.

/** Post-meta wrappers of WordPress themes (`entry-meta`, `posted-on`) and news CMSs (bylines, datelines). */
const META_SELECTOR = [
  '[class*="byline" i]',
  '[class*="dateline" i]',
  '.entry-meta',
  '.post-meta',
  '.article-meta',
  '.posted-on',
  '.author-flyout',
  '.meta-author',
  '.post-date',
  '.entry-date',
].join(', ');
const MAX_META_CHARS = 400;
/** A byline block never holds these: they are the article's own. */
const CONTENT_PARTS = 'figure, table, pre, blockquote, ul, ol, h2, h3';

/** Blocks at the start of the content where a repeated title or a date line is looked for. */
const HEAD_BLOCKS = 8;

const MONTHS =
  'jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz|apr(?:il)?|may|mai|june?|juni|july?|juli|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?';
const DAYS =
  '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag';
// Words a date line is made of besides the date: "Published 4:00 am CST, Wednesday, November 20, 2019",
// "Updated: 18.11.2019 um 16:10 Uhr", "September 10, 2018 |".
const DATE_WORDS = new RegExp(
  `\\d+(?:st|nd|rd|th|am|pm)?|\\b(?:${MONTHS}|${DAYS}|published|updated|posted|last updated|on|at|am|pm|a\\.m\\.|p\\.m\\.|[a-z]{1,2}[sd]t|utc|gmt|veröffentlicht|aktualisiert|am|um|uhr)\\b|[|,.:/·•–—-]`,
  'giu',
);

/** A month's name or a numeric date: what makes a line of numbers a date. */
const HAS_DATE = new RegExp(`\\b(?:${MONTHS})\\b|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}`, 'iu');

/** True for a short line that is nothing but a date and time ("November 18, 2019 | 4:10pm"). */
export function isDateLine(text: string): boolean {
  if (!text || text.length > 80 || !/\d/.test(text)) return false;
  if (!HAS_DATE.test(text)) return false;
  return text.replace(DATE_WORDS, '').trim() === '';
}

const hasOwnText = (el: Element) =>
  Array.from(el.childNodes).some((n) => n.nodeType === 3 && normalizeSpace(n.nodeValue) !== '');

/** The first few blocks of the content: elements with text and no block children, in document order. */
function headBlocks(content: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element): void => {
    for (let c = el.firstElementChild; c && out.length < HEAD_BLOCKS; c = c.nextElementSibling) {
      if (!normalizeSpace(c.textContent)) continue;
      if (hasOwnText(c))
        out.push(c); // a block with its own text: its links and dates are inline
      else if (c.querySelector('p, div, h1, h2, h3, h4, h5, h6, ul, ol, table, figure, blockquote, section, header'))
        walk(c);
      else out.push(c);
    }
  };
  if (hasOwnText(content)) return [];
  walk(content);
  return out;
}

/**
 * Removes the repeated header from extracted content: post-meta and byline blocks, a heading that is
 * the title, and date lines among the first blocks. Returns how many elements went.
 */
export function trimArticleHeader(content: Element, title: string | null): number {
  let removed = 0;
  for (const el of Array.from(content.querySelectorAll(META_SELECTOR))) {
    if (!content.contains(el) || el === content) continue;
    const chars = normalizeSpace(el.textContent).length;
    if (chars > MAX_META_CHARS || el.querySelector(CONTENT_PARTS)) continue;
    el.remove();
    removed++;
  }
  const wanted = normalizeSpace(title).toLowerCase();
  for (const el of headBlocks(content)) {
    const text = normalizeSpace(el.textContent);
    const isTitle = wanted.length > 0 && /^h[12]$/.test(el.localName) && text.toLowerCase() === wanted;
    if (!isTitle && !isDateLine(text)) continue;
    el.remove();
    removed++;
  }
  return removed;
}
