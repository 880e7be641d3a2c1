/**
 * The gate's cheap question: can this page have anything to fold? Only markup that platforms and
 * comment systems print themselves, no walk of our own over the DOM and no text. A page where none
 * of it is found folds nothing under the default settings: outside WordPress only blocks named by
 * a comment system's own markup are folded (COMMENT_MARKERS, which a unit test keeps equal to the
 * rules' selectors of those kinds), and a WordPress page shows itself in its <head>, its body
 * classes or wp_footer's scripts (GATE_LOOKUPS below).
 */

/** Selectors of the comment, comment-form and login rules (src/core/rules): what folds outside WordPress. */
export const COMMENT_MARKERS = [
  // wp-comments, wp-comment-form
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
  '#respond',
  '.comment-respond',
  '#commentform',
  'form[action*="wp-comments-post"]',
  '.wp-block-post-comments-form',
  // akismet-note, blogger-comments, comments-list, disqus-thread, facebook-comments, wpdiscuz-thread
  '.akismet_comment_form_privacy_notice',
  '.comment-thread',
  '#comment-holder',
  '#comments-block',
  '.comments-content',
  '#comment-editor',
  '#comment-post-message',
  'ul.comments-list',
  'ol.comments-list',
  '#disqus_thread',
  '.dsq-brlink',
  '#dsq-content',
  '.disqus-comments',
  '.fb-comments',
  '.fb_comments',
  '.fb-comments-wrapper',
  '#wpdcom',
  '.wpdiscuz_top_clearing',
  '#wpd-threads',
  '.wpd-thread-list',
  '.wpdiscuz-form-top-bar',
  '#wpdiscuz_hidden_secondary_form',
];

/**
 * Elements past which a page is huge (the corpus' largest page has about 12,000): the fold code
 * reads it through a light copy made in 8 ms steps (page-view.ts).
 */
export const LARGE_PAGE_ELEMENTS = 25_000;

/**
 * The markers as the gate looks them up on every page. Only lookups a browser answers without a
 * walk of ours or a selector it must match element by element:
 * - ids, by `getElementById` (a hash lookup);
 * - WordPress's `<head>` (wp_head prints its generator, REST link and /wp-content/ assets there)
 *   and the scripts wp_footer prints last in `<body>`: one selector list, matched against the
 *   head's few elements and the body's last ones only;
 * - the body's classes (body_class: `postid-N`, `page-id-N`, `wp-theme-…`; WordPress.com's
 *   `highlander-enabled`);
 * - comment lists and sections that carry no id, one class per `querySelector` (the fast path of
 *   every engine for a single class).
 * Measured in Chromium on pages of 1,000 to 1,500 elements, the selector lists above cost about
 * 1 ms as one `querySelector` and 0.2 to 0.4 ms as one lookup per class; these cost under 0.1 ms.
 * Markers left out here (a post's classes, Jetpack's blocks, footer scripts) come on pages that
 * also show one of these: test/unit/cleanup/gate-lookups.test.ts checks that on the pages of
 * ../shared, wherever the fold code folds or the page is WordPress.
 */
export const GATE_LOOKUPS = {
  ids: [
    'comments',
    'comments-area',
    'pings',
    'respond',
    'commentform',
    'comment-holder',
    'comments-block',
    'comment-editor',
    'comment-post-message',
    'disqus_thread',
    'dsq-content',
    'wpdcom',
    'wpd-threads',
    'wpdiscuz_hidden_secondary_form',
    'wpadminbar',
    'highlander_comment_nonce',
    'comment-form-nascar',
    'jp-post-flair',
    'jp-relatedposts',
  ],
  head: [
    'meta[name="generator" i][content*="wordpress" i]',
    'link[rel="https://api.w.org/"]',
    'link[href*="/wp-content/"]',
    'link[href*="/wp-includes/"]',
    'link[href*=".wp.com/"]',
    'script[src*="/wp-content/"]',
    'script[src*="/wp-includes/"]',
    'script[src*=".wp.com/"]',
  ],
  bodyClass: /(?:^|\s)(?:postid-|page-id-|wp-theme-|highlander-enabled(?:\s|$))/,
  /** How many of the body's last elements are looked at for wp_footer's scripts. */
  bodyTail: 40,
  classes: [
    '.comments-list',
    '.commentlist',
    '.comment-list',
    '.comments-area',
    '.comments-wrapper',
    '.wp-block-comments',
    '.comment-thread',
    '.comments-content',
    '.fb-comments',
    '.disqus-comments',
  ],
} as const;

let headSelector: string | undefined;

/**
 * True when the page shows a platform or comment-system marker (WordPress.com pages all load
 * their assets from *.wp.com). No walk of ours over the page and no text: see GATE_LOOKUPS.
 */
export function canHaveFolds(doc: Document): boolean {
  const l = GATE_LOOKUPS;
  if (l.ids.some((id) => doc.getElementById(id) !== null)) return true;
  if (l.bodyClass.test(doc.body?.className ?? '')) return true;
  const head = (headSelector ??= l.head.join(','));
  if (doc.head?.querySelector(head)) return true;
  let el = doc.body?.lastElementChild ?? null;
  for (let i = 0; el && i < l.bodyTail; i++, el = el.previousElementSibling)
    if ((el.localName === 'script' || el.localName === 'link') && el.matches(head)) return true;
  return l.classes.some((c) => doc.querySelector(c) !== null);
}
