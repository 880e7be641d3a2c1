/**
 * "Leave a comment" prompts outside the comment section: WordPress's comments_popup_link() prints
 * a link to `#respond` in the post's meta line while a post has no comment yet ("Leave a comment",
 * "Schreibe einen Kommentar"). When the comment form is folded, the prompt folds with it.
 * https://developer.wordpress.org/reference/functions/comments_popup_link/
 */
import { findMainContent } from './main-content';

const MAX_CHARS = 60;

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The prompt links outside `blocks` and outside the article text, each widened to a wrapper that holds only it. */
export function findCommentPrompts(doc: Document, blocks: readonly Element[]): Element[] {
  const main = doc.body ? findMainContent(doc.body) : null;
  const out: Element[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href$="#respond"]'))) {
    const text = textOf(a);
    if (!text || text.length > MAX_CHARS || main?.contains(a) || blocks.some((b) => b.contains(a))) continue;
    let el: Element = a;
    // `<span class="comments-link"><a …>Leave a comment</a></span>`: the wrapper goes too.
    while (el.parentElement && el.parentElement !== doc.body && textOf(el.parentElement) === text)
      el = el.parentElement;
    if (!blocks.some((b) => el.contains(b))) out.push(el);
  }
  return out;
}
