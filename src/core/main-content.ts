/** Finds the element holding the article, cheaply, so boilerplate rules never remove it. */

// Content wrappers of WordPress themes (`.entry-content`, block themes' `.wp-block-post-content`),
// Blogger (`.post-body`), Ghost (`.gh-content`, `.post-full-content`) and schema.org microdata.
const CONTENT_SELECTOR = [
  '[itemprop="articleBody"]',
  '.entry-content',
  '.wp-block-post-content',
  '.post-content',
  '.post-body',
  '.post-entry',
  '.entry-body',
  '.article-body',
  '.article-content',
  '.article__body',
  '.story-body',
  '.single-content',
  '.gh-content',
  '.post-full-content',
  '.entry', // Kubrick and other pre-2010 WordPress themes
].join(', ');

const MIN_CHARS = 140;

/** Class names and ids of WordPress's comment section and its items. */
const COMMENT_AREA = '#comments, .comments-area, .comment, .comment-body, .commentlist, .comment-list';

/** The text length of an element, memoised per call site. */
export type TextLength = (el: Element) => number;

/** Returns a memoising text-length measure (whitespace-collapsed length of `textContent`). */
export function textLengthCache(): TextLength {
  const cache = new Map<Element, number>();
  return (el) => {
    let n = cache.get(el);
    if (n === undefined) {
      n = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
      cache.set(el, n);
    }
    return n;
  };
}

function longest(list: Iterable<Element>, len: TextLength, skip?: (el: Element) => boolean): Element | null {
  let best: Element | null = null;
  for (const el of list) {
    if (skip?.(el)) continue;
    if (len(el) >= MIN_CHARS && (!best || len(el) > len(best))) best = el;
  }
  return best;
}

/**
 * The element with the main text: the longest known content wrapper outside comment sections,
 * else the longest `<article>`, else `<main>`; null when the page shows none of them.
 */
export function findMainContent(root: ParentNode, len: TextLength = textLengthCache()): Element | null {
  // A wrapper inside a comment is a comment's text. Its own class never counts (the post's own
  // content container wins over a class name: `.entry-content.comments-area` is the post), and
  // neither does a "comment" element around the post's title: a comment section never holds it.
  const inComments = (el: Element) => {
    const around = el.parentElement?.closest(COMMENT_AREA);
    return !!around && !around.querySelector('h1');
  };
  return (
    longest(root.querySelectorAll(CONTENT_SELECTOR), len, inComments) ??
    longest(root.querySelectorAll('article'), len, inComments) ??
    longest(root.querySelectorAll('main, [role="main"]'), len)
  );
}
