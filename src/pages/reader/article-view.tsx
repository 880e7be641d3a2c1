/** The article as a book page: header (site, title, byline, date, reading time, rating), warning, body. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { formatPageDate } from '../../core/page-date';
import { translate } from '../../i18n';
import type { ReaderDoc } from './reader-doc';
import { renderContent } from './render-content';

/**
 * "12 March 2024" from a page's date, in the browser's language; the raw text when it is not one.
 * The page's day in every time zone, a moment's too (page-date.ts).
 */
export function formatDate(value: string | null): string | null {
  if (!value) return null;
  return formatPageDate(value) ?? value;
}

/** Whether the core found the extraction doubtful (it kept much less text than the page has). */
export function isDoubtful(analysis: Pick<ReaderDoc, 'warnings'>): boolean {
  return analysis.warnings.some((w) => w.startsWith('extraction doubtful'));
}

function Body({ html, base, onRendered }: { html: string; base: string; onRendered?: (body: HTMLElement) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.replaceChildren(renderContent(html, base));
    onRendered?.(el);
  }, [html, base]);
  return <div class="qr-body" ref={ref} data-testid="reader-body" />;
}

interface Props {
  analysis: ReaderDoc;
  onShowOriginal: () => void;
  originalLabel: string;
  /** Called with the body element once the content is in it (table of contents, read-aloud). */
  onRendered?: (body: HTMLElement) => void;
}

/** Header, doubtful-extraction warning and the sanitised content. */
export function ArticleView({ analysis, onShowOriginal, originalLabel, onRendered }: Props) {
  const date = formatDate(analysis.publishedTime);
  const meta = [analysis.byline, date, translate('readerReadingTime', [analysis.readingMinutes])].filter(Boolean);
  const rating = analysis.isReview ? analysis.rating : null;
  return (
    <article class="qr-article" lang={analysis.lang ?? undefined} aria-labelledby="qr-title">
      <header class="qr-header">
        {analysis.siteName && <p class="qr-site">{analysis.siteName}</p>}
        <h1 id="qr-title" data-testid="reader-title">
          {analysis.title}
        </h1>
        <p class="qr-meta">
          {meta.map((m, i) => (
            <span key={i}>{m}</span>
          ))}
          {rating && (
            <span
              class="qr-rating"
              data-testid="reader-rating"
              aria-label={translate('readerRatingLabel', [rating.value, rating.best])}
            >
              ★ {rating.text}
            </span>
          )}
        </p>
      </header>
      {isDoubtful(analysis) && (
        <p class="qr-warning" role="note" data-testid="reader-warning">
          {translate('readerDoubtful')}{' '}
          <button type="button" class="qr-link-button" onClick={onShowOriginal}>
            {originalLabel}
          </button>
        </p>
      )}
      {analysis.pageType?.isArticle === false && (
        <p class="qr-warning" role="note" data-testid="reader-not-article">
          {translate('extract_notArticle')}
        </p>
      )}
      <Body html={analysis.contentHtml} base={analysis.url} onRendered={onRendered} />
    </article>
  );
}
