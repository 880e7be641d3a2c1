import { describe, expect, it } from 'vitest';
import { hashTarget, isCommentFragment, isHashTargetOf } from '../../../src/content/hash-target';
import { loadFixture } from './helpers';

describe('URL fragments into the comments', () => {
  it.each(['#comments', '#comment-1402', '#respond', '#li-comment-1410', '#disqus_thread'])(
    'treats %s as a comment fragment',
    (hash) => {
      expect(isCommentFragment(hash)).toBe(true);
    },
  );

  it.each(['#content', '#main', '#commentary-on-the-film', ''])('does not treat "%s" as one', (hash) => {
    expect(isCommentFragment(hash)).toBe(false);
  });

  it('keeps open the block holding the target, and no other', () => {
    const doc = loadFixture('classic-theme.html');
    const comments = doc.getElementById('comments') as Element;
    const article = doc.querySelector('article') as Element;
    expect(hashTarget(doc, '#comment-1403')?.tagName).toBe('ARTICLE');
    expect(
      isHashTargetOf(doc, '#comment-1403', {
        element: comments,
        kind: 'comments',
        ruleId: 'wp-comments',
        label: '',
        textLength: 1,
      }),
    ).toBe(true);
    expect(
      isHashTargetOf(doc, '#post-871', {
        element: comments,
        kind: 'comments',
        ruleId: 'wp-comments',
        label: '',
        textLength: 1,
      }),
    ).toBe(false);
    expect(
      isHashTargetOf(doc, '#comments', { element: article, kind: 'share', ruleId: 'x', label: '', textLength: 1 }),
    ).toBe(false);
  });
});
