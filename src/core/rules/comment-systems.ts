import type { BoilerplateRule } from '../types';

// Comment systems other than WordPress core: Akismet's note under the form, wpDiscuz (replaces
// the core template), Disqus (an iframe in #disqus_thread), Facebook comments and Blogger.

/** "This site uses Akismet to reduce spam." under a comment form. */
export const akismetNote: BoilerplateRule = {
  id: 'akismet-note',
  kind: 'comment-form',
  selectors: ['.akismet_comment_form_privacy_notice'],
  textHints: ['This site uses Akismet to reduce spam'],
  textIn: 'p, div',
  container: 'p, div',
  expect: { 'generic-theme': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/** Blogger: `#comments` with `.comment-thread` / old `dl#comments-block`, and its form iframe. */
export const bloggerComments: BoilerplateRule = {
  id: 'blogger-comments',
  kind: 'comments',
  selectors: ['.comment-thread', '#comment-holder', '#comments-block', '.comments-content', '#comment-editor', '#comment-post-message'],
  textHints: ['Post a Comment'],
  expect: { 'blogger-classic': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/**
 * A comment list outside WordPress's templates by its usual class, `ul.comments-list > li.comment`
 * (news sites' reader comments, Joomla and Drupal themes). Inside `#comments` the WordPress rule wins.
 */
export const commentsList: BoilerplateRule = {
  id: 'comments-list',
  kind: 'comments',
  selectors: ['ul.comments-list', 'ol.comments-list'],
  expect: { 'news-comments': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/** Disqus thread container and its "comments powered by Disqus" link. */
export const disqusThread: BoilerplateRule = {
  id: 'disqus-thread',
  kind: 'comments',
  selectors: ['#disqus_thread', '.dsq-brlink', '#dsq-content', '.disqus-comments'],
  textHints: ['comments powered by Disqus'],
  expect: { 'disqus': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/** Facebook's comments plugin. */
export const facebookComments: BoilerplateRule = {
  id: 'facebook-comments',
  kind: 'comments',
  selectors: ['.fb-comments', '.fb_comments', '.fb-comments-wrapper'],
  expect: { 'blogger-classic': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/** wpDiscuz: its own form and thread list replace the core template. */
export const wpdiscuzThread: BoilerplateRule = {
  id: 'wpdiscuz-thread',
  kind: 'comments',
  selectors: ['#wpdcom', '.wpdiscuz_top_clearing', '#wpd-threads', '.wpd-thread-list', '.wpdiscuz-form-top-bar', '#wpdiscuz_hidden_secondary_form'],
  textHints: ['Notify of'],
  expect: { 'wpdiscuz': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};
