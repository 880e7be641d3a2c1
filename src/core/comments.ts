import { COMMENT_ITEM_SELECTOR, findCommentItems } from './comment-items';
import { findBoilerplate } from './find-boilerplate';
import { keepPageDate } from './page-date';
import { normalizeSpace } from './text';
import type { BoilerplateMatch, PageComment } from './types';

const AUTHOR =
  '.wp-block-comment-author-name, .comment-author .fn, .comment-author cite, cite.fn, .fn, .comment-author, .wpd-comment-author, .comment-author-name, .comment-name, .user';
const BODY =
  '.wp-block-comment-content, .comment-content, .comment-text, .wpd-comment-text, .comment-body-text, .comment-entry';
// Parts of an entry that are not what the reader wrote.
const CHROME =
  '.comment-meta, .comment-metadata, .commentmetadata, .comment-author, .vcard, .reply, .comment-reply-link, .wpd-comment-footer, .wpd-comment-header, footer, form, .children';

function readComment(item: Element): PageComment {
  const author = normalizeSpace(item.querySelector(AUTHOR)?.textContent).replace(/\s+(says|sagt|dit|dice):?$/i, '');
  const time = item.querySelector('time[datetime]');
  const dateText =
    time?.getAttribute('datetime') ??
    normalizeSpace(
      item.querySelector('.comment-metadata a, .comment-meta a, .commentmetadata a, .wpd-comment-date, .comment-date')
        ?.textContent,
    );
  // Read the entry without its replies, which are entries of their own. A wrapper right inside the
  // entry (`li.comment > article.comment` of HTML5 themes and WordPress.com) is the entry itself.
  const own = item.cloneNode(true) as Element;
  for (const nested of Array.from(own.querySelectorAll(`${COMMENT_ITEM_SELECTOR}, .children`))) {
    if (nested.parentElement !== own || nested.matches('.children')) nested.remove();
  }
  const body = own.querySelector(BODY);
  if (!body) for (const chrome of Array.from(own.querySelectorAll(CHROME))) chrome.remove();
  return {
    author,
    date: keepPageDate(dateText) ?? (dateText || null),
    text: normalizeSpace((body ?? own).textContent),
  };
}

/** The comments inside boilerplate blocks already found (`findBoilerplate`), in page order. */
export function commentsOf(blocks: readonly BoilerplateMatch[]): { count: number; items: PageComment[] } {
  const sections = blocks.filter((b) => b.kind === 'comments' || b.kind === 'comment-form');
  const items = sections
    .flatMap((b) => findCommentItems(b.element))
    .map(readComment)
    .filter((c) => c.text);
  return { count: items.length, items };
}

/** The comments of the page's comment sections (for the reader's Comments section), in page order. */
export function extractComments(doc: Document): { count: number; items: PageComment[] } {
  return commentsOf(findBoilerplate(doc));
}
