import { detectPlatform } from '../core/detect';
import { findMainContent } from '../core/main-content';
import { detectReview } from '../core/review';
import type { PlatformInfo } from '../core/types';

export interface PageFacts {
  platform: PlatformInfo;
  isReview: boolean;
  /** The page shows an article (a content wrapper, `<article>` or `<main>` with text). */
  isArticle: boolean;
}

/** What the page is, from cheap markers only (no Readability). */
export function detectPage(doc: Document, url?: string): PageFacts {
  const platform = detectPlatform(doc, url);
  const isReview = detectReview(doc, url, false).isReview;
  const isArticle = isReview || (doc.body !== null && findMainContent(doc.body) !== null);
  return { platform, isReview, isArticle };
}

/** Tokens for `html[data-quietread]`: what the page was detected as, and `collapsed` while something is folded. */
export function computeTokens(facts: PageFacts, collapsed = false): string[] {
  const tokens = ['analysed'];
  if (facts.platform.isWordPress) tokens.push('wordpress');
  if (facts.isReview) tokens.push('review');
  if (facts.isArticle) tokens.push('article');
  if (collapsed) tokens.push('collapsed');
  return tokens;
}

/** Writes the tokens as a space-separated list on `<html>` (tests select `html[data-quietread~="wordpress"]`). */
export function writeTokens(doc: Document, tokens: string[]): void {
  const value = tokens.join(' ');
  // Unchanged values are not rewritten: the page's own observers see no churn from us.
  if (doc.documentElement.getAttribute('data-quietread') !== value)
    doc.documentElement.setAttribute('data-quietread', value);
}
