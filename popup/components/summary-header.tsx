import type { Analysis } from '../../src/messages';
import { formatDate, siteOf } from '../format';
import { t, uiLanguage } from '../i18n';
import { Badges } from './badges';

interface Props {
  /** The tab's title: shown until the analysis brings the article's own. */
  tabTitle: string;
  analysis: Analysis | null;
  loading: boolean;
}

/** Site and date, title, byline and reading time, badges: fixed heights, so nothing moves when data arrives. */
export function SummaryHeader({ tabTitle, analysis, loading }: Props) {
  const title = analysis?.title || tabTitle;
  const date = analysis ? formatDate(analysis.publishedTime, uiLanguage()) : null;
  const site = analysis ? siteOf(analysis.siteName, analysis.url) : '';
  return (
    <header class="qr-head">
      <p class="qr-site">
        {loading ? <span class="qr-bone qr-bone--short" /> : [site, date].filter(Boolean).join(' · ')}
      </p>
      <h1 class="qr-title" data-testid="summary-title" elementtiming="summary-title" title={title}>
        {title || (loading ? <span class="qr-bone qr-bone--title" /> : analysis ? t('popupUntitled') : '')}
      </h1>
      <p class="qr-meta">
        {loading && <span class="qr-bone qr-bone--meta" />}
        {analysis && (
          <>
            <span data-testid="summary-byline">{analysis.byline ?? site}</span>
            <span aria-hidden="true"> · </span>
            <span data-testid="summary-reading-time">
              {t('popupReadingTime', Math.max(1, analysis.readingMinutes))}
            </span>
          </>
        )}
      </p>
      <Badges analysis={analysis} loading={loading} />
    </header>
  );
}
