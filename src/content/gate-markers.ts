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

/**
 * Elements past which a page is huge (the corpus' largest page has about 12,000): the gate does not
 * look, and the fold code reads it through a light copy made in 8 ms steps (page-view.ts).
 */
export const LARGE_PAGE_ELEMENTS = 25_000;

/** An attribute test of a marker: `[name="value"]`, `[name*="value"]`, with ` i` (any case) when `anyCase`. */
export type AttrTest = readonly [name: string, op: '=' | '*=', value: string, anyCase?: boolean];

/**
 * The markers above as the gate looks them up, written out: turning the selectors into lookups on
 * every page cost more (3 ms of script) than all the lookups, and a selector given to the browser is
 * parsed (a `querySelector` each: 4 ms) or, as one list, matched element by element (2.5 ms on a page
 * of 1,500). test/unit/cleanup/gate-lookups.test.ts keeps this equal to the lists, selector by selector.
 */
export const GATE_LOOKUPS: {
  ids: readonly string[];
  /** For `getElementsByClassName`: a space joins classes an element must all carry. */
  classes: readonly string[];
  /** A tag and one class. */
  tagged: readonly (readonly [tag: string, cls: string])[];
  /**
   * Per tag, the markers' attribute tests (one list per selector): found in one pass over that
   * tag's elements, which are few (`meta`, `link`, `script`, `form`, `body`).
   */
  attrs: readonly (readonly [tag: string, markers: readonly (readonly AttrTest[])[]])[];
} = {
  ids: [
    'comments', 'comments-area', 'pings', 'respond', 'commentform', 'comment-holder', 'comments-block', 'comment-editor',
    'comment-post-message', 'disqus_thread', 'dsq-content', 'wpdcom', 'wpd-threads', 'wpdiscuz_hidden_secondary_form',
    'wpadminbar', 'highlander_comment_nonce', 'comment-form-nascar', 'jp-post-flair', 'jp-relatedposts',
  ],
  classes: [
    'comments-area', 'comments-wrapper', 'wp-block-comments', 'wp-block-post-comments', 'wp-block-comments-query-loop',
    'comment-respond', 'wp-block-post-comments-form', 'akismet_comment_form_privacy_notice', 'comment-thread',
    'comments-content', 'dsq-brlink', 'disqus-comments', 'fb-comments', 'fb_comments', 'fb-comments-wrapper',
    'wpdiscuz_top_clearing', 'wpd-thread-list', 'wpdiscuz-form-top-bar', 'type-post status-publish',
    'type-page status-publish', 'sharedaddy', 'jetpack-likes-widget-wrapper', 'jetpack_subscription_widget',
  ],
  tagged: [
    ['ol', 'commentlist'], ['ol', 'comment-list'], ['ul', 'commentlist'], ['ul', 'comments-list'], ['ol', 'comments-list'],
    ['body', 'highlander-enabled'],
  ],
  attrs: [
    ['meta', [[['name', '=', 'generator', true], ['content', '*=', 'wordpress', true]]]],
    ['link', [[['rel', '=', 'https://api.w.org/']], [['href', '*=', '/wp-content/']], [['href', '*=', '/wp-includes/']], [['href', '*=', '.wp.com/']]]],
    ['script', [[['src', '*=', '/wp-content/']], [['src', '*=', '/wp-includes/']], [['src', '*=', '.wp.com/']]]],
    ['body', [[['class', '*=', 'postid-']], [['class', '*=', 'page-id-']]]],
    ['form', [[['action', '*=', 'wp-comments-post']]]],
  ],
};

function passes(el: Element, tests: readonly AttrTest[]): boolean {
  return tests.every(([name, op, value, anyCase]) => {
    let v = el.getAttribute(name);
    if (v === null) return false;
    let want = value;
    if (anyCase) [v, want] = [v.toLowerCase(), want.toLowerCase()];
    return op === '*=' ? want !== '' && v.includes(want) : v === want;
  });
}

function some(list: HTMLCollectionOf<Element>, test: (el: Element) => boolean): boolean {
  for (let i = 0; i < list.length; i++) {
    const el = list[i];
    if (el && test(el)) return true;
  }
  return false;
}

/**
 * True when the page shows a platform or comment-system marker (WordPress.com pages all load
 * their assets from *.wp.com), or is huge. No selector is parsed: ids by `getElementById`,
 * classes by `getElementsByClassName`, the tag markers among that tag's few elements, attributes
 * compared in script. A page of over 25,000 elements goes to the fold code, which reads it in
 * 8 ms steps: there the lookups would be a long task, the count is not.
 */
export function canHaveFolds(doc: Document): boolean {
  const l = GATE_LOOKUPS;
  if (l.ids.some((id) => doc.getElementById(id) !== null)) return true;
  if (doc.getElementsByTagName('*').length > LARGE_PAGE_ELEMENTS) return true;
  return (
    l.classes.some((c) => doc.getElementsByClassName(c).length > 0) ||
    l.tagged.some(([tag, cls]) => some(doc.getElementsByClassName(cls), (el) => el.localName === tag)) ||
    l.attrs.some(([tag, markers]) => some(doc.getElementsByTagName(tag), (el) => markers.some((tests) => passes(el, tests))))
  );
}
