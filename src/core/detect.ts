import type { Platform, PlatformInfo } from './types';

interface Signal {
  name: string;
  /** 1 = WordPress on its own; smaller weights only count together. */
  weight: number;
  test: (doc: Document, host: string) => boolean;
}

const has = (doc: Document, selector: string) => doc.querySelector(selector) !== null;
const attrHas = (doc: Document, fragment: string) =>
  has(doc, `[href*="${fragment}"], [src*="${fragment}"], [srcset*="${fragment}"], [data-src*="${fragment}"]`);
const generator = (doc: Document) =>
  Array.from(doc.querySelectorAll('meta[name="generator"], meta[name="Generator"]'), (m) => m.getAttribute('content') ?? '').join(' ');

// The markers WordPress prints itself (wp_head, body_class, post_class, comment_form) and those of
// WordPress.com and Jetpack. A hot-linked image from /wp-content/uploads/ alone proves nothing.
const SIGNALS: Signal[] = [
  { name: 'meta-generator', weight: 1, test: (d) => /wordpress/i.test(generator(d)) },
  { name: 'wp-content-path', weight: 1, test: (d) => attrHas(d, '/wp-content/themes/') || attrHas(d, '/wp-content/plugins/') },
  { name: 'wp-includes-path', weight: 1, test: (d) => attrHas(d, '/wp-includes/') },
  { name: 'wp-json-link', weight: 1, test: (d) => has(d, 'link[rel="https://api.w.org/"]') },
  { name: 'wp-comments-post', weight: 1, test: (d) => has(d, 'form[action*="wp-comments-post"]') },
  { name: 'wp-admin-bar', weight: 1, test: (d) => has(d, '#wpadminbar') },
  { name: 'wpcom-assets', weight: 1, test: (d) => ['//s0.wp.com/', '//s1.wp.com/', '//s2.wp.com/', '//stats.wp.com/', '//widgets.wp.com/'].some((f) => attrHas(d, f)) },
  { name: 'wpcom-host', weight: 1, test: (_d, host) => /(^|\.)wordpress\.com$/.test(host) },
  { name: 'highlander-form', weight: 1, test: (d) => has(d, '#highlander_comment_nonce, #comment-form-nascar, body.highlander-enabled') },
  {
    name: 'wpcom-login',
    weight: 1,
    test: (d) => Array.from(d.querySelectorAll('.comment-form-posting-as, #comment-form-nascar p')).some((p) => /commenting using your WordPress\.com account/i.test(p.textContent ?? '')),
  },
  { name: 'body-class', weight: 1, test: (d) => /(^|\s)(postid|page-id)-\d+(\s|$)/.test(d.body?.className ?? '') },
  { name: 'post-class', weight: 1, test: (d) => has(d, '.hentry.type-post.status-publish, .type-post.status-publish, .type-page.status-publish') },
  { name: 'wp-emoji', weight: 1, test: (d) => Array.from(d.querySelectorAll('head script:not([src])')).some((s) => (s.textContent ?? '').includes('wpemojiSettings')) },
  { name: 'jetpack', weight: 0.5, test: (d) => has(d, '.sharedaddy, #jp-relatedposts, .jetpack-likes-widget-wrapper, .jetpack_subscription_widget, [class*="wp-block-jetpack-"]') },
  { name: 'block-markup', weight: 0.5, test: (d) => has(d, '[class*="wp-block-"]') },
  { name: 'comment-form', weight: 0.5, test: (d) => has(d, '#commentform, .comment-respond, #respond.comment-respond') },
  { name: 'wp-uploads-path', weight: 0.25, test: (d) => attrHas(d, '/wp-content/uploads/') },
  { name: 'wp-image-class', weight: 0.25, test: (d) => has(d, 'img[class*="wp-image-"], .wp-caption') },
];

const WPCOM = new Set(['wpcom-host', 'highlander-form', 'wpcom-login']);

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

function otherPlatform(doc: Document, host: string): Platform {
  const gen = generator(doc);
  if (/blogger/i.test(gen) || /\.blogspot\.[a-z.]+$/.test(host) || attrHas(doc, 'blogger.com/static/') || attrHas(doc, '.blogblog.com/')) return 'blogger';
  if (/ghost/i.test(gen) || has(doc, 'body.gh-body, .gh-content, .kg-card')) return 'ghost';
  return 'other';
}

/** Detects WordPress (self-hosted or WordPress.com), Blogger and Ghost from cheap markers of the document. */
export function detectPlatform(doc: Document, url?: string): PlatformInfo {
  const host = hostOf(url ?? doc.URL);
  const signals: string[] = [];
  let score = 0;
  for (const s of SIGNALS) {
    if (s.test(doc, host)) {
      signals.push(s.name);
      score += s.weight;
    }
  }
  const isWordPress = score >= 1;
  const isWpcom = isWordPress && (signals.some((s) => WPCOM.has(s)) || /^wordpress\.com$/i.test(generator(doc).trim()));
  const platform: Platform = isWpcom ? 'wordpress.com' : isWordPress ? 'wordpress' : otherPlatform(doc, host);
  // Each independent marker makes a false positive less likely; three or more leave little doubt.
  const confidence = isWordPress ? Math.min(1, 0.55 + 0.15 * (score - 1)) : Math.min(0.45, score * 0.3);
  return { isWordPress, platform, confidence: Math.round(confidence * 100) / 100, signals };
}
