/**
 * When the URL points into the comments (`#comments`, `#comment-123`, `#respond`), the user came
 * for them: the block holding the target stays open.
 */
import type { BoilerplateKind, BoilerplateMatch } from '../core/types';

// Fragments themes and comment systems use for the comment section, a comment and the form.
const COMMENT_FRAGMENT = /^(comments?|respond|(div-|li-)?comment-\d+|disqus_thread)$/i;
const COMMENT_KINDS: readonly BoilerplateKind[] = ['comments', 'comment-form', 'login'];

/** The element the URL's fragment points at (by id, or an `<a name>`), or null. */
export function hashTarget(doc: Document, hash: string): Element | null {
  let id = hash.replace(/^#/, '');
  if (!id) return null;
  try {
    id = decodeURIComponent(id);
  } catch {
    // keep it as written
  }
  return doc.getElementById(id) ?? doc.getElementsByName(id)[0] ?? null;
}

/** True when the fragment names the comment section, a comment or the comment form. */
export function isCommentFragment(hash: string): boolean {
  return COMMENT_FRAGMENT.test(hash.replace(/^#/, ''));
}

/** Whether a found block must stay open for this URL fragment. */
export function isHashTargetOf(doc: Document, hash: string, m: BoilerplateMatch): boolean {
  if (!hash || hash === '#') return false;
  const target = hashTarget(doc, hash);
  if (target && m.element.contains(target)) return true;
  return isCommentFragment(hash) && COMMENT_KINDS.includes(m.kind);
}
