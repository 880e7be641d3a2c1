import type { BoilerplateRule } from '../types';

// Jetpack (self-hosted) and WordPress.com share the same modules: sharedaddy buttons, likes,
// related posts and subscriptions, all appended to the post content inside `#jp-post-flair`.
// https://github.com/Automattic/jetpack/tree/trunk/projects/plugins/jetpack/modules

/** Like button and its "Like this:" heading. */
export const jetpackLikes: BoilerplateRule = {
  id: 'jetpack-likes',
  kind: 'likes',
  selectors: ['.jetpack-likes-widget-wrapper', '.sd-like', '[id^="like-post-wrapper"]', '.wp-block-jetpack-like'],
  textHints: ['Like this:', 'Like Loading'],
  expect: { 'block-theme': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/** Related posts below the content. */
export const jetpackRelated: BoilerplateRule = {
  id: 'jetpack-related',
  kind: 'related',
  selectors: ['#jp-relatedposts', '.jp-relatedposts', '.wp-block-jetpack-related-posts'],
  textHints: ['Related'],
  expect: { 'jetpack-share': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/** Sharing buttons ("Share this:"); `#jp-post-flair` also wraps likes and related posts. */
export const jetpackSharing: BoilerplateRule = {
  id: 'jetpack-sharing',
  kind: 'share',
  selectors: ['#jp-post-flair', '.sharedaddy', '.sd-sharing', '.sharing-hidden', '.wp-block-jetpack-sharing-buttons'],
  textHints: ['Share this:'],
  expect: { 'block-theme': 1, 'jetpack-share': 1, 'wpcom-review': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/** Subscription widget and block. */
export const jetpackSubscribe: BoilerplateRule = {
  id: 'jetpack-subscribe',
  kind: 'subscribe',
  selectors: ['.jetpack_subscription_widget', '.wp-block-jetpack-subscriptions', '#subscribe-blog', '.jetpack-subscribe-form'],
  textHints: ['Subscribe to Blog via Email', 'Enter your email address to subscribe'],
  expect: { 'jetpack-share': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};
