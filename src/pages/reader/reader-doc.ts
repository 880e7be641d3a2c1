/** What the reader shows, from either source: a live page's Analysis or a saved library item. */
import type { Analysis } from '../../messages';
import type { SavedItem } from '../../library/types';

export type ReaderDoc = Pick<
  Analysis,
  | 'url'
  | 'title'
  | 'byline'
  | 'siteName'
  | 'publishedTime'
  | 'lang'
  | 'isReview'
  | 'rating'
  | 'readingMinutes'
  | 'contentHtml'
  | 'warnings'
  | 'removed'
  | 'comments'
> & {
  source: 'page' | 'saved';
  pageType?: Analysis['pageType'];
  /** The live page's analysis (what highlighting saves first). */
  analysis?: Analysis;
  /** The saved item shown (its id, text and highlights). */
  saved?: SavedItem;
};

/** The reader's view of a live page's analysis. */
export function docFromAnalysis(a: Analysis): ReaderDoc {
  return {
    ...pick(a),
    warnings: a.warnings,
    removed: a.removed,
    comments: a.comments,
    pageType: a.pageType,
    source: 'page',
    analysis: a,
  };
}

/** The reader's view of a saved item (saved items keep no removed list, comments or warnings). */
export function docFromSaved(s: SavedItem): ReaderDoc {
  return { ...pick(s), warnings: [], removed: [], comments: { count: 0, items: [] }, source: 'saved', saved: s };
}

function pick(x: Analysis | SavedItem) {
  const { url, title, byline, siteName, publishedTime, lang, isReview, rating, readingMinutes, contentHtml } = x;
  return { url, title, byline, siteName, publishedTime, lang, isReview, rating, readingMinutes, contentHtml };
}
