import type { Platform, PlatformInfo } from './types';

/** The page as the signals read it: the document, its host and all its asset URLs in one string. */
interface Page {
  doc: Document;
  host: string;
  urls: string;
}

interface Signal {
  name: string;
  /** 1 = WordPress on its own; smaller weights only count together. */
  weight: number;
  test: (page: Page) => boolean;
}

const has = (doc: Document, selector: string) => doc.querySelector(selector) !== null;
// One pass over the URL attributes instead of a substring selector per marker (slow in some DOMs).
function assetUrls(doc: Document): string {
  const parts: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('[href], [src], [srcset], [data-src]'))) {
    for (const a of ['href', 'src', 'srcset', 'data-src']) {
      const v = el.getAttribute(a);
      if (v) parts.push(v);
    }
  }
  return parts.join('\n');
}
const generator = (doc: Document) =>
  Array.from(
    doc.querySelectorAll('meta[name="generator"], meta[name="Generator"]'),
    (m) => m.getAttribute('content') ?? '',
  ).join(' ');

// The markers WordPress prints itself (wp_head, body_class, post_class, comment_form) and those of
// WordPress.com and Jetpack. A hot-linked image from /wp-content/uploads/ alone proves nothing.
const SIGNALS: Signal[] = [
  { name: 'meta-generator', weight: 1, test: ({ doc: d }) => /wordpress/i.test(generator(d)) },
  {
    name: 'wp-content-path',
    weight: 1,
    test: ({ urls }) => urls.includes('/wp-content/themes/') || urls.includes('/wp-content/plugins/'),
  },
  { name: 'wp-includes-path', weight: 1, test: ({ urls }) => urls.includes('/wp-includes/') },
  { name: 'wp-json-link', weight: 1, test: ({ doc: d }) => has(d, 'link[rel="https://api.w.org/"]') },
  { name: 'wp-comments-post', weight: 1, test: ({ doc: d }) => has(d, 'form[action*="wp-comments-post"]') },
  { name: 'wp-admin-bar', weight: 1, test: ({ doc: d }) => has(d, '#wpadminbar') },
  {
    name: 'wpcom-assets',
    weight: 1,
    test: ({ urls }) =>
      ['//s0.wp.com/', '//s1.wp.com/', '//s2.wp.com/', '//stats.wp.com/', '//widgets.wp.com/'].some((f) =>
        urls.includes(f),
      ),
  },
  { name: 'wpcom-host', weight: 1, test: ({ host }) => /(^|\.)wordpress\.com$/.test(host) },
  {
    name: 'highlander-form',
    weight: 1,
    test: ({ doc: d }) => has(d, '#highlander_comment_nonce, #comment-form-nascar, body.highlander-enabled'),
  },
  {
    name: 'wpcom-login',
    weight: 1,
    test: ({ doc: d }) =>
      Array.from(d.querySelectorAll('.comment-form-posting-as, #comment-form-nascar p')).some((p) =>
        /commenting using your WordPress\.com account/i.test(p.textContent ?? ''),
      ),
  },
  {
    name: 'body-class',
    weight: 1,
    test: ({ doc: d }) => /(^|\s)(postid|page-id)-\d+(\s|$)/.test(d.body?.className ?? ''),
  },
  {
    name: 'post-class',
    weight: 1,
    test: ({ doc: d }) =>
      has(d, '.hentry.type-post.status-publish, .type-post.status-publish, .type-page.status-publish'),
  },
  {
    name: 'wp-emoji',
    weight: 1,
    test: ({ doc: d }) =>
      Array.from(d.querySelectorAll('head script:not([src])')).some((s) =>
        (s.textContent ?? '').includes('wpemojiSettings'),
      ),
  },
  {
    name: 'jetpack',
    weight: 0.5,
    test: ({ doc: d }) =>
      has(
        d,
        '.sharedaddy, #jp-relatedposts, .jetpack-likes-widget-wrapper, .jetpack_subscription_widget, [class*="wp-block-jetpack-"]',
      ),
  },
  { name: 'block-markup', weight: 0.5, test: ({ doc: d }) => has(d, '[class*="wp-block-"]') },
  {
    name: 'comment-form',
    weight: 0.5,
    test: ({ doc: d }) => has(d, '#commentform, .comment-respond, #respond.comment-respond'),
  },
  { name: 'wp-uploads-path', weight: 0.25, test: ({ urls }) => urls.includes('/wp-content/uploads/') },
  { name: 'wp-image-class', weight: 0.25, test: ({ doc: d }) => has(d, 'img[class*="wp-image-"], .wp-caption') },
];

const WPCOM = new Set(['wpcom-host', 'highlander-form', 'wpcom-login']);

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

function otherPlatform({ doc, host, urls }: Page): Platform {
  const gen = generator(doc);
  if (
    /blogger/i.test(gen) ||
    /\.blogspot\.[a-z.]+$/.test(host) ||
    urls.includes('blogger.com/static/') ||
    urls.includes('.blogblog.com/')
  )
    return 'blogger';
  if (/ghost/i.test(gen) || has(doc, 'body.gh-body, .gh-content, .kg-card')) return 'ghost';
  return 'other';
}

/** Detects WordPress (self-hosted or WordPress.com), Blogger and Ghost from cheap markers of the document. */
export function detectPlatform(doc: Document, url?: string): PlatformInfo {
  const page: Page = { doc, host: hostOf(url ?? doc.URL), urls: assetUrls(doc) };
  const signals: string[] = [];
  let score = 0;
  for (const s of SIGNALS) {
    if (s.test(page)) {
      signals.push(s.name);
      score += s.weight;
    }
  }
  const isWordPress = score >= 1;
  const isWpcom = isWordPress && (signals.some((s) => WPCOM.has(s)) || /^wordpress\.com$/i.test(generator(doc).trim()));
  const platform: Platform = isWpcom ? 'wordpress.com' : isWordPress ? 'wordpress' : otherPlatform(page);
  // Each independent marker makes a false positive less likely; three or more leave little doubt.
  const confidence = isWordPress ? Math.min(1, 0.55 + 0.15 * (score - 1)) : Math.min(0.45, score * 0.3);
  return { isWordPress, platform, confidence: Math.round(confidence * 100) / 100, signals };
}
