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

/** Names a found block for its stub: "12 comments"; a comment section with no comment yet is its form. */
export function labelBlock(kind: BoilerplateKind, el: Element): { kind: BoilerplateKind; label: string } {
  if (kind !== 'comments') return { kind, label: LABELS[kind] };
  const n = findCommentItems(el).length;
  if (n > 0) return { kind, label: n === 1 ? '1 comment' : `${n} comments` };
  if (el.querySelector('form, textarea')) return { kind: 'comment-form', label: LABELS['comment-form'] };
  return { kind, label: LABELS.comments };
}
