/** Shared types of the core: what analysis, detection and cleanup return. No extension API here. */

import type { PageFindings } from './page-findings';
import type { PageType } from './page-type';

export type Platform = 'wordpress' | 'wordpress.com' | 'blogger' | 'ghost' | 'other';

export type BoilerplateKind =
  'comments' | 'comment-form' | 'login' | 'share' | 'likes' | 'related' | 'subscribe' | 'author-box' | 'ads';

/** Expected failures come back as values, never as exceptions (see STYLE.md). */
export type Result<T, E extends string> = { ok: true; value: T } | { ok: false; error: E; message?: string };

export interface PlatformInfo {
  isWordPress: boolean;
  platform: Platform;
  /** 0..1 */
  confidence: number;
  /** Named evidence, e.g. `meta-generator`, `wp-content-path`, `highlander-form`. */
  signals: string[];
}

export interface Rating {
  value: number;
  best: number;
  /** The rating as the page writes it: `4/5`, `★★★★☆`, `B+`. */
  text: string;
}

export interface ReviewInfo {
  isReview: boolean;
  rating: Rating | null;
  signals: string[];
}

/** A boilerplate block found on a page (live or parsed). */
export interface BoilerplateMatch {
  element: Element;
  kind: BoilerplateKind;
  ruleId: string;
  /** Human label for a stub: "12 comments", "Comment form", "Share buttons". */
  label: string;
  textLength: number;
  /** Found by the platform's markup (a rule's selector) or by a heading's or label's text. */
  evidence?: 'markup' | 'text';
}

export interface RemovedBlock {
  kind: BoilerplateKind;
  label: string;
  textLength: number;
  /** Why it went: the rule and what it matched (the platform's markup or a heading's text). */
  reason?: string;
}

/** A cleanup step the safety net undid: it took too much of what plain Readability keeps, on weak evidence. */
export interface UndoneStep {
  step: 'boilerplate' | 'site-chrome' | 'header-trim' | 'tail-trim';
  label: string;
  reason: string;
}

export interface PageComment {
  author: string;
  date: string | null;
  text: string;
}

/** The one typed result of analysing a page; the CLI prints exactly this as JSON. */
export interface Analysis extends PlatformInfo {
  url: string;
  isReview: boolean;
  rating: Rating | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  leadImage: string | null;
  excerpt: string;
  summary: string[];
  wordCount: number;
  readingMinutes: number;
  textContent: string;
  contentHtml: string;
  removed: RemovedBlock[];
  /** Which extraction method gave the article, and why when it is not the cleaned Readability one. */
  extraction: {
    method: 'cleaned' | 'plain' | 'defuddle';
    reason: string | null;
    undone: UndoneStep[];
    /** Short lines of the cleaned article dropped because Defuddle, agreeing on the rest, does not have them. */
    unsharedLines: number;
  };
  /** Whether the page is an article by its own markup: shops, archives and listings say "not an article". */
  pageType: PageType;
  comments: { count: number; items: PageComment[] };
  warnings: string[];
}

export type AnalyzeError = 'too-large' | 'not-readerable' | 'empty' | 'not-html';

/**
 * A boilerplate rule is data (see STYLE.md): what a block looks like, never code.
 * A selector match is a block; a text signature marks the block around the text that starts with it.
 */
export interface BoilerplateRule {
  /** Unique, kebab-case; the rule table is kept sorted by id. */
  id: string;
  kind: BoilerplateKind;
  /** CSS selectors of the whole block. */
  selectors: string[];
  /**
   * Text signatures, compared lower-case at the start of an element's text, digits written `#`
   * ("# comments" matches "12 Comments"). With `selectors`, a match needs one of them inside when
   * `needsText` is set; without `selectors`, headings (or `textIn` elements) starting with one mark a block.
   */
  textHints?: string[];
  needsText?: boolean;
  /** Where text signatures are looked for (default: headings); short elements only. */
  textIn?: string;
  /** The block around a text signature: the closest ancestor matching this (default: the heading's section). */
  container?: string;
  /** The longest block (characters of text) this rule's text signatures may mark: "Follow" also heads larger parts. */
  maxChars?: number;
  /** Fixture slug (test/fixtures/<slug>/source.html) → how many blocks this rule finds there. */
  expect: Record<string, number>;
}

/** What `analyzePage` accepts besides the document. */
export interface AnalyzeOptions {
  /** Size of the HTML in bytes when known (checked against `LIMITS.maxBytes`). */
  byteLength?: number;
  /** A window DOMPurify supports, when the document's own does not (e.g. linkedom in Node). */
  sanitizeWindow?: Window;
  /** What the fold code already found on this page (platform, boilerplate): not found again. */
  findings?: PageFindings;
  /** For the eval's study of the choice: each candidate's block text, before the choice between them. */
  onCandidates?: (texts: Readonly<Record<string, string>>) => void;
  /**
   * For the reader's first paint: called, before the other candidates are built, with the analysis
   * of the cleaned extraction alone (no choice, no safety net), when Readability found an article.
   */
  onFirst?: (first: Result<Analysis, AnalyzeError>) => void;
}
