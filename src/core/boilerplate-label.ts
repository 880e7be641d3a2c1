import { findCommentItems } from './comment-items';
import type { BoilerplateKind } from './types';

const LABELS: Record<BoilerplateKind, string> = {
  comments: 'Comments',
  'comment-form': 'Comment form',
  login: 'Login prompt',
  share: 'Share buttons',
  likes: 'Likes',
  related: 'Related posts',
  subscribe: 'Subscribe box',
  'author-box': 'About the author',
  ads: 'Advertisement',
};

/**
 * Names a found block for its stub: "12 comments". A comment section with no comment yet is its
 * form, and a block found by its form that also holds the comments is the comment section.
 */
export function labelBlock(kind: BoilerplateKind, el: Element): { kind: BoilerplateKind; label: string } {
  if (kind !== 'comments' && kind !== 'comment-form') return { kind, label: LABELS[kind] };
  const n = findCommentItems(el).length;
  if (n > 0) return { kind: 'comments', label: n === 1 ? '1 comment' : `${n} comments` };
  if (kind === 'comment-form' || el.querySelector('form, textarea')) return { kind: 'comment-form', label: LABELS['comment-form'] };
  return { kind, label: LABELS.comments };
}
