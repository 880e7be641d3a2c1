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

/** The label of a block that holds blocks of other kinds: "Share buttons, likes and related posts". */
export function combinedLabel(own: { kind: BoilerplateKind; label: string }, innerKinds: readonly BoilerplateKind[]): string {
  const others = [...new Set(innerKinds)].filter((k) => k !== own.kind && k !== 'comments' && k !== 'comment-form').map((k) => LABELS[k].toLowerCase());
  if (!others.length) return own.label;
  const last = others.pop() as string;
  return `${[own.label, ...others].join(', ')} and ${last}`;
}
