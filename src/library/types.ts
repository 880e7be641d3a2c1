/** Types of the saved-review library: the saved item, the errors, the export file. */
export { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '../core/highlight';
import type { Highlight } from '../core/highlight';
import type { Rating } from '../core/types';

/** A clean review kept in the library: the core's analysis, trimmed to what reading later needs. */
export interface SavedItem {
  /** Stable across updates, exports and imports. */
  id: string;
  url: string;
  /** The dedupe key: the page's canonical URL, or its URL without the fragment. */
  canonicalUrl: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** ISO time of the first save; an update keeps it. */
  savedAt: string;
  /** ISO time of the last save or tag edit. */
  updatedAt: string;
  isReview: boolean;
  rating: Rating | null;
  excerpt: string;
  summary: string[];
  /** Sanitised by the core; sanitised again whenever it is shown or exported. */
  contentHtml: string;
  textContent: string;
  /** `textHash(textContent)`: lets the popup tell that the page changed since it was saved. */
  textHash: string;
  wordCount: number;
  readingMinutes: number;
  tags: string[];
  /**
   * Passages the reader marked, anchored in `textContent` (the item's plain text). A plain field of
   * the item, so exports, imports and sync carry it with the text it belongs to.
   */
  highlights?: Highlight[];
  /** The text this item held before a save or import replaced it (one step of undo: src/library/previous.ts). */
  previous?: PreviousVersion;
  /** `to-read`: a link imported from another app, saved before its page was fetched (no text yet). */
  status?: 'to-read';
  /** Set on a sync conflict copy: the canonical URL of the item it lost to (src/sync/merge3.ts). */
  conflictOf?: string;
  /** Why the last "Fetch and clean" of this link failed (only on a `to-read` item; cleared when it succeeds). */
  fetchError?: FetchError;
}

/** Why fetching a link's page gave no clean copy; the library words each one (src/pages/library/fetch-reason.ts). */
export type FetchReason =
  | 'http' // the server answered an error status (`status`)
  | 'timeout'
  | 'network' // no answer at all: offline, DNS, refused connection, a TLS error
  | 'no-permission' // the browser does not let Quietread read that site
  | 'not-html'
  | 'too-large'
  | 'no-article'
  | 'not-http'; // the link, or a redirect, leads to something other than http(s)

export const FETCH_REASONS: readonly FetchReason[] = [
  'http',
  'timeout',
  'network',
  'no-permission',
  'not-html',
  'too-large',
  'no-article',
  'not-http',
];

/** A failed fetch as the item keeps it: the reason, the HTTP status for `http`, and when it happened. */
export interface FetchError {
  reason: FetchReason;
  status?: number;
  at: string;
}

/** What a replaced text kept: the item's fields that a new save of the page changes. */
export type PreviousVersion = Pick<
  SavedItem,
  | 'url'
  | 'title'
  | 'byline'
  | 'siteName'
  | 'publishedTime'
  | 'lang'
  | 'updatedAt'
  | 'isReview'
  | 'rating'
  | 'excerpt'
  | 'summary'
  | 'contentHtml'
  | 'textContent'
  | 'textHash'
  | 'wordCount'
  | 'readingMinutes'
>;

export type LibraryError =
  'quota-exceeded' | 'invalid' | 'not-found' | 'not-an-export' | 'unsupported-version' | 'damaged' | 'failed';

/** Expected failures come back as values with a message the UI can show as is. */
export type LibraryResult<T> = { ok: true; value: T } | { ok: false; error: LibraryError; message: string };

/** What an import did. */
export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
}

export const EXPORT_FORMAT = 'quietread-library';
export const EXPORT_VERSION = 1;

/** The JSON export file: names its format and version so import can check them before writing. */
export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  items: SavedItem[];
}
