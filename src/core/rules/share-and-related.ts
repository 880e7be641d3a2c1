import type { BoilerplateRule } from '../types';

// Widely used share, related-post and newsletter plugins and theme parts, by their documented
// class names: AddToAny, Shariff, ShareThis, Social Warfare, Sassy Social Share, Simple Share
// Buttons Adder, Mashshare, Shareaholic; YARPP, Contextual Related Posts, Related Posts for WP;
// Mailchimp for WP and Mailchimp's embed code.

/** Share button bars. */
export const shareButtons: BoilerplateRule = {
  id: 'share-buttons',
  kind: 'share',
  selectors: [
    '.addtoany_share_save_container', '.a2a_kit', '.shariff', '.sharethis-inline-share-buttons',
    '.swp_social_panel', '.heateor_sss_sharing_container', '.ssba', '.ssba-wrap', '.mashsb-container',
    '.shareaholic-canvas', '.essb_links', '.share-buttons', '.social-share', '.social-sharing',
    '.sharing-buttons', '.post-share-buttons', '.entry-share', '.share-post', '.share-this-post',
  ],
  expect: { 'blogger': 1, 'classic-theme': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/** Print, pin and jump buttons of recipe plugins (WP Recipe Maker, Tasty Recipes). */
export const recipeButtons: BoilerplateRule = {
  id: 'recipe-buttons',
  kind: 'share',
  selectors: ['.wprm-recipe-print', '.wprm-recipe-pin', '.wprm-recipe-jump', '.wprm-recipe-link', '.tasty-recipes-buttons', '.tasty-recipes-print-button'],
  expect: { 'classic-theme': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/** Related-post lists. */
export const relatedPosts: BoilerplateRule = {
  id: 'related-posts',
  kind: 'related',
  selectors: [
    '.yarpp-related', '.yarpp', '.crp_related', '.rp4wp-related-posts', '#related-posts', '.related-posts',
    '.related_posts', '.relatedposts', '.wp-block-related-posts', '.related-articles', '#related-articles',
  ],
  expect: { 'classic-theme': 1, 'not-wordpress': 1, 'code-tutorial': 0, 'forum-thread': 0, 'plain-news': 0 },
};

/** Newsletter sign-up boxes. */
export const newsletterSignup: BoilerplateRule = {
  id: 'newsletter-signup',
  kind: 'subscribe',
  selectors: ['.mc4wp-form', '#mc_embed_signup', '[class*="newsletter" i]', '[id*="newsletter" i]', '[id*="signup" i]', '.optin-box'],
  expect: { 'not-wordpress': 1, 'code-tutorial': 0, 'forum-thread': 0, 'plain-news': 0 },
};

/** Author boxes under the post (theme `author-info`, Simple Author Box, Molongui, Starbox). */
export const authorBox: BoilerplateRule = {
  id: 'author-box',
  kind: 'author-box',
  selectors: [
    '.author-info', '#author-info', '#author-bio', '.about-author', '.saboxplugin-wrap', '.m-a-box', '.abh_box', '.ts-fab-wrapper',
    '[class*="author-box" i]', '[class*="authorbox" i]', '[class*="author_box" i]', '[class*="author-bio" i]',
  ],
  expect: { 'classic-theme': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/** Ad slots (AdSense, Google Publisher Tag, the Ad Inserter plugin's numbered `code-block-N`). */
export const adSlots: BoilerplateRule = {
  id: 'ad-slots',
  kind: 'ads',
  selectors: ['ins.adsbygoogle', '[id^="div-gpt-ad"]', '.advertisement', '.ad-container', '.adsense', 'div.code-block[class*="code-block-"]'],
  expect: { 'not-wordpress': 1, 'code-tutorial': 0, 'forum-thread': 0, 'plain-news': 0 },
};

/**
 * "Follow this topic" boxes of news sites: a topic's name, a line about it, its follower count and a
 * Follow button. Found by the button; the box is the button's section, and only a small one.
 */
export const followTopic: BoilerplateRule = {
  id: 'follow-topic',
  kind: 'subscribe',
  selectors: [],
  textIn: 'button, [role="button"], a.btn, a.button',
  textHints: ['follow$', '+ follow$', 'follow topic$', 'follow this topic$', 'folgen$', 'thema folgen$', 'suivre$', 'seguir$', 'segui$', 'volgen$'],
  maxChars: 300,
  expect: { 'news-comments': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};
