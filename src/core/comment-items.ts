/** Comment entries of the comment systems we know; shared by the labels and `extractComments`. */

// WordPress core (`li.comment`, HTML5 themes put `article.comment-body` inside), pings,
// wpDiscuz (`.wpd-comment`), Disqus's server-rendered fallback (`.dsq-comment`), Blogger (`li.comment`).
export const COMMENT_ITEM_SELECTOR =
  'li.comment, li.pingback, li.trackback, article.comment, div.comment, .wpd-comment, .dsq-comment';

/** Comment entries inside `block`, each once (a wrapper directly inside an entry is not another entry). */
export function findCommentItems(block: ParentNode): Element[] {
  return Array.from(block.querySelectorAll(COMMENT_ITEM_SELECTOR)).filter(
    (el) => !el.parentElement?.matches(COMMENT_ITEM_SELECTOR) && (el.textContent ?? '').trim() !== '',
  );
}
