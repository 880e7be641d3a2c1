import type { BoilerplateRule } from '../types';

// WordPress core markup: comments_template() and comment_form() of the classic themes
// (Twenty Ten … Twenty Twenty-One) and the comment blocks of block themes (Twenty Twenty-Two on).
// https://developer.wordpress.org/reference/functions/comment_form/

/** The comment form: `#respond.comment-respond > form#commentform` (classic) or its block. */
export const wpCommentForm: BoilerplateRule = {
  id: 'wp-comment-form',
  kind: 'comment-form',
  selectors: [
    '#respond',
    '.comment-respond',
    '#commentform',
    'form[action*="wp-comments-post"]',
    '.wp-block-post-comments-form',
  ],
  textHints: ['Leave a Reply', 'Leave a Comment', 'Your email address will not be published'],
  expect: { 'jetpack-share': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/** The comment section: `#comments.comments-area` with `ol.comment-list`, or the Comments block. */
export const wpComments: BoilerplateRule = {
  id: 'wp-comments',
  kind: 'comments',
  selectors: [
    '#comments',
    '.comments-area',
    '#comments-area',
    '.comments-wrapper',
    'ol.commentlist',
    'ol.comment-list',
    'ul.commentlist',
    '#pings',
    '.wp-block-comments',
    '.wp-block-post-comments',
    '.wp-block-comments-query-loop',
  ],
  expect: { 'block-theme': 1, 'blogger': 1, 'classic-theme': 1, 'wpcom-review': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};
