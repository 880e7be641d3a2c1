/** Why a link's page was not fetched, in plain words (the reason "Fetch and clean" kept on the item). */
import { translate } from '../../i18n';
import { FETCH_LIMITS } from '../../library/fetch-page';
import type { FetchError } from '../../library/types';

/** "Not fetched: the page is not there (HTTP 404)." and the like. */
export function fetchReasonText(e: FetchError): string {
  const status = String(e.status ?? '');
  switch (e.reason) {
    case 'http':
      if (e.status === 404 || e.status === 410) return translate('libraryFetchErrorGone', [status]);
      if (e.status === 401 || e.status === 403) return translate('libraryFetchErrorDenied', [status]);
      return translate('libraryFetchErrorHttp', [status]);
    case 'timeout':
      return translate('libraryFetchErrorTimeout', [FETCH_LIMITS.timeoutMs / 1000]);
    case 'network':
      return translate('libraryFetchErrorNetwork');
    case 'no-permission':
      return translate('libraryFetchErrorPermission');
    case 'not-html':
      return translate('libraryFetchErrorNotHtml');
    case 'too-large':
      return translate('libraryFetchErrorTooLarge', [FETCH_LIMITS.maxBytes / (1024 * 1024)]);
    case 'no-article':
      return translate('libraryFetchErrorNoArticle');
    case 'not-http':
      return translate('libraryFetchErrorNotHttp');
    default: {
      const never: never = e.reason;
      return translate('libraryFetchErrorHttp', [String(never)]);
    }
  }
}
