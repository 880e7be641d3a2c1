/**
 * The gate's cheap question: can this page have anything to fold? One `querySelector` over
 * markup that platforms and comment systems print themselves, no walk of our own over the DOM
 * and no text. A page where none of it is found folds nothing under the default settings:
 * outside WordPress only blocks named by a comment system's own markup are folded (these
 * selectors, which a unit test keeps equal to the rules' selectors of those kinds), and a
 * WordPress page is one of the platform markers below (the ones `core/detect.ts` weighs 1 that
 * need no text or URL scan).
 */

/** Selectors of the comment, comment-form and login rules (src/core/rules): what folds outside WordPress. */
export const COMMENT_MARKERS = [
  // wp-comments, wp-comment-form
  '#comments', '.comments-area', '#comments-area', '.comments-wrapper', 'ol.commentlist', 'ol.comment-list', 'ul.commentlist', '#pings',
  '.wp-block-comments', '.wp-block-post-comments', '.wp-block-comments-query-loop',
  '#respond', '.comment-respond', '#commentform', 'form[action*="wp-comments-post"]', '.wp-block-post-comments-form',
  // akismet-note, blogger-comments, comments-list, disqus-thread, facebook-comments, wpdiscuz-thread
  '.akismet_comment_form_privacy_notice',
  '.comment-thread', '#comment-holder', '#comments-block', '.comments-content', '#comment-editor', '#comment-post-message',
  'ul.comments-list', 'ol.comments-list',
  '#disqus_thread', '.dsq-brlink', '#dsq-content', '.disqus-comments',
  '.fb-comments', '.fb_comments', '.fb-comments-wrapper',
  '#wpdcom', '.wpdiscuz_top_clearing', '#wpd-threads', '.wpd-thread-list', '.wpdiscuz-form-top-bar', '#wpdiscuz_hidden_secondary_form',
];

/** WordPress as it prints itself (wp_head, body_class, post_class, the admin bar), WordPress.com and Jetpack. */
export const PLATFORM_MARKERS = [
  'meta[name="generator" i][content*="wordpress" i]',
  'link[rel="https://api.w.org/"]',
  'link[href*="/wp-content/"]', 'script[src*="/wp-content/"]', 'link[href*="/wp-includes/"]', 'script[src*="/wp-includes/"]',
  'script[src*=".wp.com/"]', 'link[href*=".wp.com/"]',
  '#wpadminbar', 'body[class*="postid-"]', 'body[class*="page-id-"]', '.type-post.status-publish', '.type-page.status-publish',
  '#highlander_comment_nonce', '#comment-form-nascar', 'body.highlander-enabled',
  '.sharedaddy', '#jp-post-flair', '#jp-relatedposts', '.jetpack-likes-widget-wrapper', '.jetpack_subscription_widget',
];

/** Bytes of HTML past which the gate does not look: the fold code reads a page that big in steps (page-view.ts). */
const LARGE_PAGE_BYTES = 2 * 1024 * 1024;

let ids: string[] | undefined;
let rest: string | undefined;

/**
 * True when the page shows a platform or comment-system marker (WordPress.com pages all load
 * their assets from *.wp.com), or is huge.
 * The ids are looked up first (no walk at all: most comment sections have one); the other markers
 * need one `querySelector`, which on a page of hundreds of thousands of elements would be a long
 * task, so a page over 2 MB of HTML goes to the fold code, which reads it in 8 ms steps.
 */
export function canHaveFolds(doc: Document): boolean {
  const all = [...COMMENT_MARKERS, ...PLATFORM_MARKERS];
  ids ??= all.filter((s) => /^#[\w-]+$/.test(s)).map((s) => s.slice(1));
  rest ??= all.filter((s) => !/^#[\w-]+$/.test(s)).join(',');
  if (ids.some((id) => doc.getElementById(id) !== null)) return true;
  const nav = doc.defaultView?.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (nav && nav.decodedBodySize > LARGE_PAGE_BYTES) return true;
  return doc.querySelector(rest) !== null;
}
