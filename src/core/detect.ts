import type { PlatformInfo } from './types';

// TODO [2026-11]: first cut for the foundation slice; the core issue (#3) replaces it with the full rule set.
/** Detects WordPress (self-hosted or WordPress.com) from cheap markers of the document. */
export function detectPlatform(doc: Document): PlatformInfo {
  const signals: string[] = [];
  const generator = doc.querySelector('meta[name="generator" i]')?.getAttribute('content') ?? '';
  if (/wordpress/i.test(generator)) signals.push('meta-generator');
  if (doc.querySelector('link[rel="https://api.w.org/"]')) signals.push('wp-json-link');
  if (doc.querySelector('[src*="/wp-content/"], [href*="/wp-content/"]')) signals.push('wp-content-path');
  if (doc.querySelector('#commentform, .comment-respond')) signals.push('comment-form');
  const isWordPress = signals.length > 0;
  const platform = /wordpress\.com/i.test(generator) ? 'wordpress.com' : isWordPress ? 'wordpress' : 'other';
  return { isWordPress, platform, confidence: Math.min(1, signals.length / 3), signals };
}
