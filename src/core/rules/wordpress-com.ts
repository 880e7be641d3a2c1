import type { BoilerplateRule } from '../types';

// WordPress.com: the Highlander comment form logs readers in with WordPress.com, Twitter or
// Facebook, and the follow bubble ("#bit") floats over every post of a logged-out visit.

/** The log-in part of the Highlander form when a theme moves it out of `#respond`. */
export const wpcomLoginPrompt: BoilerplateRule = {
  id: 'wpcom-login-prompt',
  kind: 'login',
  selectors: [],
  textHints: [
    'Fill in your details below or click an icon to log in',
    'You are commenting using your',
    'You must be logged in to post a comment',
    'Connecting to %s',
  ],
  textIn: 'p, span, div',
  container: '#comment-form-identity, #comment-form-nascar, .comment-form-service, .must-log-in, .logged-in-as, form',
  expect: { 'generic-theme': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/** The "Follow" bubble and its e-mail form. */
export const wpcomFollow: BoilerplateRule = {
  id: 'wpcom-follow',
  kind: 'subscribe',
  selectors: ['#bit', '#bitsubscribe', 'form[action*="subscribe.wordpress.com"]'],
  textHints: ['Get every new post delivered to your Inbox'],
  expect: { 'wpcom-review': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/** WordAds units ("Advertisements" and its iframe). */
export const wpcomWordads: BoilerplateRule = {
  id: 'wpcom-wordads',
  kind: 'ads',
  selectors: ['.wpcnt', '.wordads-ad-wrapper', '.wordads-tag', '.wpa'],
  expect: { 'wpcom-review': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};
